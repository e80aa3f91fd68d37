// RenderHtml: assembles the page from the embedded template, style and
// script (report_assets.h) and the parts in html_parts.h, and writes the
// Content-Security-Policy that pins the one script and one style by hash.
#include <map>
#include <set>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "engine/compare/explain.h"
#include "reports/audit_report.h"
#include "reports/html_parts.h"
#include "reports/report_assets.h"
#include "reports/sha256.h"

namespace sangati {

HtmlContext::HtmlContext(const AuditReport& r) : report(r) {
  absl::flat_hash_map<std::string, size_t> index;
  for (const Document& doc : *r.documents) {
    std::string label = OutletLabel(doc);
    auto [it, inserted] = index.try_emplace(label, outlets.size());
    if (inserted) outlets.push_back(std::move(label));
    outlet_of_doc.push_back(it->second);
  }
  if (r.story_of != nullptr && r.story_of->size() == r.documents->size()) {
    for (size_t d = 0; d < r.story_of->size(); ++d) {
      const size_t s = static_cast<size_t>((*r.story_of)[d]);
      if (s >= story_size.size()) {
        story_size.resize(s + 1, 0);
        story_first_doc.resize(s + 1, d);
      }
      if (story_size[s]++ == 0) story_first_doc[s] = d;
    }
    if (story_size.size() < 2) {  // one story: nothing to tell apart
      story_size.clear();
      story_first_doc.clear();
    }
  }
}

std::string LangAttr(const Document& doc) {
  if (doc.language == Language::kUnknown) return std::string();
  return absl::StrCat(" lang=\"", std::string(LanguageCode(doc.language)), "\"");
}

std::string ClaimAnchor(size_t index) { return absl::StrCat("c", index); }
std::string DocAnchor(size_t index) { return absl::StrCat("d", index); }

namespace {

std::map<std::string, size_t> CountVerdicts(const std::vector<Finding>& findings) {
  std::map<std::string, size_t> n;
  for (const Finding& f : findings) ++n[f.verdict];
  return n;
}

void AppendHeader(const HtmlContext& ctx, std::string* out) {
  const AuditReport& r = ctx.report;
  std::map<std::string, size_t> n = CountVerdicts(*r.findings);
  out->append("<header><h1>sangati audit</h1>\n<p class=\"run\">");
  Put(out, r.run.tool);
  if (!r.run.rules_version.empty()) {
    out->append(" · rules ");
    Put(out, r.run.rules_version);
  }
  if (!r.run.generated.empty()) {
    out->append(" · ");
    Put(out, r.run.generated);
  }
  out->append(" · this page makes no network requests</p>\n<ul class=\"counts\">");
  auto count = [&](size_t value, std::string_view what, std::string_view href) {
    absl::StrAppend(out, "<li><a href=\"#", std::string(href), "\"><b>", value, "</b> ",
                    std::string(what), "</a></li>");
  };
  count(n["contradiction"], "contradictions", "findings");
  count(n["update"], "updates", "findings");
  count(n["hedged"], "hedged", "findings");
  count(n["agreement"], "agreements", "findings");
  count(r.documents->size(), "documents", "documents");
  count(r.claims->size(), "claims", "documents");
  count(r.skipped->size(), "skipped", "skipped");
  out->append("</ul>\n<nav class=\"toc\"><a href=\"#findings\">Findings</a>"
              "<a href=\"#matrix\">Outlet matrix</a><a href=\"#charts\">Figures over time</a>"
              "<a href=\"#documents\">Documents</a><a href=\"#skipped\">Skipped</a></nav>\n"
              "</header>\n");
}

void AppendControls(const HtmlContext& ctx, std::string* out) {
  const std::vector<Finding>& findings = *ctx.report.findings;
  std::set<std::string> verdicts, kinds;
  std::set<size_t> outlets;
  for (const Finding& f : findings) {
    verdicts.insert(f.verdict);
    kinds.insert(f.kind);
    for (size_t i : f.claims) outlets.insert(ctx.OutletOfClaim(i));
  }
  auto options = [&](const std::set<std::string>& values) {
    for (const std::string& v : values) {
      out->append("<option value=\"");
      Put(out, v);
      out->append("\">");
      Put(out, v);
      out->append("</option>");
    }
  };
  // Hidden until the script runs: without JavaScript there is nothing to
  // filter with, and every finding is shown.
  out->append("<div class=\"controls\" id=\"controls\" hidden>"
              "<label>Verdict <select id=\"f-verdict\"><option value=\"\">all</option>");
  options(verdicts);
  out->append("</select></label> <label>Kind <select id=\"f-kind\"><option value=\"\">all</option>");
  options(kinds);
  out->append("</select></label> <label>Outlet <select id=\"f-outlet\"><option value=\"\">all</option>");
  for (size_t o : outlets) {
    absl::StrAppend(out, "<option value=\"o", o, "\">");
    Put(out, ctx.outlets[o]);
    out->append("</option>");
  }
  out->append("</select></label> <label>Search <input id=\"f-search\" type=\"search\" "
              "placeholder=\"text in findings\"></label> <span id=\"f-count\" "
              "class=\"muted\"></span></div>\n");
}

void AppendSkipped(const HtmlContext& ctx, std::string* out) {
  out->append("<section id=\"skipped\"><h2>Skipped inputs</h2>\n");
  if (ctx.report.skipped->empty()) {
    out->append("<p class=\"muted\">None: every input was read.</p></section>\n");
    return;
  }
  out->append("<ul class=\"skipped\">");
  for (const Skipped& s : *ctx.report.skipped) {
    out->append("<li>");
    Put(out, s.path);
    out->append(": ");
    Put(out, s.error);
    out->append("</li>\n");
  }
  out->append("</ul></section>\n");
}

// Fills {{NAME}} placeholders in one pass, so text inserted for one
// placeholder is never scanned for another.
std::string FillTemplate(std::string_view tmpl, const std::map<std::string, std::string>& values) {
  std::string out;
  out.reserve(tmpl.size() + values.at("BODY").size() + 65536);
  size_t pos = 0;
  while (pos < tmpl.size()) {
    size_t open = tmpl.find("{{", pos);
    if (open == std::string_view::npos) break;
    size_t close = tmpl.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    out.append(tmpl.substr(pos, open - pos));
    auto it = values.find(std::string(tmpl.substr(open + 2, close - open - 2)));
    if (it != values.end()) {
      out.append(it->second);
    } else {
      out.append(tmpl.substr(open, close + 2 - open));
    }
    pos = close + 2;
  }
  out.append(tmpl.substr(pos));
  return out;
}

}  // namespace

std::string RenderHtml(const AuditReport& report) {
  HtmlContext ctx(report);
  std::string body;
  AppendHeader(ctx, &body);
  AppendControls(ctx, &body);
  body.append("<main>\n");
  AppendFindings(ctx, &body);
  AppendOutletMatrix(ctx, &body);
  AppendCharts(ctx, &body);
  AppendDocuments(ctx, &body);
  AppendSkipped(ctx, &body);
  body.append("</main>\n<footer>Generated by ");
  Put(&body, report.run.tool);
  body.append(". All article text is shown as text; the page loads nothing from the network."
              "</footer>");

  const std::string_view style = ReportStyle();
  const std::string_view script = ReportScript();
  std::map<std::string, size_t> n = CountVerdicts(*report.findings);
  std::map<std::string, std::string> values;
  values["CSP"] = absl::StrCat("default-src 'none'; script-src ", CspHashSource(script),
                               "; style-src ", CspHashSource(style),
                               "; img-src data:; base-uri 'none'; form-action 'none'");
  values["GENERATOR"] = HtmlEscape(report.run.tool);
  values["TITLE"] = absl::StrCat("sangati audit: ", n["contradiction"], " contradictions, ",
                                 report.documents->size(), " documents");
  values["STYLE"] = std::string(style);
  values["SCRIPT"] = std::string(script);
  values["BODY"] = std::move(body);
  return FillTemplate(ReportTemplate(), values);
}

}  // namespace sangati
