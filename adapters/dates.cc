#include "adapters/dates.h"

#include <array>
#include <cstdint>

#include "absl/strings/ascii.h"
#include "absl/strings/str_format.h"
#include "absl/time/time.h"
#include "adapters/furniture.h"
#include "engine/core/absl_compat.h"
#include "engine/core/calendar_names.h"

namespace sangati::adapters {
namespace {

// ---- Tokens ---------------------------------------------------------------

struct Token {
  enum Kind { kNumber, kWord, kPunct } kind = kPunct;
  size_t begin = 0, end = 0;
  long long value = -1;  // numbers of up to 18 digits
  int digits = 0;        // code points of a number
  bool adjacent = false;  // no space between the previous token and this one
};

uint32_t DecodeAt(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  auto cont = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if (c >= 0xC0 && c < 0xE0 && i + 1 < s.size()) {
    *len = 2;
    return ((c & 0x1Fu) << 6) | cont(1);
  }
  if (c >= 0xE0 && c < 0xF0 && i + 2 < s.size()) {
    *len = 3;
    return ((c & 0x0Fu) << 12) | (cont(1) << 6) | cont(2);
  }
  if (c >= 0xF0 && i + 3 < s.size()) {
    *len = 4;
    return ((c & 0x07u) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
  }
  *len = 1;
  return 0xFFFD;
}

int DigitValue(uint32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  if (cp >= 0x09E6 && cp <= 0x09EF) return static_cast<int>(cp - 0x09E6);
  return -1;
}

bool IsLetter(uint32_t cp) {
  if (cp < 0x80) return absl::ascii_isalpha(static_cast<unsigned char>(cp));
  if (cp >= 0x0980 && cp <= 0x09FF) return true;  // Bengali (digits tested first)
  if (cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 && cp != 0x00F7) return true;
  return cp == 0x200C || cp == 0x200D;  // ZWNJ, ZWJ inside words
}

bool IsSpace(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000 ||
         cp == 0xFEFF;
}

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  bool space_before = true;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    uint32_t cp = DecodeAt(s, i, &len);
    if (IsSpace(cp)) {
      space_before = true;
      i += len;
      continue;
    }
    Token t;
    t.begin = i;
    t.adjacent = !space_before && !tokens.empty();
    space_before = false;
    if (DigitValue(cp) >= 0) {
      t.kind = Token::kNumber;
      long long v = 0;
      while (i < s.size()) {
        cp = DecodeAt(s, i, &len);
        int d = DigitValue(cp);
        if (d < 0) break;
        if (t.digits < 18) v = v * 10 + d;
        ++t.digits;
        i += len;
      }
      t.value = t.digits <= 18 ? v : -1;
    } else if (IsLetter(cp)) {
      t.kind = Token::kWord;
      while (i < s.size()) {
        cp = DecodeAt(s, i, &len);
        if (!IsLetter(cp) || DigitValue(cp) >= 0) break;
        i += len;
      }
    } else {
      t.kind = Token::kPunct;
      i += len;
    }
    t.end = i;
    tokens.push_back(t);
  }
  return tokens;
}

// ---- Matching -------------------------------------------------------------

struct Parsed {
  int year = 0, month = 0, day = 0;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  std::string offset;  // "Z", "+06:00" or empty
};

class Matcher {
 public:
  explicit Matcher(std::string_view text) : s_(text), t_(Tokenize(text)) {}

  const std::vector<Token>& tokens() const { return t_; }

  // A date (with optional time before or after it) starting at token i.
  bool MatchAt(size_t i, Parsed* out, size_t* end) const {
    Parsed p;
    size_t j = i;
    bool time_first = false;
    if (Time(j, &p, &j)) {
      time_first = true;
      j = SkipSeparators(j, /*allow_on=*/true);
    } else {
      j = i;
    }
    size_t k;
    if (!Date(j, &p, &k)) return false;
    if (!time_first) {
      size_t m = SkipSeparators(k, /*allow_on=*/false);
      size_t n;
      Parsed with_time = p;
      if (Time(m, &with_time, &n)) {
        p = with_time;
        k = n;
      }
    }
    // A weekday written after the date: "১৩ জুলাই ২০২৫, রবিবার".
    size_t w = k;
    if (IsPunct(w, ",")) ++w;
    if (IsWord(w) && WeekdayNumber(Text(w))) k = w + 1;
    if (!Valid(p)) return false;
    *out = p;
    *end = k;
    return true;
  }

