// engine/extract/examples.h: the examples embedded in rule files, run
// against the compiled rules (`sangati rules test`), and the one-line
// account of why a rule gave no claim (`sangati explain --rule`).
//
// Each rule example is extracted as a document of its own (normalised, split
// into sentences, published on its `published:` day) with the WHOLE rule set,
// so overlaps and attributions behave as in a real run. An example passes
// when some kept claim of its rule has every expected field; a
// counterexample passes when no claim of its rule is kept. Sub-pattern
// examples must be matched in full by the expanded sub-pattern.
#ifndef SANGATI_ENGINE_EXTRACT_EXAMPLES_H_
#define SANGATI_ENGINE_EXTRACT_EXAMPLES_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/extract/extractor.h"
#include "engine/rules/diagnostic.h"

namespace sangati {

struct ExampleResults {
  int examples = 0;          // rule examples run
  int counterexamples = 0;   // rule counterexamples run
  int pattern_examples = 0;  // sub-pattern examples run
  // One per failing example, as `file:line: rule-id: expected ..., got ...`
  // (Diagnostic with column 0).
  std::vector<Diagnostic> failures;
};

// Runs the examples of the rules and sub-patterns whose file `select`
// accepts (every file when `select` is empty). Thread-compatible.
ExampleResults RunExamples(const Extractor& extractor,
                           const std::function<bool(std::string_view file)>& select = {});

// Why rule `rule` produced no kept claim in `doc`, in one line, e.g.
//   "the pattern never matched ({{quantity}} matched '১০ হাজার'; ...)",
//   "matched \"১০ সেনা\" but it was rejected by guard not_followed_by ...",
//   "matched \"...\" but dropped: field 'source': 'X' is not in the entity lists".
// `candidates` are ExtractCandidates() of `doc`.
std::string WhyNoClaim(const Extractor& extractor, const Document& doc, size_t rule,
                       const std::vector<CandidateClaim>& candidates);

// The language an example or --text is read in: the rule's language when it
// is bn or en, else Bengali when the text has a Bengali letter.
Language ExampleLanguage(std::string_view rule_language, std::string_view text);

}  // namespace sangati

#endif  // SANGATI_ENGINE_EXTRACT_EXAMPLES_H_
