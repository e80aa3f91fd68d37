#include "engine/normalize/dates.h"

#include <string>

#include "engine/normalize/bangla_calendar.h"
#include "engine/normalize/clock_time.h"
#include "gtest/gtest.h"

namespace sangati {
namespace {

// Sunday 13 July 2025, the date line of the first seed article.
const DateContext kCtx{absl::CivilDay(2025, 7, 13)};
const DateContext kNoDate{};

void ExpectD(const std::string& phrase, const std::string& from, const std::string& to,
             const DateContext& ctx = kCtx) {
  std::optional<TimeRef> t = ParseDate(phrase, ctx);
  ASSERT_TRUE(t.has_value()) << phrase;
  EXPECT_EQ(t->from, from) << phrase;
  EXPECT_EQ(t->to, to) << phrase;
  EXPECT_EQ(t->text, phrase) << phrase;
}
void ExpectDay(const std::string& phrase, const std::string& day, const DateContext& ctx = kCtx) {
  ExpectD(phrase, day, day, ctx);
}

TEST(DatesTest, DayFirst) {
  ExpectDay("১৭ সেপ্টেম্বর ২০২৩", "2023-09-17");
  ExpectDay("17 September 2023", "2023-09-17");
  ExpectDay("১৬ জানুয়ারী, ২০২৪", "2024-01-16");
  ExpectDay("১২ই জুলাই ২০২৪", "2024-07-12");
  ExpectDay("৩০শে জুন ২০২৪", "2024-06-30");
  ExpectDay("১লা মে ২০২৪", "2024-05-01");
  ExpectDay("২রা অক্টোবর ২০২৩", "2023-10-02");
  ExpectDay("৩রা মার্চ ২০২৩", "2023-03-03");
  ExpectDay("৪ঠা নভেম্বর ২০২৩", "2023-11-04");
  ExpectDay("২২শে ফেব্রুয়ারি ২০২৪", "2024-02-22");
  ExpectDay("1st March 2024", "2024-03-01");
  ExpectDay("21st June 2024", "2024-06-21");
  ExpectDay("15th of August 2024", "2024-08-15");
  ExpectDay("পহেলা জানুয়ারি ২০২৫", "2025-01-01");
  ExpectDay("১৫ অগাস্ট ২০২৪", "2024-08-15");
  ExpectDay("১৫ আগষ্ট ২০২৪", "2024-08-15");
}

TEST(DatesTest, MonthFirstYearFirstAndMonthYear) {
  ExpectDay("September 17, 2023", "2023-09-17");
  ExpectDay("Sept. 17, 2023", "2023-09-17");
  ExpectDay("July 21st, 2024", "2024-07-21");
  ExpectDay("জুলাই ১৩, ২০২৫", "2025-07-13");
  ExpectDay("২০২৫ জুলাই ১৩", "2025-07-13");
  ExpectDay("2025 July 13", "2025-07-13");
  ExpectDay("২০২৩ সালের ১৫ আগস্ট", "2023-08-15");
  ExpectD("জুন ২০২৪", "2024-06", "2024-06");
  ExpectD("June 2024", "2024-06", "2024-06");
  ExpectD("ফেব্রুয়ারি ২০২২", "2022-02", "2022-02");
  ExpectD("২০২৪ সালের জুন মাসে", "2024-06", "2024-06");
}

TEST(DatesTest, NumericAndIso) {
  ExpectDay("13/07/2025", "2025-07-13");
  ExpectDay("13.07.2025", "2025-07-13");
  ExpectDay("13-07-2025", "2025-07-13");
  ExpectDay("১৩/০৭/২০২৫", "2025-07-13");
  ExpectDay("05/08/24", "2024-08-05");  // day first, as in Bangladesh
  ExpectDay("2025-07-13", "2025-07-13");
  ExpectDay("2025-07-13T10:21:16", "2025-07-13");
  ExpectDay("2024/08/12", "2024-08-12");
  ExpectD("2024-06", "2024-06", "2024-06");
  EXPECT_FALSE(ParseDate("31/02/2025", kCtx).has_value());
  EXPECT_FALSE(ParseDate("2025-13-01", kCtx).has_value());
}

TEST(DatesTest, YearsAndSpans) {
  ExpectD("২০২৩ সালে", "2023", "2023");
  ExpectD("২০২৩ সালের", "2023", "2023");
  ExpectD("in 2023", "2023", "2023");
  ExpectD("১৯৭১ খ্রিস্টাব্দে", "1971", "1971");
  ExpectD("২০২৩", "2023", "2023");  // alone
  ExpectD("২০২৩-২৪", "2023", "2024");
  ExpectD("2019-2020", "2019", "2020");
  // A year beside other words is only a year with a marker.
  EXPECT_FALSE(ParseDate("২০০০ জন মানুষ", kCtx).has_value());
}

TEST(DatesTest, DayMonthWithoutYearTakesTheNearest) {
  ExpectDay("১৫ আগস্ট", "2025-08-15");
  ExpectDay("১২ই জুলাই", "2025-07-12");
  ExpectDay("২০ ডিসেম্বর", "2025-12-20");
  ExpectDay("১০ জানুয়ারি", "2026-01-10");   // 181 days ahead vs 184 back
  ExpectDay("১ জানুয়ারি", "2026-01-01");    // 172 days ahead vs 193 back
  ExpectDay("গত ১০ জানুয়ারি", "2025-01-10");
  ExpectDay("গত ১৫ আগস্ট", "2024-08-15");
  ExpectDay("আগামী ১০ জুলাই", "2026-07-10");
  ExpectDay("আগামী ১৫ আগস্ট", "2025-08-15");
  ExpectDay("গত ১৩ জুলাই", "2025-07-13");    // on or before
  ExpectD("১২-১৪ জুলাই", "2025-07-12", "2025-07-14");
  ExpectD("১২ থেকে ১৪ জুলাই", "2025-07-12", "2025-07-14");
  ExpectD("July 12-14", "2025-07-12", "2025-07-14");
  ExpectD("12 to 14 July 2024", "2024-07-12", "2024-07-14");
  ExpectD("৩০ জুন থেকে ২ জুলাই", "2025-06-30", "2025-07-02");
  // Without a publication day it stays unresolved, text kept.
  ExpectD("১৫ আগস্ট", "", "", kNoDate);
}

TEST(DatesTest, MonthAlone) {
  ExpectD("জুনে", "2025-06", "2025-06");
  ExpectD("জুলাই মাসে", "2025-07", "2025-07");
  ExpectD("জুলাইয়ের", "2025-07", "2025-07");
  ExpectD("ফেব্রুয়ারিতে", "2025-02", "2025-02");
  ExpectD("ডিসেম্বরে", "2025-12", "2025-12");
  ExpectD("গত জুলাইয়ে", "2024-07", "2024-07");
  ExpectD("গত ডিসেম্বরে", "2024-12", "2024-12");
  ExpectD("আগামী জানুয়ারিতে", "2026-01", "2026-01");
  ExpectD("in June", "2025-06", "2025-06");
  // English month names are words too.
  EXPECT_FALSE(ParseDate("the toll may rise", kCtx).has_value());
  EXPECT_FALSE(ParseDate("they march on", kCtx).has_value());
}

TEST(DatesTest, RelativeDays) {
  ExpectDay("আজ", "2025-07-13");
  ExpectDay("আজকে", "2025-07-13");
  ExpectDay("today", "2025-07-13");
  ExpectDay("আজ সকাল ১০টায়", "2025-07-13");
  ExpectDay("গতকাল", "2025-07-12");
  ExpectDay("গতকাল রাতে", "2025-07-12");
  ExpectDay("yesterday", "2025-07-12");
  ExpectDay("আগামীকাল", "2025-07-14");
  ExpectDay("tomorrow", "2025-07-14");
  ExpectDay("গত রাতে", "2025-07-12");
  ExpectDay("last night", "2025-07-12");
  ExpectDay("গত পরশু", "2025-07-11");
  ExpectDay("আগামী পরশু", "2025-07-15");
  ExpectDay("৩ দিন আগে", "2025-07-10");
  ExpectDay("তিন দিন আগে", "2025-07-10");
  ExpectDay("two weeks ago", "2025-06-29");
  ExpectD("দুই মাস আগে", "2025-05", "2025-05");
  ExpectD("গত ৭ দিনে", "2025-07-06", "2025-07-13");
  ExpectD("in the last 7 days", "2025-07-06", "2025-07-13");
  // Ambiguous words keep the text, no dates.
  ExpectD("কাল", "", "");
  ExpectD("পরশু", "", "");
  ExpectD("গতকাল", "", "", kNoDate);
}

TEST(DatesTest, Weekdays) {
  // Bare weekday: the latest on or before the publication day.
  ExpectDay("শনিবার", "2025-07-12");
  ExpectDay("রবিবার", "2025-07-13");
  ExpectDay("রোববার", "2025-07-13");
  ExpectDay("শুক্রবারই", "2025-07-11");
  ExpectDay("সোমবার", "2025-07-07");
  ExpectDay("on Tuesday", "2025-07-08");
  ExpectDay("বৃহস্পতিবার রাতে", "2025-07-10");
  // গত/last: strictly before; আগামী/next/আসন্ন: strictly after; এই/this: this week.
  ExpectDay("গত রবিবার", "2025-07-06");
  ExpectDay("last Saturday", "2025-07-12");
  ExpectDay("আগামী শুক্রবার", "2025-07-18");
  ExpectDay("next Friday", "2025-07-18");
  ExpectDay("আগামী রবিবার", "2025-07-20");
  ExpectDay("আসন্ন সোমবার", "2025-07-14");
  ExpectDay("এই বুধবার", "2025-07-09");
  ExpectD("শনিবার", "", "", kNoDate);
}

TEST(DatesTest, WeeksMonthsYears) {
  // ISO weeks, Monday..Sunday.
  ExpectD("গত সপ্তাহে", "2025-06-30", "2025-07-06");
  ExpectD("last week", "2025-06-30", "2025-07-06");
  ExpectD("এই সপ্তাহে", "2025-07-07", "2025-07-13");
  ExpectD("চলতি সপ্তাহে", "2025-07-07", "2025-07-13");
  ExpectD("আগামী সপ্তাহে", "2025-07-14", "2025-07-20");
  ExpectD("next week", "2025-07-14", "2025-07-20");
  ExpectD("গত মাসে", "2025-06", "2025-06");
  ExpectD("last month", "2025-06", "2025-06");
  ExpectD("চলতি মাসে", "2025-07", "2025-07");
  ExpectD("this month", "2025-07", "2025-07");
  ExpectD("আগামী মাসে", "2025-08", "2025-08");
  ExpectD("গত বছর", "2024", "2024");
  ExpectD("last year", "2024", "2024");
  ExpectD("গত অর্থবছরের", "2024", "2024");  // a fiscal year: the year it is named from
  ExpectD("last fiscal year", "2024", "2024");
  ExpectD("the previous financial year", "2024", "2024");
  ExpectD("চলতি বছরে", "2025", "2025");
  ExpectD("আগামী বছর", "2026", "2026");
  ExpectD("গত বছরের ডিসেম্বরে", "2024-12", "2024-12");
  ExpectDay("চলতি বছরের ১০ জুলাই", "2025-07-10");
  ExpectDay("চলতি মাসের ১০ তারিখে", "2025-07-10");
  // January: last month crosses the year.
  DateContext jan{absl::CivilDay(2025, 1, 5)};
  ExpectD("গত মাসে", "2024-12", "2024-12", jan);
  ExpectD("গত সপ্তাহে", "2024-12-23", "2024-12-29", jan);
}

// "ওই বছরের ১৫ নভেম্বর" (on 15 November of that year) names the year of an
// earlier sentence: left unresolved, never the publication year.
TEST(DatesTest, ThatYearIsLeftUnresolved) {
  ExpectD("ওই বছরের ১৫ নভেম্বর", "", "");
  ExpectD("সেই বছরের ৩০ মে", "", "");
  ExpectD("একই বছরের ২২ আগস্ট", "", "");
  // "this year" is still the publication year
  ExpectDay("এই বছরের ১৫ নভেম্বর", "2025-11-15");
}

TEST(DatesTest, AFutureSentenceReadsBareDatesForward) {
  // Sunday 13 July 2025; "শুক্রবার বৈঠক হবে" speaks of the coming Friday.
  DateContext future = kCtx;
  future.future = true;
  ExpectDay("শুক্রবার", "2025-07-18", future);
  ExpectDay("on Friday", "2025-07-18", future);
  ExpectDay("রবিবার", "2025-07-13", future);  // the coming one may be today
  ExpectDay("কাল", "2025-07-14", future);      // tomorrow (unresolved in the past tense)
  ExpectDay("১০ জুলাই", "2026-07-10", future);  // the first on or after the day
  ExpectDay("১৫ জুলাই", "2025-07-15", future);
  // Words that say their own direction keep it.
  ExpectDay("গত শুক্রবার", "2025-07-11", future);
  ExpectDay("গত ১০ জুলাই", "2025-07-10", future);
  // The same phrases in a past sentence.
  ExpectDay("শুক্রবার", "2025-07-11");
  ExpectDay("১০ জুলাই", "2025-07-10");
  ExpectD("কাল", "", "");  // yesterday or tomorrow: unresolved
}

TEST(DatesTest, WeekdayBesideDate) {
  std::optional<DateParse> p = ExplainDate("আগামী শুক্রবার (১৫ আগস্ট)", kCtx);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->time.from, "2025-08-15");
  EXPECT_FALSE(p->weekday_mismatch);  // 15 Aug 2025 is a Friday
  p = ExplainDate("আগামী শুক্রবার (১৬ আগস্ট)", kCtx);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->time.from, "2025-08-16");  // the explicit date wins
  EXPECT_TRUE(p->weekday_mismatch);
  EXPECT_NE(p->explanation.find("weekday mismatch"), std::string::npos) << p->explanation;
  p = ExplainDate("Friday, 15 August 2025", kCtx);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->time.from, "2025-08-15");
  EXPECT_FALSE(p->weekday_mismatch);
  p = ExplainDate("Tuesday, 15 August 2025", kCtx);
  ASSERT_TRUE(p.has_value());
  EXPECT_TRUE(p->weekday_mismatch);
  p = ExplainDate("১৫ আগস্ট (শনিবার)", kCtx);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->time.from, "2025-08-15");
  EXPECT_TRUE(p->weekday_mismatch);
  p = ExplainDate("শনিবার, ১২ জুলাই ২০২৫", kCtx);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->time.from, "2025-07-12");
  EXPECT_FALSE(p->weekday_mismatch);
  // Without a year, the weekday picks between two near candidates: 10
  // January is a Saturday in 2026 (193 days ahead), a Friday in 2025 (172
  // days back, the nearest).
  DateContext jul1{absl::CivilDay(2025, 7, 1)};
  p = ExplainDate("শনিবার (১০ জানুয়ারি)", jul1);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->time.from, "2026-01-10");
  EXPECT_FALSE(p->weekday_mismatch);
  p = ExplainDate("১০ জানুয়ারি, শুক্রবার", jul1);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->time.from, "2025-01-10");
  EXPECT_FALSE(p->weekday_mismatch);
  // ParseDate gives the same TimeRef.
  ExpectDay("আগামী শুক্রবার (১৬ আগস্ট)", "2025-08-16");
}

