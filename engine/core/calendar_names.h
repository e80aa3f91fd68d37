// engine/core/calendar_names.h: digits, month and weekday names in Bengali
// and English, shared by adapters (byline dates) and engine/extract (dates in
// claims) so both read "১৬ জানুয়ারী, ২০২৪" the same way.
//
// All functions are pure and thread-safe. Inputs are UTF-8; Bengali names are
// matched whether য়/ড়/ঢ় are precomposed or decomposed (base + nukta).
#ifndef SANGATI_ENGINE_CORE_CALENDAR_NAMES_H_
#define SANGATI_ENGINE_CORE_CALENDAR_NAMES_H_

#include <optional>
#include <string>
#include <string_view>

namespace sangati {

// Replaces Bengali digits ০-৯ with ASCII 0-9; other text is copied unchanged.
std::string ToAsciiDigits(std::string_view utf8);

// Parses a run of ASCII and/or Bengali digits into a non-negative integer.
// nullopt when `digits` is empty, holds anything but digits, or overflows.
std::optional<long long> ParseDigits(std::string_view digits);

// Month number 1-12 for an English name or abbreviation ("Jan", "January",
// "Sept.", case-insensitive) or a Bengali name with its real spelling variants
// (জানুয়ারি/জানুয়ারী, ফেব্রুয়ারি/ফেব্রুয়ারী, আগস্ট/অগাস্ট/আগষ্ট, ...). A
// trailing Bengali emphatic/locative ending (সেপ্টেম্বরে, জুলাইয়ে, জুনেই) is
// accepted. nullopt otherwise.
std::optional<int> MonthNumber(std::string_view name);

// Weekday 1 (Monday) .. 7 (Sunday) for English names/abbreviations and
// Bengali names (সোমবার ... রবিবার/রোববার), with endings like শুক্রবারই,
// শনিবারের. nullopt otherwise.
std::optional<int> WeekdayNumber(std::string_view name);

// Replaces decomposed nukta sequences (য+়, ড+়, ঢ+়) by the precomposed
// letters. A cheap fold for lookups; engine/text does full NFC.
std::string FoldNukta(std::string_view utf8);

}  // namespace sangati

#endif  // SANGATI_ENGINE_CORE_CALENDAR_NAMES_H_
