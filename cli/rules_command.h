// cli/rules_command.h: `sangati rules lint` and `sangati rules test`.
//
//   sangati rules lint [DIR...]   parse and compile every rule file (bundled
//                                 packs plus DIRs); print every problem as
//                                 `file:line:col: rule-id: message` on stderr.
//   sangati rules test [DIR...]   lint, then run the examples embedded in the
//                                 rule files; print each failure as
//                                 `file:line: rule-id: expected ..., got ...`.
// DIRs are user rule directories (added as with --rules, after any --rules
// given). When DIRs are given, `rules test` runs the examples of the DIRs'
// files only (the bundled packs still load, since user rules use their
// sub-patterns and entities); without DIRs, or with --all, it runs all.
//
// main.cc maps: positional DIR... -> dirs; --rules DIR (repeatable),
// --no-bundled, --set-max-mem MB, --rule-max-mem MB -> sources; --all -> all.
// Exit codes: 0 ok; 1 some example failed (test); 2 rule errors or a rules
// directory that cannot be read.
#ifndef SANGATI_CLI_RULES_COMMAND_H_
#define SANGATI_CLI_RULES_COMMAND_H_

#include <string>
#include <vector>

#include "cli/rule_loading.h"

namespace sangati {

struct RulesOptions {
  RuleSourceOptions sources;
  std::vector<std::string> dirs;  // positional DIRs
  bool all = false;               // test: run every loaded file's examples
};

int RunRulesLint(const RulesOptions& options);
int RunRulesTest(const RulesOptions& options);

}  // namespace sangati

#endif  // SANGATI_CLI_RULES_COMMAND_H_
