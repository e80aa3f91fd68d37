// PrintTerminalSummary: the audit's human summary, contradictions first.
#include <algorithm>
#include <map>

#include "absl/strings/str_cat.h"
#include "reports/audit_report.h"
#include "reports/text_safety.h"

namespace sangati {
namespace {

struct Style {
  bool on;
  std::string_view Paint(std::string_view code) const { return on ? code : std::string_view(); }
  std::string_view Reset() const { return on ? "\x1b[0m" : ""; }
};

std::string_view VerdictColour(std::string_view verdict) {
  if (verdict == "contradiction") return "\x1b[1;31m";
  if (verdict == "update") return "\x1b[33m";
  if (verdict == "hedged") return "\x1b[35m";
  if (verdict == "agreement") return "\x1b[32m";
  return "\x1b[1m";
}

void PrintFinding(const Finding& f, const Style& s, std::ostream& out) {
  std::string label = f.verdict;
  if (!f.subtype.empty()) absl::StrAppend(&label, "/", f.subtype);
  out << s.Paint(VerdictColour(f.verdict)) << label << s.Reset() << " " << s.Paint("\x1b[1m")
      << TerminalSafe(f.topic) << s.Reset() << " [" << f.id << "]: "
      << TerminalSafe(f.explanation) << "\n";
}

}  // namespace

void PrintTerminalSummary(const AuditReport& report, std::ostream& out, bool colour) {
  const Style s{colour};
  const std::vector<Finding>& findings = *report.findings;
  std::map<std::string, size_t> n;
  for (const Finding& f : findings) ++n[f.verdict];
  out << s.Paint("\x1b[1m") << "sangati audit" << s.Reset() << ": " << report.documents->size()
      << " documents";
  if (report.story_of != nullptr && !report.story_of->empty()) {
    // Claims are compared within stories: say how many there were.
    const int stories = *std::max_element(report.story_of->begin(), report.story_of->end()) + 1;
    if (stories > 1) out << " in " << stories << " stories";
  }
  out << ", " << report.claims->size() << " claims";
  if (!report.skipped->empty()) out << ", " << report.skipped->size() << " skipped";
  out << "\n"
      << s.Paint(VerdictColour("contradiction")) << n["contradiction"] << " contradictions"
      << s.Reset() << ", " << n["update"] << " updates, " << n["hedged"] << " hedged, "
      << n["agreement"] << " agreements\n";
  if (!findings.empty()) out << "\n";
  // Findings arrive contradictions first (CompareClaims orders them); print
  // every finding that is not an agreement, then the first agreements.
  size_t agreements = 0;
  for (const Finding& f : findings) {
    if (f.verdict == "agreement") continue;
    PrintFinding(f, s, out);
  }
  for (const Finding& f : findings) {
    if (f.verdict != "agreement") continue;
    if (++agreements > kMaxAgreementLines) continue;
    PrintFinding(f, s, out);
  }
  if (agreements > kMaxAgreementLines) {
    out << "... and " << agreements - kMaxAgreementLines
        << " more agreements (see --json or --html)\n";
  }
  for (const Skipped& sk : *report.skipped) {
    out << s.Paint("\x1b[33m") << "skipped" << s.Reset() << " "
        << TerminalSafe(sk.error) << "\n";  // the reason starts with the location
  }
}

}  // namespace sangati
