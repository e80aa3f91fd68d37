#include "engine/normalize/lexicon.h"

#include <array>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "engine/core/absl_compat.h"
#include "engine/core/calendar_names.h"
#include "engine/normalize/tokenizer.h"

namespace sangati::normalize_internal {
namespace {

// 0..99 with the standard Bangladesh spelling first, then West Bengal and
// common variant spellings. Chandrabindu, ঊ/উ and ী/ি variants need no
// entries: lookups fold them (FoldVowels).
const std::vector<std::pair<std::string, int>>& NumberWordList() {
  static const auto* list = new std::vector<std::pair<std::string, int>>{
      {"শূন্য", 0},     {"এক", 1},        {"দুই", 2},        {"দু", 2},
      {"তিন", 3},       {"চার", 4},       {"পাঁচ", 5},       {"ছয়", 6},
      {"ছ", 6},         {"সাত", 7},       {"আট", 8},         {"নয়", 9},
      {"দশ", 10},       {"এগারো", 11},    {"এগার", 11},      {"বারো", 12},
      {"বার", 12},      {"তেরো", 13},     {"তের", 13},       {"চৌদ্দ", 14},
      {"চোদ্দ", 14},    {"চোদ্দো", 14},   {"পনেরো", 15},     {"পনের", 15},
      {"ষোলো", 16},     {"ষোল", 16},      {"সতেরো", 17},     {"সতের", 17},
      {"আঠারো", 18},    {"আঠার", 18},     {"উনিশ", 19},      {"বিশ", 20},
      {"কুড়ি", 20},     {"একুশ", 21},     {"বাইশ", 22},      {"তেইশ", 23},
      {"চব্বিশ", 24},   {"পঁচিশ", 25},    {"ছাব্বিশ", 26},   {"সাতাশ", 27},
      {"আটাশ", 28},     {"ঊনত্রিশ", 29},  {"উনতিরিশ", 29},   {"ত্রিশ", 30},
      {"তিরিশ", 30},    {"একত্রিশ", 31},  {"একতিরিশ", 31},   {"বত্রিশ", 32},
      {"বতিরিশ", 32},   {"তেত্রিশ", 33},  {"তেতিরিশ", 33},   {"চৌত্রিশ", 34},
      {"চোত্রিশ", 34},  {"চৌতিরিশ", 34},  {"পঁয়ত্রিশ", 35},  {"পঁয়তিরিশ", 35},
      {"ছত্রিশ", 36},   {"ছতিরিশ", 36},   {"সাঁইত্রিশ", 37}, {"সাঁইতিরিশ", 37},
      {"আটত্রিশ", 38},  {"আটতিরিশ", 38},  {"ঊনচল্লিশ", 39},  {"চল্লিশ", 40},
      {"একচল্লিশ", 41}, {"বিয়াল্লিশ", 42}, {"বেয়াল্লিশ", 42}, {"তেতাল্লিশ", 43},
      {"চুয়াল্লিশ", 44}, {"পঁয়তাল্লিশ", 45}, {"ছেচল্লিশ", 46}, {"ছয়চল্লিশ", 46},
      {"সাতচল্লিশ", 47}, {"আটচল্লিশ", 48}, {"ঊনপঞ্চাশ", 49},  {"পঞ্চাশ", 50},
      {"একান্ন", 51},   {"বাহান্ন", 52},  {"বায়ান্ন", 52},   {"তিপ্পান্ন", 53},
      {"তেপ্পান্ন", 53}, {"চুয়ান্ন", 54},  {"পঞ্চান্ন", 55},  {"ছাপ্পান্ন", 56},
      {"সাতান্ন", 57},  {"আটান্ন", 58},   {"ঊনষাট", 59},     {"ষাট", 60},
      {"একষট্টি", 61},  {"বাষট্টি", 62},  {"তেষট্টি", 63},   {"চৌষট্টি", 64},
      {"পঁয়ষট্টি", 65}, {"ছেষট্টি", 66},  {"সাতষট্টি", 67},  {"আটষট্টি", 68},
      {"ঊনসত্তর", 69},  {"সত্তর", 70},    {"একাত্তর", 71},   {"বাহাত্তর", 72},
      {"বাহাত্তুর", 72}, {"তিয়াত্তর", 73}, {"তেহাত্তর", 73},  {"চুয়াত্তর", 74},
      {"পঁচাত্তর", 75}, {"ছিয়াত্তর", 76}, {"সাতাত্তর", 77},  {"আটাত্তর", 78},
      {"ঊনআশি", 79},    {"উনাশি", 79},    {"আশি", 80},       {"একাশি", 81},
      {"বিরাশি", 82},   {"তিরাশি", 83},   {"চুরাশি", 84},    {"পঁচাশি", 85},
      {"ছিয়াশি", 86},   {"সাতাশি", 87},   {"অষ্টাশি", 88},   {"আটাশি", 88},
      {"ঊননব্বই", 89},  {"নব্বই", 90},    {"নব্বুই", 90},    {"একানব্বই", 91},
      {"বিরানব্বই", 92}, {"তিরানব্বই", 93}, {"চুরানব্বই", 94}, {"পঁচানব্বই", 95},
      {"ছিয়ানব্বই", 96}, {"সাতানব্বই", 97}, {"আটানব্বই", 98}, {"নিরানব্বই", 99},
  };
  return *list;
}

struct Entry {
  std::string_view word;
  LexKind kind;
  double value;
};

constexpr Entry kOtherBengali[] = {
    {"দেড়", LexKind::kNumeral, 1.5},      {"আড়াই", LexKind::kNumeral, 2.5},
    {"শ", LexKind::kScale, 100},          {"শো", LexKind::kScale, 100},
    {"শত", LexKind::kScale, 100},
    {"হাজার", LexKind::kScale, 1e3},      {"সহস্র", LexKind::kScale, 1e3},
    {"লাখ", LexKind::kScale, 1e5},        {"লক্ষ", LexKind::kScale, 1e5},
    {"কোটি", LexKind::kScale, 1e7},       {"ডজন", LexKind::kScale, 12},
    {"মিলিয়ন", LexKind::kScale, 1e6},    {"বিলিয়ন", LexKind::kScale, 1e9},
    {"ট্রিলিয়ন", LexKind::kScale, 1e12},
    {"সাড়ে", LexKind::kFracPrefix, 0.5},  {"সোয়া", LexKind::kFracPrefix, 0.25},
    {"সওয়া", LexKind::kFracPrefix, 0.25}, {"পৌনে", LexKind::kFracPrefix, -0.25},
    {"কয়েক", LexKind::kFew, 0},
    {"হাজারো", LexKind::kPlural, 1e3},    {"লাখো", LexKind::kPlural, 1e5},
    {"লক্ষো", LexKind::kPlural, 1e5},
    {"শতাংশ", LexKind::kPercent, 0},      {"পার্সেন্ট", LexKind::kPercent, 0},
};

constexpr Entry kEnglish[] = {
    {"zero", LexKind::kNumeral, 0},       {"one", LexKind::kNumeral, 1},
    {"two", LexKind::kNumeral, 2},        {"three", LexKind::kNumeral, 3},
    {"four", LexKind::kNumeral, 4},       {"five", LexKind::kNumeral, 5},
    {"six", LexKind::kNumeral, 6},        {"seven", LexKind::kNumeral, 7},
    {"eight", LexKind::kNumeral, 8},      {"nine", LexKind::kNumeral, 9},
    {"ten", LexKind::kNumeral, 10},       {"eleven", LexKind::kNumeral, 11},
    {"twelve", LexKind::kNumeral, 12},    {"thirteen", LexKind::kNumeral, 13},
    {"fourteen", LexKind::kNumeral, 14},  {"fifteen", LexKind::kNumeral, 15},
    {"sixteen", LexKind::kNumeral, 16},   {"seventeen", LexKind::kNumeral, 17},
    {"eighteen", LexKind::kNumeral, 18},  {"nineteen", LexKind::kNumeral, 19},
    {"twenty", LexKind::kNumeral, 20},    {"thirty", LexKind::kNumeral, 30},
    {"forty", LexKind::kNumeral, 40},     {"fourty", LexKind::kNumeral, 40},
    {"fifty", LexKind::kNumeral, 50},     {"sixty", LexKind::kNumeral, 60},
    {"seventy", LexKind::kNumeral, 70},   {"eighty", LexKind::kNumeral, 80},
    {"ninety", LexKind::kNumeral, 90},
    // Multiplicatives, for frequencies ("twice a week"); {{quantity}} does
    // not match them, so only a rule that captures them reads them.
    {"once", LexKind::kNumeral, 1},       {"twice", LexKind::kNumeral, 2},
    {"thrice", LexKind::kNumeral, 3},
    {"hundred", LexKind::kScale, 100},    {"thousand", LexKind::kScale, 1e3},
    {"lakh", LexKind::kScale, 1e5},       {"lac", LexKind::kScale, 1e5},
    {"crore", LexKind::kScale, 1e7},      {"million", LexKind::kScale, 1e6},
    {"mn", LexKind::kScale, 1e6},         {"billion", LexKind::kScale, 1e9},
    {"bn", LexKind::kScale, 1e9},         {"trillion", LexKind::kScale, 1e12},
    {"tn", LexKind::kScale, 1e12},        {"dozen", LexKind::kScale, 12},
    {"hundreds", LexKind::kPlural, 100},  {"thousands", LexKind::kPlural, 1e3},
    {"lakhs", LexKind::kPlural, 1e5},     {"lacs", LexKind::kPlural, 1e5},
    {"crores", LexKind::kPlural, 1e7},    {"millions", LexKind::kPlural, 1e6},
    {"billions", LexKind::kPlural, 1e9},  {"dozens", LexKind::kPlural, 12},
    {"scores", LexKind::kPlural, 20},
    {"several", LexKind::kFew, 0},        {"few", LexKind::kFew, 0},
    {"couple", LexKind::kFew, 2},         {"tens", LexKind::kTens, 10},
    {"percent", LexKind::kPercent, 0},    {"a", LexKind::kArticle, 1},
    {"an", LexKind::kArticle, 1},
};

// Inflected-looking words that are not numbers: "একই" (the same), "বারও"
// (even once more). The ending rules in ReadNumberWord() already keep out
// "একর" (acre), "আটকে" (stuck), "দশকে" (in the decade), "একে", "বারে".
constexpr std::string_view kNotNumbers[] = {"একই", "বারও", "বারই", "একেক"};

// Case endings, longest first (folded spelling).
constexpr std::string_view kCaseEndings[] = {
    "য়েরও", "য়েরই", "য়ের", "য়েও", "য়েই", "য়ে", "য়ও", "য়ই", "য়",
    "েরও",  "েরই",  "ের",  "এরও", "এরই", "এর",  "রও",  "রই",  "র",
    "কেও",  "কেই",  "কে",  "তেও", "তেই", "তে",  "েও",  "েই",  "ে",
    "ও",    "ই",
};
constexpr std::string_view kClassifiers[] = {"টি", "টা", "টো", "জন", "খানা", "খানি"};
constexpr std::string_view kApproxSuffix = "খানেক";
constexpr std::string_view kMoreThanSuffix = "াধিক";  // শত+অধিক = শতাধিক
constexpr std::string_view kHundredSuffixes[] = {"শতো", "শত", "শো", "শ"};

// Every table string is folded (FoldVowels) once, so comparisons do not
// depend on how য়/ড়/ঢ় were typed in this file.
struct Tables {
  absl::flat_hash_map<std::string, Lexeme> words;
  absl::flat_hash_set<std::string> not_numbers;
  std::vector<std::string> case_endings;
  std::vector<std::string> classifiers;
  std::vector<std::string> hundred_suffixes;
  std::vector<std::string> locative_or_accusative;
  std::vector<std::string> day_part_endings;
  std::vector<std::string> month_endings;
  std::vector<std::string> weekday_endings;
  std::string approx_suffix, more_than_suffix;
};

std::vector<std::string> FoldAll(std::initializer_list<std::string_view> words) {
  std::vector<std::string> out;
  for (std::string_view w : words) out.push_back(FoldVowels(w));
  return out;
}

const Tables& GetTables() {
  static const Tables* tables = [] {
    auto* t = new Tables;
    for (const auto& [word, value] : NumberWordList()) {
      t->words.emplace(FoldVowels(word), Lexeme{LexKind::kNumeral, double(value), false});
      // 89..99 are also written with নব্বুই.
      constexpr std::string_view kNabbai = "নব্বই";
      if (std::string_view(word).ends_with(kNabbai)) {
        std::string alt = word.substr(0, word.size() - kNabbai.size()) + "নব্বুই";
        t->words.emplace(FoldVowels(alt), Lexeme{LexKind::kNumeral, double(value), false});
      }
    }
    for (const Entry& e : kOtherBengali) {
      t->words.emplace(FoldVowels(e.word), Lexeme{e.kind, e.value, false});
    }
    for (const Entry& e : kEnglish) {
      t->words.emplace(std::string(e.word), Lexeme{e.kind, e.value, true});
    }
    for (std::string_view w : kNotNumbers) t->not_numbers.insert(FoldVowels(w));
    for (std::string_view e : kCaseEndings) t->case_endings.push_back(FoldVowels(e));
    for (std::string_view c : kClassifiers) t->classifiers.push_back(FoldVowels(c));
    for (std::string_view h : kHundredSuffixes) t->hundred_suffixes.push_back(FoldVowels(h));
    t->locative_or_accusative = FoldAll({"ে", "েই", "েও", "কে", "কেও", "কেই", "তে", "তেও", "তেই"});
    t->day_part_endings = FoldAll({"", "ে", "য়", "ের", "র", "েই", "য়ই"});
    t->month_endings =
        FoldAll({"য়েরও", "য়ের", "য়েও", "তেই", "তেও", "তে", "রও", "রই", "র", "ও"});
    t->weekday_endings = FoldAll({"েও", "ও", "তে", "কে", "েরই"});
    t->approx_suffix = FoldVowels(kApproxSuffix);
    t->more_than_suffix = FoldVowels(kMoreThanSuffix);
    return t;
  }();
  return *tables;
}

const Lexeme* Find(std::string_view folded) {
  const Tables& t = GetTables();
  auto it = t.words.find(AbslView(folded));
  return it == t.words.end() ? nullptr : &it->second;
}

// A stem without suffixes: a lexicon word, or a glued "<numeral>শো",
// "<numeral>শত", "দেড়শ", "কয়েকশ".
bool ReadStem(std::string_view stem, WordReading* r) {
  if (stem.empty()) return false;
  if (const Lexeme* lex = Find(stem)) {
    r->parts[0] = *lex;
    r->n = 1;
    return true;
  }
  for (std::string_view h : GetTables().hundred_suffixes) {
    if (stem.size() > h.size() && stem.ends_with(h)) {
      const Lexeme* head = Find(stem.substr(0, stem.size() - h.size()));
      if (head != nullptr && !head->english &&
          ((head->kind == LexKind::kNumeral && head->value < 100) ||
           head->kind == LexKind::kFew)) {
        r->parts[0] = *head;
        r->parts[1] = Lexeme{LexKind::kScale, 100, false};
        r->n = 2;
        return true;
      }
    }
  }
  return false;
}

bool IsLocativeOrAccusative(std::string_view e) {
  for (const std::string& x : GetTables().locative_or_accusative) {
    if (e == x) return true;
  }
  return false;
}

// Whether a Bengali word ends in a vowel (sign or letter).
bool EndsInVowel(std::string_view w) {
  if (w.size() < 3) return false;
  size_t len;
  char32_t c = DecodeUtf8(w, w.size() - 3, &len);
  return (c >= 0x09BE && c <= 0x09CC && c != 0x09C4) || (c >= 0x0985 && c <= 0x0994);
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.ends_with(suffix);
}

// Strips an optional classifier (or খানেক / অধিক) from `w` and reads the rest.
bool ReadWithClassifier(std::string_view w, WordReading* r) {
  const Tables& t = GetTables();
  std::string_view approx = t.approx_suffix, more = t.more_than_suffix;
  if (EndsWith(w, approx) && ReadStem(w.substr(0, w.size() - approx.size()), r)) {
    r->approx = true;
    return true;
  }
  if (EndsWith(w, more)) {
    // শতাধিক -> শত, লক্ষাধিক -> লক্ষ, একাধিক -> এক.
    if (ReadStem(w.substr(0, w.size() - more.size()), r)) {
      r->more_than = true;
      return true;
    }
  }
  for (std::string_view c : t.classifiers) {
    if (EndsWith(w, c) && w.size() > c.size() && ReadStem(w.substr(0, w.size() - c.size()), r)) {
      r->classifier = c;
      return true;
    }
  }
  return ReadStem(w, r);
}

std::optional<int> WithExtraEndings(std::string_view word,
                                    std::optional<int> (*lookup)(std::string_view),
                                    const std::vector<std::string>& endings) {
  if (auto v = lookup(word)) return v;
  std::string folded = FoldNukta(word);
  word = folded;
  for (std::string_view e : endings) {
    if (word.size() > e.size() && word.ends_with(e)) {
      if (auto v = lookup(word.substr(0, word.size() - e.size()))) return v;
    }
  }
  return std::nullopt;
}

}  // namespace

const std::vector<std::pair<std::string, int>>& BengaliNumberWords() { return NumberWordList(); }

WordSet::WordSet(std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) words_.push_back(FoldVowels(w));
}