  size_t ByteBegin(size_t token) const { return t_[token].begin; }
  size_t ByteEnd(size_t token_end) const { return t_[token_end - 1].end; }
  std::string_view Text(size_t i) const { return s_.substr(t_[i].begin, t_[i].end - t_[i].begin); }
  bool IsWord(size_t i) const { return i < t_.size() && t_[i].kind == Token::kWord; }

 private:
  bool IsNum(size_t i, int min_digits, int max_digits) const {
    return i < t_.size() && t_[i].kind == Token::kNumber && t_[i].digits >= min_digits &&
           t_[i].digits <= max_digits && t_[i].value >= 0;
  }
  bool IsPunct(size_t i, std::string_view chars) const {
    if (i >= t_.size() || t_[i].kind != Token::kPunct) return false;
    std::string_view p = Text(i);
    if (p.size() == 1) return chars.find(p[0]) != std::string_view::npos;
    return p == "\xE2\x80\x93" /* – */ && chars.find('-') != std::string_view::npos;
  }
  bool WordIs(size_t i, std::initializer_list<std::string_view> words) const {
    if (!IsWord(i)) return false;
    std::string w = FoldNukta(absl::AsciiStrToLower(AbslView(Text(i))));
    for (std::string_view x : words) {
      if (w == FoldNukta(x)) return true;
    }
    return false;
  }
  std::optional<int> Month(size_t i) const {
    if (!IsWord(i)) return std::nullopt;
    return MonthNumber(Text(i));
  }
  // Day number with an optional ordinal ending ("১০ই", "২১শে", "3rd").
  bool Day(size_t i, int* day, size_t* next) const {
    if (!IsNum(i, 1, 2)) return false;
    *day = static_cast<int>(t_[i].value);
    *next = i + 1;
    if (*next < t_.size() && t_[*next].adjacent &&
        WordIs(*next, {"ই", "লা", "শে", "রা", "ঠা", "st", "nd", "rd", "th"})) {
      ++*next;
    }
    return true;
  }

  static void SetDate(Parsed* p, int year, int month, int day) {
    p->year = year;
    p->month = month;
    p->day = day;
  }

  bool Date(size_t i, Parsed* p, size_t* end) const {
    // Numeric, year first: 2024-01-01, 2024/08/12, 2024.08.12.
    if (IsNum(i, 4, 4) && IsPunct(i + 1, "-/.") && IsNum(i + 2, 1, 2) &&
        IsPunct(i + 3, Text(i + 1)) && IsNum(i + 4, 1, 2) && t_[i + 1].adjacent &&
        t_[i + 2].adjacent && t_[i + 3].adjacent && t_[i + 4].adjacent) {
      p->year = static_cast<int>(t_[i].value);
      p->month = static_cast<int>(t_[i + 2].value);
      p->day = static_cast<int>(t_[i + 4].value);
      *end = i + 5;
      return true;
    }
    // Numeric, day first: 13/07/2025, 13-07-2025, 13.07.2025.
    if (IsNum(i, 1, 2) && IsPunct(i + 1, "-/.") && IsNum(i + 2, 1, 2) &&
        IsPunct(i + 3, Text(i + 1)) && IsNum(i + 4, 4, 4) && t_[i + 1].adjacent &&
        t_[i + 2].adjacent && t_[i + 3].adjacent && t_[i + 4].adjacent) {
      p->day = static_cast<int>(t_[i].value);
      p->month = static_cast<int>(t_[i + 2].value);
      p->year = static_cast<int>(t_[i + 4].value);
      *end = i + 5;
      return true;
    }
    size_t j = i;
    if (IsWord(j) && WeekdayNumber(Text(j))) {
      ++j;
      if (IsPunct(j, ",")) ++j;
    }
    int day = 0;
    size_t k;
    // 16 January 2024, ১৬ জানুয়ারি, ২০২৪, 16-Jan-2024.
    if (Day(j, &day, &k)) {
      if (IsPunct(k, "-,.")) ++k;
      if (auto m = Month(k)) {
        size_t y = k + 1;
        if (IsPunct(y, "-,.")) ++y;
        if (IsPunct(y, ",")) ++y;
        if (IsNum(y, 4, 4)) {
          SetDate(p, static_cast<int>(t_[y].value), *m, day);
          *end = y + 1;
          return true;
        }
      }
    }
    // January 16, 2024; Jan. 16 2024.
    if (auto m = Month(j)) {
      k = j + 1;
      if (IsPunct(k, ".")) ++k;
      size_t y;
      if (Day(k, &day, &y)) {
        if (IsPunct(y, ",")) ++y;
        if (IsNum(y, 4, 4)) {
          SetDate(p, static_cast<int>(t_[y].value), *m, day);
          *end = y + 1;
          return true;
        }
      }
    }
    // 2025 জুলাই 13.
    if (IsNum(j, 4, 4)) {
      k = j + 1;
      if (IsPunct(k, ",-")) ++k;
      if (auto m = Month(k)) {
        size_t d = k + 1;
        if (IsPunct(d, ",-")) ++d;
        size_t after;
        if (Day(d, &day, &after)) {
          SetDate(p, static_cast<int>(t_[j].value), *m, day);
          *end = after;
          return true;
        }
      }
    }
    return false;
  }

