#include "engine/core/calendar_names.h"

#include <array>
#include <cctype>
#include <limits>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_replace.h"
#include "engine/core/absl_compat.h"

namespace sangati {
namespace {

// Bengali digits are U+09E6..U+09EF: E0 A7 A6 .. E0 A7 AF in UTF-8.
bool IsBengaliDigitAt(std::string_view s, size_t i) {
  return i + 2 < s.size() &&
         static_cast<unsigned char>(s[i]) == 0xE0 &&
         static_cast<unsigned char>(s[i + 1]) == 0xA7 &&
         static_cast<unsigned char>(s[i + 2]) >= 0xA6 &&
         static_cast<unsigned char>(s[i + 2]) <= 0xAF;
}

struct NameEntry {
  std::string_view name;
  int number;
};

// Bengali month names and their spellings in real news text. Entries are in
// precomposed form; lookups FoldNukta() first.
constexpr std::array<NameEntry, 20> kBengaliMonths = {{
    {"জানুয়ারি", 1},  {"জানুয়ারী", 1},  {"ফেব্রুয়ারি", 2}, {"ফেব্রুয়ারী", 2},
    {"মার্চ", 3},      {"এপ্রিল", 4},     {"মে", 5},          {"জুন", 6},
    {"জুলাই", 7},      {"আগস্ট", 8},      {"অগাস্ট", 8},      {"আগষ্ট", 8},
    {"অগস্ট", 8},      {"সেপ্টেম্বর", 9}, {"অক্টোবর", 10},    {"অক্টোবার", 10},
    {"নভেম্বর", 11},   {"ডিসেম্বর", 12},  {"সেপ্টেম্বার", 9}, {"নভেম্বার", 11},
}};

constexpr std::array<NameEntry, 12> kEnglishMonths = {{
    {"january", 1}, {"february", 2}, {"march", 3},     {"april", 4},
    {"may", 5},     {"june", 6},     {"july", 7},      {"august", 8},
    {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
}};

constexpr std::array<NameEntry, 8> kBengaliWeekdays = {{
    {"সোমবার", 1}, {"মঙ্গলবার", 2}, {"বুধবার", 3}, {"বৃহস্পতিবার", 4},
    {"শুক্রবার", 5}, {"শনিবার", 6}, {"রবিবার", 7}, {"রোববার", 7},
}};

constexpr std::array<NameEntry, 7> kEnglishWeekdays = {{
    {"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4},
    {"friday", 5}, {"saturday", 6}, {"sunday", 7},
}};

// Endings a Bengali month or weekday name may carry in running text.
constexpr std::array<std::string_view, 8> kBengaliEndings = {
    "", "ই", "ে", "েই", "য়ে", "য়েই", "ের", "এর"};

std::optional<int> LookupBengali(std::string_view folded,
                                 const NameEntry* begin, const NameEntry* end) {
  // Table entries are folded too: some were typed in decomposed form.
  for (const NameEntry* e = begin; e != end; ++e) {
    std::string name = FoldNukta(e->name);
    if (!folded.starts_with(name)) continue;
    std::string_view rest = folded.substr(name.size());
    for (std::string_view ending : kBengaliEndings) {
      if (rest == FoldNukta(ending)) return e->number;
    }
  }
  return std::nullopt;
}

std::optional<int> LookupEnglish(std::string_view name, const NameEntry* begin,
                                 const NameEntry* end, size_t min_prefix) {
  std::string lower = absl::AsciiStrToLower(AbslView(name));
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  if (lower.size() < min_prefix) return std::nullopt;
  for (const NameEntry* e = begin; e != end; ++e) {
    if (lower == e->name) return e->number;
    // Abbreviations: "Jan", "Sept", "Tue", "Thurs".
    if (lower.size() >= 3 && lower.size() < e->name.size() &&
        e->name.starts_with(lower)) {
      return e->number;
    }
  }
  return std::nullopt;
}

}  // namespace

std::string ToAsciiDigits(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (IsBengaliDigitAt(s, i)) {
      out.push_back(static_cast<char>('0' + (static_cast<unsigned char>(s[i + 2]) - 0xA6)));
      i += 3;
    } else {
      out.push_back(s[i]);
      ++i;
    }
  }
  return out;
}

std::optional<long long> ParseDigits(std::string_view digits) {
  if (digits.empty()) return std::nullopt;
  long long value = 0;
  for (size_t i = 0; i < digits.size();) {
    int d;
    if (digits[i] >= '0' && digits[i] <= '9') {
      d = digits[i] - '0';
      i += 1;
    } else if (IsBengaliDigitAt(digits, i)) {
      d = static_cast<unsigned char>(digits[i + 2]) - 0xA6;
      i += 3;
    } else {
      return std::nullopt;
    }
    if (value > (std::numeric_limits<long long>::max() - d) / 10) return std::nullopt;
    value = value * 10 + d;
  }
  return value;
}

std::string FoldNukta(std::string_view s) {
  if (s.find("\xE0\xA6\xBC") == std::string_view::npos) return std::string(s);
  // Targets are written as escapes: editors tend to decompose them again.
  return absl::StrReplaceAll(AbslView(s), {{"\u09AF\u09BC", "\u09DF"},
                                           {"\u09A1\u09BC", "\u09DC"},
                                           {"\u09A2\u09BC", "\u09DD"}});
}

std::optional<int> MonthNumber(std::string_view name) {
  if (name.empty()) return std::nullopt;
  if (static_cast<unsigned char>(name[0]) < 0x80) {
    return LookupEnglish(name, kEnglishMonths.data(),
                         kEnglishMonths.data() + kEnglishMonths.size(), 3);
  }
  std::string folded = FoldNukta(name);
  return LookupBengali(folded, kBengaliMonths.data(),
                       kBengaliMonths.data() + kBengaliMonths.size());
}

std::optional<int> WeekdayNumber(std::string_view name) {
  if (name.empty()) return std::nullopt;
  if (static_cast<unsigned char>(name[0]) < 0x80) {
    return LookupEnglish(name, kEnglishWeekdays.data(),
                         kEnglishWeekdays.data() + kEnglishWeekdays.size(), 3);
  }
  std::string folded = FoldNukta(name);
  return LookupBengali(folded, kBengaliWeekdays.data(),
                       kBengaliWeekdays.data() + kBengaliWeekdays.size());
}

}  // namespace sangati
