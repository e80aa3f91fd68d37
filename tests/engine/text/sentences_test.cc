// Tests for engine/text/sentences.h. Paragraphs are hand-written in the
// style of Bengali and English news (disasters, elections, economy, sport)
// and hand-counted; seeds come from fixtures/seeds/.
#include "engine/text/sentences.h"

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "engine/text/normalizer.h"
#include "gtest/gtest.h"

namespace sangati {
namespace {

using Strings = std::vector<std::string>;

// Normalises `raw`, splits it and returns the sentence texts.
Strings Sentences(std::string_view raw, Language language = Language::kBengali) {
  std::string text = NormalizeText(raw);
  Strings out;
  for (Span s : SplitSentences(text, language)) {
    EXPECT_LT(s.begin, s.end);
    EXPECT_LE(s.end, text.size());
    out.push_back(text.substr(s.begin, s.size()));
  }
  return out;
}

// ---------------------------------------------------------------- Bengali

TEST(SentencesBengaliTest, Disaster) {
  EXPECT_EQ(Sentences("ঘূর্ণিঝড় রিমালের আঘাতে উপকূলীয় জেলাগুলোতে অন্তত ১০ জনের মৃত্যু হয়েছে। "
                      "দুর্যোগ ব্যবস্থাপনা মন্ত্রণালয় জানিয়েছে, প্রায় দেড় লাখ ঘরবাড়ি ক্ষতিগ্রস্ত হয়েছে। "
                      "পটুয়াখালীর কলাপাড়ায় জলোচ্ছ্বাসে অন্তত ২০টি গ্রাম প্লাবিত হয়েছে। "
                      "স্থানীয়রা বলছেন, ক্ষতির পরিমাণ আরও বাড়তে পারে।"),
            (Strings{"ঘূর্ণিঝড় রিমালের আঘাতে উপকূলীয় জেলাগুলোতে অন্তত ১০ জনের মৃত্যু হয়েছে।",
                     "দুর্যোগ ব্যবস্থাপনা মন্ত্রণালয় জানিয়েছে, প্রায় দেড় লাখ ঘরবাড়ি ক্ষতিগ্রস্ত হয়েছে।",
                     "পটুয়াখালীর কলাপাড়ায় জলোচ্ছ্বাসে অন্তত ২০টি গ্রাম প্লাবিত হয়েছে।",
                     "স্থানীয়রা বলছেন, ক্ষতির পরিমাণ আরও বাড়তে পারে।"}));
}

TEST(SentencesBengaliTest, ElectionWithTitlesAndAMultiSentenceQuote) {
  EXPECT_EQ(
      Sentences("প্রধান উপদেষ্টা ড. মুহাম্মদ ইউনূস বলেছেন, আগামী ফেব্রুয়ারিতে জাতীয় সংসদ নির্বাচন হবে। "
                "নির্বাচন কমিশনের সচিব মো. আখতার আহমেদ জানান, ভোটার তালিকা হালনাগাদের কাজ শেষ পর্যায়ে। "
                "তিনি বলেন, “আমরা একটি সুষ্ঠু নির্বাচন উপহার দিতে চাই। সব দলের অংশগ্রহণ নিশ্চিত করা হবে।” "
                "বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর এই ঘোষণাকে স্বাগত জানিয়েছেন।"),
      (Strings{"প্রধান উপদেষ্টা ড. মুহাম্মদ ইউনূস বলেছেন, আগামী ফেব্রুয়ারিতে জাতীয় সংসদ নির্বাচন হবে।",
               "নির্বাচন কমিশনের সচিব মো. আখতার আহমেদ জানান, ভোটার তালিকা হালনাগাদের কাজ শেষ পর্যায়ে।",
               "তিনি বলেন, \"আমরা একটি সুষ্ঠু নির্বাচন উপহার দিতে চাই। সব দলের অংশগ্রহণ নিশ্চিত করা হবে।\"",
               "বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর এই ঘোষণাকে স্বাগত জানিয়েছেন।"}));
}

TEST(SentencesBengaliTest, EconomyWithDecimalsAndExclamation) {
  EXPECT_EQ(Sentences("চলতি অর্থবছরে মোট দেশজ উৎপাদনের (জিডিপি) প্রবৃদ্ধি ৫.২ শতাংশ হতে পারে বলে "
                      "জানিয়েছে বিশ্বব্যাংক। মূল্যস্ফীতি ৯.৫ শতাংশে নেমেছে। তবে খাদ্য মূল্যস্ফীতি এখনো "
                      "১০ শতাংশের ওপরে! রপ্তানি আয় কত বাড়বে?"),
            (Strings{"চলতি অর্থবছরে মোট দেশজ উৎপাদনের (জিডিপি) প্রবৃদ্ধি ৫.২ শতাংশ হতে পারে বলে "
                     "জানিয়েছে বিশ্বব্যাংক।",
                     "মূল্যস্ফীতি ৯.৫ শতাংশে নেমেছে।", "তবে খাদ্য মূল্যস্ফীতি এখনো ১০ শতাংশের ওপরে!",
                     "রপ্তানি আয় কত বাড়বে?"}));
}

TEST(SentencesBengaliTest, SportWithSingleQuotedSpeech) {
  EXPECT_EQ(Sentences("সিলেটে দ্বিতীয় টি-টোয়েন্টিতে শ্রীলঙ্কাকে ৭ উইকেটে হারিয়েছে বাংলাদেশ। "
                      "ম্যাচসেরা হয়েছেন মেহেদী হাসান মিরাজ। অধিনায়ক নাজমুল হোসেন শান্ত বলেন, "
                      "‘দলের সবাই দারুণ খেলেছে। বোলাররা শুরুতেই চাপ তৈরি করেছে।’ পরের ম্যাচ শুক্রবার চট্টগ্রামে।"),
            (Strings{"সিলেটে দ্বিতীয় টি-টোয়েন্টিতে শ্রীলঙ্কাকে ৭ উইকেটে হারিয়েছে বাংলাদেশ।",
                     "ম্যাচসেরা হয়েছেন মেহেদী হাসান মিরাজ।",
                     "অধিনায়ক নাজমুল হোসেন শান্ত বলেন, 'দলের সবাই দারুণ খেলেছে। বোলাররা শুরুতেই চাপ তৈরি করেছে।'",
                     "পরের ম্যাচ শুক্রবার চট্টগ্রামে।"}));
}

TEST(SentencesBengaliTest, DandaWithoutSpaceAndDoubleDanda) {
  EXPECT_EQ(Sentences("সভা শেষ হয়েছে।পরে সবাই চলে যান॥ আবার দেখা হবে।"),
            (Strings{"সভা শেষ হয়েছে।", "পরে সবাই চলে যান॥", "আবার দেখা হবে।"}));
}

TEST(SentencesBengaliTest, DotUsedAsFullStop) {
  EXPECT_EQ(Sentences("তিনি বাড়ি ফিরেছেন. পরে আবার বেরিয়ে যান."),
            (Strings{"তিনি বাড়ি ফিরেছেন.", "পরে আবার বেরিয়ে যান."}));
}

TEST(SentencesBengaliTest, PipeTypedForDanda) {
  EXPECT_EQ(Sentences("আমি ভাত খাই| তুমি কী খাও?"), (Strings{"আমি ভাত খাই|", "তুমি কী খাও?"}));
  // A separator between spaces is not a danda.
  EXPECT_EQ(Sentences("ময়মনসিংহ প্রতিনিধি || ঢাকাগামী ট্রেন লাইনচ্যুত হয়েছে।"),
            (Strings{"ময়মনসিংহ প্রতিনিধি || ঢাকাগামী ট্রেন লাইনচ্যুত হয়েছে।"}));
  // English text never treats | as a danda.
  EXPECT_EQ(Sentences("Home| News", Language::kEnglish), (Strings{"Home| News"}));
}

TEST(SentencesBengaliTest, EllipsisIsAPause) {
  EXPECT_EQ(Sentences("ব্যাট ও বলের সমান লড়াই হয় না... বোলারদের জন্য কঠিন। শেষ…"),
            (Strings{"ব্যাট ও বলের সমান লড়াই হয় না... বোলারদের জন্য কঠিন।", "শেষ…"}));
}

// ------------------------------------------------- Bengali abbreviations

TEST(SentencesBengaliTest, TitleAbbreviations) {
  EXPECT_EQ(Sentences("ড. মুহাম্মদ ইউনূস ও ডা. জাফরুল্লাহ চৌধুরী বৈঠক করেন। মো. আবদুল হামিদ উপস্থিত ছিলেন।"),
            (Strings{"ড. মুহাম্মদ ইউনূস ও ডা. জাফরুল্লাহ চৌধুরী বৈঠক করেন।",
                     "মো. আবদুল হামিদ উপস্থিত ছিলেন।"}));
  EXPECT_EQ(Sentences("মোহা. শাহজাহান ও প্রফেসর ড. আনিসুজ্জামান এবং অধ্যা. রফিক বক্তব্য দেন।"),
            (Strings{"মোহা. শাহজাহান ও প্রফেসর ড. আনিসুজ্জামান এবং অধ্যা. রফিক বক্তব্য দেন।"}));
  EXPECT_EQ(Sentences("মেজর জেনারেল (অব.) আ ল ম ফজলুর রহমান বলেন, মহানবী (সা.) শান্তির কথা বলেছেন।"),
            (Strings{"মেজর জেনারেল (অব.) আ ল ম ফজলুর রহমান বলেন, মহানবী (সা.) শান্তির কথা বলেছেন।"}));
}

TEST(SentencesBengaliTest, Initials) {
  EXPECT_EQ(Sentences("শেরেবাংলা এ. কে. ফজলুল হক ও এস. এম. সুলতান স্মরণে সভা হয়। আ.ক.ম. মোজাম্মেল হক বক্তব্য দেন।"),
            (Strings{"শেরেবাংলা এ. কে. ফজলুল হক ও এস. এম. সুলতান স্মরণে সভা হয়।",
                     "আ.ক.ম. মোজাম্মেল হক বক্তব্য দেন।"}));
}

TEST(SentencesBengaliTest, SeparatorDotAndListNumbers) {
  EXPECT_EQ(Sentences("বিশ্ব ডেস্ক . সত্য নিউজ"), (Strings{"বিশ্ব ডেস্ক . সত্য নিউজ"}));
  EXPECT_EQ(Sentences("১. প্রথম দফায় ভোট হবে। ২. দ্বিতীয় দফা\n3. Third item"),
            (Strings{"১. প্রথম দফায় ভোট হবে।", "২. দ্বিতীয় দফা", "3. Third item"}));
}

TEST(SentencesBengaliTest, ListMarkersOpeningALine) {
  // Corpus regressions: Roman numerals, letters and number words numbering
  // the items of a list were cut off as sentences of their own.
  EXPECT_EQ(Sentences("i. জনগণের সঞ্চয় প্রবণতা বাড়ানো\nii. বিনিয়োগ বাড়ানো\nক. শুল্ক ও কর\n"
                      "এক. নতুন রাজনৈতিক দল নিবন্ধনের আইন সংস্কার"),
            (Strings{"i. জনগণের সঞ্চয় প্রবণতা বাড়ানো", "ii. বিনিয়োগ বাড়ানো", "ক. শুল্ক ও কর",
                     "এক. নতুন রাজনৈতিক দল নিবন্ধনের আইন সংস্কার"}));
  // The same words later in a sentence are ordinary words.
  EXPECT_EQ(Sentences("তিনি বলেন, কাজ বাকি আছে আরও তিন. পরে দেখা যাবে।"),
            (Strings{"তিনি বলেন, কাজ বাকি আছে আরও তিন.", "পরে দেখা যাবে।"}));
}

TEST(SentencesBengaliTest, TitleAfterHyphenAndMiz) {
  // Corpus regressions: "হলেন-মো." and "মিজ." ended sentences.
  EXPECT_EQ(Sentences("তারা হলেন-মো. শাহিদুর রহমান ও আবুল হাসান। মিজ. নংগ্রাংকে উদ্ধৃত করে সংবাদপত্রটি জানিয়েছে।"),
            (Strings{"তারা হলেন-মো. শাহিদুর রহমান ও আবুল হাসান।",
                     "মিজ. নংগ্রাংকে উদ্ধৃত করে সংবাদপত্রটি জানিয়েছে।"}));
}

// ---------------------------------------------------------------- English

TEST(SentencesEnglishTest, ParagraphsRunTogetherWithoutSpace) {
  // Corpus regression: scraped English bodies lose the break between
  // paragraphs ("Avenue.Earlier").
  EXPECT_EQ(Sentences("They entered House No. 196 on Gulshan Avenue.Earlier, he met leaders.At "
                      "12:57 pm, they left. Visit bdnews24.com.The U.S.Army was not there.",
                      Language::kEnglish),
            (Strings{"They entered House No. 196 on Gulshan Avenue.", "Earlier, he met leaders.",
                     "At 12:57 pm, they left.", "Visit bdnews24.com.",
                     "The U.S.Army was not there."}));
}

TEST(SentencesEnglishTest, Disaster) {
  EXPECT_EQ(
      Sentences("At least 23 people were killed when a fire broke out at a garment factory in "
                "Gazipur on Tuesday, police said. Fire service officials said the blaze started at "
                "10.30 a.m. on the third floor. It took firefighters nearly five hours to bring it "
                "under control. \u201CWe have recovered 23 bodies so far,\u201D said Brig. Gen. Md. "
                "Main Uddin, director general of the fire service.",
                Language::kEnglish),
      (Strings{"At least 23 people were killed when a fire broke out at a garment factory in "
               "Gazipur on Tuesday, police said.",
               "Fire service officials said the blaze started at 10.30 a.m. on the third floor.",
               "It took firefighters nearly five hours to bring it under control.",
               "\"We have recovered 23 bodies so far,\" said Brig. Gen. Md. Main Uddin, director "
               "general of the fire service."}));
}

TEST(SentencesEnglishTest, Election) {
  EXPECT_EQ(
      Sentences("The Election Commission said voting will be held on Feb. 12, 2026. Chief Election "
                "Commissioner A. M. M. Nasir Uddin announced the schedule at 6 p.m. The announcement "
                "came after weeks of talks. Mr. Uddin told reporters: \"We are ready. We need "
                "everyone's cooperation.\"",
                Language::kEnglish),
      (Strings{"The Election Commission said voting will be held on Feb. 12, 2026.",
               "Chief Election Commissioner A. M. M. Nasir Uddin announced the schedule at 6 p.m.",
               "The announcement came after weeks of talks.",
               "Mr. Uddin told reporters: \"We are ready. We need everyone's cooperation.\""}));
}

TEST(SentencesEnglishTest, Economy) {
  EXPECT_EQ(
      Sentences("Bangladesh's GDP grew by 5.78 percent, according to the Bangladesh Bureau of "
                "Statistics (BBS). Inflation stood at 9.73 percent in June, the highest in 12 years. "
                "Remittances rose to $2.5 billion, mostly in U.S. dollars. The central bank expects "
                "growth to recover next year.",
                Language::kEnglish),
      (Strings{"Bangladesh's GDP grew by 5.78 percent, according to the Bangladesh Bureau of "
               "Statistics (BBS).",
               "Inflation stood at 9.73 percent in June, the highest in 12 years.",
               "Remittances rose to $2.5 billion, mostly in U.S. dollars.",
               "The central bank expects growth to recover next year."}));
}

TEST(SentencesEnglishTest, Sport) {
  EXPECT_EQ(Sentences("Bangladesh beat Sri Lanka by 7 wickets in Sylhet on Sunday. Litton Das "
                      "top-scored with 72 off 45 balls! \"It was a team effort,\" Das said. Will "
                      "they win the series? The third match is on Wednesday.",
                      Language::kEnglish),
            (Strings{"Bangladesh beat Sri Lanka by 7 wickets in Sylhet on Sunday.",
                     "Litton Das top-scored with 72 off 45 balls!",
                     "\"It was a team effort,\" Das said.", "Will they win the series?",
                     "The third match is on Wednesday."}));
}

// ------------------------------------------------- English abbreviations

TEST(SentencesEnglishTest, Titles) {
  EXPECT_EQ(Sentences("Mr. Khan met Mrs. Akter and Dr. Rahman. Prof. Ali and Lt. Col. Karim "
                      "joined. St. Martin's Island is next.",
                      Language::kEnglish),
            (Strings{"Mr. Khan met Mrs. Akter and Dr. Rahman.", "Prof. Ali and Lt. Col. Karim joined.",
                     "St. Martin's Island is next."}));
}

TEST(SentencesEnglishTest, NumberPrefixesAndMonths) {
  EXPECT_EQ(Sentences("Road No. 5 was closed on Jan. 15. He said No. Then he left.", Language::kEnglish),
            (Strings{"Road No. 5 was closed on Jan. 15.", "He said No.", "Then he left."}));
}

TEST(SentencesEnglishTest, LatinAbbreviationsAndVs) {
  EXPECT_EQ(Sentences("Staples, e.g. rice, rose; i.e. Prices doubled. Bangladesh vs. India is on "
                      "Friday. Fruit, fish etc. The list is long.",
                      Language::kEnglish),
            (Strings{"Staples, e.g. rice, rose; i.e. Prices doubled.", "Bangladesh vs. India is on Friday.",
                     "Fruit, fish etc.", "The list is long."}));
}

TEST(SentencesEnglishTest, TimesAcronymsAndInitials) {
  EXPECT_EQ(Sentences("The meeting began at 9 a.m. Monday and ended at 5 p.m. The U.S. Embassy "
                      "issued a note. J. K. Rowling was not there. Troops left the U.S. The end.",
                      Language::kEnglish),
            (Strings{"The meeting began at 9 a.m. Monday and ended at 5 p.m.",
                     "The U.S. Embassy issued a note.", "J. K. Rowling was not there.",
                     "Troops left the U.S.", "The end."}));
}

TEST(SentencesEnglishTest, DecimalsUrlsAndLowerCaseContinuation) {
  EXPECT_EQ(Sentences("Growth was 3.5 percent, see bbs.gov.bd for details. It is approx. three "
                      "times higher.",
                      Language::kEnglish),
            (Strings{"Growth was 3.5 percent, see bbs.gov.bd for details.",
                     "It is approx. three times higher."}));
}

TEST(SentencesEnglishTest, Ellipsis) {
  EXPECT_EQ(Sentences("He waited... Then he left. The process\u2026But it takes time.", Language::kEnglish),
            (Strings{"He waited...", "Then he left.", "The process\u2026", "But it takes time."}));
}

// ------------------------------------------------------------ quotations

TEST(SentencesQuotesTest, EndInsideClosingQuoteEndsAfterIt) {
  EXPECT_EQ(Sentences("কিম বলেন, \"আমরা সমর্থন করি।\""), (Strings{"কিম বলেন, \"আমরা সমর্থন করি।\""}));
  EXPECT_EQ(Sentences("কিম বলেন, “আমরা সমর্থন করি।” তিনি আরও বলেন, রাশিয়া জিতবে।"),
            (Strings{"কিম বলেন, \"আমরা সমর্থন করি।\"", "তিনি আরও বলেন, রাশিয়া জিতবে।"}));
}

TEST(SentencesQuotesTest, AttributionAfterAQuoteStaysAttached) {
  EXPECT_EQ(Sentences("“আমরা প্রস্তুত। আমরা লড়ব।” — বলেন তিনি। পরে সভা শেষ হয়।"),
            (Strings{"\"আমরা প্রস্তুত। আমরা লড়ব।\" — বলেন তিনি।", "পরে সভা শেষ হয়।"}));
  EXPECT_EQ(Sentences("“আমরা প্রস্তুত। আমরা লড়ব,” বলেন তিনি।"),
            (Strings{"\"আমরা প্রস্তুত। আমরা লড়ব,\" বলেন তিনি।"}));
  EXPECT_EQ(Sentences("\"We are ready. We will fight,\" he said. \"We will win.\"", Language::kEnglish),
            (Strings{"\"We are ready. We will fight,\" he said.", "\"We will win.\""}));
  EXPECT_EQ(Sentences("\"Stop!\" he shouted. Nobody moved.", Language::kEnglish),
            (Strings{"\"Stop!\" he shouted.", "Nobody moved."}));
}

TEST(SentencesQuotesTest, UnclosedQuoteSuppressesNothing) {
  // Multi-paragraph quotes leave the quote open at the end of a paragraph.
  EXPECT_EQ(Sentences("তিনি বলেন, “আমরা প্রস্তুত। আমরা লড়ব।\nপরের অনুচ্ছেদ।"),
            (Strings{"তিনি বলেন, \"আমরা প্রস্তুত।", "আমরা লড়ব।", "পরের অনুচ্ছেদ।"}));
}

TEST(SentencesQuotesTest, ApostrophesAreNotQuotes) {
  EXPECT_EQ(Sentences("The company's profit rose. Investors' money is safe. It's fine.", Language::kEnglish),
            (Strings{"The company's profit rose.", "Investors' money is safe.", "It's fine."}));
  EXPECT_EQ(Sentences("প্রতি সপ্তাহে দু’বার বিমান চলবে। ছ’দিনের সফর শেষ।"),
            (Strings{"প্রতি সপ্তাহে দু'বার বিমান চলবে।", "ছ'দিনের সফর শেষ।"}));
}

TEST(SentencesQuotesTest, NoSpaceAfterClosingQuote) {
  EXPECT_EQ(Sentences("The policy is very clear.\u201DIn response, he left.", Language::kEnglish),
            (Strings{"The policy is very clear.\"", "In response, he left."}));
}

TEST(SentencesQuotesTest, ScareQuotesBeforeTheDanda) {
  EXPECT_EQ(Sentences("কেসিএনএ জানায়, আলোচনা হয়েছে ‘উষ্ণ ও বন্ধুত্বপূর্ণ পরিবেশে’। পরে বৈঠক শেষ হয়।"),
            (Strings{"কেসিএনএ জানায়, আলোচনা হয়েছে 'উষ্ণ ও বন্ধুত্বপূর্ণ পরিবেশে'।", "পরে বৈঠক শেষ হয়।"}));
}

// ---------------------------------------------------------- line breaks

TEST(SentencesLinesTest, LineBreaksAlwaysEndSentences) {
  EXPECT_EQ(Sentences("শিরোনাম ছাড়া যতিচিহ্ন\nপ্রথম বাক্য। দ্বিতীয় বাক্য\n\n  তৃতীয় \r\nHeadline"),
            (Strings{"শিরোনাম ছাড়া যতিচিহ্ন", "প্রথম বাক্য।", "দ্বিতীয় বাক্য", "তৃতীয়", "Headline"}));
}

TEST(SentencesLinesTest, PunctuationOnlyAndEmptyTextGiveNothing) {
  EXPECT_TRUE(Sentences("").empty());
  EXPECT_TRUE(Sentences("\n\n  \n").empty());
  EXPECT_EQ(Sentences("***\nশেষ। ।\n—"), (Strings{"শেষ।"}));
}

TEST(SentencesLinesTest, SpansPointIntoTheText) {
  std::string text = "  এক। দুই।\nthree.  ";
  std::vector<Span> spans = SplitSentences(text, Language::kUnknown);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0], (Span{2, 11}));   // "এক।" is 9 bytes after two spaces
  EXPECT_EQ(spans[1], (Span{12, 24}));  // "দুই।" is 12 bytes
  EXPECT_EQ(spans[2], (Span{25, 31}));  // "three." after the line break
}

