// engine/normalize/number_items.h: a phrase as a list of number "items"
// (numerals, scales, fractions, vague words, other words, punctuation) and
// the reader of one number expression over them. Internal to
// engine/normalize; shared by numbers.cc (quantities), clock_time.cc (the
// hour in "সাড়ে সাতটায়") and dates.cc ("তিন দিন আগে").
//
// Thread-safe: plain values and pure functions.
#ifndef SANGATI_ENGINE_NORMALIZE_NUMBER_ITEMS_H_
#define SANGATI_ENGINE_NORMALIZE_NUMBER_ITEMS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/normalize/lexicon.h"
#include "engine/normalize/tokenizer.h"

namespace sangati::normalize_internal {

struct Item {
  enum Kind { kNum, kScale, kFracPrefix, kFew, kPlural, kTens, kPercent, kArticle, kWord, kPunct };
  Kind kind = kWord;
  double value = 0;
  bool english = false;   // an English word
  bool digits = false;    // a digit run
  int int_digits = 0;     // digits before the decimal point (digit runs)
  bool has_decimal = false;
  bool glued = false;     // touches the previous item (no space)
  size_t token = 0;       // index of its (first) token in Phrase::tokens
  std::string folded;     // FoldVowels of the token (kPunct: the character);
                          // empty for the second part of a compound word
  // Suffixes read off the token, kept on its last part.
  std::string_view classifier, case_ending;
  bool approx = false;     // খানেক
  bool more_than = false;  // অধিক
  bool HasSuffix() const {
    return !classifier.empty() || !case_ending.empty() || approx || more_than;
  }
  // `w` may be written in any nukta/vowel spelling (compared folded).
  bool IsWord(std::string_view w) const { return kind != kPunct && EqualsFolded(folded, w); }
  bool IsWordIn(std::initializer_list<std::string_view> words) const {
    for (std::string_view w : words) {
      if (IsWord(w)) return true;
    }
    return false;
  }
  bool IsPunct(std::string_view p) const { return kind == kPunct && folded == p; }
  bool StartsWith(std::string_view w) const { return StartsWithFolded(folded, w); }
};

// Items of a tokenised phrase. Words glued to a number ("১০জন", "১০০-র",
// "ছ'জন", "শ'খানেক") become suffixes of that number's item.
std::vector<Item> BuildItems(const Phrase& phrase);

// One number expression read from items[begin..end).
struct NumberRead {
  double lo = 0, hi = 0;       // equal unless vague
  bool vague = false;          // a vague count (numbers.h): hi is +infinity
  size_t begin = 0, end = 0;   // items used
  size_t last_item = 0;        // index of the last item used
  bool has_scale = false;      // a scale word took part
  double trailing_scale = 1;   // the scale that ends it ("৪৫ হাজার": 1000), else 1
  bool digits_only = true;     // only digit runs (no words)
  int int_digits = 0;          // of the last digit run
  bool approx = false;         // খানেক
  bool more_than = false;      // শতাধিক
  bool small_word = false;     // a lone Bengali word numeral 1..8 (দুই, তিন)
  std::string how;             // "10×1000 = 10000"
};

// Reads the number expression starting at items[i]: digits, words, scales,
// fractions, English compounds, or a vague count (when `allow_vague`).
std::optional<NumberRead> ReadNumber(const std::vector<Item>& items, size_t i,
                                     bool allow_vague);

// Whether an item starts a number expression (numeral, scale, fraction word,
// vague word, "a"/"an" before a scale, "half a").
bool StartsNumber(const std::vector<Item>& items, size_t i);

// Formats a value for explanations: integers without exponent, others %g.
std::string FormatValue(double v);

}  // namespace sangati::normalize_internal

#endif  // SANGATI_ENGINE_NORMALIZE_NUMBER_ITEMS_H_