bool WordSet::Contains(std::string_view folded) const {
  for (const std::string& w : words_) {
    if (w == folded) return true;
  }
  return false;
}

std::optional<WordReading> ReadNumberWord(std::string_view folded) {
  if (folded.empty()) return std::nullopt;
  WordReading r;
  if (ReadStem(folded, &r)) return r;
  if (static_cast<unsigned char>(folded[0]) < 0x80) return std::nullopt;  // English: whole words
  if (GetTables().not_numbers.contains(AbslView(folded))) return std::nullopt;
  if (ReadWithClassifier(folded, &r)) return r;
  for (std::string_view e : GetTables().case_endings) {
    if (folded.size() <= e.size() || !folded.ends_with(e)) continue;
    std::string_view stem = folded.substr(0, folded.size() - e.size());
    // "র" follows a vowel only (কোটির, দুইর); a consonant takes "ের"/"এর".
    // The hundred শ is said "sho": দেড়শর, পাঁচশর.
    if (e.starts_with("র") && !EndsInVowel(stem) && !stem.ends_with("শ")) continue;
    WordReading rc;
    if (!ReadWithClassifier(stem, &rc)) continue;
    bool bare_numeral = rc.classifier.empty() && !rc.approx && !rc.more_than &&
                        rc.parts[rc.n - 1].kind != LexKind::kScale;
    // "কে" (accusative) and the locative "ে"/"তে" need a classifier or a
    // scale: দুজনকে, হাজারে হাজারে, তিনটিতে; not আটকে, দশকে, একে, বারে.
    if (bare_numeral && IsLocativeOrAccusative(e)) continue;
    rc.case_ending = e;
    return rc;
  }
  return std::nullopt;
}