TEST(SentencesLinesTest, RandomInputKeepsSpanInvariants) {
  const std::vector<std::string> pieces = {
      "a", "B", "ক", "ম", " ", "\n", ".", "?", "!", "|", "\"", "'", "(", ")", "\u0964",
      "\u0965", "\u2026", "Mr", "U.S", "ড", "১", "-", ",", "\u2014", "\t", "\u09BE", "\u09CD"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 40);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (int k = length(rng); k > 0; --k) text += pieces[pick(rng)];
    for (Language language : {Language::kBengali, Language::kEnglish}) {
      uint32_t prev_end = 0;
      for (const Span& s : SplitSentences(text, language)) {
        ASSERT_LT(s.begin, s.end) << text;
        ASSERT_LE(s.end, text.size()) << text;
        ASSERT_GE(s.begin, prev_end) << text;
        ASSERT_NE((static_cast<unsigned char>(text[s.begin]) & 0xC0), 0x80) << text;
        ASSERT_TRUE(s.end == text.size() ||
                    (static_cast<unsigned char>(text[s.end]) & 0xC0) != 0x80) << text;
        ASSERT_EQ(text.substr(s.begin, s.size()).find('\n'), std::string::npos) << text;
        prev_end = s.end;
      }
    }
  }
}

// ---------------------------------------------------------------- seeds

