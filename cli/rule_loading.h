// cli/rule_loading.h: finding and reading rule files for every command that
// needs rules (extract, audit, explain, rules lint/test).
//
// Where rules come from:
//   - the bundled packs: the repository's rules/ directory, whose path is
//     compiled in (SANGATI_BUNDLED_RULES_DIR) and can be overridden with the
//     environment variable SANGATI_RULES_DIR; they form layer 0;
//   - user directories or files given with --rules DIR (repeatable), layers
//     1, 2, ... in the order given. Every *.yaml / *.yml file below a
//     directory is read, recursively, in sorted order (hidden entries
//     skipped).
// A rule, sub-pattern or entity with the same id/name as one in a lower
// layer replaces it (so a user rule with a bundled rule's id overrides it);
// modality cues of a higher layer replace the lower layers' cues for that
// language. --no-bundled leaves the bundled packs out entirely: the user
// directories must then bring their own sub-patterns and entity lists.
#ifndef SANGATI_CLI_RULE_LOADING_H_
#define SANGATI_CLI_RULE_LOADING_H_

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/rules/diagnostic.h"
#include "engine/rules/rule_set.h"

namespace sangati {

// Flags shared by the commands that load rules. main.cc maps:
//   --rules DIR       (repeatable) -> rule_dirs
//   --no-bundled                   -> no_bundled
//   --set-max-mem MB               -> set_max_mem_mb
//   --rule-max-mem MB              -> rule_max_mem_mb
struct RuleSourceOptions {
  std::vector<std::string> rule_dirs;  // user rule directories or single files
  bool no_bundled = false;             // leave the bundled packs out
  // RE2 memory budgets (MB, >= 1); the defaults are the engine's
  // (RuleOptions). Below them the large rules' DFAs keep running out of
  // room and extraction slows down tenfold.
  int64_t set_max_mem_mb = RuleOptions{}.set_max_mem >> 20;
  int64_t rule_max_mem_mb = RuleOptions{}.rule_max_mem >> 20;
};

// The bundled rules directory: $SANGATI_RULES_DIR when set and non-empty,
// else the compiled-in SANGATI_BUNDLED_RULES_DIR, else "" (none known).
std::string BundledRulesDir();

// Reads the rule files the options select, bundled first (layer 0), then
// each user directory/file (layers 1..n). NotFound when a --rules path or
// the bundled directory does not exist (the message names it); no files is
// not an error. `user_files`, when non-null, receives the paths that came
// from --rules (for `rules test DIR`).
absl::StatusOr<std::vector<RuleFile>> ReadRuleFiles(const RuleSourceOptions& options,
                                                    std::vector<std::string>* user_files = nullptr);

// ReadRuleFiles() + CompileRules(). Compile problems are appended to
// `diagnostics` (when non-null) and returned as InvalidArgument listing them.
absl::StatusOr<std::shared_ptr<const RuleSet>> LoadRuleSet(
    const RuleSourceOptions& options, std::vector<Diagnostic>* diagnostics = nullptr,
    std::vector<std::string>* user_files = nullptr);

// LoadRuleSet() for the commands that extract: on failure writes every
// problem to `err` (one file:line:col: rule-id: message each) and returns
// null; the caller exits 2.
std::shared_ptr<const RuleSet> LoadRuleSetOrReport(const RuleSourceOptions& options,
                                                   std::ostream& err);

}  // namespace sangati

#endif  // SANGATI_CLI_RULE_LOADING_H_
