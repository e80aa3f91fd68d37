// The real corpus in /work/shared/corpus (not in the repo; skipped when
// absent): record counts are plausible, ids come from the records, and
// nothing crashes.
#include <filesystem>
#include <map>
#include <string>

#include "adapters/read.h"
#include "gtest/gtest.h"
#include "tests/adapters/test_util.h"

namespace sangati {
namespace {

const char* const kCorpus = "/work/shared/corpus";

bool HaveCorpus() { return std::filesystem::exists(std::string(kCorpus) + "/README.md"); }

std::string C(const std::string& rel) { return std::string(kCorpus) + "/" + rel; }

TEST(CorpusTest, BdNewspaperScraperJsonArrays) {
  if (!HaveCorpus()) GTEST_SKIP() << kCorpus << " not present";
  const std::string file = C("bdnewspaperscraper/daily_2025-12-29_articles.json");
  ReadResult r = testing::ReadOne(file);
  // 656 records, every one with a body.
  EXPECT_EQ(r.documents.size() + r.skipped.size(), 656u);
  EXPECT_GE(r.documents.size(), 600u);
  std::map<Language, int> languages;
  int with_outlet = 0, with_published = 0;
  for (const Document& d : r.documents) {
    // Ids carry the record's numeric id field: "file#617".
    ASSERT_EQ(d.id.rfind(file + "#", 0), 0u);
    EXPECT_TRUE(std::all_of(d.id.begin() + static_cast<long>(file.size()) + 1, d.id.end(),
                            [](char c) { return c >= '0' && c <= '9'; }))
        << d.id;
    EXPECT_FALSE(d.title.empty()) << d.id;
    EXPECT_FALSE(d.text.empty()) << d.id;
    ++languages[d.language];
    with_outlet += d.outlet.has_value();
    with_published += d.published.has_value();
    if (d.published) {
      // Mostly December 2025; the scraper also caught a few 2018 archive pages.
      std::string year = d.published->substr(0, 4);
      EXPECT_TRUE(year >= "2018" && year <= "2025") << d.id << " " << *d.published;
    }
  }
  EXPECT_EQ(r.documents.front().id, file + "#617");
  EXPECT_EQ(r.documents.front().outlet, "BBC Bangla");
  EXPECT_GT(languages[Language::kBengali], 250);
  EXPECT_GT(languages[Language::kEnglish], 250);
  EXPECT_EQ(with_outlet, static_cast<int>(r.documents.size()));
  // "None"/"Unknown" dates are null, real ones are kept.
  EXPECT_GT(with_published, 200);
  EXPECT_LT(with_published, static_cast<int>(r.documents.size()) - 300);
}

TEST(CorpusTest, ProthomAloCsv) {
  if (!HaveCorpus()) GTEST_SKIP() << kCorpus << " not present";
  const std::string file = C("iamaber-3outlets/prothomalo_2024-01.csv");
  ReadResult r = testing::ReadOne(file);
  // 723 rows, 57 of them with an empty body.
  EXPECT_EQ(r.documents.size() + r.skipped.size(), 723u);
  EXPECT_EQ(r.skipped.size(), 57u);
  for (const Skipped& s : r.skipped) EXPECT_NE(s.error.find("empty body"), std::string::npos) << s.error;
  size_t bengali = 0;
  for (const Document& d : r.documents) {
    ASSERT_TRUE(d.published.has_value()) << d.id;
    EXPECT_EQ(d.published->substr(0, 4), "2024") << d.id;
    bengali += d.language == Language::kBengali;
  }
  // A few English-lesson pages are in English.
  EXPECT_GE(bengali, r.documents.size() - 10);
}

TEST(CorpusTest, JugantorAndSamakalCsv) {
  if (!HaveCorpus()) GTEST_SKIP() << kCorpus << " not present";
  ReadResult j = testing::ReadOne(C("iamaber-3outlets/jugantor_2024-08-12_13.csv"));
  EXPECT_EQ(j.documents.size(), 786u);
  EXPECT_EQ(j.documents.front().published, "2024-08-12");
  ReadResult s = testing::ReadOne(C("iamaber-3outlets/samakal_2024-08-05_09.csv"));
  EXPECT_EQ(s.documents.size() + s.skipped.size(), 681u);
  EXPECT_GE(s.documents.size(), 670u);
}

TEST(CorpusTest, BnlpcTitleTextFiles) {
  if (!HaveCorpus()) GTEST_SKIP() << kCorpus << " not present";
  ReadResult r = testing::ReadOne(C("bnlpc-bensumm/Dataset1/Documents"));
  EXPECT_EQ(r.documents.size(), 100u);
  EXPECT_TRUE(r.skipped.empty());
  for (const Document& d : r.documents) {
    EXPECT_FALSE(d.title.empty()) << d.id;
    EXPECT_EQ(d.text.find("Text:"), std::string::npos) << d.id;
    EXPECT_EQ(d.language, Language::kBengali) << d.id;
  }
}

TEST(CorpusTest, WholeCorpusReadsWithoutCrashing) {
  if (!HaveCorpus()) GTEST_SKIP() << kCorpus << " not present";
  ReadResult r = testing::ReadOne(kCorpus);
  EXPECT_GT(r.documents.size(), 4000u);
  EXPECT_LT(r.skipped.size(), 100u);
  for (const Document& d : r.documents) {
    ASSERT_FALSE(d.text.empty()) << d.id;
    ASSERT_FALSE(d.to_raw.empty()) << d.id;
    // Every body starts at a known place in its file.
    ASSERT_GE(d.PositionOf(0).line, 1u) << d.id;
  }
}

}  // namespace
}  // namespace sangati