TEST(DatesTest, BanglaCalendar) {
  ExpectDay("১ বৈশাখ ১৪৩১", "2024-04-14");
  ExpectDay("পহেলা বৈশাখ ১৪৩২", "2025-04-14");
  ExpectDay("পহেলা বৈশাখ", "2025-04-14");  // nearest to the publication day
  ExpectDay("৮ ফাল্গুন ১৪৩০", "2024-02-21");  // Ekushey February
  ExpectDay("১২ চৈত্র ১৪৩০", "2024-03-26");   // Independence Day
  ExpectDay("১ পৌষ ১৪৩১", "2024-12-16");      // Victory Day
  ExpectDay("২২শে শ্রাবণ", "2025-08-06");
  ExpectDay("৩০ চৈত্র ১৪৩০", "2024-04-13");
  ExpectD("বৈশাখ ১৪৩১", "2024-04-14", "2024-05-14");
  ExpectD("১৪৩১ বঙ্গাব্দ", "2024-04-14", "2025-04-13");
  EXPECT_FALSE(ParseDate("৩২ বৈশাখ ১৪৩১", kCtx).has_value() &&
               !ParseDate("৩২ বৈশাখ ১৪৩১", kCtx)->from.empty());
}

TEST(DatesTest, BanglaCalendarArithmetic) {
  // Falgun has 30 days when its February is in a leap year.
  EXPECT_EQ(BanglaMonthLength(1430, 11), 30);  // Feb 2024
  EXPECT_EQ(BanglaMonthLength(1431, 11), 29);  // Feb 2025
  EXPECT_EQ(BanglaMonthLength(1431, 1), 31);
  EXPECT_EQ(BanglaMonthLength(1431, 6), 31);
  EXPECT_EQ(BanglaMonthLength(1431, 7), 30);
  EXPECT_EQ(BanglaMonthLength(1431, 13), 0);
  // Round trip over four years.
  for (absl::CivilDay d(2023, 1, 1); d < absl::CivilDay(2027, 1, 1); ++d) {
    BanglaDate b = GregorianToBangla(d);
    std::optional<absl::CivilDay> back = BanglaToGregorian(b.year, b.month, b.day);
    ASSERT_TRUE(back.has_value()) << d;
    ASSERT_EQ(*back, d);
  }
  EXPECT_EQ(BanglaMonthNumber("জ্যৈষ্ঠ"), 2);
  EXPECT_EQ(BanglaMonthNumber("জৈষ্ঠ"), 2);
  EXPECT_EQ(BanglaMonthNumber("শ্রাবন"), 4);
  EXPECT_EQ(BanglaMonthNumber("অগ্রহায়ণ"), 8);
  EXPECT_EQ(BanglaMonthNumber("ফাগুনের"), 11);
  EXPECT_EQ(BanglaMonthNumber("চৈত্রে"), 12);
  EXPECT_EQ(BanglaMonthNumber("মাঘী"), std::nullopt);
}

