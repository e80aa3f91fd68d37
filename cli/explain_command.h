// cli/explain_command.h: `sangati explain --text "..."` (or a file).
//
// Prints, for the text (normalised and split into sentences like an
// article): every rule that fired, with the matched span, its sentence and
// line, the captures, how each value was read (numbers, dates, entities,
// modality cue), the resulting claim as JSON (or why it was dropped) and the
// rule's expanded pattern. With --rule ID it also tells why that rule did
// not fire where that can be told: the rule is for another language; the
// pattern never matched (and which {{sub-patterns}} did match something);
// it matched but the match began/ended inside a word or guard X rejected
// it; or the claim was dropped (a figure that does not parse, an entity not
// in the lists, an overlap lost to a named rule).
//
// main.cc maps: --text TEXT -> text; a positional FILE -> file (read whole
// as plain text; "-" is stdin); --rule ID -> rule_id; --published
// YYYY-MM-DD -> published (resolves relative dates); --language bn|en ->
// language (default: told by the script); --rules DIR (repeatable),
// --no-bundled, --set-max-mem MB, --rule-max-mem MB -> sources.
// Exit codes: 0 ok; 2 usage or rule errors (no text, unknown --rule id,
// unreadable file, bad rule files).
#ifndef SANGATI_CLI_EXPLAIN_COMMAND_H_
#define SANGATI_CLI_EXPLAIN_COMMAND_H_

#include <string>

#include "cli/rule_loading.h"

namespace sangati {

struct ExplainOptions {
  RuleSourceOptions sources;
  std::string text;       // --text
  std::string file;       // or a file to read the text from
  std::string rule_id;    // --rule
  std::string published;  // --published YYYY-MM-DD
  std::string language;   // --language bn|en; empty: detect
};

int RunExplain(const ExplainOptions& options);

}  // namespace sangati

#endif  // SANGATI_CLI_EXPLAIN_COMMAND_H_
