// engine/normalize/dates.h: date expressions of Bengali and English news as
// ISO 8601 intervals (TimeRef), relative ones resolved against the
// publication day.
//
// How the pieces fit: a rule captures a phrase with {{date}} or
// {{relative_date}} (rules/common/dates.yaml); engine/extract calls
// ParseDate() with the document's publication day (ParseIsoDay() of
// Document::published). Clock times are not dates: see clock_time.h.
//
// Output: TimeRef::from/to in reduced-precision ISO: "2025-07-13" (a day),
// "2024-06" (a month), "2025" (a year). A single day/month/year has
// from == to; a week, a day range ("১২-১৪ জুলাই"), a Bengali-calendar month
// or year, a fiscal year "২০২৩-২৪" give from..to. TimeRef::text is the phrase
// as given (trimmed). When a relative expression cannot be resolved (no
// publication day, or an ambiguous word such as bare কাল/পরশু) from/to are
// empty and the text is kept.
//
// Forms read (Bengali or ASCII digits throughout):
//   day-first    ১৭ সেপ্টেম্বর ২০২৩, 17 September 2023, ১২ই জুলাই, ৩০শে জুন,
//                ১লা/২রা/৩রা/৪ঠা/২২শে, 1st/2nd/21st, পহেলা জানুয়ারি,
//                "১৬ জানুয়ারী, ২০২৪", "15th of August"
//   month-first  September 17, 2023; Sept. 17; জুলাই ১৩, ২০২৫
//   year-first   ২০২৫ জুলাই ১৩; 2025 July 13; ২০২৩ সালের ১৫ আগস্ট
//   month-year   জুন ২০২৪, June 2024, ২০২৪ সালের জুন মাসে
//   month only   জুনে, "in June", জুলাই মাসে -> the month nearest the
//                publication day (গত/last: the latest one before the
//                publication month; আগামী/next: the first one after)
//   year         ২০২৩ সালে, in 2023, ২০২৩ খ্রিস্টাব্দে; a bare 4-digit year
//                only when it is the whole phrase
//   numeric      13/07/2025, 13.07.2025, 13-07-25: DAY FIRST, as written in
//                Bangladesh and India; ISO 2025-07-13, 2025/07/13, 2024-06
//   ranges       ১২-১৪ জুলাই, ১২ থেকে ১৪ জুলাই, July 12-14, 12 to 14 July
//                2025, ২০২৩-২৪ (fiscal year) -> from..to
//   Bangla       ১ বৈশাখ ১৪৩১ -> 2024-04-14 (bangla_calendar.h), পহেলা বৈশাখ,
//   calendar     বৈশাখ ১৪৩১ (the month, from..to), ১৪৩১ বঙ্গাব্দ (the year)
// Day-month without a year ("১৫ আগস্ট") takes the year that puts it nearest
// to the publication day (ties go to the past); "গত ১০ জুলাই" takes the
// latest on or before it, "আগামী ১৫ আগস্ট" the first on or after it.
//
// Relative (needs ctx.published):
//   আজ/আজকে/today/tonight = P; গতকাল/yesterday/গত রাতে/last night = P-1;
//   আগামীকাল/tomorrow = P+1; গত পরশু = P-2; আগামী পরশু = P+2;
//   a bare weekday (শনিবার, "on Tuesday") = the latest such day on or before
//     P (news reports past events), or with ctx.future the first on or
//     after P ("শুক্রবার বৈঠক হবে"); গত/last = the latest strictly before P;
//     আগামী/আসন্ন/next/coming = the first strictly after P; এই/this = the
//     one in P's week;
//   weeks are ISO weeks, Monday..Sunday: গত সপ্তাহে/last week = the week
//     before P's week, এই/চলতি সপ্তাহে/this week = P's week, আগামী
//     সপ্তাহে/next week = the week after;
//   গত/চলতি/আগামী মাসে, last/this/next month = "YYYY-MM";
//   গত/চলতি/আগামী বছর, last/this/next year = "YYYY";
//   "গত বছরের ডিসেম্বরে", "চলতি বছরের ১০ জুলাই" = that month/day of that year;
//   N দিন/সপ্তাহ/মাস/বছর আগে, N days/weeks/months/years ago (day, day,
//     month, year precision); গত N দিনে/in the last N days = P-N..P.
//
// Weekday beside a date ("আগামী শুক্রবার (১৫ আগস্ট)", "Friday, 15 August
// 2025", "১৫ আগস্ট (শুক্রবার)"): the explicit date wins; when the weekday
// does not fall on it, DateParse::weekday_mismatch is set and the
// explanation says so (TimeRef is unchanged, ParseDate() does not flag it).
//
// All functions are pure and thread-safe.
#ifndef SANGATI_ENGINE_NORMALIZE_DATES_H_
#define SANGATI_ENGINE_NORMALIZE_DATES_H_

#include <optional>
#include <string>
#include <string_view>

#include "absl/time/civil_time.h"
#include "engine/core/claim.h"

namespace sangati {

struct DateContext {
  std::optional<absl::CivilDay> published;  // the document's publication day
  // The claim's sentence speaks of what is to come (a future verb near it:
  // হবে, করবেন, will, is due to; the `future` cues of rules/common/
  // modality.yaml). Then a bare weekday is the first such day on or after
  // the publication day, a day and month without a year the first on or
  // after it, and কাল is tomorrow.
  bool future = false;
};

// Parses a date/time expression and resolves relative ones against
// ctx.published. nullopt when the phrase holds no date expression (a plain
// number, a clock time alone).
std::optional<TimeRef> ParseDate(std::string_view phrase, const DateContext& ctx);

// ParseDate() plus how it was read, for `sangati explain`.
struct DateParse {
  TimeRef time;
  bool weekday_mismatch = false;  // a weekday written beside the date is not its weekday
  bool relative = false;          // resolved against (or needing) the publication day
  std::string explanation;
};
std::optional<DateParse> ExplainDate(std::string_view phrase, const DateContext& ctx);

// "2025-07-13", "2025-07-13T10:21:16", "2025-07-13 10:21:16+06:00" -> the
// day; nullopt for anything else (including invalid dates such as 2025-02-30).
std::optional<absl::CivilDay> ParseIsoDay(std::string_view iso);

}  // namespace sangati

#endif  // SANGATI_ENGINE_NORMALIZE_DATES_H_