  bool Time(size_t i, Parsed* p, size_t* end) const {
    size_t j = i;
    enum { kNoPart, kMorning, kNoon, kAfternoon, kNight } part = kNoPart;
    if (WordIs(j, {"সকাল", "ভোর"})) {
      part = kMorning;
      ++j;
    } else if (WordIs(j, {"দুপুর"})) {
      part = kNoon;
      ++j;
    } else if (WordIs(j, {"বিকাল", "বিকেল", "সন্ধ্যা"})) {
      part = kAfternoon;
      ++j;
    } else if (WordIs(j, {"রাত"})) {
      part = kNight;
      ++j;
    }
    if (!(IsNum(j, 1, 2) && IsPunct(j + 1, ":") && IsNum(j + 2, 2, 2) && t_[j + 1].adjacent &&
          t_[j + 2].adjacent)) {
      return false;
    }
    int h = static_cast<int>(t_[j].value), m = static_cast<int>(t_[j + 2].value), s = 0;
    size_t k = j + 3;
    if (IsPunct(k, ":") && IsNum(k + 1, 2, 2) && t_[k].adjacent && t_[k + 1].adjacent) {
      s = static_cast<int>(t_[k + 1].value);
      k += 2;
      // Fractional seconds are dropped.
      if (IsPunct(k, ".,") && IsNum(k + 1, 1, 9) && t_[k].adjacent && t_[k + 1].adjacent) k += 2;
    }
    std::string offset;
    bool pm = false, am = false;
    if (WordIs(k, {"am", "এএম"})) {
      am = true;
      ++k;
    } else if (WordIs(k, {"pm", "পিএম"})) {
      pm = true;
      ++k;
    } else if (WordIs(k, {"a", "p"}) && IsPunct(k + 1, ".") && WordIs(k + 2, {"m"})) {
      (Text(k) == "p" || Text(k) == "P" ? pm : am) = true;
      k += 3;
      if (IsPunct(k, ".")) ++k;
    }
    if (k < t_.size() && t_[k].adjacent && WordIs(k, {"z"})) {
      offset.push_back('Z');
      ++k;
    } else if (k < t_.size() && t_[k].adjacent && IsPunct(k, "+-") && IsNum(k + 1, 2, 4) &&
               t_[k + 1].adjacent) {
      char sign = Text(k)[0];
      if (t_[k + 1].digits == 4) {
        int v = static_cast<int>(t_[k + 1].value);
        offset = absl::StrFormat("%c%02d:%02d", sign, v / 100, v % 100);
        k += 2;
      } else if (t_[k + 1].digits == 2 && IsPunct(k + 2, ":") && IsNum(k + 3, 2, 2)) {
        offset = absl::StrFormat("%c%02d:%02d", sign, static_cast<int>(t_[k + 1].value),
                                 static_cast<int>(t_[k + 3].value));
        k += 4;
      }
    } else if (WordIs(k, {"gmt", "utc", "bst", "ist"})) {
      ++k;  // zone names are read past, not converted
      if (IsPunct(k, "+-") && IsNum(k + 1, 1, 4)) k += 2;
    }
    if (h <= 12) {
      if (pm && h < 12) h += 12;
      if (am && h == 12) h = 0;
      if (!am && !pm) {
        if (part == kNoon && h < 6) h += 12;
        if (part == kAfternoon && h < 12) h += 12;
        if (part == kNight && h >= 6 && h < 12) h += 12;
        if (part == kNight && h == 12) h = 0;
      }
    }
    p->has_time = true;
    p->hour = h;
    p->minute = m;
    p->second = s;
    p->offset = offset;
    *end = k;
    return true;
  }

