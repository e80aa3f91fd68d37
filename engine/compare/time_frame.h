// engine/compare/time_frame.h: ISO 8601 dates as day intervals, the unit in
// which engine/compare reasons about time.
//
// Claims carry dates as ISO strings with reduced precision ("2024",
// "2024-06", "2024-06-19", "2024-06-19T10:21:16"); documents carry their
// publication date the same way. ParseIsoDays() turns one such string into
// the closed interval of days it covers ("2024-06" -> 1 June .. 30 June),
// counted from 1970-01-01. Moments (ParseIsoMoment) add the minute of day
// when the string has a time, so two reports of the same day can be ordered
// when both say when they were published.
//
// All functions are pure and thread-safe.
#ifndef SANGATI_ENGINE_COMPARE_TIME_FRAME_H_
#define SANGATI_ENGINE_COMPARE_TIME_FRAME_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sangati {

// A closed interval of days since 1970-01-01 (negative before).
struct DayRange {
  int64_t first = 0;
  int64_t last = 0;
  friend bool operator==(const DayRange&, const DayRange&) = default;
};

// Days since 1970-01-01 of a proleptic Gregorian date. REQUIRES: 1 <= month
// <= 12, 1 <= day <= days in that month.
int64_t DaysFromCivil(int year, int month, int day);

// The inverse of DaysFromCivil.
void CivilFromDays(int64_t days, int* year, int* month, int* day);

// The days covered by "YYYY", "YYYY-MM" or "YYYY-MM-DD", optionally followed
// by a time ("T10:21", " 10:21:16", with or without a zone, which is
// ignored). nullopt for anything else, including impossible dates
// ("2024-02-30").
std::optional<DayRange> ParseIsoDays(std::string_view iso);

// The days covered by a claim's TimeRef-like pair: from `from` through the
// end of `to` (or of `from` when `to` is empty or unparseable). nullopt when
// `from` does not parse. A `to` before `from` is ignored.
std::optional<DayRange> ParseIsoRange(std::string_view from, std::string_view to);

// A point in time read from a publication date, for ordering reports.
struct Moment {
  int64_t day = 0;
  int minute = -1;  // minute of the day, -1 when the string had no time
};

// The moment of an ISO date or date-time. A reduced-precision date ("2024-06")
// gives its first day. nullopt when it does not parse.
std::optional<Moment> ParseIsoMoment(std::string_view iso);

// -1 when `a` is known to come before `b`, +1 when after, 0 when the order
// cannot be told (same day and at least one of them has no time, or the same
// minute).
int CompareMoments(const Moment& a, const Moment& b);

// "3 March 2024"; for a range "3-5 March 2024", "30 March - 2 April 2024" or
// "31 December 2023 - 2 January 2024".
std::string FormatDayRange(const DayRange& range);

// FormatDayRange of ParseIsoDays(iso), or `iso` itself when it does not parse.
std::string FormatIsoDate(std::string_view iso);

}  // namespace sangati

#endif  // SANGATI_ENGINE_COMPARE_TIME_FRAME_H_
