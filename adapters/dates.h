// adapters/dates.h: publication dates as articles and datasets write them,
// in Bengali or English, normalised to ISO 8601.
//
// Two uses:
//   - NormalizeDateValue() for a metadata value (a dataset column, a <meta>
//     tag, a manifest): "2024-01-01 10:30:00", "2025-12-29T08:00:00+06:00",
//     "2024/08/12", "১৭ সেপ্টেম্বর ২০২৩", epoch seconds; "Unknown", "None",
//     "null", "N/A" and "" are no date.
//   - ParseHeaderDateLine() for one header/byline line of a plain-text page:
//     the line must be a date (with an optional label such as "প্রকাশিত:",
//     "Published:", "শেষ আপডেট:" and at most two other words, e.g. a
//     dateline place), so a date inside a caption or sentence is not taken.
// Digits, month and weekday names come from engine/core/calendar_names.h.
// Output: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS", plus "Z"/"+HH:MM" when the
// value carried a numeric UTC offset. Day-first is assumed for all-numeric
// dates that do not start with the year ("13/07/2025"). Pure, thread-safe.
#ifndef SANGATI_ADAPTERS_DATES_H_
#define SANGATI_ADAPTERS_DATES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sangati::adapters {

struct DateMatch {
  std::string iso;
  size_t begin = 0;  // bytes of the text the date (and its time) covered
  size_t end = 0;
  bool has_time = false;
};

// Every date in `text`, left to right (each with its time when one is
// written next to it).
std::vector<DateMatch> FindDates(std::string_view text);

// A metadata value as ISO 8601. nullopt for the "no value" words and for
// values that hold no date; `*unparsed` (optional) is set when the value was
// not empty/"Unknown" but still held no date, so callers can warn.
std::optional<std::string> NormalizeDateValue(std::string_view value, bool* unparsed = nullptr);

enum class DateLabel { kNone, kPublished, kUpdated };

struct HeaderDate {
  std::string iso;
  DateLabel label = DateLabel::kNone;
};

// The date of a header line that consists of a date, or nullopt. When a line
// holds several ("Published: ... | Updated: ..."), the published one wins.
std::optional<HeaderDate> ParseHeaderDateLine(std::string_view line);

// True for the values datasets use to say "no value": "", "Unknown",
// "None", "null", "N/A", "NA", "-" (case-insensitive, trimmed).
bool IsNoValue(std::string_view value);

}  // namespace sangati::adapters

#endif  // SANGATI_ADAPTERS_DATES_H_
