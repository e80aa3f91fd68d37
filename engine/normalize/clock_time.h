// engine/normalize/clock_time.h: clock times of Bengali and English news
// ("সন্ধ্যা ৭টার দিকে", "রাত সোয়া ৯টা", "সকাল ১০টা ৩০ মিনিটে", "10:30 a.m.")
// as "HH:MM". ParseQuantity() and ParseDate() refuse these phrases; a rule
// that wants the time of an event captures it with {{clock_time}}
// (rules/common/dates.yaml) and calls ParseClockTime().
//
// Parts of the day set the 24-hour reading of a 12-hour figure:
//   ভোর (dawn) h; সকাল (morning) h, 12 -> 12; বেলা (daytime) 1-5 -> +12;
//   দুপুর (noon) 12 -> 12, 1-5 -> +12; বিকেল/বিকাল (afternoon) 1-11 -> +12;
//   সন্ধ্যা (evening) 1-11 -> +12; রাত (night) 6-11 -> +12, 12 -> 00,
//   1-5 -> h (after midnight). English pm adds 12 (12 pm = 12:00, 12 am =
//   00:00), "noon" = 12:00, "midnight" = 00:00. Without a part of the day
//   the figure is kept as written ("১০টায়" -> "10:00").
// Fractions: সাড়ে ৯টা 09:30, সোয়া ৯টা 09:15, পৌনে ১০টা 09:45, দেড়টা
// 01:30, আড়াইটা 02:30.
//
// A bare "৭টা" (seven pieces) is not a time: it needs a part of the day,
// a fraction word (সাড়ে/সোয়া/পৌনে), টায়/টাতে (at), টার দিকে/সময় (around),
// বাজে/বেজে, ঘটিকা, a colon, am/pm or o'clock.
//
// Pure; thread-safe.
#ifndef SANGATI_ENGINE_NORMALIZE_CLOCK_TIME_H_
#define SANGATI_ENGINE_NORMALIZE_CLOCK_TIME_H_

#include <optional>
#include <string>
#include <string_view>

namespace sangati {

// The first clock time in `phrase` as "HH:MM" (24-hour), nullopt when there
// is none.
std::optional<std::string> ParseClockTime(std::string_view phrase);

}  // namespace sangati

#endif  // SANGATI_ENGINE_NORMALIZE_CLOCK_TIME_H_
