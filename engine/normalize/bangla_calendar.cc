#include "engine/normalize/bangla_calendar.h"

#include <string>
#include <utility>
#include <vector>

#include "engine/normalize/tokenizer.h"

namespace sangati {
namespace {

struct MonthName {
  std::string_view name;
  int month;
};

// Natural spellings; compared after FoldVowels on both sides.
constexpr MonthName kMonths[] = {
    {"বৈশাখ", 1},    {"জ্যৈষ্ঠ", 2},   {"জৈষ্ঠ", 2},     {"জ্যেষ্ঠ", 2},
    {"জৈষ্ঠ্য", 2},   {"আষাঢ়", 3},    {"শ্রাবণ", 4},    {"শ্রাবন", 4},
    {"ভাদ্র", 5},     {"আশ্বিন", 6},   {"কার্তিক", 7},   {"কার্ত্তিক", 7},
    {"অগ্রহায়ণ", 8},  {"অগ্রহায়ন", 8}, {"অঘ্রাণ", 8},    {"অঘ্রান", 8},
    {"পৌষ", 9},      {"মাঘ", 10},     {"ফাল্গুন", 11},  {"ফাগুন", 11},
    {"চৈত্র", 12},
};
constexpr std::string_view kEndings[] = {"", "ের", "এর", "ে", "েই", "েও", "েরই", "েরও", "ও", "ই"};

bool IsGregorianLeap(long long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

std::optional<int> BanglaMonthNumber(std::string_view word) {
  using normalize_internal::EqualsFolded;
  using normalize_internal::FoldVowels;
  static const auto* names = [] {
    auto* v = new std::vector<std::pair<std::string, int>>;
    for (const MonthName& m : kMonths) v->emplace_back(FoldVowels(m.name), m.month);
    return v;
  }();
  std::string folded = FoldVowels(word);
  std::string_view w = folded;
  for (const auto& [name, month] : *names) {
    if (!w.starts_with(name)) continue;
    std::string_view rest = w.substr(name.size());
    for (std::string_view e : kEndings) {
      if (EqualsFolded(rest, e)) return month;
    }
  }
  return std::nullopt;
}

int BanglaMonthLength(int year, int month) {
  if (month < 1 || month > 12) return 0;
  if (month <= 6) return 31;
  if (month == 11) return IsGregorianLeap(year + 594) ? 30 : 29;
  return 30;
}

std::optional<absl::CivilDay> BanglaToGregorian(int year, int month, int day) {
  if (day < 1 || day > BanglaMonthLength(year, month)) return std::nullopt;
  absl::CivilDay d(year + 593, 4, 14);
  for (int m = 1; m < month; ++m) d += BanglaMonthLength(year, m);
  return d + (day - 1);
}

BanglaDate GregorianToBangla(absl::CivilDay day) {
  int year = static_cast<int>(day.year()) - 593;
  if (day < absl::CivilDay(day.year(), 4, 14)) --year;
  absl::CivilDay start(year + 593, 4, 14);
  int offset = static_cast<int>(day - start);
  int month = 1;
  while (offset >= BanglaMonthLength(year, month)) {
    offset -= BanglaMonthLength(year, month);
    ++month;
  }
  return BanglaDate{year, month, offset + 1};
}

}  // namespace sangati
