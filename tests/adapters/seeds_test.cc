// The five seed articles (fixtures/seeds/): title, outlet, publication date,
// furniture removal and the mapping of every body line back to the file.
#include <optional>
#include <string>
#include <vector>

#include "adapters/read.h"
#include "gtest/gtest.h"
#include "tests/adapters/test_util.h"

namespace sangati {
namespace {

using testing::HasLine;
using testing::ReadOne;
using testing::ReadWholeFile;
using testing::SourcePath;

struct Seed {
  const char* file;
  const char* title;
  std::optional<std::string> outlet;
  std::optional<std::string> published;
  size_t body_lines;
};

const std::vector<Seed>& Seeds() {
  static const auto* seeds = new std::vector<Seed>{
      {"000_0a2e8541d631dae1.txt", "পিয়ংইয়ং থেকে রাশিয়ায় সেনা ও ক্ষেপণাস্ত্র, কূটনীতিতে নতুন মাত্রা",
       "সত্য নিউজ", "2025-07-13T10:21:16", 10},
      // The first line is already a body sentence: no title.
      {"001_25b3a8256d63ca77.txt", "", std::nullopt, std::nullopt, 11},
      {"002_1ad5989a81c02196.txt",
       "Kim Jong-Putin Meet: উঃ কোরিয়ার থেকে অস্ত্র কেনার তোড়জোড় রাশিয়ার,পুতিন-সাক্ষাতে মস্কো সফর কিমের",
       std::nullopt, std::nullopt, 9},
      {"003_ca0271bd24ae52b4.txt", "উত্তর কোরিয়া যুক্তরাষ্ট্রের বিরুদ্ধে রাশিয়ার সাথে মিত্রতার উপর জোর দিচ্ছে",
       std::nullopt, std::nullopt, 12},
      // "Kim Jong Un" above the headline is a topic tag.
      {"004_930df3194f67f499.txt",
       "রাশিয়ার সঙ্গে ‘শক্তিশালী’ সামরিক বোঝাপড়া নিয়ে আলোচনা কিমের, ফের সতর্ক করল আমেরিকা",
       "আনন্দবাজার অনলাইন", "2023-09-17T17:57:00", 5},
  };
  return *seeds;
}

std::string SeedPath(const char* file) { return SourcePath(std::string("fixtures/seeds/") + file); }

Document ReadSeed(const char* file) {
  ReadResult r = ReadOne(SeedPath(file));
  EXPECT_EQ(r.documents.size(), 1u) << file;
  EXPECT_TRUE(r.skipped.empty()) << file;
  EXPECT_TRUE(r.warnings.empty()) << file;
  return r.documents.empty() ? Document() : r.documents[0];
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= text.size()) {
    size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    out.push_back(text.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

TEST(SeedsTest, TitleOutletPublished) {
  for (const Seed& seed : Seeds()) {
    Document doc = ReadSeed(seed.file);
    EXPECT_EQ(doc.title, seed.title) << seed.file;
    EXPECT_EQ(doc.outlet, seed.outlet) << seed.file;
    EXPECT_EQ(doc.published, seed.published) << seed.file;
    EXPECT_EQ(doc.language, Language::kBengali) << seed.file;
    EXPECT_EQ(doc.id, SeedPath(seed.file));
    EXPECT_EQ(doc.path, SeedPath(seed.file));
    EXPECT_EQ(SplitLines(doc.text).size(), seed.body_lines) << seed.file << "\n" << doc.text;
  }
}

TEST(SeedsTest, TitlePositions) {
  EXPECT_EQ(ReadSeed("000_0a2e8541d631dae1.txt").title_pos, (SourcePos{1, 1}));
  EXPECT_EQ(ReadSeed("001_25b3a8256d63ca77.txt").title_pos, (SourcePos{0, 0}));
  EXPECT_EQ(ReadSeed("004_930df3194f67f499.txt").title_pos, (SourcePos{3, 1}));
}

// Every body line maps to the start of the same (trimmed) line in the file.
TEST(SeedsTest, EveryBodyLineMapsToItsLineInTheFile) {
  for (const Seed& seed : Seeds()) {
    Document doc = ReadSeed(seed.file);
    std::vector<std::string> raw = SplitLines(ReadWholeFile(SeedPath(seed.file)));
    size_t offset = 0;
    for (const std::string& line : SplitLines(doc.text)) {
      SourcePos pos = doc.PositionOf(static_cast<uint32_t>(offset));
      ASSERT_GE(pos.line, 1u) << seed.file;
      ASSERT_LE(pos.line, raw.size()) << seed.file;
      EXPECT_EQ(pos.column, 1u) << seed.file << ": " << line;
      EXPECT_EQ(raw[pos.line - 1], line) << seed.file << " line " << pos.line;
      offset += line.size() + 1;
    }
  }
}

TEST(SeedsTest, MidLineSentencePosition) {
  Document doc = ReadSeed("000_0a2e8541d631dae1.txt");
  // Line 11: "ওয়ানসান শহরে শনিবার এই বৈঠকটি হয়। কেসিএনএ জানায়, ..."; the second
  // sentence starts after 36 code points.
  EXPECT_EQ(testing::PosOfText(doc, "কেসিএনএ জানায়, আলোচনা"), (SourcePos{11, 37}));
  EXPECT_EQ(testing::PosOfText(doc, "বিশ্লেষকদের মতে"), (SourcePos{25, 1}));
  Document d4 = ReadSeed("004_930df3194f67f499.txt");
  EXPECT_EQ(testing::PosOfText(d4, "সচরাচর বিদেশ সফরে"), (SourcePos{26, 1}));
}

TEST(SeedsTest, Seed000FurnitureRemoved) {
  Document doc = ReadSeed("000_0a2e8541d631dae1.txt");
  // The byline, the date line and the repeated headline are header lines.
  EXPECT_EQ(doc.text.find("বিশ্ব ডেস্ক"), std::string::npos);
  EXPECT_EQ(doc.text.find("২০২৫ জুলাই ১৩"), std::string::npos);
  EXPECT_FALSE(HasLine(doc.text, doc.title));
  EXPECT_EQ(doc.text.find("পাঠকের মতামত"), std::string::npos);
  EXPECT_EQ(doc.text.find("আপনার জন্য বাছাই করা কিছু নিউজ"), std::string::npos);
  EXPECT_EQ(doc.text.find("এ বিভাগের অন্যান্য সংবাদ"), std::string::npos);
  EXPECT_EQ(doc.text.find("হাসানুজ্জামান"), std::string::npos);
  EXPECT_EQ(doc.text.rfind("উত্তর কোরিয়ার নেতা কিম জং উন ইউক্রেন যুদ্ধ নিয়ে", 0), 0u);
  EXPECT_TRUE(HasLine(doc.text,
                      "বিশ্লেষকদের মতে, রাশিয়া ও উত্তর কোরিয়ার এই ঘনিষ্ঠতা শুধু সামরিক দিকেই নয়, "
                      "কূটনৈতিক ও অর্থনৈতিক ক্ষেত্রেও প্রভাব ফেলতে পারে।"));
}

TEST(SeedsTest, Seed001KeepsSourceDropsSignOff) {
  Document doc = ReadSeed("001_25b3a8256d63ca77.txt");
  EXPECT_EQ(doc.text.rfind("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন আগামী শুক্রবার (১৫ আগস্ট)", 0), 0u);
  EXPECT_TRUE(HasLine(doc.text, "সূত্র: বিবিসি নিউজ।"));
  EXPECT_FALSE(HasLine(doc.text, "/এআই"));
}

TEST(SeedsTest, Seed002FurnitureRemoved) {
  Document doc = ReadSeed("002_1ad5989a81c02196.txt");
  EXPECT_EQ(doc.text.find("Advertisement"), std::string::npos);
  EXPECT_EQ(doc.text.find("POST A COMMENT"), std::string::npos);
  EXPECT_FALSE(HasLine(doc.text, "\xC2\xA0"));  // lines of a lone NBSP
  EXPECT_FALSE(HasLine(doc.text, ""));
  // The headline glued to another headline (line 6) is a repeat.
  EXPECT_EQ(doc.text.find("কিমেরঅস্ত্র বিক্রি"), std::string::npos);
  // The standfirst and the subheadings are article text.
  EXPECT_EQ(doc.text.rfind("North Korea-Russia: রাশিয়া এবং ইউক্রেনের মধ্যে ৫০০ দিনেরও বেশি যুদ্ধ", 0), 0u);
  EXPECT_TRUE(HasLine(doc.text, "সাহায্য করছে উত্তর কোরিয়া"));
  EXPECT_TRUE(HasLine(doc.text, "রাশিয়ান কর্মকর্তারা পরিদর্শন করেছেন"));
  EXPECT_NE(doc.text.find("অস্ত্র কেনার বিষয়ে কথা বলতে উত্তর কোরিয়ায় যান।"), std::string::npos);
}

TEST(SeedsTest, Seed003CaptionDateIsNotPublished) {
  Document doc = ReadSeed("003_ca0271bd24ae52b4.txt");
  EXPECT_EQ(doc.published, std::nullopt);
  // The caption stays (it cannot be told from a sentence ending in a date),
  // but its date is not a header date.
  EXPECT_TRUE(HasLine(doc.text, "মস্কোতে উত্তর কোরিয়ার পররাষ্ট্রমন্ত্রী চোই সন হুই, ১৬ জানুয়ারী, ২০২৪।"));
  EXPECT_TRUE(HasLine(doc.text, "রাশিয়ার জন্য অস্ত্র"));
}

TEST(SeedsTest, Seed004FurnitureRemoved) {
  Document doc = ReadSeed("004_930df3194f67f499.txt");
  for (const char* furniture :
       {"Advertisement", "Share:", "Kim Jong Un", "আনন্দবাজার অনলাইন ডেস্ক", "শেষ আপডেট", "ছবি: রয়টার্স",
        "ফলো করুন", "অন্য মাধ্যমগুলি", "হোয়াট্সঅ্যাপেও", "আরও পড়ুন"}) {
    EXPECT_EQ(doc.text.find(furniture), std::string::npos) << furniture;
  }
  EXPECT_EQ(doc.text.rfind("শনিবার রাশিয়ায় সে দেশের হাইপারসনিক ক্ষেপণাস্ত্র", 0), 0u);
  EXPECT_NE(doc.text.find("গোড়া থেকে কিমের এই রাশিয়া সফরকে কড়া নজরে রেখেছে আমেরিকা"), std::string::npos);
  EXPECT_NE(doc.text.find("তাকে সমর্থন করছে উত্তর কোরিয়া।"), std::string::npos);
}

}  // namespace
}  // namespace sangati
