// reports/html_parts.h: the pieces RenderHtml (html_report.cc) assembles,
// split out so each file stays one concern: html_findings.cc writes the
// findings, html_views.cc the outlet matrix, the charts of figures over time
// and the document views. Internal to reports/.
//
// Every function appends HTML to `out`; every string taken from the report
// goes through AppendHtmlEscaped (text_safety.h). Pure and thread-safe.
#ifndef SANGATI_REPORTS_HTML_PARTS_H_
#define SANGATI_REPORTS_HTML_PARTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "reports/audit_report.h"

namespace sangati {

// What the parts share: the report and the outlets, numbered by first
// appearance among the documents (their ids "o0", "o1", ... are what the
// script's outlet filter matches).
struct HtmlContext {
  explicit HtmlContext(const AuditReport& report);

  const AuditReport& report;
  std::vector<std::string> outlets;    // labels (OutletLabel)
  std::vector<size_t> outlet_of_doc;   // document index -> outlet index

  const Document& DocOf(size_t claim) const {
    return (*report.documents)[(*report.claims)[claim].document_index];
  }
  size_t OutletOfClaim(size_t claim) const {
    return outlet_of_doc[(*report.claims)[claim].document_index];
  }
  // Per story (engine/compare/story.h): its first document and its size.
  // Empty when the run had one story or none, so nothing is said of stories.
  std::vector<size_t> story_first_doc;
  std::vector<size_t> story_size;
};

// Escaped text.
inline void Put(std::string* out, std::string_view text);
// `lang="bn"` etc. for a document's language; empty for unknown.
std::string LangAttr(const Document& doc);

// The findings, grouped under one heading per verdict, contradictions first.
void AppendFindings(const HtmlContext& ctx, std::string* out);

// The outlet-by-outlet matrix of agreements and contradictions.
void AppendOutletMatrix(const HtmlContext& ctx, std::string* out);

// One small SVG chart per quantity finding reported on two or more days.
// Returns how many were drawn.
size_t AppendCharts(const HtmlContext& ctx, std::string* out);

// Every document with its claims marked.
void AppendDocuments(const HtmlContext& ctx, std::string* out);

// The id of claim `index` in the document view ("c12"), and of document
// `index` ("d3").
std::string ClaimAnchor(size_t index);
std::string DocAnchor(size_t index);

}  // namespace sangati

#include "reports/text_safety.h"

namespace sangati {
inline void Put(std::string* out, std::string_view text) { AppendHtmlEscaped(out, text); }
}  // namespace sangati

#endif  // SANGATI_REPORTS_HTML_PARTS_H_
