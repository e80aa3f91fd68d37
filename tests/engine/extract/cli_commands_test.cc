// The rule commands' functions (cli/rule_loading, rules_command,
// explain_command, extract_command), called directly: file layers and
// overrides, lint output, rules test over the bundled packs and the
// fixtures/user-rules pack, explain, extract (JSON Lines, 1 vs N threads).
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "cli/explain_command.h"
#include "cli/extract_command.h"
#include "cli/profile_command.h"
#include "cli/rule_loading.h"
#include "cli/rules_command.h"
#include "engine/text/normalizer.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace sangati {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

// Runs `fn` with std::cout and std::cerr captured.
struct Captured {
  int code = 0;
  std::string out, err;
};
template <typename Fn>
Captured Capture(Fn fn) {
  std::stringstream out, err;
  std::streambuf* old_out = std::cout.rdbuf(out.rdbuf());
  std::streambuf* old_err = std::cerr.rdbuf(err.rdbuf());
  Captured c;
  c.code = fn();
  std::cout.rdbuf(old_out);
  std::cerr.rdbuf(old_err);
  c.out = out.str();
  c.err = err.str();
  return c;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  for (absl::string_view l : absl::StrSplit(s, '\n', absl::SkipEmpty())) out.emplace_back(l);
  return out;
}