TEST(DatesTest, JulyCountedOn) {
  // Bangladesh counts the days of the 2024 uprising on from July.
  ExpectDay("৩৬ জুলাই", "2024-08-05");
  ExpectDay("July 36", "2024-08-05");
  EXPECT_FALSE(ParseDate("৩৬ আগস্ট", kCtx).has_value() &&
               !ParseDate("৩৬ আগস্ট", kCtx)->from.empty());
}

TEST(DatesTest, ExplainSaysHowAndWhetherRelative) {
  std::optional<DateParse> p = ExplainDate("গত সপ্তাহে", kCtx);
  ASSERT_TRUE(p.has_value());
  EXPECT_TRUE(p->relative);
  EXPECT_FALSE(p->weekday_mismatch);
  p = ExplainDate("১৭ সেপ্টেম্বর ২০২৩", kCtx);
  ASSERT_TRUE(p.has_value());
  EXPECT_FALSE(p->relative);
  EXPECT_EQ(p->explanation, "day month");
  p = ExplainDate("১৫ আগস্ট", kCtx);
  ASSERT_TRUE(p.has_value());
  EXPECT_TRUE(p->relative);
  EXPECT_EQ(p->explanation, "day month; year 2025 from publication day");
  p = ExplainDate("শনিবার", kNoDate);
  ASSERT_TRUE(p.has_value());
  EXPECT_TRUE(p->relative);
  EXPECT_EQ(p->time.from, "");
  EXPECT_EQ(p->time.text, "শনিবার");
}

