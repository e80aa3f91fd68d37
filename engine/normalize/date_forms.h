// engine/normalize/date_forms.h: recognisers for the written shapes of
// absolute dates (day-first, month-first, year-first, numeric, ISO, ranges,
// Bangla calendar). Internal to engine/normalize: dates.cc resolves what
// these read against the publication day. See dates.h for the forms.
//
// Thread-safe: DateItems is immutable after construction.
#ifndef SANGATI_ENGINE_NORMALIZE_DATE_FORMS_H_
#define SANGATI_ENGINE_NORMALIZE_DATE_FORMS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/normalize/number_items.h"
#include "engine/normalize/tokenizer.h"

namespace sangati::normalize_internal {

// Direction words before a date: গত/last (past), আগামী/আসন্ন/next/coming
// (future), চলতি/এই/this (the current one).
enum class Dir { kNone, kPast, kFuture, kThis };

// A date as written; 0 marks a part that was not written.
struct Written {
  int year = 0, month = 0, day = 0;
  int year2 = 0, month2 = 0, day2 = 0;  // end of a day range (day2 > 0)
  bool bangla = false;                  // Bengali calendar (bangla_calendar.h)
  bool year_range = false;              // "২০২৩-২৪": year..year2
  bool bare_year = false;               // a lone 4-digit number
  size_t end = 0;                       // one past the last item used
  std::string how;
};

// Whether y-m-d is a real Gregorian day.
bool ValidDay(long long y, int m, int d);

// A tokenised phrase with its items and the date recognisers over them.
class DateItems {
 public:
  explicit DateItems(std::string_view phrase);

  // Not copyable (items index the phrase).
  DateItems(const DateItems&) = delete;
  DateItems& operator=(const DateItems&) = delete;

  Dir DirAt(size_t k) const;
  // Weekday 1..7 of items[k], or nullopt.
  std::optional<int> WeekdayAt(size_t k) const;
  // Gregorian / Bengali-calendar month of items[k], or nullopt.
  std::optional<int> MonthAt(size_t k) const;
  std::optional<int> BanglaMonthAt(size_t k) const;
  // An absolute date starting at items[k] (year possibly missing).
  std::optional<Written> ReadAbsolute(size_t k) const;

  const Phrase phrase;
  const std::vector<Item> items;

 private:
  // Per item, computed once: Gregorian month, Bengali-calendar month, weekday.
  std::vector<std::optional<int>> month_, bangla_month_, weekday_;

  // Day of month at items[k] ("১২", "১২ই", "২২শে", "1st", "পহেলা"); sets
  // *next past it. Days 32..62 are let through for "৩৬ জুলাই" (see dates.h);
  // callers reject them for other months.
  std::optional<int> DayAt(size_t k, size_t* next) const;
  std::optional<int> YearAt(size_t k, int lo, int hi) const;
  // Skips "মাসে"/"মাসের"/"." after a month name.
  size_t AfterMonth(size_t k) const;
  // Skips year markers after a year: সালে, সালের, খ্রিস্টাব্দে, ইং.
  size_t AfterYear(size_t k) const;
  std::optional<Written> ReadYearFirst(size_t k) const;
  std::optional<Written> ReadDayFirst(size_t k) const;
  std::optional<Written> ReadMonthFirst(size_t k) const;
};

}  // namespace sangati::normalize_internal

#endif  // SANGATI_ENGINE_NORMALIZE_DATE_FORMS_H_