std::optional<WordReading> ReadSuffixWord(std::string_view folded) {
  WordReading r;
  const Tables& t = GetTables();
  if (folded == t.approx_suffix) {
    r.approx = true;
    return r;
  }
  std::string_view rest = folded;
  for (std::string_view e : t.case_endings) {
    if (rest.ends_with(e)) {
      r.case_ending = e;
      rest = rest.substr(0, rest.size() - e.size());
      break;
    }
  }
  if (rest.empty()) return r.case_ending.empty() ? std::nullopt : std::optional(r);
  for (std::string_view c : t.classifiers) {
    if (rest == c) {
      r.classifier = c;
      return r;
    }
  }
  // "জনের" has been cut as "জন" + "ের" above; a whole-word ending such as
  // "এর" is handled by the loop too.
  return std::nullopt;
}

DayPart DayPartOf(std::string_view folded) {
  struct Part {
    std::string_view word;
    DayPart part;
  };
  static constexpr Part kParts[] = {
      {"ভোর", DayPart::kDawn},         {"ভোররাত", DayPart::kDawn},
      {"সকাল", DayPart::kMorning},     {"বেলা", DayPart::kDaytime},
      {"দুপুর", DayPart::kNoon},       {"বিকেল", DayPart::kAfternoon},
      {"বিকাল", DayPart::kAfternoon},  {"সন্ধ্যা", DayPart::kEvening},
      {"সন্ধে", DayPart::kEvening},     {"রাত", DayPart::kNight},
      {"মধ্যরাত", DayPart::kNight},     {"গভীররাত", DayPart::kNight},
      {"morning", DayPart::kMorning},  {"afternoon", DayPart::kAfternoon},
      {"evening", DayPart::kEvening},  {"night", DayPart::kNight},
      {"tonight", DayPart::kNight},
  };
  for (const Part& p : kParts) {
    if (!folded.starts_with(p.word)) continue;
    std::string_view rest = folded.substr(p.word.size());
    for (std::string_view e : GetTables().day_part_endings) {
      if (rest == e) return p.part;
    }
  }
  return DayPart::kNone;
}

