// HTML pages (gumbo): metadata, article paragraphs, excluded furniture,
// entities and positions, and pages nested too deep.
#include <chrono>
#include <string>
#include <vector>

#include "adapters/html.h"
#include "adapters/html_scan.h"
#include "adapters/read.h"
#include "gtest/gtest.h"
#include "tests/adapters/test_util.h"

namespace sangati {
namespace {

using testing::HasLine;
using testing::PosOfText;
using testing::ReadOne;
using testing::ReadWholeFile;
using testing::SourcePath;

// 1-based column of `needle` in line `line` of `file` (code points).
SourcePos PosInFile(const std::string& file, uint32_t line, std::string_view needle) {
  std::string text = ReadWholeFile(file);
  size_t b = 0;
  for (uint32_t l = 1; l < line; ++l) b = text.find('\n', b) + 1;
  size_t at = text.find(needle, b);
  uint32_t col = 1;
  for (size_t i = b; i < at; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
  }
  return SourcePos{line, col};
}

TEST(HtmlTest, NewsPage) {
  const std::string path = SourcePath("fixtures/adapters/article.html");
  ReadResult r = ReadOne(path);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_TRUE(r.skipped.empty());
  const Document& doc = r.documents[0];
  EXPECT_EQ(doc.id, path);
  EXPECT_EQ(doc.title, "চট্টগ্রাম বন্দরে কনটেইনার জট কমেছে");
  EXPECT_EQ(doc.title_pos, PosInFile(path, 6, "চট্টগ্রাম বন্দরে"));
  EXPECT_EQ(doc.outlet, "দৈনিক নদীপথ");
  EXPECT_EQ(doc.published, "2024-05-21T14:05:00+06:00");
  EXPECT_EQ(doc.url, "https://nodipoth.example/economy/2024/05/port-congestion");
  EXPECT_EQ(doc.language, Language::kBengali);
  EXPECT_EQ(doc.text,
            "চট্টগ্রাম বন্দরে কনটেইনার জট গত এক সপ্তাহে উল্লেখযোগ্যভাবে কমেছে। বন্দর কর্তৃপক্ষ জানিয়েছে, "
            "বর্তমানে ইয়ার্ডে ৩১ হাজার ৫০০ একক কনটেইনার রয়েছে, যা আগের সপ্তাহে ছিল ৩৯ হাজারের বেশি।\n"
            "বন্দরের সচিব বলেন, “জাহাজ থেকে পণ্য খালাসের সময় গড়ে দুই দিন কমেছে।” তিনি জানান, বহির্নোঙরে "
            "এখন ১২টি জাহাজ অপেক্ষায় আছে & সেগুলো আগামী তিন দিনের মধ্যে জেটিতে ভিড়বে।\n"
            "ব্যবসায়ীদের সংগঠনের এক নেতা বলেন, জট কমায় আমদানি খরচও কিছুটা কমবে।\n"
            "তবে বর্ষার আগে যন্ত্রপাতি বাড়ানোর দাবি জানান তিনি।\n"
            "বন্দর কর্তৃপক্ষের হিসাবে, চলতি অর্থবছরের প্রথম দশ মাসে ২৬ লাখ একক কনটেইনার ওঠানামা হয়েছে।");
}

TEST(HtmlTest, NewsPagePositions) {
  const std::string path = SourcePath("fixtures/adapters/article.html");
  ReadResult r = ReadOne(path);
  ASSERT_EQ(r.documents.size(), 1u);
  const Document& doc = r.documents[0];
  EXPECT_EQ(PosOfText(doc, "চট্টগ্রাম বন্দরে কনটেইনার জট গত"), PosInFile(path, 35, "চট্টগ্রাম বন্দরে কনটেইনার জট গত"));
  // Text after an inline tag and after an entity.
  EXPECT_EQ(PosOfText(doc, "৩১ হাজার"), PosInFile(path, 35, "৩১ হাজার"));
  EXPECT_EQ(PosOfText(doc, "একক কনটেইনার রয়েছে"), PosInFile(path, 35, "একক কনটেইনার রয়েছে"));
  EXPECT_EQ(PosOfText(doc, "“"), PosInFile(path, 37, "&ldquo;"));
  EXPECT_EQ(PosOfText(doc, "জাহাজ থেকে"), PosInFile(path, 37, "জাহাজ থেকে"));
  EXPECT_EQ(PosOfText(doc, "তিনি জানান"), PosInFile(path, 37, "তিনি জানান"));
  // After a collapsed newline inside a paragraph, and after <br>.
  EXPECT_EQ(PosOfText(doc, "আগামী তিন দিনের"), PosInFile(path, 38, "আগামী তিন দিনের"));
  EXPECT_EQ(PosOfText(doc, "তবে বর্ষার"), PosInFile(path, 39, "তবে বর্ষার"));
  EXPECT_EQ(PosOfText(doc, "বন্দর কর্তৃপক্ষের হিসাবে"), PosInFile(path, 43, "বন্দর কর্তৃপক্ষের হিসাবে"));
}

TEST(HtmlTest, NewsPageExcludesFurniture) {
  ReadResult r = ReadOne(SourcePath("fixtures/adapters/article.html"));
  ASSERT_EQ(r.documents.size(), 1u);
  const std::string& text = r.documents[0].text;
  for (const char* gone : {"প্রচ্ছদ", "বিজ্ঞাপন", "নিজস্ব প্রতিবেদক", "২১ মে ২০২৪", "ছবি: নদীপথ", "Facebook",
                           "আরও পড়ুন", "মোংলা বন্দরে রেকর্ড জাহাজ", "পোশাক রপ্তানি", "সম্পাদক", "dataLayer",
                           "height", "@context"}) {
    EXPECT_EQ(text.find(gone), std::string::npos) << gone;
  }
}

TEST(HtmlTest, PageWithoutArticleElement) {
  ReadResult r = ReadOne(SourcePath("fixtures/adapters/no_article_tag.html"));
  ASSERT_EQ(r.documents.size(), 1u);
  const Document& doc = r.documents[0];
  // No og:title or <h1>: the JSON-LD headline (the <title> carries a suffix).
  EXPECT_EQ(doc.title, "Power cuts return as gas supply falls");
  EXPECT_EQ(doc.outlet, "The Morning Ledger");
  EXPECT_EQ(doc.published, "2024-04-08T07:30:00Z");
  EXPECT_EQ(doc.url, std::nullopt);
  EXPECT_EQ(doc.language, Language::kEnglish);
  EXPECT_EQ(doc.text,
            "Load-shedding returned to Dhaka on Sunday as gas supply to power plants fell to 800 million "
            "cubic feet a day, officials said.\n"
            "The power division said the shortfall peaked at 1,450 MW around 9 pm.\n"
            "Officials expect supply to improve once an LNG cargo arrives next week.");
  EXPECT_EQ(PosOfText(doc, "The power division"), (SourcePos{15, 4}));
}

Document ReadHtmlString(const std::string& html) {
  ReadResult r;
  ReadBuffer("page.html", html, ReadOptions(), &r);
  EXPECT_EQ(r.documents.size(), 1u) << (r.skipped.empty() ? "" : r.skipped[0].error);
  return r.documents.empty() ? Document() : r.documents[0];
}

TEST(HtmlTest, TitleFallbacksAndSuffix) {
  Document a = ReadHtmlString(
      "<html><head><title>Rail fares rise | City Courier</title>"
      "<meta property=\"og:site_name\" content=\"City Courier\"></head>"
      "<body><p>Rail fares will rise by 5 percent from March, the ministry said.</p></body></html>");
  EXPECT_EQ(a.title, "Rail fares rise");
  EXPECT_EQ(a.outlet, "City Courier");
  Document b = ReadHtmlString(
      "<html><body><h1>  Dam  repairs\n begin </h1><p>Repairs to the dam began on Monday.</p>"
      "<p><time datetime=\"2024-02-11\">11 Feb</time></p></body></html>");
  EXPECT_EQ(b.title, "Dam repairs begin");
  EXPECT_EQ(b.published, "2024-02-11");
}

TEST(HtmlTest, EntitiesHiddenAndNestedBlocks) {
  Document doc = ReadHtmlString(
      "<html><body><article>"
      "<p>Price:&nbsp;Tk&#160;50 &amp; rising &#x2014; &foo; &#2453;&#x9BE;</p>"
      "<p hidden>hidden text</p><p style=\"display: none\">invisible</p>"
      "<div class=\"sponsored-box\"><p>sponsored text</p></div>"
      "<ul><li>First point.</li><li>Second <b>bold</b> point.</li></ul>"
      "<blockquote><p>A quoted line.</p></blockquote>"
      "</article></body></html>");
  EXPECT_EQ(doc.text,
            "Price:\xC2\xA0Tk\xC2\xA0" "50 & rising \xE2\x80\x94 &foo; কা\n"
            "First point.\nSecond bold point.\nA quoted line.");
}

TEST(HtmlTest, TheArticleWithMostTextIsChosen) {
  Document doc = ReadHtmlString(
      "<html><body><article><p>Teaser one.</p></article>"
      "<article><p>The main story has two paragraphs of real text.</p><p>This is the second.</p></article>"
      "<article><p>Teaser two.</p></article></body></html>");
  EXPECT_EQ(doc.text, "The main story has two paragraphs of real text.\nThis is the second.");
}

TEST(HtmlTest, DeeplyNestedPageIsSkippedQuickly) {
  std::string html = "<html><body>";
  for (int i = 0; i < 200000; ++i) html += "<div>";
  html += "<p>deep</p></body></html>";
  ReadResult r;
  ReadBuffer("deep.html", html, ReadOptions(), &r);
  EXPECT_TRUE(r.documents.empty());
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].error, "deep.html: HTML nested deeper than 1000 elements, not read");
}

TEST(HtmlTest, NestingUnderTheLimitIsReadWithoutRecursion) {
  std::string html = "<html><body><article>";
  for (int i = 0; i < 900; ++i) html += "<div>";
  html += "<p>Deep but fine.</p></article></body></html>";
  Document doc = ReadHtmlString(html);
  EXPECT_EQ(doc.text, "Deep but fine.");
}

TEST(HtmlTest, DepthEstimate) {
  using adapters::EstimateHtmlDepth;
  EXPECT_EQ(EstimateHtmlDepth("<div><div></div></div>", 100), 2u);
  // Void elements, optional end tags, comments and script text do not count.
  EXPECT_EQ(EstimateHtmlDepth("<p>a<p>b<br><img src=x><li>c<!-- <div><div> --><script>'<div><div>'</script>",
                              100),
            0u);
  EXPECT_EQ(EstimateHtmlDepth("<div a='>'><span title=\"<b>\"></span></div>", 100), 2u);
}

}  // namespace
}  // namespace sangati
