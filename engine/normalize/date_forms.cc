#include "engine/normalize/date_forms.h"

#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "engine/core/absl_compat.h"
#include "engine/normalize/bangla_calendar.h"
#include "engine/normalize/lexicon.h"

namespace sangati::normalize_internal {
namespace {

bool In(const Item& it, std::initializer_list<std::string_view> words) {
  return it.IsWordIn(words);
}

bool IsSep(const Item& it) { return it.IsPunct("-") || it.IsPunct("/") || it.IsPunct("."); }

}  // namespace

bool ValidDay(long long y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  absl::CivilDay c(y, m, d);
  return c.year() == y && c.month() == m && c.day() == d;
}

DateItems::DateItems(std::string_view text)
    : phrase(Tokenize(text)), items(BuildItems(phrase)) {
  const size_t n = items.size();
  month_.resize(n);
  bangla_month_.resize(n);
  weekday_.resize(n);
  for (size_t k = 0; k < n; ++k) {
    const Item& it = items[k];
    if (it.kind != Item::kWord) continue;
    std::string_view raw = phrase.View(it.token);
    month_[k] = MonthOfWord(raw);
    if (!it.english) bangla_month_[k] = BanglaMonthNumber(raw);
    if (it.english) {
      static constexpr std::string_view kFull[] = {"monday", "tuesday", "wednesday", "thursday",
                                                   "friday", "saturday", "sunday"};
      for (int i = 0; i < 7 && !weekday_[k]; ++i) {
        if (it.folded == kFull[i] || it.folded == absl::StrCat(AbslView(kFull[i]), "s")) {
          weekday_[k] = i + 1;
        }
      }
      // Abbreviations ("Tue.", "Fri,") only before punctuation: "sun",
      // "sat" are words too.
      bool punct_next =
          k + 1 < n && (items[k + 1].IsPunct(".") || items[k + 1].IsPunct(","));
      if (!weekday_[k] && punct_next) weekday_[k] = WeekdayOfWord(raw);
    } else {
      weekday_[k] = WeekdayOfWord(raw);
    }
  }
}

Dir DateItems::DirAt(size_t k) const {
  if (k >= items.size() || items[k].kind != Item::kWord) return Dir::kNone;
  const Item& it = items[k];
  if (In(it, {"গত", "বিগত", "last", "previous", "past"})) return Dir::kPast;
  if (In(it, {"আগামী", "আগামি", "আসন্ন", "next", "coming", "upcoming"})) return Dir::kFuture;
  if (In(it, {"চলতি", "এই", "এ", "this", "current", "চলমান"})) return Dir::kThis;
  return Dir::kNone;
}

std::optional<int> DateItems::WeekdayAt(size_t k) const {
  return k < weekday_.size() ? weekday_[k] : std::nullopt;
}

std::optional<int> DateItems::MonthAt(size_t k) const {
  return k < month_.size() ? month_[k] : std::nullopt;
}

std::optional<int> DateItems::BanglaMonthAt(size_t k) const {
  return k < bangla_month_.size() ? bangla_month_[k] : std::nullopt;
}

std::optional<int> DateItems::DayAt(size_t k, size_t* next) const {
  if (k >= items.size()) return std::nullopt;
  const Item& it = items[k];
  if (In(it, {"পহেলা", "পয়লা", "পহলা"})) {
    *next = k + 1;
    return 1;
  }
  if (it.kind != Item::kNum || !it.digits || it.has_decimal || it.int_digits > 2 ||
      !it.classifier.empty() || it.value < 1 || it.value > 62) {
    return std::nullopt;
  }
  if (!it.case_ending.empty() && it.case_ending != "ই") return std::nullopt;
  size_t j = k + 1;
  if (j < items.size() && items[j].glued &&
      In(items[j], {"শে", "লা", "রা", "ঠা", "st", "nd", "rd", "th"})) {
    ++j;
  }
  *next = j;
  return static_cast<int>(it.value);
}

std::optional<int> DateItems::YearAt(size_t k, int lo, int hi) const {
  if (k >= items.size()) return std::nullopt;
  const Item& it = items[k];
  if (it.kind != Item::kNum || !it.digits || it.has_decimal || it.int_digits != 4 ||
      !it.classifier.empty() || it.value < lo || it.value > hi) {
    return std::nullopt;
  }
  return static_cast<int>(it.value);
}

size_t DateItems::AfterMonth(size_t k) const {
  if (k < items.size() && items[k].IsPunct(".") && items[k].glued) ++k;
  if (k < items.size() && In(items[k], {"মাস", "মাসে", "মাসের", "মাসেই", "মাসজুড়ে"})) ++k;
  return k;
}

size_t DateItems::AfterYear(size_t k) const {
  if (k < items.size() &&
      In(items[k], {"সাল", "সালে", "সালের", "সালেই", "সালও", "সন", "সনে", "সনের", "খ্রিস্টাব্দ",
                    "খ্রিস্টাব্দে", "খ্রিস্টাব্দের", "খ্রিষ্টাব্দ", "খ্রিষ্টাব্দে", "খ্রিষ্টাব্দের",
                    "ইং", "ইংরেজি"})) {
    ++k;
    if (k < items.size() && items[k].IsPunct(".") && items[k].glued) ++k;
  }
  return k;
}

std::optional<Written> DateItems::ReadAbsolute(size_t k) const {
  if (k >= items.size()) return std::nullopt;
  if (auto w = ReadYearFirst(k)) return w;
  if (auto w = ReadDayFirst(k)) return w;
  return ReadMonthFirst(k);
}

std::optional<Written> DateItems::ReadYearFirst(size_t k) const {
  const size_t n = items.size();
  if (k >= n || items[k].kind != Item::kNum || !items[k].digits || items[k].int_digits != 4 ||
      items[k].has_decimal || !items[k].classifier.empty()) {
    return std::nullopt;
  }
  Written w;
  int y = static_cast<int>(items[k].value);
  auto num = [&](size_t j, int lo_digits, int hi_digits) {
    return j < n && items[j].kind == Item::kNum && items[j].digits && items[j].glued &&
           !items[j].has_decimal && items[j].int_digits >= lo_digits &&
           items[j].int_digits <= hi_digits;
  };
  // ISO 2025-07-13, 2025/07/13
  if (k + 4 < n && IsSep(items[k + 1]) && items[k + 1].glued && num(k + 2, 1, 2) &&
      items[k + 3].folded == items[k + 1].folded && items[k + 3].glued && num(k + 4, 1, 2)) {
    int m = static_cast<int>(items[k + 2].value), d = static_cast<int>(items[k + 4].value);
    if (!ValidDay(y, m, d)) return std::nullopt;
    w.year = y, w.month = m, w.day = d;
    w.end = k + 5;
    w.how = "year-month-day";
    return w;
  }
  // 2024-06 (zero-padded month) or 2023-24 / 2023-2024 (a span of years)
  if (k + 2 < n && (items[k + 1].IsPunct("-") || items[k + 1].IsPunct("/")) &&
      items[k + 1].glued && num(k + 2, 2, 4)) {
    const Item& second = items[k + 2];
    bool zero_padded = second.folded.starts_with("0") || second.folded.starts_with("০");
    int v = static_cast<int>(second.value);
    if (second.int_digits == 2 && zero_padded && items[k + 1].IsPunct("-")) {
      if (v < 1 || v > 12) return std::nullopt;
      w.year = y, w.month = v;
      w.end = k + 3;
      w.how = "year-month";
      return w;
    }
    if (second.int_digits == 3) return std::nullopt;
    int y2 = second.int_digits == 2 ? y - y % 100 + v : v;
    if (y2 <= y || y2 - y > 100) return std::nullopt;
    w.year = y, w.year2 = y2;
    w.year_range = true;
    w.end = k + 3;
    w.how = "span of years";
    return w;
  }
  // বঙ্গাব্দ
  if (k + 1 < n && items[k + 1].StartsWith("বঙ্গাব্দ")) {
    w.bangla = true;
    w.year = y;
    w.end = k + 2;
    w.how = "Bangla year";
    return w;
  }
  if (y < 1000 || y > 2999) return std::nullopt;
  w.year = y;
  size_t j = AfterYear(k + 1);
  bool marker = j > k + 1;
  size_t next;
  if (auto d = DayAt(j, &next); d && items[j].int_digits != 4) {
    if (auto m = MonthAt(next); m && (*d <= 31 || *m == 7)) {  // ২০২৩ সালের ১৫ আগস্ট
      w.month = *m, w.day = *d;
      w.end = AfterMonth(next + 1);
      w.how = "year, day month";
      return w;
    }
  }
  if (auto m = MonthAt(j)) {
    w.month = *m;
    j = AfterMonth(j + 1);
    if (j < n && items[j].IsPunct(",")) ++j;
    if (auto d = DayAt(j, &next); d && (*d <= 31 || w.month == 7)) {  // ২০২৫ জুলাই ১৩
      w.day = *d;
      w.end = next;
      w.how = "year month day";
      return w;
    }
    w.end = j;
    w.how = "year month";
    return w;
  }
  w.end = j;
  w.bare_year = !marker;
  w.how = marker ? "year" : "bare year";
  return w;
}

std::optional<Written> DateItems::ReadDayFirst(size_t k) const {
  const size_t n = items.size();
  Written w;
  // 13/07/2025, 13.07.2025, 13-07-25
  if (k + 4 < n && items[k].kind == Item::kNum && items[k].digits && items[k].int_digits <= 2 &&
      !items[k].has_decimal && IsSep(items[k + 1]) && items[k + 1].glued &&
      items[k + 2].digits && items[k + 2].glued && items[k + 2].int_digits <= 2 &&
      items[k + 3].folded == items[k + 1].folded && items[k + 3].glued && items[k + 4].digits &&
      items[k + 4].glued && (items[k + 4].int_digits == 2 || items[k + 4].int_digits == 4)) {
    int d = static_cast<int>(items[k].value), m = static_cast<int>(items[k + 2].value);
    int y = static_cast<int>(items[k + 4].value);
    if (items[k + 4].int_digits == 2) y += y < 70 ? 2000 : 1900;
    if (!ValidDay(y, m, d)) return std::nullopt;
    w.year = y, w.month = m, w.day = d;
    w.end = k + 5;
    w.how = "day/month/year (day first)";
    return w;
  }
  size_t j;
  std::optional<int> d = DayAt(k, &j);
  if (!d) return std::nullopt;
  w.day = *d;
  // ১২-১৪ জুলাই, ১২ থেকে ১৪ জুলাই, 12 to 14 July
  if (j < n && (items[j].IsPunct("-") || In(items[j], {"থেকে", "to", "and", "ও", "till", "until"}))) {
    size_t j2;
    if (auto d2 = DayAt(j + 1, &j2); d2 && (MonthAt(j2) || BanglaMonthAt(j2))) {
      w.day2 = *d2;
      j = j2;
    }
  }
  if (j < n && items[j].IsWord("of")) ++j;
  if (auto m = MonthAt(j)) {
    w.month = *m;  // a day past 31 outside July resolves to "no such day"
    j = AfterMonth(j + 1);
    // ১২ জুলাই থেকে ১৪ আগস্ট
    if (w.day2 == 0 && j < n && (items[j].IsPunct("-") || In(items[j], {"থেকে", "to", "till", "until"}))) {
      size_t j3;
      if (auto d2 = DayAt(j + 1, &j3)) {
        if (auto m2 = MonthAt(j3)) {
          w.day2 = *d2;
          w.month2 = *m2;
          j = AfterMonth(j3 + 1);
        }
      }
    }
    size_t jy = j;
    if (jy < n && items[jy].IsPunct(",")) ++jy;
    if (auto y = YearAt(jy, 1000, 2999)) {
      w.year = *y;
      if (w.day2 > 0) w.year2 = *y;
      j = AfterYear(jy + 1);
    }
    w.end = j;
    w.how = w.day2 > 0 ? "day range, month" : "day month";
    return w;
  }
  if (auto bm = BanglaMonthAt(j)) {
    w.bangla = true;
    w.month = *bm;
    ++j;
    size_t jy = j;
    if (jy < n && items[jy].IsPunct(",")) ++jy;
    if (auto y = YearAt(jy, 1000, 1999)) {
      w.year = *y;
      j = jy + 1;
      if (j < n && items[j].StartsWith("বঙ্গাব্দ")) ++j;
    }
    w.end = j;
    w.how = "Bangla day month";
    if (w.day2 > 0) return std::nullopt;  // Bangla day ranges: not read
    return w;
  }
  return std::nullopt;
}

std::optional<Written> DateItems::ReadMonthFirst(size_t k) const {
  const size_t n = items.size();
  Written w;
  if (auto m = MonthAt(k)) {
    w.month = *m;
    size_t j = AfterMonth(k + 1);
    size_t next;
    if (auto d = DayAt(j, &next); d && (*d <= 31 || w.month == 7)) {
      // September 17, 2023; জুলাই ১৩, ২০২৫; July 12-14
      w.day = *d;
      if (next + 1 < n && (items[next].IsPunct("-") || In(items[next], {"to", "and", "থেকে"}))) {
        size_t n2;
        if (auto d2 = DayAt(next + 1, &n2)) {
          w.day2 = *d2;
          next = n2;
        }
      }
      size_t jy = next;
      if (jy < n && items[jy].IsPunct(",")) ++jy;
      if (auto y = YearAt(jy, 1000, 2999)) {
        w.year = *y;
        if (w.day2 > 0) w.year2 = *y;
        next = AfterYear(jy + 1);
      }
      w.end = next;
      w.how = "month day";
      return w;
    }
    size_t jy = j;
    if (jy < n && items[jy].IsPunct(",")) ++jy;
    if (auto y = YearAt(jy, 1000, 2999)) {  // জুন ২০২৪, June 2024
      w.year = *y;
      w.end = AfterYear(jy + 1);
      w.how = "month year";
      return w;
    }
    // A month alone. English month names are also words ("may", "march"):
    // only after in/of/since/... or as the whole phrase.
    if (items[k].english) {
      bool alone = n == 1 || (k == 0 && j >= n);
      bool after = k > 0 && (In(items[k - 1], {"in", "of", "since", "until", "till", "by",
                                               "during", "early", "late", "mid", "from"}) ||
                             DirAt(k - 1) != Dir::kNone);
      if (!alone && !after) return std::nullopt;
    }
    w.end = j;
    w.how = "month";
    return w;
  }
  if (auto bm = BanglaMonthAt(k)) {
    w.bangla = true;
    w.month = *bm;
    size_t j = k + 1;
    if (j < n && In(items[j], {"মাস", "মাসে", "মাসের"})) ++j;
    size_t jy = j;
    if (jy < n && items[jy].IsPunct(",")) ++jy;
    if (auto y = YearAt(jy, 1000, 1999)) {
      w.year = *y;
      j = jy + 1;
      if (j < n && items[j].StartsWith("বঙ্গাব্দ")) ++j;
    }
    w.end = j;
    w.how = "Bangla month";
    return w;
  }
  return std::nullopt;
}

}  // namespace sangati::normalize_internal
