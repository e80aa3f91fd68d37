// End-to-end tests of `sangati rules score`: the binary over the tiny
// fixture suite fixtures/score-example/ (its own rule pack, so the counts do
// not move when the bundled packs change). Expected counts are worked out
// by hand in the fixture's notes.
#include <cstdio>
#include <string>

#include "gtest/gtest.h"
#include "tests/cli/run_sangati.h"

namespace {

using sangati::testing::RunResult;
using sangati::testing::RunSangati;

const char kExample[] =
    "rules score fixtures/score-example --no-bundled --rules fixtures/score-example/rules";

bool HasLine(const std::string& out, const std::string& line) {
  return out.find(line + "\n") != std::string::npos;
}

TEST(ScoreTest, CountsPerSplitAndKind) {
  RunResult r = RunSangati(kExample);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(HasLine(r.out, "split    kind            TP    FP    FN precision  recall")) << r.out;
  // dev: 003's quantity is allowed; 002 misses 8 and yields 7; 004 has a
  // rejected attribution; 005 misses an event; 006's role takes its country
  // from the lists, as engine/compare reads it.
  EXPECT_TRUE(HasLine(r.out, "dev      quantity         3     1     1     0.750   0.750")) << r.out;
  EXPECT_TRUE(HasLine(r.out, "dev      date             0     0     0         -       -")) << r.out;
  EXPECT_TRUE(HasLine(r.out, "dev      attribution      2     1     0     0.667   1.000")) << r.out;
  EXPECT_TRUE(HasLine(r.out, "dev      event            0     0     1         -   0.000")) << r.out;
  EXPECT_TRUE(HasLine(r.out, "dev      role             1     0     0     1.000   1.000")) << r.out;
  EXPECT_TRUE(HasLine(r.out, "dev      all              6     2     2     0.750   0.750")) << r.out;
  EXPECT_TRUE(HasLine(r.out, "heldout  quantity         1     1     1     0.500   0.500")) << r.out;
  EXPECT_TRUE(HasLine(r.out, "heldout  all              1     1     1     0.500   0.500")) << r.out;
  EXPECT_TRUE(HasLine(r.out, "dev: 3 of 6 sentences pass")) << r.out;
  EXPECT_TRUE(HasLine(r.out, "heldout: 1 of 2 sentences pass")) << r.out;
  // Without --verbose no sentence is listed.
  EXPECT_EQ(r.out.find("score-dev-002"), std::string::npos) << r.out;
}

TEST(ScoreTest, VerboseListsDevMismatchesButNeverHeldOut) {
  RunResult r = RunSangati(std::string(kExample) + " --verbose");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("fixtures/score-example/dev/en-test.jsonl:2: score-dev-002: 7 dead in the storm."),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("  missing  {\"kind\":\"quantity\",\"subject\":\"deaths\",\"value\":{\"max\":8,\"min\":8}}"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("  extra    [test-casualties] quantity deaths 7..7 people \"7 dead\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("  rejected [test-said] attribution said source=afp \"AFP said\""),
            std::string::npos)
      << r.out;
  // Passing sentences are not listed; held-out ones never are.
  EXPECT_EQ(r.out.find("score-dev-001"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("score-heldout"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("9 injured"), std::string::npos) << r.out;
  // The held-out aggregate is still printed.
  EXPECT_TRUE(HasLine(r.out, "heldout  quantity         1     1     1     0.500   0.500")) << r.out;
}

TEST(ScoreTest, SplitAndLanguageFilters) {
  RunResult r = RunSangati(std::string(kExample) + " --split heldout");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(r.out.find("dev "), std::string::npos) << r.out;
  EXPECT_TRUE(HasLine(r.out, "heldout: 1 of 2 sentences pass")) << r.out;
  r = RunSangati(std::string(kExample) + " --lang bn");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(HasLine(r.out, "dev: 0 of 0 sentences pass")) << r.out;
}

TEST(ScoreTest, BadInputsExitTwo) {
  EXPECT_EQ(RunSangati("rules score fixtures/no-such-dir").exit_code, 2);
  EXPECT_EQ(RunSangati(std::string(kExample) + " --split nope").exit_code, 2);
  // A directory without split folders.
  EXPECT_EQ(RunSangati("rules score fixtures/score-example/rules --no-bundled --rules "
                       "fixtures/score-example/rules")
                .exit_code,
            2);
}

}  // namespace