  // Separators between a date and its time: ", " "| " "- " "at" "T" "সময়".
  size_t SkipSeparators(size_t i, bool allow_on) const {
    size_t j = i;
    for (int n = 0; n < 3 && j < t_.size(); ++n) {
      if (IsPunct(j, ",|-/")) {
        ++j;
      } else if (WordIs(j, {"at", "t", "সময়", "সময়ঃ", "time"}) ||
                 (allow_on && WordIs(j, {"on"}))) {
        ++j;
        if (IsPunct(j, ":")) ++j;
      } else {
        break;
      }
    }
    return j;
  }

  static bool Valid(const Parsed& p) {
    static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (p.year < 1900 || p.year > 2100 || p.month < 1 || p.month > 12 || p.day < 1) return false;
    int days = kDays[p.month - 1];
    if (p.month == 2) {
      bool leap = (p.year % 4 == 0 && p.year % 100 != 0) || p.year % 400 == 0;
      days = leap ? 29 : 28;
    }
    if (p.day > days) return false;
    if (p.has_time && (p.hour > 23 || p.minute > 59 || p.second > 60)) return false;
    return true;
  }

  std::string_view s_;
  std::vector<Token> t_;
};

std::string Format(const Parsed& p) {
  std::string out = absl::StrFormat("%04d-%02d-%02d", p.year, p.month, p.day);
  if (p.has_time) {
    out += absl::StrFormat("T%02d:%02d:%02d", p.hour, p.minute, p.second);
    out += p.offset;
  }
  return out;
}

struct LabelWord {
  std::string_view word;
  DateLabel label;  // kNone: a neutral word ("at", "সময়") that is no residue
  // A verb of a label phrase (প্রকাশিত হয়েছে, প্রকাশ করা হয়): neutral only
  // after a label word; "বৈঠকটি ১৭ সেপ্টেম্বর ২০২৩ অনুষ্ঠিত হয়।" is a sentence.
  bool after_label_only = false;
};

constexpr auto kLabelWords = std::to_array<LabelWord>({
    {"published", DateLabel::kPublished}, {"publish", DateLabel::kPublished},
    {"posted", DateLabel::kPublished},    {"first", DateLabel::kPublished},
    {"created", DateLabel::kPublished},   {"released", DateLabel::kPublished},
    {"date", DateLabel::kPublished},      {"dated", DateLabel::kPublished},
    {"প্রকাশিত", DateLabel::kPublished},  {"প্রকাশ", DateLabel::kPublished},
    {"প্রকাশের", DateLabel::kPublished},  {"প্রথম", DateLabel::kPublished},
    {"তারিখ", DateLabel::kPublished},     {"প্রকাশকাল", DateLabel::kPublished},
    {"updated", DateLabel::kUpdated},     {"update", DateLabel::kUpdated},
    {"modified", DateLabel::kUpdated},    {"last", DateLabel::kUpdated},
    {"edited", DateLabel::kUpdated},      {"শেষ", DateLabel::kUpdated},
    {"সর্বশেষ", DateLabel::kUpdated},     {"আপডেট", DateLabel::kUpdated},
    {"আপডেটেড", DateLabel::kUpdated},     {"হালনাগাদ", DateLabel::kUpdated},
    {"at", DateLabel::kNone},             {"on", DateLabel::kNone},
    {"time", DateLabel::kNone},           {"সময়", DateLabel::kNone},
    {"সময়ঃ", DateLabel::kNone},          {"হয়েছে", DateLabel::kNone, true},
    {"করা", DateLabel::kNone, true},      {"হয়", DateLabel::kNone, true},
});

// The label word `word` is, or nullptr when it is no label word.
const LabelWord* LabelOf(std::string_view word) {
  std::string w = FoldNukta(absl::AsciiStrToLower(AbslView(word)));
  for (const LabelWord& l : kLabelWords) {
    if (w == FoldNukta(l.word)) return &l;
  }
  return nullptr;
}

constexpr size_t kMaxHeaderLineBytes = 240;
constexpr size_t kMaxHeaderLineWords = 16;
constexpr int kMaxResidueWords = 2;

}  // namespace

