// cli/score_command.h: `sangati rules score [DIR]`: precision and recall of
// the loaded rules on a claim fixture suite (fixtures/claims/README.md).
//
// How it works: DIR holds one folder per split (dev/, heldout/, ...), each
// with *.jsonl files of hand-checked sentences. Every sentence becomes a
// TextDocument (engine/extract) in its language, published on its
// `published` day, with its `outlet`; the whole rule set extracts its
// claims. Then, per the README's schema:
//   - an `expect` item matched by some claim (one claim per item, a maximum
//     matching) is a true positive of the item's kind, else a false negative;
//   - a claim that matches a `reject` item is a false positive of its kind;
//   - a quantity claim that matches no `expect` or `allow` item is a false
//     positive too (the expect lists are complete for quantities).
// Role values are compared the way engine/compare keys them
// (docs/compare.md): "relation:object" or a bare relation with an `object`
// (`of`, `country`, `organisation`) field, a trailing "_of" ignored. A
// source or place the fixture gives as a name (not an entity id) matches a
// claim text that contains it at a word start with at most a short case
// ending after it.
//
// Output: a table per split and kind (TP, FP, FN, precision, recall) and the
// number of sentences that pass. --verbose adds, per failing sentence, what
// was missed and what was wrong, but never for a split named "heldout": the
// held-out sentences must not be looked at while rules are written, so only
// their aggregate numbers are printed.
//
// main.cc maps: positional DIR -> dir; --verbose -> verbose; --split NAME ->
// split; --lang bn|en -> language; --rules DIR, --no-bundled, --set-max-mem,
// --rule-max-mem -> sources. Exit codes: 0 it ran; 2 usage, rule or
// fixture errors (a malformed line is reported as file:line and stops the
// run).
#ifndef SANGATI_CLI_SCORE_COMMAND_H_
#define SANGATI_CLI_SCORE_COMMAND_H_

#include <iosfwd>
#include <string>

#include "cli/rule_loading.h"

namespace sangati {

struct ScoreOptions {
  // The fixture directory; empty means fixtures/claims next to the bundled
  // rules directory (the repository's).
  std::string dir;
  RuleSourceOptions sources;
  // List the mismatches of each failing sentence (never for "heldout").
  bool verbose = false;
  // Score only this split (a subfolder name such as "dev"); empty: all.
  std::string split;
  // Score only sentences of this language ("bn" or "en"); empty: all.
  std::string language;
};

int RunScore(const ScoreOptions& options);

// RunScore() writing the table to `out` and messages to `err` (for tests).
int RunScoreTo(const ScoreOptions& options, std::ostream& out, std::ostream& err);

}  // namespace sangati

#endif  // SANGATI_CLI_SCORE_COMMAND_H_
