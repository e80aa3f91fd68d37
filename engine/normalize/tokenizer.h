// engine/normalize/tokenizer.h: splits a short phrase (a number, date or
// clock-time expression) into digit runs, words and punctuation. Internal to
// engine/normalize: numbers.cc, dates.cc and clock_time.cc all read phrases
// through it, so "১২,৫০,০০০", "১০জন", "দু'বার" and "1.5bn" are cut the same
// way everywhere.
//
// Folding done here, once: য়/ড়/ঢ় precomposed (FoldNukta), ’‘`´ -> ', “” -> ",
// dashes (– — − ‒) -> '-', odd spaces -> ' ', ZWJ/ZWNJ dropped, ASCII letters
// lower-cased. Word lookups additionally apply FoldVowels() (see below).
//
// Pure functions; thread-safe.
#ifndef SANGATI_ENGINE_NORMALIZE_TOKENIZER_H_
#define SANGATI_ENGINE_NORMALIZE_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sangati::normalize_internal {

enum class TokenKind {
  kNumber,  // a run of ASCII/Bengali digits, with valid grouping and decimals
  kWord,    // a run of letters of one script (Bengali or ASCII)
  kPunct,   // any other single character (UTF-8 sequence)
};

struct Token {
  TokenKind kind = TokenKind::kPunct;
  uint32_t begin = 0, end = 0;  // bytes into Phrase::text
  bool glued = false;           // no whitespace between it and the previous token
  bool bengali = false;         // kWord: Bengali script (else ASCII)
  // kNumber only:
  double value = 0;
  int int_digits = 0;       // digits before the decimal point (grouping excluded)
  bool has_decimal = false;
  bool grouped = false;     // had 10,000 / 12,50,000 grouping
};

// A folded phrase and its tokens. Tokens index `text` by offsets, so a Phrase
// may be moved and copied freely.
struct Phrase {
  std::string text;
  std::vector<Token> tokens;
  std::string_view View(const Token& t) const {
    return std::string_view(text).substr(t.begin, t.end - t.begin);
  }
  std::string_view View(size_t i) const { return View(tokens[i]); }
  bool IsWord(size_t i, std::string_view w) const {
    return i < tokens.size() && tokens[i].kind == TokenKind::kWord && View(i) == w;
  }
  bool IsPunct(size_t i, std::string_view p) const {
    return i < tokens.size() && tokens[i].kind == TokenKind::kPunct && View(i) == p;
  }
};

// Folds and tokenises `utf8`. Digit grouping is accepted only when valid in
// the Western (1,234,567) or Indian (12,34,567) system; otherwise the comma
// is punctuation. "13.07.2025" gives three numbers separated by '.' (no
// decimals); "1.5" is one number. Invalid UTF-8 bytes become punctuation.
Phrase Tokenize(std::string_view utf8);

// Lookup fold for Bengali words: drops chandrabindu (ঁ), maps ঊ->উ, ঈ->ই,
// ী->ি, ূ->ু, and precomposes nukta letters. So পাঁচ/পাচ, ঊনিশ/উনিশ,
// বেশী/বেশি, ন্যূনতম/ন্যুনতম meet. ASCII is lower-cased.
std::string FoldVowels(std::string_view word);

// Whether `folded` (already FoldVowels'd) equals / starts with FoldVowels(raw),
// without allocating: `raw` is folded on the fly. For comparing items with
// literals written in source code in any nukta or vowel spelling.
bool EqualsFolded(std::string_view folded, std::string_view raw);
bool StartsWithFolded(std::string_view folded, std::string_view raw);

// Decodes one UTF-8 code point at s[i]; sets *len (>= 1). Returns U+FFFD for
// an invalid sequence (with *len = 1).
char32_t DecodeUtf8(std::string_view s, size_t i, size_t* len);

}  // namespace sangati::normalize_internal

#endif  // SANGATI_ENGINE_NORMALIZE_TOKENIZER_H_