std::string ReadSeed(const std::string& name) {
  std::ifstream in(std::string(SANGATI_SOURCE_DIR) + "/fixtures/seeds/" + name, std::ios::binary);
  EXPECT_TRUE(in.good()) << name;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Hand-counted: every non-empty line is at least one sentence; see the
// comments for lines with more.
TEST(SentencesSeedTest, Seed000) {
  Strings s = Sentences(ReadSeed("000_0a2e8541d631dae1.txt"));
  // 4 header lines, 10 paragraphs (2+2+3+2+2+2+2+2+2+1), 4 footer lines.
  EXPECT_EQ(s.size(), 28u);
  ASSERT_GE(s.size(), 12u);
  EXPECT_EQ(s[1], "বিশ্ব ডেস্ক . সত্য নিউজ");
  EXPECT_EQ(s[9], "কেসিএনএ জানায়, আলোচনা হয়েছে 'উষ্ণ ও বন্ধুত্বপূর্ণ পরিবেশে'।");
  EXPECT_EQ(s[10],
            "কিম জং উন বলেন, \"ইউক্রেন যুদ্ধ নিয়ে রাশিয়ার নেতৃত্ব যেসব পদক্ষেপ নিচ্ছে, আমরা তা নিঃশর্তে "
            "সমর্থন করি।\"");
}

TEST(SentencesSeedTest, Seed001) {
  Strings s = Sentences(ReadSeed("001_25b3a8256d63ca77.txt"));
  // Lines 3 and 6 have three sentences, line 4 two, the other ten one each.
  EXPECT_EQ(s.size(), 17u);
  ASSERT_EQ(s.size(), 17u);
  EXPECT_EQ(s[4],
            "ক্রেমলিনের এক বিবৃতিতে বলা হয়, কিম ও পুতিন 'বন্ধুত্বপূর্ণ সম্পর্ক, সুসম্পর্ক ও সহযোগিতা আরও "
            "বিকাশে অঙ্গীকার পুনর্ব্যক্ত করেছেন'।");
  EXPECT_EQ(s[15], "সূত্র: বিবিসি নিউজ।");
  EXPECT_EQ(s[16], "/এআই");
}

TEST(SentencesSeedTest, Seed002) {
  Strings s = Sentences(ReadSeed("002_1ad5989a81c02196.txt"));
  // NBSP-only lines vanish; the two-sentence single-quoted statement of the
  // NSC spokesperson stays one sentence with its attribution.
  EXPECT_EQ(s.size(), 24u);
  ASSERT_GE(s.size(), 12u);
  EXPECT_EQ(s[11].substr(0, s[11].find(',')), "ইউএস ন্যাশনাল সিকিউরিটি কাউন্সিলের (এনএসসি) মুখপাত্র "
                                              "অ্যাড্রিয়েন ওয়াটসন বলেছেন যে ");
  EXPECT_TRUE(s[11].ends_with(" রয়েছে।'")) << s[11];
}

TEST(SentencesSeedTest, Seed003) {
  // Thirteen lines; lines 17 and 19 have two sentences each.
  EXPECT_EQ(Sentences(ReadSeed("003_ca0271bd24ae52b4.txt")).size(), 15u);
}

TEST(SentencesSeedTest, Seed004) {
  Strings s = Sentences(ReadSeed("004_930df3194f67f499.txt"));
  // Line 26 has six sentences, line 20 four; a danda inside the bracketed
  // "follow us" note on line 28 ends a sentence (brackets do not suppress).
  EXPECT_EQ(s.size(), 35u);
  ASSERT_GE(s.size(), 10u);
  EXPECT_EQ(s[7], "Share:");
  EXPECT_EQ(s[8], "রাশিয়ার বিদেশমন্ত্রীর সঙ্গে কিম জং উন (বাঁ দিকে)।");
  EXPECT_EQ(s[9], "ছবি: রয়টার্স।");
}

}  // namespace
}  // namespace sangati
