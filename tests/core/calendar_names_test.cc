#include "engine/core/calendar_names.h"

#include "gtest/gtest.h"

namespace sangati {
namespace {

TEST(CalendarNamesTest, DigitsInBothScripts) {
  EXPECT_EQ(ToAsciiDigits("২০২৫ জুলাই ১৩"), "2025 জুলাই 13");
  EXPECT_EQ(ParseDigits("১৭"), 17);
  EXPECT_EQ(ParseDigits("2024"), 2024);
  EXPECT_EQ(ParseDigits("২0২৪"), 2024);
  EXPECT_EQ(ParseDigits(""), std::nullopt);
  EXPECT_EQ(ParseDigits("১২a"), std::nullopt);
  EXPECT_EQ(ParseDigits("99999999999999999999999"), std::nullopt);
}

TEST(CalendarNamesTest, MonthSpellings) {
  EXPECT_EQ(MonthNumber("জানুয়ারি"), 1);
  EXPECT_EQ(MonthNumber("জানুয়ারী"), 1);
  // Decomposed য় (য + nukta) as some outlets write it.
  EXPECT_EQ(MonthNumber("জানুয\u09BCারী"), 1);
  EXPECT_EQ(MonthNumber("ফেব্রুয়ারী"), 2);
  EXPECT_EQ(MonthNumber("অগাস্ট"), 8);
  EXPECT_EQ(MonthNumber("আগষ্ট"), 8);
  EXPECT_EQ(MonthNumber("সেপ্টেম্বরেই"), 9);
  EXPECT_EQ(MonthNumber("Sept."), 9);
  EXPECT_EQ(MonthNumber("JANUARY"), 1);
  EXPECT_EQ(MonthNumber("Ma"), std::nullopt);
  EXPECT_EQ(MonthNumber("মেয়র"), std::nullopt);
}

TEST(CalendarNamesTest, Weekdays) {
  EXPECT_EQ(WeekdayNumber("রোববার"), 7);
  EXPECT_EQ(WeekdayNumber("রবিবার"), 7);
  EXPECT_EQ(WeekdayNumber("শুক্রবারই"), 5);
  EXPECT_EQ(WeekdayNumber("Tuesday"), 2);
  EXPECT_EQ(WeekdayNumber("Thurs"), 4);
  EXPECT_EQ(WeekdayNumber("বার"), std::nullopt);
}

}  // namespace
}  // namespace sangati
