// engine/rules/pattern_start.h: what an RE2 pattern's matches begin with.
//
// A rule whose matches must start at a word edge is scanned with a
// non-word-character prefix (kNonWordCharClass) when every match of its
// pattern begins with a word character: RE2's DFA then starts a new thread
// only after a space or punctuation, not at every byte inside a word, and
// its states stay fewer (see RuleSet::MatchSentence). That needs a proof
// from the pattern text, which MatchesBeginWithWordChar gives. Pure
// functions.
#ifndef SANGATI_ENGINE_RULES_PATTERN_START_H_
#define SANGATI_ENGINE_RULES_PATTERN_START_H_

#include <string_view>

namespace sangati {

// An RE2 character class matching exactly the code points that
// IsWordCodePoint (engine/core/utf8.h) says are not word characters.
extern const char kNonWordCharClass[];

// True only if every non-empty match of `pattern` (RE2 syntax) begins with
// a word character (IsWordCodePoint) and the pattern cannot match the
// empty string. Conservative: false for syntax it does not follow (\Q..\E,
// POSIX classes) and for `.`, \s, \S, \p{...} and negated classes at the
// start.
bool MatchesBeginWithWordChar(std::string_view pattern);

}  // namespace sangati

#endif  // SANGATI_ENGINE_RULES_PATTERN_START_H_
