// The findings section of the HTML report: each finding's positions side by
// side, every claim with outlet, date, cited source, normalised value and
// its sentence with the matched span highlighted.
#include <algorithm>
#include <set>

#include "absl/strings/str_cat.h"
#include "engine/compare/explain.h"
#include "engine/compare/time_frame.h"
#include "reports/html_parts.h"

namespace sangati {
namespace {

// The matched span's byte range inside the claim's sentence text, if it can
// be told: from the spans when they are consistent, else by searching the
// matched text.
bool HighlightRange(const Claim& c, size_t* begin, size_t* end) {
  const Evidence& e = c.evidence;
  const std::string& s = e.sentence_text;
  if (!e.span.empty() && e.sentence.size() == s.size() && e.span.begin >= e.sentence.begin &&
      e.span.end <= e.sentence.end) {
    *begin = e.span.begin - e.sentence.begin;
    *end = e.span.end - e.sentence.begin;
    return true;
  }
  if (e.text.empty()) return false;
  size_t at = s.find(e.text);
  if (at == std::string::npos) return false;
  *begin = at;
  *end = at + e.text.size();
  return true;
}

void AppendSentence(const Claim& c, std::string* out) {
  const std::string& s = c.evidence.sentence_text.empty() ? c.evidence.text
                                                          : c.evidence.sentence_text;
  size_t b = 0, e = 0;
  if (!c.evidence.sentence_text.empty() && HighlightRange(c, &b, &e)) {
    Put(out, std::string_view(s).substr(0, b));
    out->append("<mark>");
    Put(out, std::string_view(s).substr(b, e - b));
    out->append("</mark>");
    Put(out, std::string_view(s).substr(e));
  } else {
    Put(out, s);
  }
}

void AppendClaim(const HtmlContext& ctx, size_t index, std::string* out) {
  const Claim& c = (*ctx.report.claims)[index];
  const Document& doc = ctx.DocOf(index);
  const std::string lang = LangAttr(doc);
  out->append("<li class=\"claim\"><div class=\"meta\"><span class=\"outlet\">");
  Put(out, OutletLabel(doc));
  out->append("</span>");
  if (doc.published) {
    out->append(" · <time datetime=\"");
    Put(out, *doc.published);
    out->append("\">");
    Put(out, FormatIsoDate(*doc.published));
    out->append("</time>");
  } else {
    out->append(" · <span class=\"muted\">date unknown</span>");
  }
  if (c.source) {
    out->append(" · <span class=\"src\">per ");
    Put(out, c.source->name.empty() ? c.source->id : c.source->name);
    out->append("</span>");
  }
  out->append(" · <span class=\"value\">");
  Put(out, ClaimValueSummary(c));
  out->append("</span>");
  if (c.modality != Modality::kAsserted) {
    absl::StrAppend(out, " · <b>", std::string(ModalityName(c.modality)), "</b>");
  }
  out->append("</div><blockquote class=\"sentence\"");
  out->append(lang);
  out->append(">");
  AppendSentence(c, out);
  out->append("</blockquote><div class=\"meta\"><a href=\"#");
  out->append(ClaimAnchor(index));
  out->append("\">in the document</a> · ");
  Put(out, doc.path);
  if (c.evidence.line > 0) absl::StrAppend(out, ":", c.evidence.line);
  out->append(" · rule ");
  Put(out, c.rule);
  out->append("</div></li>\n");
}

std::string OutletTokens(const HtmlContext& ctx, const Finding& f) {
  std::set<size_t> outlets;
  for (size_t i : f.claims) outlets.insert(ctx.OutletOfClaim(i));
  std::string tokens;
  for (size_t o : outlets) absl::StrAppend(&tokens, tokens.empty() ? "" : " ", "o", o);
  return tokens;
}

void AppendFinding(const HtmlContext& ctx, const Finding& f, std::string* out) {
  // verdict and kind are our own words, but they pass through Put anyway:
  // a rule file may declare any kind name.
  out->append("<article class=\"finding v-");
  Put(out, f.verdict);
  out->append("\" id=\"");
  Put(out, f.id);
  out->append("\" data-verdict=\"");
  Put(out, f.verdict);
  out->append("\" data-kind=\"");
  Put(out, f.kind);
  out->append("\" data-outlets=\"");
  out->append(OutletTokens(ctx, f));
  out->append("\">\n<h3><span class=\"badge b-");
  Put(out, f.verdict);
  out->append("\">");
  Put(out, f.verdict);
  if (!f.subtype.empty()) {
    out->append(" · ");
    Put(out, f.subtype);
  }
  out->append("</span><span class=\"topic\">");
  Put(out, f.topic);
  out->append("</span> <a class=\"fid\" href=\"#");
  Put(out, f.id);
  out->append("\">");
  Put(out, f.id);
  out->append("</a> <span class=\"fid\">");
  Put(out, f.kind);
  out->append("</span></h3>\n<p class=\"explanation\">");
  Put(out, f.explanation);
  out->append("</p>\n");
  if (f.story >= 0 && static_cast<size_t>(f.story) < ctx.story_size.size()) {
    // Which story of a mixed input the claims were compared within.
    const Document& first = (*ctx.report.documents)[ctx.story_first_doc[f.story]];
    out->append("<p class=\"story\">Story ");
    Put(out, StoryId(f.story));
    absl::StrAppend(out, " (", ctx.story_size[f.story], " documents)");
    if (!first.title.empty()) {
      out->append(": <span");
      out->append(LangAttr(first));
      out->append(">");
      Put(out, first.title);
      out->append("</span>");
    }
    out->append("</p>\n");
  }
  if (!f.repeated.empty()) {
    absl::StrAppend(out, "<p class=\"independence\">Independent sources: ",
                    f.independent_sources, ". Not independent: ");
    bool first = true;
    for (const SourceCluster& cluster : f.repeated) {
      if (!first) out->append("; ");
      first = false;
      std::set<std::string> names;
      for (size_t i : cluster.claims) names.insert(OutletLabel(ctx.DocOf(i)));
      bool first_name = true;
      for (const std::string& n : names) {
        if (!first_name) out->append(", ");
        first_name = false;
        Put(out, n);
      }
      out->append(" (");
      Put(out, cluster.reason);
      if (!cluster.source_name.empty()) {
        out->append(": ");
        Put(out, cluster.source_name);
      }
      out->append(")");
    }
    out->append(".</p>\n");
  }
  out->append("<div class=\"positions\">\n");
  for (size_t p = 0; p < f.positions.size(); ++p) {
    const Position& pos = f.positions[p];
    out->append("<section class=\"position s-");
    Put(out, pos.stance);
    absl::StrAppend(out, "\"><h4>Position ", p + 1, " · ");
    Put(out, pos.stance);
    out->append(": ");
    Put(out, pos.summary);
    out->append("</h4><ul>\n");
    for (size_t i : pos.claims) AppendClaim(ctx, i, out);
    out->append("</ul></section>\n");
  }
  if (f.reference) {
    const EntityReference& r = *f.reference;
    out->append("<section class=\"position reference\"><h4>Entity list");
    if (r.contradicted) out->append(" <span class=\"bad\">(contradicted)</span>");
    out->append("</h4><p>");
    Put(out, Humanise(r.entity));
    out->append(": ");
    Put(out, Humanise(r.relation));
    out->append(" ");
    for (size_t i = 0; i < r.facts.size(); ++i) {
      if (i) out->append(", ");
      Put(out, Humanise(r.facts[i].object));
      if (!r.facts[i].since.empty() || !r.facts[i].until.empty()) {
        out->append(" (");
        Put(out, r.facts[i].since.empty() ? "…" : FormatIsoDate(r.facts[i].since));
        out->append(" – ");
        Put(out, r.facts[i].until.empty() ? "…" : FormatIsoDate(r.facts[i].until));
        out->append(")");
      }
    }
    out->append("</p><p class=\"muted\">");
    Put(out, r.file);
    out->append("</p></section>\n");
  }
  out->append("</div>\n</article>\n");
}

}  // namespace

void AppendFindings(const HtmlContext& ctx, std::string* out) {
  static constexpr std::pair<std::string_view, std::string_view> kSections[] = {
      {"contradiction", "Contradictions"},
      {"update", "Updates of running counts"},
      {"hedged", "Hedged (shown, not counted)"},
      {"agreement", "Agreements"}};
  const std::vector<Finding>& findings = *ctx.report.findings;
  out->append("<section id=\"findings\"><h2>Findings</h2>\n");
  if (findings.empty()) {
    out->append("<p class=\"muted\">No topic was reported by two or more documents.</p>\n");
  }
  std::vector<bool> done(findings.size(), false);
  auto section = [&](std::string_view verdict, std::string_view heading) {
    size_t n = 0;
    for (const Finding& f : findings) n += f.verdict == verdict;
    if (n == 0) return;
    out->append("<h3 class=\"verdict-heading\">");
    Put(out, heading);
    absl::StrAppend(out, " (", n, ")</h3>\n");
    for (size_t i = 0; i < findings.size(); ++i) {
      if (findings[i].verdict == verdict) {
        AppendFinding(ctx, findings[i], out);
        done[i] = true;
      }
    }
  };
  for (const auto& [verdict, heading] : kSections) section(verdict, heading);
  // Verdicts this page does not know yet still show.
  for (size_t i = 0; i < findings.size(); ++i) {
    if (!done[i]) AppendFinding(ctx, findings[i], out);
  }
  out->append("</section>\n");
}

}  // namespace sangati
