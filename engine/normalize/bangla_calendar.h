// engine/normalize/bangla_calendar.h: the Bengali (Bangla) calendar as
// revised in Bangladesh in 2019, so that "১ বৈশাখ ১৪৩১" in an article can be
// compared with a Gregorian date elsewhere.
//
// The revised calendar: the year begins on 14 April (Pohela Boishakh);
// Boishakh, Joishtho, Asharh, Srabon, Bhadro and Ashwin have 31 days;
// Kartik, Ogrohayon, Poush, Magh and Chaitra have 30; Falgun has 29 days, 30
// when its Gregorian year (the February it falls in) is a leap year. Bengali
// year Y starts in Gregorian year Y + 593. This keeps the national days fixed:
// 21 February = 8 Falgun, 26 March = 12 Chaitra, 16 December = 1 Poush.
// (West Bengal uses a different, astronomical calendar; not supported.)
//
// Pure functions; thread-safe.
#ifndef SANGATI_ENGINE_NORMALIZE_BANGLA_CALENDAR_H_
#define SANGATI_ENGINE_NORMALIZE_BANGLA_CALENDAR_H_

#include <optional>
#include <string_view>

#include "absl/time/civil_time.h"

namespace sangati {

// Month 1 (বৈশাখ) .. 12 (চৈত্র) for a Bengali-calendar month name, with
// spelling variants (জ্যৈষ্ঠ/জৈষ্ঠ/জ্যেষ্ঠ, শ্রাবণ/শ্রাবন, কার্তিক/কার্ত্তিক,
// অগ্রহায়ণ/অগ্রহায়ন/অঘ্রাণ, ফাল্গুন/ফাগুন) and endings (বৈশাখের, চৈত্রে,
// ফাল্গুনেই). nullopt otherwise.
std::optional<int> BanglaMonthNumber(std::string_view word);

// Days in `month` (1..12) of Bengali year `year`; 0 for a bad month.
int BanglaMonthLength(int year, int month);

// The Gregorian day of Bengali date day/month/year; nullopt when the day is
// out of range for the month.
std::optional<absl::CivilDay> BanglaToGregorian(int year, int month, int day);

struct BanglaDate {
  int year = 0;
  int month = 0;
  int day = 0;
};
// The Bengali date of a Gregorian day.
BanglaDate GregorianToBangla(absl::CivilDay day);

}  // namespace sangati

#endif  // SANGATI_ENGINE_NORMALIZE_BANGLA_CALENDAR_H_
