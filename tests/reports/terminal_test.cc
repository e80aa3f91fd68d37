#include <gtest/gtest.h>

#include <sstream>

#include "reports/audit_report.h"
#include "tests/engine/compare/claim_set.h"
#include "tests/reports/sample_report.h"

namespace sangati {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(TerminalSummaryTest, ContradictionsFirstOneLineEach) {
  testing::SampleReport s = testing::StoryReport();
  std::ostringstream out;
  PrintTerminalSummary(s.View(), out, /*colour=*/false);
  std::vector<std::string> lines = Lines(out.str());
  ASSERT_GE(lines.size(), 10u);
  EXPECT_EQ(lines[0], "sangati audit: 6 documents, 15 claims, 1 skipped");
  EXPECT_EQ(lines[1], "3 contradictions, 1 updates, 1 hedged, 2 agreements");
  EXPECT_EQ(lines[2], "");
  EXPECT_EQ(lines[3],
            "contradiction/value injured · event cyclone_remal [f1]: A later report gives a "
            "lower figure: Bay Herald (28 May 2024): at least 150 injured (per the health "
            "directorate); খবর ২৪ (28 May 2024): 110 injured (per স্বাস্থ্য অধিদপ্তর).");
  EXPECT_EQ(lines[4].rfind("contradiction/value wind_speed (km/h)", 0), 0u);
  EXPECT_EQ(lines[5].rfind("contradiction/attribute kcna · state_news_agency [f3]: খবর ২৪: ", 0), 0u);
  EXPECT_EQ(lines[6].rfind("update/value deaths", 0), 0u);
  EXPECT_EQ(lines[7].rfind("hedged homes_damaged", 0), 0u);
  EXPECT_EQ(lines[8].rfind("agreement ", 0), 0u);
  EXPECT_EQ(lines[10], "skipped stories/broken.json:3:14: expected ',' or '}'");
  EXPECT_EQ(out.str().find('\x1b'), std::string::npos);
  // With documents grouped into several stories, the first line says so;
  // one story says nothing.
  std::vector<int> story_of(s.documents.size(), 0);
  AuditReport view = s.View();
  view.story_of = &story_of;
  std::ostringstream one;
  PrintTerminalSummary(view, one, false);
  EXPECT_EQ(Lines(one.str())[0], "sangati audit: 6 documents, 15 claims, 1 skipped");
  story_of.back() = 1;
  std::ostringstream two;
  PrintTerminalSummary(view, two, false);
  EXPECT_EQ(Lines(two.str())[0], "sangati audit: 6 documents in 2 stories, 15 claims, 1 skipped");
}

TEST(TerminalSummaryTest, ColourOnlyWhenAsked) {
  testing::SampleReport s = testing::StoryReport();
  std::ostringstream out;
  PrintTerminalSummary(s.View(), out, /*colour=*/true);
  EXPECT_NE(out.str().find("\x1b[1;31mcontradiction/value\x1b[0m"), std::string::npos);
  EXPECT_NE(out.str().find("\x1b[32magreement\x1b[0m"), std::string::npos);
}

TEST(TerminalSummaryTest, ArticleTextCannotDriveTheTerminal) {
  testing::SampleReport s =
      testing::HostileReport(std::string(SANGATI_SOURCE_DIR) + "/fixtures/hostile");
  std::ostringstream out;
  PrintTerminalSummary(s.View(), out, /*colour=*/false);
  EXPECT_EQ(out.str().find('\x1b'), std::string::npos);
  EXPECT_NE(out.str().find("unexpected '<img src=x onerror=alert(1)>'  "), std::string::npos);
}

TEST(TerminalSummaryTest, AgreementsAreCapped) {
  testing::ClaimSet set;
  uint32_t a = set.Doc("A", "2024-05-01");
  uint32_t b = set.Doc("B", "2024-05-01");
  for (int i = 0; i < 25; ++i) {
    set.Quantity(a, "s" + std::to_string(i), 1, 1);
    set.Quantity(b, "s" + std::to_string(i), 1, 1);
  }
  std::vector<Finding> findings = set.Compare();
  std::vector<Skipped> skipped;
  std::ostringstream out;
  PrintTerminalSummary(AuditReport{&set.docs, &skipped, &set.claims, &findings, {}}, out, false);
  std::vector<std::string> lines = Lines(out.str());
  ASSERT_EQ(lines.size(), 3u + kMaxAgreementLines + 1u);
  EXPECT_EQ(lines.back(), "... and 5 more agreements (see --json or --html)");
}

}  // namespace
}  // namespace sangati