std::optional<int> MonthOfWord(std::string_view word) {
  if (word.empty()) return std::nullopt;
  // Cheap first-letter filter before the table lookups: month names start
  // with j f m a s o n d, or জ ফ ম এ আ অ স ন ড.
  size_t len;
  char32_t c = DecodeUtf8(word, 0, &len);
  if (c < 0x80) {
    c = (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
    if (std::string_view("jfmasond").find(static_cast<char>(c)) == std::string_view::npos) {
      return std::nullopt;
    }
  } else if (c != 0x099C && c != 0x09AB && c != 0x09AE && c != 0x098F && c != 0x0986 &&
             c != 0x0985 && c != 0x09B8 && c != 0x09A8 && c != 0x09A1) {
    return std::nullopt;
  }
  return WithExtraEndings(word, &MonthNumber, GetTables().month_endings);
}

std::optional<int> WeekdayOfWord(std::string_view word) {
  // Bengali weekday names all contain বার; English ones start with m t w f s.
  if (word.empty()) return std::nullopt;
  if (static_cast<unsigned char>(word[0]) >= 0x80) {
    if (word.find("বার") == std::string_view::npos) return std::nullopt;
  } else if (std::string_view("mtwfsMTWFS").find(word[0]) == std::string_view::npos) {
    return std::nullopt;
  }
  return WithExtraEndings(word, &WeekdayNumber, GetTables().weekday_endings);
}

}  // namespace sangati::normalize_internal
