// adapters/dates.h: metadata date values and header date lines.
#include "adapters/dates.h"

#include "gtest/gtest.h"

namespace sangati::adapters {
namespace {

std::optional<std::string> Norm(std::string_view v) { return NormalizeDateValue(v); }

TEST(DatesTest, MetadataValues) {
  EXPECT_EQ(Norm("2024-01-01 10:30:00"), "2024-01-01T10:30:00");
  EXPECT_EQ(Norm("2025-12-29T08:00:00+06:00"), "2025-12-29T08:00:00+06:00");
  EXPECT_EQ(Norm("2025-12-30T06:07:43+00:00"), "2025-12-30T06:07:43+00:00");
  EXPECT_EQ(Norm("2024-01-01T10:30:00.000Z"), "2024-01-01T10:30:00Z");
  EXPECT_EQ(Norm("2024-01-01T10:30:00+0530"), "2024-01-01T10:30:00+05:30");
  EXPECT_EQ(Norm("2024/08/12"), "2024-08-12");
  EXPECT_EQ(Norm("13/07/2025"), "2025-07-13");
  EXPECT_EQ(Norm("১৭ সেপ্টেম্বর ২০২৩"), "2023-09-17");
  EXPECT_EQ(Norm("১০ই ডিসেম্বর ২০২৫"), "2025-12-10");
  EXPECT_EQ(Norm("২১শে ফেব্রুয়ারি, ২০২৪"), "2024-02-21");
  EXPECT_EQ(Norm("December 29, 2025"), "2025-12-29");
  EXPECT_EQ(Norm("Sun, 29 Dec 2025 08:05 PM"), "2025-12-29T20:05:00");
  EXPECT_EQ(Norm("12:30 am, 1 Jan 2024"), "2024-01-01T00:30:00");
  EXPECT_EQ(Norm("রাত ১১:৩০, ৫ মে ২০২৪"), "2024-05-05T23:30:00");
  EXPECT_EQ(Norm("1704067200"), "2024-01-01T00:00:00Z");
  EXPECT_EQ(Norm("1704067200000"), "2024-01-01T00:00:00Z");
}

TEST(DatesTest, NoValueAndBadValues) {
  for (const char* v : {"", "  ", "Unknown", "None", "null", "N/A", "-", "unknown"}) {
    bool unparsed = true;
    EXPECT_EQ(NormalizeDateValue(v, &unparsed), std::nullopt) << v;
    EXPECT_FALSE(unparsed) << v;
  }
  for (const char* v : {"soon", "2023-02-30", "2024-13-01", "32 January 2024", "1850-01-01"}) {
    bool unparsed = false;
    EXPECT_EQ(NormalizeDateValue(v, &unparsed), std::nullopt) << v;
    EXPECT_TRUE(unparsed) << v;
  }
  EXPECT_EQ(Norm("29 February 2024"), "2024-02-29");
  EXPECT_EQ(Norm("29 February 2023"), std::nullopt);
}

TEST(DatesTest, HeaderLines) {
  auto h = ParseHeaderDateLine("২০২৫ জুলাই ১৩ ১০:২১:১৬");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->iso, "2025-07-13T10:21:16");
  EXPECT_EQ(h->label, DateLabel::kNone);

  h = ParseHeaderDateLine("মস্কো শেষ আপডেট: ১৭ সেপ্টেম্বর ২০২৩ ১৭:৫৭");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->iso, "2023-09-17T17:57:00");
  EXPECT_EQ(h->label, DateLabel::kUpdated);

  h = ParseHeaderDateLine("প্রকাশিত: ১২ মার্চ ২০২৪, ০৯:৩০");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->iso, "2024-03-12T09:30:00");
  EXPECT_EQ(h->label, DateLabel::kPublished);

  h = ParseHeaderDateLine("Published: 3 January 2024");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->iso, "2024-01-03");

  h = ParseHeaderDateLine("Updated: 4 January 2024, 11:20 AM");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->iso, "2024-01-04T11:20:00");
  EXPECT_EQ(h->label, DateLabel::kUpdated);

  // Two dates on one line: the published one wins.
  h = ParseHeaderDateLine("আপডেট : ১৪ জুলাই ২০২৫, ১১:০০ পিএম | প্রকাশ : ১৩ জুলাই ২০২৫, ১০:২১ এএম");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->iso, "2025-07-13T10:21:00");
  EXPECT_EQ(h->label, DateLabel::kPublished);

  h = ParseHeaderDateLine("শনিবার, ১৩ জুলাই ২০২৫");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->iso, "2025-07-13");
}

TEST(DatesTest, CaptionsAndSentencesAreNotHeaderLines) {
  EXPECT_FALSE(ParseHeaderDateLine("মস্কোতে উত্তর কোরিয়ার পররাষ্ট্রমন্ত্রী চোই সন হুই, ১৬ জানুয়ারী, ২০২৪।"));
  EXPECT_FALSE(ParseHeaderDateLine("The talks were held on 16 January 2024 in Moscow, officials said."));
  EXPECT_FALSE(ParseHeaderDateLine("Kim Jong Un"));
  EXPECT_FALSE(ParseHeaderDateLine("এই বৈঠকে জুন ২০২৪ সালে রাশিয়া-উত্তর কোরিয়া সম্মেলনের চুক্তি হয়।"));
  // হয়, হয়েছে and করা belong to a label ("প্রকাশিত হয়েছে"), not to a
  // sentence's verb: this is a short sentence of the body.
  EXPECT_FALSE(ParseHeaderDateLine("বৈঠকটি ১৭ সেপ্টেম্বর ২০২৩ অনুষ্ঠিত হয়।"));
  auto h = ParseHeaderDateLine("প্রকাশিত হয়েছে: ১৭ সেপ্টেম্বর ২০২৩");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->iso, "2023-09-17");
  EXPECT_EQ(h->label, DateLabel::kPublished);
}

TEST(DatesTest, FindDatesSpans) {
  std::string text = "Posted 2024-05-01 09:15 and again on 3 May 2024.";
  std::vector<DateMatch> dates = FindDates(text);
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[0].iso, "2024-05-01T09:15:00");
  EXPECT_EQ(text.substr(dates[0].begin, dates[0].end - dates[0].begin), "2024-05-01 09:15");
  EXPECT_EQ(dates[1].iso, "2024-05-03");
  EXPECT_EQ(text.substr(dates[1].begin, dates[1].end - dates[1].begin), "3 May 2024");
}

}  // namespace
}  // namespace sangati::adapters
