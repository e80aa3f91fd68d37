// engine/text/abbreviations.h (internal to engine/text): the word lists the
// sentence splitter consults when a "." is followed by a space.
//
// The lists are data (abbreviations.cc): English and Bengali abbreviations
// that take a dot, letter names of Latin initials in Bengali script, and the
// capitalised words that start English sentences. Tokens are looked up
// exactly (case matters: "No." is an abbreviation, "no." is a word).
// All functions are pure and thread-safe.
#ifndef SANGATI_ENGINE_TEXT_ABBREVIATIONS_H_
#define SANGATI_ENGINE_TEXT_ABBREVIATIONS_H_

#include <cstdint>
#include <string_view>

namespace sangati::text_internal {

// How a "." after a token behaves.
enum class AbbrevKind : uint8_t {
  kNone,          // not an abbreviation: the "." may end a sentence
  kNeverEnds,     // titles and fixed abbreviations: Mr. Dr. e.g. ড. মো. (সা.)
  kBeforeNumber,  // ends a sentence unless a number follows: No. 5, Jan. 15
  kMayEnd,        // ends a sentence only before a sentence starter (IsSentenceStarter):
                  // a.m. Inc. etc. U.S. and single-letter initials "J."
};

// The kind of `token`, the characters before the "." back to the previous
// space, with leading brackets and quotes removed ("(সা" -> "সা"). Besides the
// lists it recognises dotted forms: "U.S", "a.m", "Ph.D" (pieces of one or
// two Latin letters: kMayEnd), a single capital Latin letter (an initial:
// kMayEnd), and Bengali initials "এ", "কে", "আ.ক.ম" (pieces that are single
// Bengali letters or Bengali letter names of Latin letters: kNeverEnds).
AbbrevKind ClassifyAbbreviation(std::string_view token);

// True for a token that numbers a list item when it opens a line or
// sentence: 1-3 digits (ASCII or Bengali), a single Latin or Bengali letter,
// a Roman numeral up to X, or a Bengali number word up to দশ ("এক", "দুই").
bool IsListMarker(std::string_view token);

// True for a capitalised English word that typically starts a sentence
// ("The", "He", "But", "According", ...), used after kMayEnd tokens.
bool IsSentenceStarter(std::string_view word);

}  // namespace sangati::text_internal

#endif  // SANGATI_ENGINE_TEXT_ABBREVIATIONS_H_
