// cli/audit_command.h: `sangati audit PATH...`, the main job.
//
// Reads every input (adapters), prepares each document (engine/text) and
// extracts its claims (engine/extract) on all cores, compares the claims
// across outlets (engine/compare) and writes the reports (reports/): a
// terminal summary on stdout, and JSON and HTML files when asked.
#ifndef SANGATI_CLI_AUDIT_COMMAND_H_
#define SANGATI_CLI_AUDIT_COMMAND_H_

#include <string>
#include <vector>

#include "adapters/read.h"
#include "cli/rule_loading.h"

namespace sangati {

struct AuditOptions {
  std::vector<std::string> paths;  // files, directories or "-" (stdin)
  ReadOptions read;                // --follow-links, --field, --manifest
  RuleSourceOptions sources;       // --rules DIR (repeatable), --no-bundled, --set-max-mem
  std::string json_out;            // --json FILE ("-" = stdout); empty: none
  std::string html_out;            // --html FILE ("-" = stdout); empty: none
  bool fail_on_contradiction = false;  // --fail-on contradiction
  bool strict = false;             // --strict: a skipped input is fatal (exit 2)
  int threads = 0;                 // --threads N; 0 = all cores
  bool quiet = false;              // --quiet: no terminal summary
  // --stories auto|on|off: group the documents into stories and compare
  // claims within each (engine/compare/story.h); auto leaves an input of a
  // few documents as one story, on groups any input, off compares all.
  std::string stories = "auto";
  // --color auto|always|never (auto: when stdout is a terminal).
  std::string color = "auto";
};

// Runs the audit. Exit codes (SPEC.md): 0 when it ran; 1 when
// fail_on_contradiction is set and a contradiction was found; 2 for usage or
// rule errors, an unwritable output file, or (with strict) a skipped input.
int RunAudit(const AuditOptions& options);

}  // namespace sangati

#endif  // SANGATI_CLI_AUDIT_COMMAND_H_