TEST(DatesTest, NotDates) {
  for (const char* p : {"১০ জন", "৫০০ কোটি টাকা", "সন্ধ্যা ৭টার দিকে", "রাত সোয়া ৯টা", "10:30 am",
                        "অনেক মানুষ", "the sun rose", "কয়েক দিন"}) {
    EXPECT_FALSE(ParseDate(p, kCtx).has_value()) << p;
  }
}

TEST(DatesTest, ParseIsoDay) {
  EXPECT_EQ(ParseIsoDay("2025-07-13"), absl::CivilDay(2025, 7, 13));
  EXPECT_EQ(ParseIsoDay("2025-07-13T10:21:16"), absl::CivilDay(2025, 7, 13));
  EXPECT_EQ(ParseIsoDay("2025-07-13 10:21:16+06:00"), absl::CivilDay(2025, 7, 13));
  EXPECT_EQ(ParseIsoDay(" 2024-02-29 "), absl::CivilDay(2024, 2, 29));
  EXPECT_EQ(ParseIsoDay("2025-02-29"), std::nullopt);
  EXPECT_EQ(ParseIsoDay("2025-7-13"), std::nullopt);
  EXPECT_EQ(ParseIsoDay("13/07/2025"), std::nullopt);
  EXPECT_EQ(ParseIsoDay(""), std::nullopt);
  EXPECT_EQ(ParseIsoDay("2025-07-13X"), std::nullopt);
}

