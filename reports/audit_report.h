// reports/audit_report.h: the audit report in its three forms.
//
// The cli runs adapters -> engine/text -> extract -> compare, then hands the
// results to these functions through an AuditReport (pointers to its own
// vectors; nothing is copied):
//   AuditJson            the stable JSON of SPEC.md ("version": 1), documented
//                        by reports/audit.schema.json (a test validates it)
//   RenderHtml           one self-contained page (html_report.cc; template in
//                        reports/report_template.html, embedded at build time)
//   PrintTerminalSummary contradictions first, one line per finding
// All three are pure functions of the report and thread-safe. Article text
// is untrusted everywhere: escaped in HTML, control characters removed on the
// terminal, invalid UTF-8 replaced in JSON text.
#ifndef SANGATI_REPORTS_AUDIT_REPORT_H_
#define SANGATI_REPORTS_AUDIT_REPORT_H_

#include <ostream>
#include <string>
#include <vector>

#include "engine/compare/finding.h"
#include "engine/core/claim.h"
#include "engine/core/document.h"
#include "nlohmann/json.hpp"

namespace sangati {

// Facts about the run, shown in every report.
struct RunInfo {
  std::string tool = "sangati";  // name and version, e.g. "sangati 0.1.0"
  std::string rules_version;     // what identifies the rule set (pack version or hash); may be empty
  std::string generated;         // ISO 8601 time of the run; empty: not shown (reproducible output)
};

// REQUIRES: the four pointers are non-null and outlive the call; every
// claim's document_index < documents->size(); finding indices < claims->size().
struct AuditReport {
  const std::vector<Document>* documents = nullptr;
  const std::vector<Skipped>* skipped = nullptr;
  const std::vector<Claim>* claims = nullptr;
  const std::vector<Finding>* findings = nullptr;
  RunInfo run;
  // The story of each document (engine/compare/story.h), parallel to
  // `documents`; null or empty when the run did not group stories.
  const std::vector<int>* story_of = nullptr;
};

// A story's id in the reports: "s1", "s2", ... for story 0, 1, ...
std::string StoryId(int story);

// The audit JSON (SPEC.md, version 1). Claims and findings refer to each
// other by claim id. Strings are copied as they are: dump with
// DumpAuditJson (or error_handler_t::replace) so invalid UTF-8 cannot throw.
nlohmann::json AuditJson(const AuditReport& report);

// AuditJson(report) serialised with 2-space indentation and a final newline;
// invalid UTF-8 in any string is replaced by U+FFFD.
std::string DumpAuditJson(const AuditReport& report);

// The HTML report: one file, no network requests (a Content-Security-Policy
// forbids them), readable with JavaScript off; the one embedded script adds
// filters and search.
std::string RenderHtml(const AuditReport& report);

// The terminal summary: counts, then contradictions, updates and hedged
// topics one line each, then agreements (the first kMaxAgreementLines), then
// skipped inputs. `colour` adds ANSI colours (pass isatty(stdout)).
inline constexpr size_t kMaxAgreementLines = 20;
void PrintTerminalSummary(const AuditReport& report, std::ostream& out, bool colour);

}  // namespace sangati

#endif  // SANGATI_REPORTS_AUDIT_REPORT_H_
