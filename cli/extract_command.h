// cli/extract_command.h: `sangati extract PATH...`: claims as JSON Lines.
//
// Reads every PATH (files, directories recursively, "-" for stdin) through
// adapters/, prepares each document (engine/text), extracts its claims with
// the loaded rules on --threads workers, and writes one JSON object per
// claim to stdout (engine/core/claim_json.h, the claim objects of
// SPEC.md), documents in input order, claims in text order: the output is
// identical whatever the thread count. Stateless, so it can be the map step
// of a batch job. Inputs that cannot be read are reported on stderr as
// `path: error` and skipped.
//
// main.cc maps: positional PATH... -> paths; --threads N -> threads (0: all
// cores); --field SPEC -> fields; --manifest FILE -> manifest;
// --follow-links -> follow_links; --strict -> strict; --rules DIR
// (repeatable), --no-bundled, --set-max-mem MB, --rule-max-mem MB -> sources.
// Exit codes: 0 ok; 1 with --strict when an input was skipped; 2 usage or
// rule errors.
#ifndef SANGATI_CLI_EXTRACT_COMMAND_H_
#define SANGATI_CLI_EXTRACT_COMMAND_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/rule_loading.h"

namespace sangati {

struct ExtractCommandOptions {
  std::vector<std::string> paths;
  RuleSourceOptions sources;
  int threads = 0;
  std::string fields;    // --field "title=headline,body=text"
  std::string manifest;  // --manifest FILE
  bool follow_links = false;
  bool strict = false;
};

int RunExtract(const ExtractCommandOptions& options);

// RunExtract() writing claims to `out` and messages to `err` (for tests).
int RunExtractTo(const ExtractCommandOptions& options, std::ostream& out, std::ostream& err);

}  // namespace sangati

#endif  // SANGATI_CLI_EXTRACT_COMMAND_H_
