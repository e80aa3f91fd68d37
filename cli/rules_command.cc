#include "cli/rules_command.h"

#include <iostream>
#include <set>

#include "absl/strings/str_cat.h"
#include "engine/extract/examples.h"
#include "engine/extract/extractor.h"

namespace sangati {
namespace {

// Loads the rules; on failure prints the problems and returns null.
std::shared_ptr<const RuleSet> Load(const RulesOptions& options,
                                    std::vector<std::string>* user_files) {
  RuleSourceOptions sources = options.sources;
  sources.rule_dirs.insert(sources.rule_dirs.end(), options.dirs.begin(), options.dirs.end());
  std::vector<Diagnostic> diagnostics;
  auto set = LoadRuleSet(sources, &diagnostics, user_files);
  if (set.ok()) return *set;
  if (diagnostics.empty()) {
    std::cerr << "sangati: " << set.status().message() << "\n";
  } else {
    for (const Diagnostic& d : diagnostics) std::cerr << FormatDiagnostic(d) << "\n";
    std::cerr << diagnostics.size() << (diagnostics.size() == 1 ? " error" : " errors")
              << " in the rule files\n";
  }
  return nullptr;
}

std::string Summary(const RuleSet& rules) {
  return absl::StrCat(rules.size(), " rules, ", rules.sub_patterns().size(), " sub-patterns, ",
                      rules.entities().entities().size(), " entities");
}

}  // namespace

int RunRulesLint(const RulesOptions& options) {
  auto rules = Load(options, nullptr);
  if (!rules) return 2;
  std::cout << "ok: " << Summary(*rules) << "\n";
  return 0;
}

int RunRulesTest(const RulesOptions& options) {
  std::vector<std::string> user_files;
  auto rules = Load(options, &user_files);
  if (!rules) return 2;
  std::set<std::string> selected;
  if (!options.all && !options.dirs.empty()) {
    // The positional DIRs were appended last: their files are the tail of
    // user_files. Count the files of the --rules directories first.
    RuleSourceOptions only_flags = options.sources;
    only_flags.no_bundled = true;
    std::vector<std::string> flag_files;
    if (!only_flags.rule_dirs.empty()) (void)ReadRuleFiles(only_flags, &flag_files);
    for (size_t i = flag_files.size(); i < user_files.size(); ++i) selected.insert(user_files[i]);
  }
  Extractor extractor(rules);
  std::function<bool(std::string_view)> select;
  if (!selected.empty() || (!options.all && !options.dirs.empty())) {
    select = [&](std::string_view file) { return selected.count(std::string(file)) > 0; };
  }
  ExampleResults results = RunExamples(extractor, select);
  for (const Diagnostic& d : results.failures) std::cout << FormatDiagnostic(d) << "\n";
  int total = results.examples + results.counterexamples + results.pattern_examples;
  std::cout << (results.failures.empty() ? "ok: " : "FAILED: ") << results.examples
            << " examples, " << results.counterexamples << " counterexamples, "
            << results.pattern_examples << " sub-pattern examples";
  if (!results.failures.empty()) std::cout << "; " << results.failures.size() << " of " << total
                                           << " failed";
  std::cout << " (" << Summary(*rules) << ")\n";
  return results.failures.empty() ? 0 : 1;
}

}  // namespace sangati
