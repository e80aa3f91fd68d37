#include "engine/compare/time_frame.h"

#include <algorithm>
#include <array>

#include "absl/strings/str_cat.h"

namespace sangati {
namespace {

constexpr std::array<const char*, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

// Reads exactly `width` ASCII digits at `*pos`.
bool ReadDigits(std::string_view s, size_t* pos, size_t width, int* out) {
  if (*pos + width > s.size()) return false;
  int value = 0;
  for (size_t i = 0; i < width; ++i) {
    char c = s[*pos + i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  *pos += width;
  *out = value;
  return true;
}

struct ParsedIso {
  int year = 0, month = 0, day = 0;  // month/day 0 when absent
  int minute = -1;
};

std::optional<ParsedIso> Parse(std::string_view s) {
  ParsedIso p;
  size_t pos = 0;
  if (!ReadDigits(s, &pos, 4, &p.year)) return std::nullopt;
  if (pos < s.size() && s[pos] == '-') {
    ++pos;
    if (!ReadDigits(s, &pos, 2, &p.month) || p.month < 1 || p.month > 12) return std::nullopt;
    if (pos < s.size() && s[pos] == '-') {
      ++pos;
      if (!ReadDigits(s, &pos, 2, &p.day) || p.day < 1 ||
          p.day > DaysInMonth(p.year, p.month)) {
        return std::nullopt;
      }
      if (pos < s.size() && (s[pos] == 'T' || s[pos] == ' ')) {
        ++pos;
        int hour = 0, minute = 0;
        if (!ReadDigits(s, &pos, 2, &hour) || pos >= s.size() || s[pos] != ':' ||
            (++pos, !ReadDigits(s, &pos, 2, &minute)) || hour > 23 || minute > 59) {
          return std::nullopt;
        }
        p.minute = hour * 60 + minute;
        // Seconds, fractions and a zone may follow; they do not change the
        // day we file the report under.
        return p;
      }
    }
  }
  if (pos != s.size()) return std::nullopt;
  return p;
}

std::string FormatDay(int64_t days, bool with_month, bool with_year) {
  int y, m, d;
  CivilFromDays(days, &y, &m, &d);
  std::string out = absl::StrCat(d);
  if (with_month) absl::StrAppend(&out, " ", kMonthNames[m - 1]);
  if (with_year) absl::StrAppend(&out, " ", y);
  return out;
}

}  // namespace

int64_t DaysFromCivil(int year, int month, int day) {
  // Howard Hinnant's days_from_civil.
  year -= month <= 2;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void CivilFromDays(int64_t z, int* year, int* month, int* day) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *year = static_cast<int>(y + (*month <= 2));
}

std::optional<DayRange> ParseIsoDays(std::string_view iso) {
  std::optional<ParsedIso> p = Parse(iso);
  if (!p) return std::nullopt;
  if (p->month == 0) {
    return DayRange{DaysFromCivil(p->year, 1, 1), DaysFromCivil(p->year, 12, 31)};
  }
  if (p->day == 0) {
    return DayRange{DaysFromCivil(p->year, p->month, 1),
                    DaysFromCivil(p->year, p->month, DaysInMonth(p->year, p->month))};
  }
  int64_t d = DaysFromCivil(p->year, p->month, p->day);
  return DayRange{d, d};
}

std::optional<DayRange> ParseIsoRange(std::string_view from, std::string_view to) {
  std::optional<DayRange> a = ParseIsoDays(from);
  if (!a) return std::nullopt;
  if (!to.empty()) {
    std::optional<DayRange> b = ParseIsoDays(to);
    if (b && b->last >= a->first) a->last = std::max(a->last, b->last);
  }
  return a;
}

std::optional<Moment> ParseIsoMoment(std::string_view iso) {
  std::optional<ParsedIso> p = Parse(iso);
  if (!p) return std::nullopt;
  Moment m;
  m.day = DaysFromCivil(p->year, p->month == 0 ? 1 : p->month, p->day == 0 ? 1 : p->day);
  m.minute = p->minute;
  return m;
}

int CompareMoments(const Moment& a, const Moment& b) {
  if (a.day != b.day) return a.day < b.day ? -1 : 1;
  if (a.minute < 0 || b.minute < 0 || a.minute == b.minute) return 0;
  return a.minute < b.minute ? -1 : 1;
}

std::string FormatDayRange(const DayRange& range) {
  int y1, m1, d1, y2, m2, d2;
  CivilFromDays(range.first, &y1, &m1, &d1);
  CivilFromDays(range.last, &y2, &m2, &d2);
  if (range.first == range.last) return FormatDay(range.first, true, true);
  const bool whole_months = d1 == 1 && d2 == DaysInMonth(y2, m2);
  if (whole_months && m1 == 1 && m2 == 12) {
    return y1 == y2 ? absl::StrCat(y1) : absl::StrCat(y1, "-", y2);
  }
  if (whole_months && y1 == y2 && m1 == m2) {
    return absl::StrCat(kMonthNames[m1 - 1], " ", y1);
  }
  if (whole_months) {
    return absl::StrCat(kMonthNames[m1 - 1], " ", y1, " - ", kMonthNames[m2 - 1], " ", y2);
  }
  if (y1 == y2 && m1 == m2) {
    return absl::StrCat(d1, "-", FormatDay(range.last, true, true));
  }
  if (y1 == y2) {
    return absl::StrCat(FormatDay(range.first, true, false), " - ",
                        FormatDay(range.last, true, true));
  }
  return absl::StrCat(FormatDay(range.first, true, true), " - ",
                      FormatDay(range.last, true, true));
}

std::string FormatIsoDate(std::string_view iso) {
  std::optional<DayRange> r = ParseIsoDays(iso);
  if (!r) return std::string(iso);
  return FormatDayRange(*r);
}

}  // namespace sangati
