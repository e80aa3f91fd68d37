// engine/normalize/lexicon.h: the word tables behind the number, date and
// clock-time readers. Internal to engine/normalize.
//
// A word of a phrase (as cut by tokenizer.h) is looked up here after
// FoldVowels(). Bengali number words may carry a classifier (টি/টা/টো/জন/
// খানা/খানি, or খানেক "about") and a case ending (ের/এর/র/কে/তে/য়/ে/ও/ই and
// their combinations such as েরও): "হাজারের", "দুজনকে", "তিনটির", "১০টায়".
// ReadNumberWord() strips those and reports them, so "দশকে" ("in the
// decade") is listed as a non-number on purpose.
//
// All functions are pure and thread-safe (tables are built once, on first
// use, by a thread-safe static initialiser).
#ifndef SANGATI_ENGINE_NORMALIZE_LEXICON_H_
#define SANGATI_ENGINE_NORMALIZE_LEXICON_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sangati::normalize_internal {

enum class LexKind {
  kNumeral,     // 0..99 in words, দেড় (1.5), আড়াই (2.5), English one..ninety
  kScale,       // শ/শো/শত 100, হাজার/thousand 1e3, লাখ/লক্ষ 1e5, কোটি 1e7,
                // ডজন/dozen 12, million 1e6, billion 1e9, trillion 1e12
  kFracPrefix,  // সাড়ে +0.5, সোয়া +0.25, পৌনে -0.25 (value = the delta)
  kFew,         // কয়েক, several; "few"/"couple" (value 2) after "a"
  kPlural,      // a scale used as a vague plural: হাজারো, thousands, hundreds
  kTens,        // "tens" (of thousands)
  kPercent,     // শতাংশ, পার্সেন্ট, percent
  kArticle,     // "a", "an" (one, before a scale: "a million")
};

struct Lexeme {
  LexKind kind = LexKind::kNumeral;
  double value = 0;
  bool english = false;  // an English word (English compounding rules apply)
};

// How a word reads as (part of) a number. A glued compound yields several
// parts: "তিনশো" = {3, scale 100}; "দুইশতাধিক" = {2, scale 100} with
// more_than set.
struct WordReading {
  Lexeme parts[2];
  int n = 0;
  std::string_view classifier;   // "টি", "টা", "টো", "জন", "খানা", "খানি" or ""
  std::string_view case_ending;  // "ের", "কে", "য়", ... or ""
  bool approx = false;           // glued খানেক: "শ'খানেক", "হাজারখানেক"
  bool more_than = false;        // glued অধিক: শতাধিক, লক্ষাধিক, একাধিক
  bool HasSuffix() const {
    return !classifier.empty() || !case_ending.empty() || approx || more_than;
  }
};

// Reads one folded word (FoldVowels) as number parts, or nullopt.
std::optional<WordReading> ReadNumberWord(std::string_view folded);

// Reads a word glued to a number ("জন" in ১০জন, "র" in ১০০-র, "টায়" in
// ৫টায়, "খানেক") as suffixes only (n == 0), or nullopt.
std::optional<WordReading> ReadSuffixWord(std::string_view folded);

// The Bengali spellings of 0..99 this library reads, as (word, value), in
// natural (unfolded) spelling. For documentation and tests.
const std::vector<std::pair<std::string, int>>& BengaliNumberWords();

// Part of the day named by a folded word (সকাল, দুপুর, বিকেল/বিকাল,
// সন্ধ্যা, রাত, ভোর, বেলা, মধ্যরাত; with locative endings: সকালে,
// সন্ধ্যায়, রাতে; English morning/afternoon/evening/night) or kNone.
enum class DayPart { kNone, kDawn, kMorning, kDaytime, kNoon, kAfternoon, kEvening, kNight };
DayPart DayPartOf(std::string_view folded);

// A fixed set of words, folded once (FoldVowels) when built, so lookups of
// already-folded words need no allocation. Build as a function-local static.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words);
  bool Contains(std::string_view folded) const;

 private:
  std::vector<std::string> words_;
};

// Month 1..12 for a Bengali or English month word as tokenised (not
// vowel-folded): MonthNumber() from calendar_names.h plus the endings it
// lacks (জুলাইয়ের, জানুয়ারির, ফেব্রুয়ারিতে, মের). nullopt otherwise.
std::optional<int> MonthOfWord(std::string_view word);

// Weekday 1 (Monday)..7 for a word: WeekdayNumber() plus endings ও/তে/কে.
std::optional<int> WeekdayOfWord(std::string_view word);

}  // namespace sangati::normalize_internal

#endif  // SANGATI_ENGINE_NORMALIZE_LEXICON_H_
