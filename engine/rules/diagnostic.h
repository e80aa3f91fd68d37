// engine/rules/diagnostic.h: problems found in rule files, each pointing into
// the user's file.
//
// The loader (rule_parser.h) and the compiler (rule_set.h) never stop at the
// first mistake: they append one Diagnostic per problem and go on, so a rule
// writer sees every error of a run at once. Each prints as
//   rules/bn/troops.yaml:14:12: bn-troops-sent: unknown key 'patern' (did you mean 'pattern'?)
// and the run fails when any error-level diagnostic was reported.
#ifndef SANGATI_ENGINE_RULES_DIAGNOSTIC_H_
#define SANGATI_ENGINE_RULES_DIAGNOSTIC_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "engine/core/source_pos.h"

namespace sangati {

struct Diagnostic {
  std::string file;     // the rule file's path as given in RuleFile::path
  SourcePos pos;        // 1-based line/column; line 0 when unknown
  std::string rule_id;  // the rule (or pattern/entity name) concerned; may be empty
  std::string message;  // one line, no trailing period
};

// "file:line:col: rule-id: message" (the rule-id part is left out when empty).
std::string FormatDiagnostic(const Diagnostic& d);

// InvalidArgument with every diagnostic formatted on its own line, in the
// order given; OkStatus() when `diagnostics` is empty.
absl::Status DiagnosticsToStatus(const std::vector<Diagnostic>& diagnostics);

// The candidate closest to `word` by edit distance when it is close enough to
// be a plausible misspelling (distance <= max(1, size/3)); empty otherwise.
// Used for "did you mean" hints.
std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" for ClosestMatch(), or "" when nothing is close.
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace sangati

#endif  // SANGATI_ENGINE_RULES_DIAGNOSTIC_H_