bool IsNoValue(std::string_view value) {
  std::string v = absl::AsciiStrToLower(AbslView(TrimLine(value)));
  return v.empty() || v == "unknown" || v == "none" || v == "null" || v == "nil" ||
         v == "n/a" || v == "na" || v == "-" || v == "nan" || v == "undefined";
}

std::vector<DateMatch> FindDates(std::string_view text) {
  std::vector<DateMatch> out;
  Matcher m(text);
  const size_t n = m.tokens().size();
  for (size_t i = 0; i < n;) {
    Parsed p;
    size_t end;
    if (m.MatchAt(i, &p, &end)) {
      out.push_back({Format(p), m.ByteBegin(i), m.ByteEnd(end), p.has_time});
      i = end;
    } else {
      ++i;
    }
  }
  return out;
}

std::optional<std::string> NormalizeDateValue(std::string_view value, bool* unparsed) {
  if (unparsed != nullptr) *unparsed = false;
  value = TrimLine(value);
  if (IsNoValue(value)) return std::nullopt;
  // Unix time in seconds (10 digits) or milliseconds (13 digits).
  if (auto n = ParseDigits(value); n && (value.size() == 10 || value.size() == 13)) {
    long long secs = value.size() == 13 ? *n / 1000 : *n;
    return absl::FormatTime("%Y-%m-%dT%H:%M:%SZ", absl::FromUnixSeconds(secs), absl::UTCTimeZone());
  }
  std::vector<DateMatch> dates = FindDates(value);
  if (dates.empty()) {
    if (unparsed != nullptr) *unparsed = true;
    return std::nullopt;
  }
  return dates.front().iso;
}

std::optional<HeaderDate> ParseHeaderDateLine(std::string_view line) {
  line = TrimLine(line);
  if (line.empty() || line.size() > kMaxHeaderLineBytes || CountWords(line) > kMaxHeaderLineWords) {
    return std::nullopt;
  }
  std::vector<DateMatch> dates = FindDates(line);
  if (dates.empty()) return std::nullopt;
  std::vector<Token> tokens = Tokenize(line);
  std::vector<DateLabel> labels(dates.size(), DateLabel::kNone);
  int residue = 0;
  size_t next_date = 0;
  DateLabel pending = DateLabel::kNone;
  bool labelled = false;  // a label word came before
  for (const Token& t : tokens) {
    while (next_date < dates.size() && t.begin >= dates[next_date].end) ++next_date;
    bool inside = next_date < dates.size() && t.begin >= dates[next_date].begin &&
                  t.begin < dates[next_date].end;
    if (inside) {
      if (labels[next_date] == DateLabel::kNone) labels[next_date] = pending;
      pending = DateLabel::kNone;
      continue;
    }
    if (t.kind == Token::kPunct) continue;
    std::string_view word = line.substr(t.begin, t.end - t.begin);
    if (t.kind == Token::kWord) {
      if (const LabelWord* label = LabelOf(word);
          label != nullptr && (labelled || !label->after_label_only)) {
        if (label->label != DateLabel::kNone) {
          pending = label->label;
          labelled = true;
        }
        continue;
      }
      if (WeekdayNumber(word)) continue;
    }
    ++residue;
  }
  if (residue > kMaxResidueWords) return std::nullopt;
  // Published beats an unlabelled date, which beats an update time.
  for (DateLabel want : {DateLabel::kPublished, DateLabel::kNone, DateLabel::kUpdated}) {
    for (size_t i = 0; i < dates.size(); ++i) {
      if (labels[i] == want) return HeaderDate{dates[i].iso, want};
    }
  }
  return std::nullopt;
}

}  // namespace sangati::adapters
