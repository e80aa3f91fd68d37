// cli/main.cc: the `sangati` executable. Maps command-line flags (CLI11) onto
// each command's options struct and returns its exit code. Usage errors exit
// with 2, as SPEC.md fixes.
#include <iostream>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "adapters/read.h"
#include "cli/audit_command.h"
#include "cli/explain_command.h"
#include "cli/extract_command.h"
#include "cli/rule_loading.h"
#include "cli/rules_command.h"
#include "cli/profile_command.h"
#include "cli/score_command.h"

namespace sangati {
namespace {

// The flags every command that loads rules shares.
void AddRuleSourceFlags(CLI::App* app, RuleSourceOptions* sources) {
  app->add_option("--rules", sources->rule_dirs,
                  "User rule directory or file (repeatable); adds to the bundled packs, "
                  "a rule with a bundled rule's id overrides it");
  app->add_flag("--no-bundled", sources->no_bundled,
                "Leave the bundled rule packs out (use only --rules)");
  app->add_option("--set-max-mem", sources->set_max_mem_mb, "RE2::Set memory budget in MB")
      ->check(CLI::PositiveNumber);
  app->add_option("--rule-max-mem", sources->rule_max_mem_mb,
                  "Per-rule RE2 memory budget in MB")
      ->check(CLI::PositiveNumber);
}

}  // namespace

int Main(int argc, char** argv) {
  CLI::App app{"sangati: where news outlets agree, where they contradict each other, and "
               "who each claim comes from"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "sangati 0.1.0");

  // audit
  AuditOptions audit;
  std::string audit_fields, fail_on;
  CLI::App* audit_cmd = app.add_subcommand("audit", "Audit articles: claims, agreements and contradictions");
  audit_cmd->add_option("PATH", audit.paths, "Files, directories (recursive) or - for stdin")
      ->required();
  audit_cmd->add_option("--json", audit.json_out, "Write the audit JSON here (- = stdout)");
  audit_cmd->add_option("--html", audit.html_out, "Write the HTML report here (- = stdout)");
  audit_cmd->add_option("--fail-on", fail_on, "Exit 1 when a finding of this verdict exists")
      ->check(CLI::IsMember({"contradiction"}));
  audit_cmd->add_flag("--strict", audit.strict, "Make an unreadable input fatal (exit 2)");
  audit_cmd->add_option("--threads", audit.threads, "Worker threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  audit_cmd->add_flag("--quiet", audit.quiet, "No terminal summary");
  audit_cmd->add_option("--stories", audit.stories,
                        "Group documents into stories and compare claims within each: auto "
                        "(default; up to 10 documents are one story), on, or off (one story)")
      ->check(CLI::IsMember({"auto", "on", "off"}));
  audit_cmd->add_option("--color", audit.color, "Colour the summary: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  audit_cmd->add_option("--field", audit_fields,
                        "Dataset field names, e.g. title=headline,body=article");
  audit_cmd->add_option("--manifest", audit.read.manifest,
                        "Manifest (CSV or YAML) with outlet/url/published per file");
  audit_cmd->add_flag("--follow-links", audit.read.follow_symlinks,
                      "Follow symbolic links inside directories");
  AddRuleSourceFlags(audit_cmd, &audit.sources);

  // extract
  ExtractCommandOptions extract;
  CLI::App* extract_cmd = app.add_subcommand("extract", "Print claims as JSON Lines");
  extract_cmd->add_option("PATH", extract.paths, "Files, directories or -")->required();
  extract_cmd->add_option("--threads", extract.threads, "Worker threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  extract_cmd->add_option("--field", extract.fields, "Dataset field names, e.g. title=headline");
  extract_cmd->add_option("--manifest", extract.manifest, "Manifest file");
  extract_cmd->add_flag("--follow-links", extract.follow_links, "Follow symbolic links");
  extract_cmd->add_flag("--strict", extract.strict, "Exit 1 when an input was skipped");
  AddRuleSourceFlags(extract_cmd, &extract.sources);

  // rules lint / rules test
  CLI::App* rules_cmd = app.add_subcommand("rules", "Check rule files");
  rules_cmd->require_subcommand(1);
  RulesOptions lint, test;
  CLI::App* lint_cmd = rules_cmd->add_subcommand("lint", "Parse and compile rules; list every error");
  lint_cmd->add_option("DIR", lint.dirs, "Rule directories (default: the bundled packs)");
  AddRuleSourceFlags(lint_cmd, &lint.sources);
  CLI::App* test_cmd = rules_cmd->add_subcommand("test", "Run every example embedded in the rules");
  test_cmd->add_option("DIR", test.dirs, "Rule directories (default: the bundled packs)");
  test_cmd->add_flag("--all", test.all, "With DIRs: also run the bundled packs' examples");
  AddRuleSourceFlags(test_cmd, &test.sources);
  ScoreOptions score;
  CLI::App* score_cmd = rules_cmd->add_subcommand(
      "score", "Precision and recall per claim kind on a claim fixture suite");
  score_cmd->add_option("DIR", score.dir,
                        "Fixture directory with one folder per split (default: fixtures/claims)");
  score_cmd->add_flag("--verbose", score.verbose,
                      "List each failing sentence's mismatches (never for the heldout split)");
  score_cmd->add_option("--split", score.split, "Score only this split (dev, heldout, ...)");
  score_cmd->add_option("--lang", score.language, "Score only bn or en sentences")
      ->check(CLI::IsMember({"bn", "en"}));
  AddRuleSourceFlags(score_cmd, &score.sources);
  ProfileOptions profile;
  CLI::App* profile_cmd = rules_cmd->add_subcommand(
      "profile", "Time each rule over articles (one thread), slowest first");
  profile_cmd->add_option("PATH", profile.paths, "Files, directories or - (stdin)")->required();
  profile_cmd->add_option("--top", profile.top, "Rules to list (0: all)")
      ->check(CLI::NonNegativeNumber);
  AddRuleSourceFlags(profile_cmd, &profile.sources);

  // explain
  ExplainOptions explain;
  CLI::App* explain_cmd = app.add_subcommand("explain", "Show which rules fire on a text and why");
  explain_cmd->add_option("--text", explain.text, "The text to explain");
  explain_cmd->add_option("FILE", explain.file, "Or a file holding the text (- = stdin)");
  explain_cmd->add_option("--rule", explain.rule_id, "Say why this rule did or did not fire");
  explain_cmd->add_option("--published", explain.published,
                          "Publication date YYYY-MM-DD for relative dates");
  explain_cmd->add_option("--language", explain.language, "bn or en (default: by script)")
      ->check(CLI::IsMember({"bn", "en"}));
  AddRuleSourceFlags(explain_cmd, &explain.sources);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }

  if (audit_cmd->parsed()) {
    audit.fail_on_contradiction = fail_on == "contradiction";
    if (!audit_fields.empty()) {
      absl::StatusOr<FieldMapping> fields = ParseFieldMapping(audit_fields);
      if (!fields.ok()) {
        std::cerr << "sangati: --field: " << fields.status().message() << "\n";
        return 2;
      }
      audit.read.fields = *fields;
    }
    return RunAudit(audit);
  }
  if (extract_cmd->parsed()) return RunExtract(extract);
  if (lint_cmd->parsed()) return RunRulesLint(lint);
  if (test_cmd->parsed()) return RunRulesTest(test);
  if (score_cmd->parsed()) return RunScore(score);
  if (profile_cmd->parsed()) return RunProfile(profile);
  if (explain_cmd->parsed()) return RunExplain(explain);
  return 2;
}

}  // namespace sangati

int main(int argc, char** argv) { return sangati::Main(argc, argv); }
