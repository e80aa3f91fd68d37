#include "engine/normalize/numbers.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace sangati {
namespace {

constexpr std::nullopt_t kNull = std::nullopt;

Quantity Q(std::optional<double> min, std::optional<double> max, bool approx = false,
           std::string unit = "") {
  return Quantity{min, max, approx, std::move(unit)};
}
Quantity Exact(double v) { return Q(v, v); }

void ExpectQ(const std::string& phrase, const Quantity& want) {
  std::optional<Quantity> got = ParseQuantity(phrase);
  ASSERT_TRUE(got.has_value()) << phrase;
  EXPECT_EQ(got->min, want.min) << phrase;
  EXPECT_EQ(got->max, want.max) << phrase;
  EXPECT_EQ(got->approximate, want.approximate) << phrase;
  EXPECT_EQ(got->unit, want.unit) << phrase;
}

// All hundred Bengali number words in the standard Bangladesh spelling,
// written out here independently of engine/normalize/lexicon.cc.
TEST(NumbersTest, AllHundredBengaliNumberWords) {
  const std::vector<std::string> words = {
      "শূন্য",    "এক",       "দুই",       "তিন",      "চার",      "পাঁচ",      "ছয়",
      "সাত",      "আট",       "নয়",        "দশ",       "এগারো",    "বারো",      "তেরো",
      "চৌদ্দ",    "পনেরো",    "ষোলো",      "সতেরো",    "আঠারো",    "উনিশ",      "বিশ",
      "একুশ",     "বাইশ",     "তেইশ",      "চব্বিশ",   "পঁচিশ",    "ছাব্বিশ",   "সাতাশ",
      "আটাশ",     "ঊনত্রিশ",  "ত্রিশ",     "একত্রিশ",  "বত্রিশ",   "তেত্রিশ",   "চৌত্রিশ",
      "পঁয়ত্রিশ", "ছত্রিশ",   "সাঁইত্রিশ", "আটত্রিশ",  "ঊনচল্লিশ", "চল্লিশ",    "একচল্লিশ",
      "বিয়াল্লিশ", "তেতাল্লিশ", "চুয়াল্লিশ", "পঁয়তাল্লিশ", "ছেচল্লিশ", "সাতচল্লিশ", "আটচল্লিশ",
      "ঊনপঞ্চাশ", "পঞ্চাশ",   "একান্ন",    "বাহান্ন",  "তিপ্পান্ন", "চুয়ান্ন",   "পঞ্চান্ন",
      "ছাপ্পান্ন", "সাতান্ন",  "আটান্ন",    "ঊনষাট",    "ষাট",      "একষট্টি",   "বাষট্টি",
      "তেষট্টি",  "চৌষট্টি",  "পঁয়ষট্টি",  "ছেষট্টি",  "সাতষট্টি", "আটষট্টি",   "ঊনসত্তর",
      "সত্তর",    "একাত্তর",  "বাহাত্তর",  "তিয়াত্তর", "চুয়াত্তর", "পঁচাত্তর",  "ছিয়াত্তর",
      "সাতাত্তর", "আটাত্তর",  "ঊনআশি",     "আশি",      "একাশি",    "বিরাশি",    "তিরাশি",
      "চুরাশি",   "পঁচাশি",   "ছিয়াশি",    "সাতাশি",   "অষ্টাশি",  "ঊননব্বই",   "নব্বই",
      "একানব্বই", "বিরানব্বই", "তিরানব্বই", "চুরানব্বই", "পঁচানব্বই", "ছিয়ানব্বই", "সাতানব্বই",
      "আটানব্বই", "নিরানব্বই",
  };
  ASSERT_EQ(words.size(), 100u);
  for (int v = 0; v < 100; ++v) {
    SCOPED_TRACE(words[v]);
    ExpectQ(words[v], Exact(v));
  }
  // Spot checks written as literals, not through the index above.
  ExpectQ("একুশ", Exact(21));
  ExpectQ("ঊনত্রিশ", Exact(29));
  ExpectQ("সাঁইত্রিশ", Exact(37));
  ExpectQ("ছেচল্লিশ", Exact(46));
  ExpectQ("একাত্তর", Exact(71));
  ExpectQ("অষ্টাশি", Exact(88));
  ExpectQ("নিরানব্বই", Exact(99));
}

TEST(NumbersTest, BengaliVariantSpellings) {
  const std::vector<std::pair<std::string, int>> variants = {
      {"এগার", 11},     {"বার", 12},       {"তের", 13},       {"চোদ্দ", 14},
      {"চোদ্দো", 14},   {"পনের", 15},      {"ষোল", 16},       {"সতের", 17},
      {"আঠার", 18},     {"ঊনিশ", 19},      {"কুড়ি", 20},      {"উনত্রিশ", 29},
      {"তিরিশ", 30},    {"উনতিরিশ", 29},   {"একতিরিশ", 31},   {"বতিরিশ", 32},
      {"চোত্রিশ", 34},  {"পঁয়তিরিশ", 35},  {"উনচল্লিশ", 39},  {"বেয়াল্লিশ", 42},
      {"উনপঞ্চাশ", 49}, {"বায়ান্ন", 52},    {"তেপ্পান্ন", 53},  {"উনষাট", 59},
      {"উনসত্তর", 69},  {"বাহাত্তুর", 72}, {"তেহাত্তর", 73},  {"উনআশি", 79},
      {"উনাশি", 79},    {"আটাশি", 88},     {"উননব্বই", 89},   {"নব্বুই", 90},
      {"একানব্বুই", 91}, {"পচিশ", 25},      {"পাচ", 5},        {"সাইত্রিশ", 37},
      {"দু", 2},         {"ছ", 6},
  };
  for (const auto& [w, v] : variants) {
    SCOPED_TRACE(w);
    ExpectQ(w, Exact(v));
  }
}

TEST(NumbersTest, Digits) {
  ExpectQ("১২,৫০,০০০", Exact(1250000));
  ExpectQ("10,000", Exact(10000));
  ExpectQ("1,234,567", Exact(1234567));
  ExpectQ("১,০০,০০০", Exact(100000));
  ExpectQ("১.৫", Exact(1.5));
  ExpectQ("1.5", Exact(1.5));
  ExpectQ("২০২৫", Exact(2025));
  ExpectQ("২0২৪", Exact(2024));  // mixed scripts
  // Not grouping: "১০,২০" is two figures; the first is read.
  ExpectQ("১০,২০", Exact(10));
  // Decimals written out (Bangladeshi outlets): দশমিক = decimal point.
  ExpectQ("৮ দশমিক ২৯", Exact(8.29));
  ExpectQ("৬ দশমিক ১৫ কিলোমিটার", Exact(6.15));
  ExpectQ("প্রায় ৮ দশমিক ২৯ শতাংশ", Q(8.29, 8.29, true, "percent"));
  ExpectQ("২ দশমিক ৫ বিলিয়ন", Exact(2.5e9));
}

TEST(NumbersTest, CrossingVerbsAreLowerBounds) {
  ExpectQ("crossed 50,000", Q(50000, std::nullopt));
  ExpectQ("exceed 100", Q(100, std::nullopt));
  ExpectQ("surpassed 1.5 million", Q(1500000, std::nullopt));
}

TEST(NumbersTest, CurrencyBetweenQualifierAndFigure) {
  ExpectQ("more than Tk 500 crore", Q(5e9, std::nullopt));
  ExpectQ("nearly $2.3 billion", Q(2.3e9, 2.3e9, true));
  ExpectQ("over Rs. 10 lakh", Q(1e6, std::nullopt));
  ExpectQ("between Tk 10 and 20", Q(10, 20));
}

TEST(NumbersTest, Multiplicatives) {
  ExpectQ("twice", Exact(2));
  ExpectQ("once", Exact(1));
  ExpectQ("thrice", Exact(3));
}

TEST(NumbersTest, ClassifiersColloquialAndInflections) {
  ExpectQ("দুটি", Exact(2));
  ExpectQ("দুটো", Exact(2));
  ExpectQ("দুজন", Exact(2));
  ExpectQ("তিনটির", Exact(3));
  ExpectQ("একখানা", Exact(1));
  ExpectQ("১০জন", Exact(10));
  ExpectQ("৫টি", Exact(5));
  ExpectQ("ছ'দিনের", Exact(6));
  ExpectQ("ছ’দিনের", Exact(6));  // curly apostrophe still accepted
  ExpectQ("দু'বার", Exact(2));
  ExpectQ("ছ'জন", Exact(6));
  ExpectQ("দুজনকে", Exact(2));
  ExpectQ("১০ হাজারের", Exact(10000));
  ExpectQ("দুই লাখের", Exact(200000));
  ExpectQ("৫০ জনের", Exact(50));
  ExpectQ("১০ দিনেরও", Exact(10));
  ExpectQ("কোটির", Exact(1e7));
  ExpectQ("দুইয়ের", Exact(2));
  ExpectQ("একের", Exact(1));
  ExpectQ("১০০-র", Exact(100));
}

TEST(NumbersTest, FractionsAndScales) {
  ExpectQ("দেড়", Exact(1.5));
  ExpectQ("আড়াই", Exact(2.5));
  ExpectQ("দেড় লাখ", Exact(150000));
  ExpectQ("আড়াই হাজার", Exact(2500));
  ExpectQ("সাড়ে তিন হাজার", Exact(3500));
  ExpectQ("সাড়ে ৩ হাজার", Exact(3500));
  ExpectQ("পৌনে দুই লাখ", Exact(175000));
  ExpectQ("সোয়া এক কোটি", Exact(12500000));
  ExpectQ("দেড়শ", Exact(150));
  ExpectQ("আড়াইশো", Exact(250));
  ExpectQ("সাড়ে তিনশ", Exact(350));
  ExpectQ("একশ", Exact(100));
  ExpectQ("একশো", Exact(100));
  ExpectQ("পাঁচশত", Exact(500));
  ExpectQ("৫ শ", Exact(500));
  ExpectQ("হাজার", Exact(1000));
  ExpectQ("১০ লক্ষ", Exact(1000000));
  ExpectQ("২ কোটি", Exact(20000000));
  ExpectQ("এক ডজন", Exact(12));
  ExpectQ("৫ মিলিয়ন", Exact(5e6));
  ExpectQ("২ বিলিয়ন", Exact(2e9));
}

TEST(NumbersTest, Compounds) {
  ExpectQ("১২ কোটি ৩০ লাখ", Exact(123000000));
  ExpectQ("৪ হাজার ২০০", Exact(4200));
  ExpectQ("তিন হাজার দুইশো", Exact(3200));
  ExpectQ("তিন হাজার দুইশো পঞ্চাশ", Exact(3250));
  ExpectQ("৩৫ হাজার ৪৬৫ কোটি", Exact(354650000000));
  ExpectQ("১০ লাখ ২০ হাজার ৫০০", Exact(1020500));
  ExpectQ("এক লাখ কোটি", Exact(1e12));
  ExpectQ("হাজার কোটি", Exact(1e10));
  ExpectQ("দুই হাজার বিশ", Exact(2020));
  // A figure no smaller than the scale before it starts a new number.
  ExpectQ("২ হাজার ২০২৩", Exact(2000));
}

TEST(NumbersTest, EnglishWordsAndScales) {
  ExpectQ("ten thousand", Exact(10000));
  ExpectQ("1.5 million", Exact(1.5e6));
  ExpectQ("1.5bn", Exact(1.5e9));
  ExpectQ("Tk 500 crore", Exact(5e9));
  ExpectQ("2.5 lakh", Exact(250000));
  ExpectQ("a dozen", Exact(12));
  ExpectQ("half a dozen", Exact(6));
  ExpectQ("a million", Exact(1e6));
  ExpectQ("half a million", Exact(500000));
  ExpectQ("one and a half million", Exact(1.5e6));
  ExpectQ("two hundred and fifty", Exact(250));
  ExpectQ("twenty-five", Exact(25));
  ExpectQ("Twenty Five", Exact(25));
  ExpectQ("one thousand and one", Exact(1001));
  ExpectQ("$3.2 billion", Exact(3.2e9));
}

TEST(NumbersTest, Percent) {
  ExpectQ("১০%", Q(10, 10, false, "percent"));
  ExpectQ("১০ শতাংশ", Q(10, 10, false, "percent"));
  ExpectQ("৫.৫ শতাংশের", Q(5.5, 5.5, false, "percent"));
  ExpectQ("শতকরা ১০ ভাগ", Q(10, 10, false, "percent"));
  ExpectQ("১০ পার্সেন্ট", Q(10, 10, false, "percent"));
  ExpectQ("10 percent", Q(10, 10, false, "percent"));
  ExpectQ("10 per cent", Q(10, 10, false, "percent"));
  ExpectQ("১০-১৫%", Q(10, 15, false, "percent"));
  ExpectQ("২ শতাংশ পয়েন্ট", Q(2, 2, false, "percentage_point"));
  ExpectQ("2.5 percentage points", Q(2.5, 2.5, false, "percentage_point"));
  ExpectQ("প্রায় ৫ শতাংশ", Q(5, 5, true, "percent"));
  ExpectQ("১০ শতাংশের বেশি", Q(10, kNull, false, "percent"));
}

TEST(NumbersTest, Qualifiers) {
  // at least
  ExpectQ("অন্তত ১০", Q(10, kNull));
  ExpectQ("কমপক্ষে ১০ হাজার", Q(10000, kNull));
  ExpectQ("অন্যূন ৪০", Q(40, kNull));
  ExpectQ("ন্যূনতম ৫০", Q(50, kNull));
  ExpectQ("at least 10,000", Q(10000, kNull));
  ExpectQ("১০ জনের কম নয়", Q(10, kNull));
  ExpectQ("10,000 or more", Q(10000, kNull));
  ExpectQ("১০০+", Q(100, kNull));
  // approximately
  ExpectQ("প্রায় ৫০০", Q(500, 500, true));
  ExpectQ("আনুমানিক ২ লাখ", Q(200000, 200000, true));
  ExpectQ("about 500", Q(500, 500, true));
  ExpectQ("nearly 1.5 million", Q(1.5e6, 1.5e6, true));
  ExpectQ("around 40", Q(40, 40, true));
  ExpectQ("some 300", Q(300, 300, true));
  ExpectQ("an estimated 2,000", Q(2000, 2000, true));
  ExpectQ("১০০ জনের মতো", Q(100, 100, true));
  ExpectQ("শ'খানেক", Q(100, 100, true));
  ExpectQ("হাজারখানেক", Q(1000, 1000, true));
  ExpectQ("20-odd", Q(20, 20, true));
  // more than
  ExpectQ("৫০০-এর বেশি", Q(500, kNull));
  ExpectQ("১০০-র বেশি", Q(100, kNull));
  ExpectQ("১০০ এর বেশি", Q(100, kNull));
  ExpectQ("১০ হাজারের বেশি", Q(10000, kNull));
  ExpectQ("৫০ জনেরও বেশি", Q(50, kNull));
  ExpectQ("১০ দিনেরও বেশি", Q(10, kNull));
  ExpectQ("২ কোটি টাকার বেশি", Q(2e7, kNull));
  ExpectQ("১০০ জনের চেয়ে বেশি", Q(100, kNull));
  ExpectQ("হাজারের অধিক", Q(1000, kNull));
  ExpectQ("শতাধিক", Q(100, kNull));
  ExpectQ("দুইশতাধিক", Q(200, kNull));
  ExpectQ("লক্ষাধিক", Q(100000, kNull));
  ExpectQ("একাধিক", Q(1, kNull));
  ExpectQ("more than a hundred", Q(100, kNull));
  ExpectQ("more than 10,000", Q(10000, kNull));
  ExpectQ("over 100", Q(100, kNull));
  ExpectQ("প্রায় ১০ হাজারের বেশি", Q(10000, kNull, true));
  // up to
  ExpectQ("৫০ জন পর্যন্ত", Q(kNull, 50));
  ExpectQ("সর্বোচ্চ ১০", Q(kNull, 10));
  ExpectQ("up to 50", Q(kNull, 50));
  ExpectQ("as many as 30", Q(kNull, 30));
  ExpectQ("১০ জনের বেশি নয়", Q(kNull, 10));
  // less than
  ExpectQ("less than 10", Q(kNull, 10));
  ExpectQ("fewer than 200", Q(kNull, 200));
  ExpectQ("under 5", Q(kNull, 5));
  ExpectQ("১০ জনের কম", Q(kNull, 10));
  ExpectQ("১০ জনের চেয়ে কম", Q(kNull, 10));
  ExpectQ("৫০ বছরের কম", Q(kNull, 50));
}

// Paisa are hundredths of the taka.
TEST(NumbersTest, TakaAndPaisa) {
  ExpectQ("১৫ টাকা ৮০ পয়সা", Exact(15.8));
  ExpectQ("১২২ টাকা ৩০ পয়সায়", Exact(122.3));
  ExpectQ("১৭৪ টাকা", Exact(174));
}

TEST(NumbersTest, Ranges) {
  ExpectQ("৪০ থেকে ৪৫", Q(40, 45));
  ExpectQ("40 to 45", Q(40, 45));
  ExpectQ("৪০-৪৫", Q(40, 45));
  ExpectQ("৪০–৪৫", Q(40, 45));
  ExpectQ("between 40 and 45", Q(40, 45));
  ExpectQ("from 40 to 45", Q(40, 45));
  ExpectQ("৩ থেকে ৪ লাখ", Q(300000, 400000));
  ExpectQ("৪০-৪৫ হাজার", Q(40000, 45000));
  ExpectQ("10 to 15 million", Q(1e7, 1.5e7));
  ExpectQ("১০০০ থেকে ২ হাজার", Q(1000, 2000));
  ExpectQ("দুই-তিন", Q(2, 3));
  ExpectQ("দুই-তিনজন", Q(2, 3));
  ExpectQ("দু তিন দিন", Q(2, 3));
  ExpectQ("দু-এক", Q(1, 2));
  ExpectQ("দুই বা তিন", Q(2, 3));
  ExpectQ("১০ থেকে ২০ পর্যন্ত", Q(10, 20));
  ExpectQ("৪০ থেকে ৪৫-এর মধ্যে", Q(40, 45));
  ExpectQ("২০২৩-২৪", Q(2023, 2024));
  // The currency before the first figure may be written again.
  ExpectQ("$8 to $10 billion", Q(8e9, 1e10));
  ExpectQ("Tk 500 crore to Tk 700 crore", Q(5e9, 7e9));
  ExpectQ("between Rs 5 and Rs 10", Q(5, 10));
  ExpectQ("US$ 2-US$ 3 million", Q(2e6, 3e6));
  // An upper end that is itself a range runs to its top.
  ExpectQ("from Tk250 to Tk2,000-3,000", Q(250, 3000));
  ExpectQ("৩ থেকে ৪-৫ লাখ", Q(300000, 500000));
  // Not ranges: a score; a fall; one sum restated.
  EXPECT_FALSE(ParseQuantity("৩-২").has_value());
  ExpectQ("৬ থেকে ২.৫", Exact(6));
  ExpectQ("১ ট্রিলিয়ন বা ১ লাখ কোটি", Q(1e12, 1e12));
  // Neighbouring words are a range only when they are consecutive.
  ExpectQ("তিন বার", Exact(3));
  ExpectQ("এগারো বার", Exact(11));
}

// Vague counts are open upward from the scale word's value (docs/numbers.md,
// "Vague counts"): "thousands" is said of 3,000 and of 300,000 alike.
TEST(NumbersTest, VagueCounts) {
  ExpectQ("হাজার হাজার", Q(1000, kNull, true));
  ExpectQ("হাজারো", Q(1000, kNull, true));
  ExpectQ("হাজারে হাজারে", Q(1000, kNull, true));
  ExpectQ("thousands", Q(1000, kNull, true));
  ExpectQ("thousands of", Q(1000, kNull, true));
  ExpectQ("কয়েক হাজার", Q(1000, kNull, true));
  ExpectQ("several thousand", Q(1000, kNull, true));
  ExpectQ("কয়েক শ", Q(100, kNull, true));
  ExpectQ("কয়েকশো", Q(100, kNull, true));
  ExpectQ("a few hundred", Q(100, kNull, true));
  ExpectQ("several hundred", Q(100, kNull, true));
  ExpectQ("শত শত", Q(100, kNull, true));
  ExpectQ("শয়ে শয়ে", Q(100, kNull, true));
  ExpectQ("hundreds", Q(100, kNull, true));
  ExpectQ("লাখো", Q(100000, kNull, true));
  ExpectQ("লাখ লাখ", Q(100000, kNull, true));
  ExpectQ("কয়েক লাখ", Q(100000, kNull, true));
  ExpectQ("hundreds of thousands", Q(100000, kNull, true));
  ExpectQ("tens of thousands", Q(10000, kNull, true));
  ExpectQ("কোটি কোটি", Q(1e7, kNull, true));
  ExpectQ("কয়েক কোটি", Q(1e7, kNull, true));
  ExpectQ("millions", Q(1e6, kNull, true));
  ExpectQ("dozens", Q(24, kNull, true));
  ExpectQ("কয়েক ডজন", Q(24, kNull, true));
  ExpectQ("scores", Q(40, kNull, true));
  ExpectQ("a couple of", Q(2, 2, true));
  ExpectQ("কয়েক হাজার কোটি", Q(1e10, kNull, true));
  // Qualifiers still apply.
  ExpectQ("কয়েক হাজারের বেশি", Q(1000, kNull, true));
  ExpectQ("প্রায় হাজার হাজার", Q(1000, kNull, true));
}

// A vague word without a scale word tells too little to compare: কয়েকজন
// নিহত is not a count of the dead.
TEST(NumbersTest, VagueWordsWithoutScaleAreNotNumbers) {
  for (const char* p : {"কয়েক", "কয়েকজন", "বেশ কয়েকটি", "a few", "several", "বহু", "অনেক",
                        "many", "numerous"}) {
    EXPECT_FALSE(ParseQuantity(p).has_value()) << p;
  }
}

TEST(NumbersTest, TimesAndDatesAreNotQuantities) {
  for (const char* p : {"সন্ধ্যা ৭টার দিকে", "সকাল ১০টা", "রাত সোয়া ৯টা", "১০টায়", "বিকেল ৪টায়",
                        "৭টা বাজে", "সকাল ১০ ঘটিকায়", "10:30 am", "10:30", "10 pm", "10 a.m.",
                        "১৫ আগস্ট", "১২ই জুলাই", "২২শে শ্রাবণ", "জুলাই ১৩", "September 17",
                        "জুন ২০২৪", "১ বৈশাখ", "সাড়ে ৯টায়", "রাত সাড়ে ৯টার দিকে"}) {
    EXPECT_FALSE(ParseQuantity(p).has_value()) << p;
  }
  // A count with টা is a count; a year is a number (rules decide). With
  // nothing around it, "সাড়ে ৯টা" reads as 9.5 (ParseClockTime reads 09:30).
  ExpectQ("৭টা", Exact(7));
  ExpectQ("সাড়ে ৯টা", Exact(9.5));
  ExpectQ("৭টা বাস", Exact(7));
  ExpectQ("২০২৩ সালে", Exact(2023));
}

TEST(NumbersTest, NoNumber) {
  for (const char* p : {"", "   ", "অনেক মানুষ", "বহু", "প্রায় সবাই", "একই সঙ্গে", "আটকে পড়া",
                        "দশকে", "৫ একর জমি"}) {
    std::optional<Quantity> q = ParseQuantity(p);
    if (std::string(p) == "৫ একর জমি") {
      ASSERT_TRUE(q.has_value());
      EXPECT_EQ(q->min, 5);  // the 5, not একর (acre)
    } else {
      EXPECT_FALSE(q.has_value()) << p;
    }
  }
}

TEST(NumbersTest, SkipsLeadingWordsAndReadsTheFirstQuantity) {
  ExpectQ("নিহত হয়েছেন অন্তত ৫০ জন", Q(50, kNull));
  ExpectQ("killed at least 12 people and injured 30", Q(12, kNull));
  ExpectQ("১০ জন নিহত ও ২০ জন আহত", Exact(10));
}

TEST(NumbersTest, DecomposedNuktaIsAccepted) {
  // য + nukta as some outlets write it.
  ExpectQ("ছ\u09AF\u09BC", Exact(6));
  ExpectQ("সা\u09A1\u09BCে তিন হাজার", Exact(3500));
}

TEST(NumbersTest, Explanation) {
  std::optional<QuantityParse> p = ExplainQuantity("প্রায় ১০ হাজার");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->quantity, Q(10000, 10000, true));
  EXPECT_EQ(p->explanation, "approximate; 10 ×1000 = 10000 -> [10000, 10000] ~");
  p = ExplainQuantity("৪০ থেকে ৪৫ হাজার");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->explanation, "40 = 40; to 45 ×1000 = 45000 -> [40000, 45000]");
  p = ExplainQuantity("সাড়ে তিন হাজার");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->explanation, "3+0.5 ×1000 = 3500 -> [3500, 3500]");
  EXPECT_FALSE(ExplainQuantity("সকাল ১০টা").has_value());
}

}  // namespace
}  // namespace sangati