std::string TempDir(const std::string& name) {
  fs::path p = fs::path(::testing::TempDir()) / name;
  fs::remove_all(p);
  fs::create_directories(p);
  return p.string();
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

TEST(RuleLoadingTest, BundledDirFromCompileTimeOrEnvironment) {
  unsetenv("SANGATI_RULES_DIR");
  EXPECT_EQ(BundledRulesDir(), SANGATI_BUNDLED_RULES_DIR);
  setenv("SANGATI_RULES_DIR", "/somewhere/else", 1);
  EXPECT_EQ(BundledRulesDir(), "/somewhere/else");
  unsetenv("SANGATI_RULES_DIR");
}

TEST(RuleLoadingTest, LayersOrderAndMissingDirectories) {
  std::string dir = TempDir("layers");
  fs::create_directories(dir + "/sub");
  fs::create_directories(dir + "/.hidden");
  WriteFile(dir + "/b.yaml", "rules: []\n");
  WriteFile(dir + "/sub/a.yml", "rules: []\n");
  WriteFile(dir + "/.hidden/c.yaml", "rules: []\n");
  WriteFile(dir + "/notes.md", "not a rule file\n");
  std::string single = TempDir("single") + "/one.yaml";
  WriteFile(single, "rules: []\n");
  RuleSourceOptions options;
  options.no_bundled = true;
  options.rule_dirs = {dir, single};
  std::vector<std::string> user_files;
  auto files = ReadRuleFiles(options, &user_files);
  ASSERT_TRUE(files.ok()) << files.status();
  ASSERT_EQ(files->size(), 3u);
  EXPECT_EQ((*files)[0].path, dir + "/b.yaml");
  EXPECT_EQ((*files)[0].layer, 1);
  EXPECT_EQ((*files)[1].path, dir + "/sub/a.yml");
  EXPECT_EQ((*files)[2].path, single);
  EXPECT_EQ((*files)[2].layer, 2);
  EXPECT_EQ(user_files.size(), 3u);

  options.rule_dirs = {dir + "/nope"};
  auto missing = ReadRuleFiles(options);
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(missing.status().message(), dir + "/nope: rules directory or file not found");

  options.no_bundled = false;
  options.rule_dirs.clear();
  auto bundled = ReadRuleFiles(options);
  ASSERT_TRUE(bundled.ok());
  EXPECT_GT(bundled->size(), 5u);
  for (const RuleFile& f : *bundled) EXPECT_EQ(f.layer, 0) << f.path;
}

TEST(RuleLoadingTest, UserRuleWithABundledIdOverridesIt) {
  std::string dir = TempDir("override");
  WriteFile(dir + "/mine.yaml", R"(language: bn
rules:
  - id: bn-source-says
    kind: attribution
    pattern: '(?P<src>{{entity:news_agency}})\s+লিখেছে'
    fields:
      source: {group: src}
)");
  RuleSourceOptions options;
  options.rule_dirs = {dir};
  auto rules = LoadRuleSet(options);
  ASSERT_TRUE(rules.ok()) << rules.status();
  int i = (*rules)->FindRule("bn-source-says");
  ASSERT_GE(i, 0);
  EXPECT_EQ((*rules)->rule(i).file, dir + "/mine.yaml");
  Captured c = Capture([&] {
    ExplainOptions e;
    e.sources = options;
    e.text = "কেসিএনএ লিখেছে, আলোচনা হয়েছে।";
    return RunExplain(e);
  });
  EXPECT_EQ(c.code, 0);
  EXPECT_THAT(c.out, HasSubstr("bn-source-says  (attribution, " + dir + "/mine.yaml:3:9)"));
}

TEST(RulesCommandTest, LintReportsEveryMistakeWithItsPosition) {
  Captured c = Capture([] {
    RulesOptions o;
    o.dirs = {"fixtures/rules-broken"};
    return RunRulesLint(o);
  });
  EXPECT_EQ(c.code, 2);
  EXPECT_EQ(c.out, "");
  EXPECT_EQ(Lines(c.err),
            (std::vector<std::string>{
                "fixtures/rules-broken/broken.yaml:5:5: broken-key: rule has no 'pattern'",
                "fixtures/rules-broken/broken.yaml:7:5: broken-key: unknown key 'patern' in rule "
                "(did you mean 'pattern'?)",
                "fixtures/rules-broken/broken.yaml:12:22: broken-group: group 'vaule' is not "
                "defined in the pattern (did you mean 'value'?)",
                NormalizeText("fixtures/rules-broken/broken.yaml:15:15: broken-re2: bad pattern: "
                              "missing ): সেনা(পাঠিয়েছে"),
                "fixtures/rules-broken/broken.yaml:18:17: broken-ref: unknown sub-pattern "
                "'quantty' (did you mean 'quantity'?)",
                "fixtures/rules-broken/broken.yaml:19:9: broken-group: duplicate rule id "
                "'broken-group' (first defined at fixtures/rules-broken/broken.yaml:8:9)",
                "6 errors in the rule files"}));
}

TEST(RulesCommandTest, LintOfTheBundledPacksIsClean) {
  Captured c = Capture([] { return RunRulesLint(RulesOptions{}); });
  EXPECT_EQ(c.code, 0) << c.err;
  EXPECT_THAT(c.out, HasSubstr("ok: "));
}

// The CI check of the bundled packs: every embedded example passes.
TEST(RulesCommandTest, BundledPacksPassTheirExamples) {
  Captured c = Capture([] { return RunRulesTest(RulesOptions{}); });
  EXPECT_EQ(c.code, 0) << c.out << c.err;
  EXPECT_THAT(c.out, HasSubstr("ok: "));
}

TEST(RulesCommandTest, TestRunsOnlyTheGivenDirectorysExamples) {
  Captured c = Capture([] {
    RulesOptions o;
    o.dirs = {"fixtures/user-rules"};
    return RunRulesTest(o);
  });
  EXPECT_EQ(c.code, 0) << c.out << c.err;
  EXPECT_THAT(c.out, HasSubstr("ok: 3 examples, 3 counterexamples, 0 sub-pattern examples"));
}

TEST(RulesCommandTest, TestFailuresExitOne) {
  std::string dir = TempDir("failing");
  WriteFile(dir + "/f.yaml", R"(language: en
rules:
  - id: f-troops
    kind: quantity
    pattern: '(?P<value>{{quantity}})\s+troops'
    fields: {value: {group: value}, subject: troops}
    examples:
      - text: 'About 500 troops arrived.'
        expect: {value: 600}
)");
  Captured c = Capture([&] {
    RulesOptions o;
    o.dirs = {dir};
    return RunRulesTest(o);
  });
  EXPECT_EQ(c.code, 1);
  EXPECT_EQ(Lines(c.out)[0],
            dir + "/f.yaml:8: f-troops: expected value=600, got value=500 (example 1)");
  EXPECT_THAT(c.out, HasSubstr("FAILED: 1 examples, 0 counterexamples, 0 sub-pattern examples; "
                               "1 of 1 failed"));
}

TEST(RulesCommandTest, NoBundledNeedsItsOwnSubPatterns) {
  Captured c = Capture([] {
    RulesOptions o;
    o.sources.no_bundled = true;
    o.dirs = {"fixtures/user-rules"};
    return RunRulesLint(o);
  });
  EXPECT_EQ(c.code, 2);
  EXPECT_THAT(c.err, HasSubstr("fixtures/user-rules/aid.yaml:13:27: user-aid-pledge: unknown "
                               "entity class 'country' (no entity lists loaded)\n"));
  EXPECT_THAT(c.err, HasSubstr("fixtures/user-rules/aid.yaml:13:119: user-aid-pledge: unknown "
                               "sub-pattern 'quantity'\n"));
}

TEST(ExplainCommandTest, ShowsMatchesCapturesValuesAndWhyARuleDidNot) {
  std::string dir = TempDir("explain");
  WriteFile(dir + "/e.yaml", R"(language: bn
rules:
  - id: e-troops
    kind: quantity
    pattern: '(?P<value>{{quantity}})\s+সেনা'
    fields: {value: {group: value}, unit: people, subject: troops}
  - id: e-tanks
    kind: quantity
    pattern: '(?P<value>{{quantity}})\s+ট্যাংক'
    fields: {value: {group: value}, subject: tanks}
    guards:
      - {not_preceded_by: 'পুরোনো', within_words: 1}
)");
  ExplainOptions e;
  e.sources.rule_dirs = {dir};
  e.text = "অন্তত ১০ হাজার সেনা এসেছে। পুরোনো ৫ ট্যাংক।";
  e.rule_id = "e-tanks";
  Captured c = Capture([&] { return RunExplain(e); });
  EXPECT_EQ(c.code, 0) << c.err;
  EXPECT_THAT(c.out, HasSubstr("text: 2 sentences, language bn"));
  EXPECT_THAT(c.out, HasSubstr("e-troops  (quantity, " + dir + "/e.yaml:3:9)"));
  EXPECT_THAT(c.out, HasSubstr("  matched:  \"অন্তত ১০ হাজার সেনা\" (sentence 1, line 1)"));
  EXPECT_THAT(c.out, HasSubstr("  captures: value=\"অন্তত ১০ হাজার\""));
  EXPECT_THAT(c.out, HasSubstr("  read:     value: "));
  EXPECT_THAT(c.out, HasSubstr(R"("value":{"approximate":false,"max":null,"min":10000,"unit":"people"})"));
  EXPECT_THAT(c.out, HasSubstr("rule e-tanks (" + dir +
                               "/e.yaml:7:9): no claim: matched \"৫ ট্যাংক\" but rejected by "
                               "guard not_preceded_by 'পুরোনো' within 1 word (" + dir +
                               "/e.yaml:12:9)"));

  e.rule_id = "e-tank";
  c = Capture([&] { return RunExplain(e); });
  EXPECT_EQ(c.code, 2);
  EXPECT_EQ(c.err, "sangati explain: no rule with id 'e-tank' (did you mean 'e-tanks'?)\n");
}

// The claims of the user rule pack, from the extract command.
std::vector<std::string> UserAidClaims(const std::string& out) {
  std::vector<std::string> claims;
  for (const std::string& line : Lines(out)) {
    if (line.find("\"kind\":\"aid_pledge\"") != std::string::npos) claims.push_back(line);
  }
  return claims;
}

TEST(ExtractCommandTest, UserRulesAddANewKindOfClaim) {
  ExtractCommandOptions o;
  o.paths = {"fixtures/user-rules-articles"};
  o.sources.rule_dirs = {"fixtures/user-rules"};
  o.threads = 2;
  Captured c = Capture([&] { return RunExtract(o); });
  EXPECT_EQ(c.code, 0) << c.err;
  std::vector<std::string> claims = UserAidClaims(c.out);
  ASSERT_EQ(claims.size(), 3u) << c.out;
  EXPECT_THAT(claims[0], HasSubstr(R"("fields":{"aid_type":"military","donor":"united_states","recipient":"ukraine"})"));
  EXPECT_THAT(claims[0], HasSubstr(R"("value":{"approximate":false,"max":500000000,"min":500000000,"unit":"USD"})"));
  EXPECT_THAT(claims[0], HasSubstr(R"("evidence":{"line":3,)"));
  EXPECT_THAT(claims[1], HasSubstr(R"("modality":"hedged")"));
  // The source comes from a bundled attribution rule: only its id is fixed.
  nlohmann::json en = nlohmann::json::parse(claims[2]);
  EXPECT_EQ(en["source"]["id"], "pentagon");
  en.erase("source");
  EXPECT_EQ(en.dump(),
            R"({"document":"fixtures/user-rules-articles/aid_en.txt","evidence":{"line":3,"sentence":"The United States pledged $500 million in military aid to Ukraine, the Pentagon said.","text":"United States pledged $500 million in military aid to Ukraine"},"fields":{"aid_type":"military","donor":"united_states","recipient":"ukraine"},"id":"fixtures/user-rules-articles/aid_en.txt#c1","kind":"aid_pledge","modality":"asserted","rule":"user-aid-pledge-en","subject":"aid","value":{"approximate":false,"max":500000000,"min":500000000,"unit":"USD"},"when":null})");
}

TEST(ExtractCommandTest, SameOutputOnOneAndManyThreads) {
  ExtractCommandOptions o;
  o.paths = {"fixtures/seeds"};
  if (fs::exists("/work/shared/corpus/bnlpc-bensumm")) {
    o.paths.push_back("/work/shared/corpus/bnlpc-bensumm");
  }
  o.threads = 1;
  Captured one = Capture([&] { return RunExtract(o); });
  o.threads = 4;
  Captured four = Capture([&] { return RunExtract(o); });
  EXPECT_EQ(one.code, 0) << one.err;
  EXPECT_EQ(four.code, 0);
  EXPECT_GT(Lines(one.out).size(), 20u);
  EXPECT_EQ(one.out, four.out);
}

TEST(ExtractCommandTest, UsageErrors) {
  Captured c = Capture([] { return RunExtract(ExtractCommandOptions{}); });
  EXPECT_EQ(c.code, 2);
  EXPECT_THAT(c.err, HasSubstr("give at least one PATH"));
  ExtractCommandOptions o;
  o.paths = {"fixtures/seeds"};
  o.sources.rule_dirs = {"fixtures/rules-broken"};
  c = Capture([&] { return RunExtract(o); });
  EXPECT_EQ(c.code, 2);
  EXPECT_EQ(c.out, "");
  EXPECT_THAT(c.err, HasSubstr("broken.yaml:7:5: broken-key: unknown key 'patern'"));
}

TEST(ProfileCommandTest, ListsRulesSlowestFirstWithTheirRunsAndHits) {
  ProfileOptions options;
  options.paths = {"fixtures/seeds"};
  options.top = 3;
  std::ostringstream out, err;
  ASSERT_EQ(RunProfileTo(options, out, err), 0) << err.str();
  std::vector<std::string> lines = absl::StrSplit(out.str(), '\n', absl::SkipEmpty());
  ASSERT_EQ(lines.size(), 5u) << out.str();  // header, 3 rules, total
  EXPECT_EQ(lines[0].rfind("rule ", 0), 0u);
  double previous = 1e300;
  for (size_t i = 1; i <= 3; ++i) {
    std::vector<std::string> cols = absl::StrSplit(lines[i], ' ', absl::SkipEmpty());
    // rule ms share sentences us/sent capture% captures hits prog defined-at
    ASSERT_EQ(cols.size(), 10u) << lines[i];
    const double ms = std::stod(cols[1]);
    EXPECT_LE(ms, previous) << "not slowest first: " << out.str();
    previous = ms;
    EXPECT_LE(std::stoull(cols[7]), std::stoull(cols[6])) << "more hits than captures";
    EXPECT_GT(std::stoi(cols[8]), 0) << lines[i];                     // program size
    EXPECT_NE(cols[9].find("rules/"), std::string::npos) << lines[i];  // defined at file:line:col
  }
  EXPECT_EQ(lines[4].rfind("5 documents", 0), 0u) << lines[4];
  EXPECT_EQ(RunProfileTo(ProfileOptions{}, out, err), 2);  // no PATH
}

}  // namespace
}  // namespace sangati
