// The HTML report as text: escaping of hostile input, the CSP, no network
// URLs, Bengali rendering hints, and the parts of the page. The browser test
// (browser_test.sh) checks the same pages in a real browser.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

#include "reports/audit_report.h"
#include "reports/report_assets.h"
#include "reports/sha256.h"
#include "tests/reports/sample_report.h"

namespace sangati {
namespace {

// The tags of `html` ("<...>"), in order. Article text is escaped, so every
// '<' in the page starts a tag the renderer wrote (or the style/script text,
// which has none).
std::vector<std::string> Tags(const std::string& html) {
  std::vector<std::string> tags;
  for (size_t open = html.find('<'); open != std::string::npos; open = html.find('<', open + 1)) {
    size_t close = html.find('>', open);
    if (close == std::string::npos) break;
    tags.push_back(html.substr(open, close + 1 - open));
  }
  return tags;
}

// Attributes of one tag as (lower-case name, value) pairs.
std::vector<std::pair<std::string, std::string>> Attributes(const std::string& tag) {
  std::vector<std::pair<std::string, std::string>> attrs;
  size_t i = tag.find_first_of(" \t\n");
  while (i != std::string::npos && i < tag.size()) {
    while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
    size_t name_end = i;
    while (name_end < tag.size() && tag[name_end] != '=' && tag[name_end] != '>' &&
           !std::isspace(static_cast<unsigned char>(tag[name_end]))) {
      ++name_end;
    }
    std::string name = tag.substr(i, name_end - i);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string value;
    if (name_end == i) {  // '>' or '/': no attribute here
      ++i;
      continue;
    }
    i = name_end;
    if (i < tag.size() && tag[i] == '=') {
      ++i;
      char quote = i < tag.size() && (tag[i] == '"' || tag[i] == '\'') ? tag[i++] : ' ';
      size_t end = quote == ' ' ? tag.find_first_of(" >", i) : tag.find(quote, i);
      if (end == std::string::npos) end = tag.size();
      value = tag.substr(i, end - i);
      i = end + 1;
    }
    attrs.emplace_back(name, value);
  }
  return attrs;
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

std::string HostileHtml() {
  static const std::string* html = new std::string(RenderHtml(
      testing::HostileReport(std::string(SANGATI_SOURCE_DIR) + "/fixtures/hostile").View()));
  return *html;
}

std::string StoryHtml() {
  static const testing::SampleReport* s = new testing::SampleReport(testing::StoryReport());
  static const std::string* html = new std::string(RenderHtml(s->View()));
  return *html;
}

TEST(HtmlReportTest, CspPinsTheOneScriptAndStyle) {
  for (const std::string& html : {StoryHtml(), HostileHtml()}) {
    const std::string csp = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                            "'none'; script-src " +
                            CspHashSource(ReportScript()) + "; style-src " +
                            CspHashSource(ReportStyle()) +
                            "; img-src data:; base-uri 'none'; form-action 'none'\">";
    EXPECT_NE(html.find(csp), std::string::npos);
    // The CSP comes before anything the browser could fetch or run.
    EXPECT_LT(html.find(csp), html.find("<title>"));
    // The hashes are of exactly what is inside the elements.
    EXPECT_NE(html.find("<script>" + std::string(ReportScript()) + "</script>"),
              std::string::npos);
    EXPECT_NE(html.find("<style>" + std::string(ReportStyle()) + "</style>"), std::string::npos);
    EXPECT_EQ(Count(html, "<script"), 1u);
    EXPECT_EQ(Count(html, "<style"), 1u);
    EXPECT_EQ(Count(html, "style=\""), 0u);  // no inline styles: style-src has no unsafe-inline
  }
}

TEST(HtmlReportTest, HostileTextIsEscaped) {
  const std::string html = HostileHtml();
  // The markup is there, as text.
  EXPECT_NE(html.find("&lt;script&gt;document.documentElement.setAttribute(&#39;data-pwned&#39;,"
                      "&#39;script&#39;)&lt;/script&gt;"),
            std::string::npos);
  EXPECT_NE(html.find("&lt;img src=x onerror=&quot;document.documentElement"), std::string::npos);
  EXPECT_NE(html.find("&lt;/textarea&gt;&lt;/style&gt;&lt;/title&gt;"), std::string::npos);
  EXPECT_NE(html.find("Hostile &lt;b&gt;Times&lt;/b&gt;"), std::string::npos);
  // No element from article text exists.
  for (const char* tag : {"<img", "<svg onload", "<iframe", "<link", "<meta http-equiv=\"refresh",
                          "<b onmouseover", "<a href=\"javascript", "</textarea>", "<b>Times"}) {
    EXPECT_EQ(html.find(tag), std::string::npos) << tag;
  }
  EXPECT_EQ(Count(html, "data-pwned"), Count(html, "&#39;data-pwned&#39;"));
  // Directional overrides are named, not applied; terminal escapes are gone.
  EXPECT_NE(html.find("[U+202E]gnp.exe[U+202C]"), std::string::npos);
  EXPECT_EQ(html.find("\xE2\x80\xAE"), std::string::npos);
  EXPECT_EQ(html.find('\x1b'), std::string::npos);
  EXPECT_EQ(html.find('\x07'), std::string::npos);
  // Placeholders written in an article are not filled in.
  EXPECT_NE(html.find("{{SCRIPT}} {{BODY}} {{CSP}}"), std::string::npos);
}

TEST(HtmlReportTest, NothingLoadsFromTheNetwork) {
  // Attributes that fetch or navigate must not hold a network or script URL.
  const std::vector<std::string> fetching = {"src",    "href",   "action", "formaction",
                                             "srcset", "poster", "data",   "xlink:href"};
  // The attribute reader itself (so the check below can fail).
  EXPECT_EQ(Attributes("<img SRC='https://x.invalid/a.png' alt=b hidden>"),
            (std::vector<std::pair<std::string, std::string>>{
                {"src", "https://x.invalid/a.png"}, {"alt", "b"}, {"hidden", ""}}));
  for (const std::string& html : {StoryHtml(), HostileHtml()}) {
    size_t links = 0;
    for (const std::string& tag : Tags(html)) {
      for (const auto& [name, value] : Attributes(tag)) {
        if (std::find(fetching.begin(), fetching.end(), name) == fetching.end()) continue;
        ++links;
        std::string v = value;
        std::transform(v.begin(), v.end(), v.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        v.erase(0, v.find_first_not_of(" \t\n"));
        EXPECT_EQ(v.rfind('#', 0), 0u) << tag;  // in-page links only
      }
    }
    EXPECT_GT(links, 0u);
    EXPECT_EQ(html.find("@import"), std::string::npos);
    EXPECT_EQ(html.find("url("), std::string::npos);
    // Inside tags the only URL is the SVG namespace name, never fetched.
    for (std::string t : Tags(html)) {
      const std::string svg_ns = "xmlns=\"http://www.w3.org/2000/svg\"";
      if (size_t at = t.find(svg_ns); at != std::string::npos) t.erase(at, svg_ns.size());
      EXPECT_EQ(t.find("http:"), std::string::npos) << t;
      EXPECT_EQ(t.find("https:"), std::string::npos) << t;
    }
    EXPECT_EQ(std::string(ReportStyle()).find("http"), std::string::npos);
    EXPECT_EQ(std::string(ReportScript()).find("http"), std::string::npos);
  }
}

TEST(HtmlReportTest, BengaliIsMarkedAndHasFonts) {
  const std::string html = StoryHtml();
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("<blockquote class=\"sentence\" lang=\"bn\">"), std::string::npos);
  EXPECT_NE(html.find("<blockquote class=\"sentence\" lang=\"en\">"), std::string::npos);
  EXPECT_NE(html.find("<div class=\"doc-text\" lang=\"bn\">"), std::string::npos);
  for (const char* font : {"\"Noto Sans Bengali\"", "\"Noto Serif Bengali\"", "\"Kalpurush\"",
                           "\"SolaimanLipi\"", "\"Vrinda\"", "\"Shonar Bangla\"", "system-ui",
                           "sans-serif"}) {
    EXPECT_NE(std::string(ReportStyle()).find(font), std::string::npos) << font;
  }
}

TEST(HtmlReportTest, LeadsWithContradictionsAndShowsPositions) {
  const std::string html = StoryHtml();
  const size_t contra = html.find("data-verdict=\"contradiction\"");
  const size_t update = html.find("data-verdict=\"update\"");
  const size_t hedged = html.find("data-verdict=\"hedged\"");
  const size_t agree = html.find("data-verdict=\"agreement\"");
  ASSERT_NE(contra, std::string::npos);
  ASSERT_NE(agree, std::string::npos);
  EXPECT_LT(contra, update);
  EXPECT_LT(update, hedged);
  EXPECT_LT(hedged, agree);
  EXPECT_NE(html.find("<h3 class=\"verdict-heading\">Contradictions (3)</h3>"), std::string::npos);
  // Side by side: outlet, date, cited source, normalised value, highlighted span.
  EXPECT_NE(html.find("<span class=\"outlet\">Bay Herald</span> · <time datetime=\"2024-05-28T11:00:00\">"
                      "28 May 2024</time> · <span class=\"src\">per the health directorate</span> · "
                      "<span class=\"value\">at least 150 injured</span>"),
            std::string::npos);
  EXPECT_NE(html.find("স্বাস্থ্য অধিদপ্তরের হিসাবে ঘূর্ণিঝড়ে <mark>আহত হয়েছেন ১১০ জন</mark>।"),
            std::string::npos);
  EXPECT_NE(html.find("<section class=\"position reference\"><h4>Entity list <span "
                      "class=\"bad\">(contradicted)</span></h4><p>kcna: state news agency of "
                      "north korea</p>"),
            std::string::npos);
  EXPECT_NE(html.find("<p class=\"independence\">Independent sources: 1. Not independent: "
                      "Daily World, সত্য নিউজ (same cited source: কেসিএনএ).</p>"),
            std::string::npos);
  // Filters are in the page but hidden until the script shows them.
  EXPECT_NE(html.find("<div class=\"controls\" id=\"controls\" hidden>"), std::string::npos);
}

TEST(HtmlReportTest, MatrixChartAndDocumentViews) {
  const std::string html = StoryHtml();
  // Bay Herald and খবর ২৪ agree on the death toll and contradict on two figures.
  EXPECT_NE(html.find("<td class=\"m-mixed\"><span class=\"ok\">✓1</span> <span "
                      "class=\"bad\">✗2</span></td>"),
            std::string::npos);
  // The death toll was reported on three days and the evacuations on two:
  // two charts, one line per outlet.
  const size_t charts = html.find("<section id=\"charts\">");
  ASSERT_NE(charts, std::string::npos);
  EXPECT_EQ(Count(html.substr(charts, html.find("</section>", charts) - charts), "<svg"), 2u);
  EXPECT_NE(html.find("<figcaption><a href=\"#f4\">f4</a> deaths · event cyclone_remal (update)"),
            std::string::npos);
  EXPECT_EQ(Count(html, "<path class=\"line s"), 6u);  // 4 outlets + 2 outlets
  // Every claim is marked in its document.
  testing::SampleReport s = testing::StoryReport();
  for (size_t i = 0; i < s.claims.size(); ++i) {
    EXPECT_NE(html.find("<mark class=\"claim-mark\" id=\"c" + std::to_string(i) + "\""),
              std::string::npos)
        << i;
  }
  EXPECT_EQ(Count(html, "<details class=\"doc\""), s.documents.size());
  EXPECT_NE(html.find("stories/broken.json: stories/broken.json:3:14: expected &#39;,&#39; or "
                      "&#39;}&#39;"),
            std::string::npos);
}

TEST(HtmlReportTest, FindingsNameTheirStoryWhenThereAreSeveral) {
  testing::SampleReport s = testing::StoryReport();
  // The sample's documents as two stories, the last document alone, with a
  // title that must stay text.
  s.documents.back().title = "<b>Other</b> story";
  std::vector<int> story_of(s.documents.size(), 0);
  story_of.back() = 1;
  for (Finding& f : s.findings) {
    f.story = f.kind == "role" ? -1 : story_of[s.claims[f.claims.front()].document_index];
  }
  AuditReport view = s.View();
  view.story_of = &story_of;
  const std::string html = RenderHtml(view);
  size_t non_role = 0;
  for (const Finding& f : s.findings) non_role += f.kind != "role";
  ASSERT_GT(non_role, 0u);
  EXPECT_EQ(Count(html, "<p class=\"story\">Story s"), non_role);
  EXPECT_NE(html.find("<p class=\"story\">Story s1 (" + std::to_string(s.documents.size() - 1) +
                      " documents)"),
            std::string::npos);
  EXPECT_EQ(html.find("<b>Other</b>"), std::string::npos);  // escaped wherever shown
  // One story: nothing is said of stories.
  std::vector<int> one(s.documents.size(), 0);
  view.story_of = &one;
  EXPECT_EQ(RenderHtml(view).find("class=\"story\""), std::string::npos);
}

TEST(HtmlReportTest, EmptyReportIsStillAPage) {
  std::vector<Document> docs;
  std::vector<Skipped> skipped;
  std::vector<Claim> claims;
  std::vector<Finding> findings;
  const std::string html = RenderHtml(AuditReport{&docs, &skipped, &claims, &findings, {}});
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("No topic was reported by two or more documents."), std::string::npos);
  EXPECT_NE(html.find("</html>"), std::string::npos);
}

}  // namespace
}  // namespace sangati
