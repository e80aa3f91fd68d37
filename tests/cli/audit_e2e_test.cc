// End-to-end tests of `sangati audit`: the binary, run as a user runs it,
// over the fixtures. Exit codes and report shapes are SPEC.md's contract.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/cli/run_sangati.h"
#include "nlohmann/json.hpp"

namespace {

namespace fs = std::filesystem;

using sangati::testing::RunResult;
using sangati::testing::RunSangati;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class AuditE2ETest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("sangati_e2e_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(AuditE2ETest, SeedsAuditWritesJsonAndHtml) {
  fs::path json = dir_ / "report.json", html = dir_ / "report.html";
  RunResult r = RunSangati("audit fixtures/seeds --color never --json " + json.string() + " --html " +
                    html.string());
  ASSERT_EQ(r.exit_code, 0);
  nlohmann::json report = nlohmann::json::parse(ReadFile(json));
  EXPECT_EQ(report["version"], 1);
  ASSERT_EQ(report["documents"].size(), 5u);
  EXPECT_EQ(report["skipped"].size(), 0u);
  EXPECT_GT(report["claims"].size(), 10u);
  // Seed 000's byline and date, as the adapters read them.
  const nlohmann::json& first = report["documents"][0];
  EXPECT_EQ(first["outlet"], "সত্য নিউজ");
  EXPECT_EQ(first["published"], "2025-07-13T10:21:16");
  // Every claim's evidence points at a real line of its document's file.
  for (const nlohmann::json& claim : report["claims"]) {
    EXPECT_GE(claim["evidence"]["line"].get<int>(), 1) << claim.dump();
  }
  std::string page = ReadFile(html);
  EXPECT_NE(page.find("Content-Security-Policy"), std::string::npos);
  EXPECT_NE(page.find("lang=\"bn\""), std::string::npos);
  // The terminal summary names the run's size.
  EXPECT_NE(r.out.find("5 documents"), std::string::npos) << r.out;
}

// What a careful reader of the five seed articles finds, with the bundled
// rules end to end (issue 5's "done when"): the findings asserted literally.
TEST_F(AuditE2ETest, SeedsFindingsACarefulReaderMakes) {
  RunResult r = RunSangati("audit fixtures/seeds --json -");
  ASSERT_EQ(r.exit_code, 0);
  nlohmann::json report = nlohmann::json::parse(r.out);
  std::vector<std::string> got;
  std::map<std::string, std::string> explanation;
  for (const nlohmann::json& f : report["findings"]) {
    std::string line = f["verdict"].get<std::string>() + " | " + f["topic"].get<std::string>();
    got.push_back(line);
    explanation[line] = f["explanation"];
  }
  EXPECT_EQ(got, (std::vector<std::string>{
                     // Anandabazar calls KCNA Russia's state agency; the list says North Korea's.
                     "contradiction | kcna · state_news_agency",
                     // No Kim-Putin meeting: Putin only "hopes" to meet Kim
                     // (000, per TASS), and the two undated reports that they
                     // met name different times (001: Tuesday's talk; 003: in
                     // September), so neither is set against anything.
                     // Watson urges; Pyongyang and Moscow deny.
                     "hedged | supply · participants north_korea,russia · object weapons",
                     "agreement | meeting · participants vladimir_putin",
                     "agreement | supply · participants north_korea,russia · object ammunition",
                     "agreement | supply · participants north_korea,russia · object missiles",
                     "agreement | troops · participants north_korea",
                     "agreement | visit · participants kim_jong_un · place russia",
                 }));
  EXPECT_NE(explanation["agreement | troops · participants north_korea"].find(
                "at least 10,000 troops (per ইউক্রেন ও দক্ষিণ কোরিয়ার)"),
            std::string::npos);
  EXPECT_NE(explanation["hedged | supply · participants north_korea,russia · object weapons"].find(
                "denial of supply (per পিয়ংইয়ং ও মস্কো)"),
            std::string::npos);
  EXPECT_NE(explanation["contradiction | kcna · state_news_agency"].find(
                "আনন্দবাজার অনলাইন (17 September 2023): state news agency of russia"),
            std::string::npos);
}

TEST_F(AuditE2ETest, JsonToStdoutIsTheOnlyOutput) {
  RunResult r = RunSangati("audit fixtures/seeds --json -");
  ASSERT_EQ(r.exit_code, 0);
  nlohmann::json report = nlohmann::json::parse(r.out);  // throws if the summary leaked in
  EXPECT_EQ(report["documents"].size(), 5u);
}

TEST_F(AuditE2ETest, SameOutputOnOneAndManyThreads) {
  RunResult one = RunSangati("audit fixtures/seeds --threads 1 --json -");
  RunResult many = RunSangati("audit fixtures/seeds --threads 4 --json -");
  ASSERT_EQ(one.exit_code, 0);
  ASSERT_EQ(many.exit_code, 0);
  EXPECT_EQ(one.out, many.out);
}

TEST_F(AuditE2ETest, BadInputIsSkippedAndTheRestIsRead) {
  fs::copy_file("fixtures/seeds/000_0a2e8541d631dae1.txt", dir_ / "good.txt");
  std::ofstream(dir_ / "empty.txt").close();
  std::ofstream(dir_ / "broken.json") << "{\"headline\": \"x\", \"article\": ";
  RunResult r = RunSangati("audit " + dir_.string() + " --json -");
  ASSERT_EQ(r.exit_code, 0);
  nlohmann::json report = nlohmann::json::parse(r.out);
  ASSERT_EQ(report["documents"].size(), 1u);
  ASSERT_EQ(report["skipped"].size(), 2u);
  for (const nlohmann::json& s : report["skipped"]) {
    EXPECT_FALSE(s["error"].get<std::string>().empty());
  }
  // --strict makes the same run fatal.
  EXPECT_EQ(RunSangati("audit " + dir_.string() + " --strict --quiet").exit_code, 2);
}

TEST_F(AuditE2ETest, FailOnContradictionExitCode) {
  // Two outlets, same event, different death tolls on the same day.
  std::ofstream(dir_ / "a.txt") << "Fire kills workers\n\nBy Staff Reporter, Dhaka Tribune\n"
                                    "Published: 3 March 2024\n\n"
                                    "At least 40 people were killed in the factory fire in Gazipur on Sunday, police said.\n";
  std::ofstream(dir_ / "b.txt") << "Factory fire\n\nBy Staff Correspondent, The Daily Star\n"
                                    "Published: 3 March 2024\n\n"
                                    "Twelve people were killed in the factory fire in Gazipur on Sunday, the fire service said.\n";
  RunResult plain = RunSangati("audit " + dir_.string() + " --json -");
  ASSERT_EQ(plain.exit_code, 0);
  nlohmann::json report = nlohmann::json::parse(plain.out);
  bool contradiction = false;
  for (const nlohmann::json& f : report["findings"]) contradiction |= f["verdict"] == "contradiction";
  ASSERT_TRUE(contradiction) << plain.out;
  EXPECT_EQ(RunSangati("audit " + dir_.string() + " --quiet --fail-on contradiction").exit_code, 1);
}

TEST_F(AuditE2ETest, UsageAndRuleErrorsExitTwo) {
  EXPECT_EQ(RunSangati("audit").exit_code, 2);
  EXPECT_EQ(RunSangati("no-such-command").exit_code, 2);
  EXPECT_EQ(RunSangati("audit fixtures/seeds --fail-on everything").exit_code, 2);
  std::ofstream(dir_ / "bad.yaml") << "language: en\nrules:\n  - id: broken\n    kind: quantity\n"
                                      "    pattern: '(unclosed'\n";
  RunResult r = RunSangati("audit fixtures/seeds --rules " + (dir_ / "bad.yaml").string(), true);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("bad.yaml:5:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("broken"), std::string::npos) << r.out;
}

TEST_F(AuditE2ETest, UnwritableReportIsAnError) {
  EXPECT_EQ(RunSangati("audit fixtures/seeds --quiet --html /nonexistent-dir/report.html").exit_code, 2);
}

// The seeds and the four clusters in one folder: 21 articles of five stories
// in two languages. Grouping must put each story's articles together (the
// Bengali and English reports of one cyclone too) and nothing else, so the
// findings are those of the stories audited one by one.
TEST_F(AuditE2ETest, MixedFolderIsGroupedIntoItsStories) {
  const fs::path mixed = dir_ / "mixed";
  fs::create_directories(mixed);
  fs::copy("fixtures/seeds", mixed / "seeds", fs::copy_options::recursive);
  for (const char* cluster : {"budget", "cyclone", "election", "fire"}) {
    fs::copy(fs::path("fixtures/clusters") / cluster, mixed / cluster,
             fs::copy_options::recursive);
  }
  const fs::path json = dir_ / "mixed.json";
  ASSERT_EQ(RunSangati("audit " + mixed.string() + " --quiet --json " + json.string()).exit_code,
            0);
  nlohmann::json report = nlohmann::json::parse(ReadFile(json));
  ASSERT_EQ(report["documents"].size(), 21u);
  std::map<std::string, std::set<std::string>> stories_of_folder;  // folder -> stories
  std::map<std::string, std::set<std::string>> folders_of_story;
  for (const nlohmann::json& d : report["documents"]) {
    const std::string rel = d["path"].get<std::string>().substr(mixed.string().size() + 1);
    const std::string folder = rel.substr(0, rel.find('/'));
    stories_of_folder[folder].insert(d["story"].get<std::string>());
    folders_of_story[d["story"].get<std::string>()].insert(folder);
  }
  EXPECT_EQ(stories_of_folder.size(), 5u);
  for (const auto& [folder, stories] : stories_of_folder) {
    EXPECT_EQ(stories.size(), 1u) << folder << " was split";
  }
  for (const auto& [story, folders] : folders_of_story) {
    EXPECT_EQ(folders.size(), 1u) << story << " mixes stories";
  }
  // Every finding but a role finding belongs to the story of its claims.
  std::map<std::string, std::string> story_of_document;
  for (const nlohmann::json& d : report["documents"]) {
    story_of_document[d["id"]] = d["story"];
  }
  std::map<std::string, std::string> document_of_claim;
  for (const nlohmann::json& c : report["claims"]) document_of_claim[c["id"]] = c["document"];
  for (const nlohmann::json& f : report["findings"]) {
    if (f["kind"] == "role") {
      EXPECT_TRUE(f["story"].is_null()) << f.dump();
      continue;
    }
    for (const nlohmann::json& id : f["claims"]) {
      EXPECT_EQ(story_of_document[document_of_claim[id]], f["story"]) << f["topic"];
    }
  }
  // --stories off compares everything: here the same findings, since these
  // stories share no comparison key; the report still names one story.
  const fs::path off = dir_ / "off.json";
  ASSERT_EQ(RunSangati("audit " + mixed.string() + " --quiet --stories off --json " +
                       off.string()).exit_code, 0);
  nlohmann::json all = nlohmann::json::parse(ReadFile(off));
  EXPECT_EQ(all["findings"].size(), report["findings"].size());
  for (const nlohmann::json& d : all["documents"]) EXPECT_EQ(d["story"], "s1");
}

// A handful of articles is one story (the seeds span two years and several
// angles, and each is compared with every other); --stories on groups them
// anyway, by their words.
TEST_F(AuditE2ETest, AFewArticlesAreOneStoryUnlessGroupingIsAskedFor) {
  const fs::path json = dir_ / "seeds.json";
  ASSERT_EQ(RunSangati("audit fixtures/seeds --quiet --json " + json.string()).exit_code, 0);
  nlohmann::json report = nlohmann::json::parse(ReadFile(json));
  for (const nlohmann::json& d : report["documents"]) EXPECT_EQ(d["story"], "s1");
  ASSERT_EQ(RunSangati("audit fixtures/seeds --quiet --stories on --json " + json.string())
                .exit_code, 0);
  report = nlohmann::json::parse(ReadFile(json));
  std::set<std::string> stories;
  for (const nlohmann::json& d : report["documents"]) stories.insert(d["story"]);
  EXPECT_GT(stories.size(), 1u);  // five articles cannot teach which words are common
  EXPECT_EQ(RunSangati("audit fixtures/seeds --quiet --stories maybe").exit_code, 2);
}

}  // namespace
