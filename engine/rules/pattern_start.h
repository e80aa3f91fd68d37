// engine/rules/pattern_start.h: what an RE2 pattern's matches begin with.
//
// A rule whose matches must start at a word edge is scanned with a prefix
// character in front (kScanPrefixClass: a non-word character other than
// `~`) when every match of its pattern begins with a word character or with
// the approximation sign `~` (~500): RE2's DFA then starts a new thread only
// after a space or punctuation, not at every byte inside a word, and its
// states stay fewer (see RuleSet::MatchSentence). Such a rule's matches
// begin at the sentence's start or after a prefix character; `~` opens a
// figure, so it is never the character before a match. That needs a proof
// from the pattern text, which MatchesBeginWithWordCharOrTilde gives. Pure
// functions.
#ifndef SANGATI_ENGINE_RULES_PATTERN_START_H_
#define SANGATI_ENGINE_RULES_PATTERN_START_H_

#include <string_view>

namespace sangati {

// Whether a prefixed scan may find `cp` in front of a match: a code point
// that IsWordCodePoint (engine/core/utf8.h) says is not a word character,
// other than `~`.
bool IsScanPrefixCodePoint(char32_t cp);

// An RE2 character class matching exactly the code points for which
// IsScanPrefixCodePoint is true.
extern const char kScanPrefixClass[];

// True only if every non-empty match of `pattern` (RE2 syntax) begins with
// a word character (IsWordCodePoint) or `~`, and the pattern cannot match
// the empty string. Conservative: false for syntax it does not follow
// (\Q..\E, POSIX classes) and for `.`, \s, \S, \p{...} and negated classes
// at the start.
bool MatchesBeginWithWordCharOrTilde(std::string_view pattern);

}  // namespace sangati

#endif  // SANGATI_ENGINE_RULES_PATTERN_START_H_