TEST(ClockTimeTest, BengaliAndEnglish) {
  struct Case {
    const char* phrase;
    const char* want;
  };
  for (const Case& c : {Case{"সন্ধ্যা ৭টার দিকে", "19:00"}, Case{"রাত সোয়া ৯টা", "21:15"},
                        Case{"সকাল ১০টা", "10:00"},        Case{"সকাল ১০টা ৩০ মিনিটে", "10:30"},
                        Case{"দুপুর ১২টা", "12:00"},       Case{"দুপুর ২টায়", "14:00"},
                        Case{"বিকেল ৪টায়", "16:00"},       Case{"বিকাল সাড়ে ৩টা", "15:30"},
                        Case{"সন্ধ্যা সাতটায়", "19:00"},   Case{"রাত ১২টা", "00:00"},
                        Case{"রাত ২টা", "02:00"},          Case{"রাত ১০:৩০", "22:30"},
                        Case{"ভোর ৪টা", "04:00"},          Case{"বেলা ১১টা", "11:00"},
                        Case{"বেলা ২টা", "14:00"},         Case{"দেড়টায়", "01:30"},
                        Case{"আড়াইটার দিকে", "02:30"},     Case{"১০টায়", "10:00"},
                        Case{"৭টা বাজে", "07:00"},         Case{"সকাল ১০ ঘটিকায়", "10:00"},
                        Case{"10:30 am", "10:30"},         Case{"10:30 a.m.", "10:30"},
                        Case{"10 pm", "22:00"},            Case{"12 am", "00:00"},
                        Case{"12 pm", "12:00"},            Case{"10.30 pm", "22:30"},
                        Case{"noon", "12:00"},             Case{"midnight", "00:00"},
                        Case{"১২:৩০", "12:30"},            Case{"9 o'clock", "09:00"},
                        Case{"পৌনে ১১টার", "10:45"},       Case{"সাড়ে ৯টা", "09:30"}}) {
    EXPECT_EQ(ParseClockTime(c.phrase), std::optional<std::string>(c.want)) << c.phrase;
  }
}

TEST(ClockTimeTest, NotTimes) {
  for (const char* p : {"৭টা", "৭টা বাস", "৫ জন", "10.30", "২৫:০০", "সকালে", "১০ হাজার"}) {
    EXPECT_EQ(ParseClockTime(p), std::nullopt) << p;
  }
}

}  // namespace
}  // namespace sangati
