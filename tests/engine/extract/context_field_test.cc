// Context fields (`find:` in a field): a value searched in the match's
// sentence when no group of the match supplied it, e.g. the date and the
// participants of a meeting that stand outside the matched words.
#include <string>
#include <vector>

#include "engine/extract/extractor.h"
#include "gtest/gtest.h"
#include "tests/engine/extract/test_rules.h"

namespace sangati {
namespace {

const char kRules[] = R"(language: en
rules:
  - id: t-met
    kind: event
    pattern: '(?P<who>{{entity:person}})?\s*\bmet\b'
    word_boundaries: none
    fields:
      value: meeting
      participants: {group: who, find: '{{entity:person}}', within_words: {before: 0, after: 4}}
      when: {find: '{{date}}|{{relative_date}}', within_words: 6}
      place: {find: '{{entity:city}}', within_words: 3}
  - id: t-held-talks
    kind: event
    pattern: 'held\s+talks'
    fields:
      value: meeting
      participants: {find: '{{entity:person}}', within_words: {before: 20, after: 20, clause: true}}
  - id: t-talks
    kind: event
    pattern: 'talks\s+(?:\S+\s+){0,8}?ended'
    fields:
      value: talks
      participants: {find: '{{entity:person}}', within_words: 0}
      place: {find: '{{entity:city}}'}

)";

class ContextFieldTest : public ::testing::Test {
 protected:
  void SetUp() override {
    rules_ = CompileTestRules(kRules);
    ASSERT_NE(rules_, nullptr);
  }
  std::vector<Claim> Extract(const std::string& text) {
    Document doc = TextDocument(text, Language::kEnglish, "doc", "2025-07-13");
    Extractor extractor(rules_);
    ExtractScratch scratch;
    std::vector<Claim> claims;
    EXPECT_TRUE(extractor.Extract(doc, 0, &scratch, &claims).ok());
    return claims;
  }
  static std::string Field(const Claim& c, const std::string& name) {
    auto it = c.fields.find(name);
    return it == c.fields.end() ? "" : it->second;
  }
  std::shared_ptr<const RuleSet> rules_;
};

TEST_F(ContextFieldTest, EntitiesJoinTheGroupAndTheWordsAfterTheMatch) {
  // Putin from the group; Kim Jong Un within four words after "met";
  // Xi Jinping further on is outside the window.
  std::vector<Claim> claims =
      Extract("Putin met Kim Jong Un in Moscow while Xi Jinping waited.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(Field(claims[0], "participants"), "kim_jong_un,vladimir_putin");
}

TEST_F(ContextFieldTest, WithinZeroWordsSearchesTheMatchOnly) {
  std::vector<Claim> claims =
      Extract("Putin said the talks with Kim Jong Un and Lavrov ended in Moscow.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].rule, "t-talks");
  EXPECT_EQ(Field(claims[0], "participants"), "kim_jong_un,sergei_lavrov");
  // No window: find searched the whole sentence.
  EXPECT_EQ(Field(claims[0], "place"), "moscow");
}

TEST_F(ContextFieldTest, NearestMatchWithinTheWindow) {
  // Saturday is 2 words before "met", Tuesday 7 words after: the window of
  // six words holds only Saturday.
  std::vector<Claim> claims =
      Extract("Kim Jong Un on Saturday met Lavrov, who will fly home to Moscow on Tuesday.");
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_TRUE(claims[0].when.has_value());
  EXPECT_EQ(claims[0].when->from, "2025-07-12");
  // Moscow is five words after the match: outside place's window of three.
  EXPECT_EQ(Field(claims[0], "place"), "");
}

TEST_F(ContextFieldTest, NothingFoundLeavesTheFieldEmpty) {
  std::vector<Claim> claims = Extract("They met.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_FALSE(claims[0].when.has_value());
  EXPECT_EQ(Field(claims[0], "participants"), "");
}

TEST_F(ContextFieldTest, DateNotFoundAfterTheWindow) {
  std::vector<Claim> claims = Extract("They met in Wonsan, and the next talks are set for Tuesday, officials in Moscow said.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_FALSE(claims[0].when.has_value());
  EXPECT_EQ(Field(claims[0], "place"), "wonsan");
}

TEST_F(ContextFieldTest, ADateCutByTheWindowIsReadWhole) {
  // The six-word window starts at "Friday"; the date is "Next Friday"
  // (18 July, not the bare Friday before the publication day, 11 July).
  std::vector<Claim> claims = Extract("Next Friday one two three four five Putin met Kim.");
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_TRUE(claims[0].when.has_value());
  EXPECT_EQ(claims[0].when->text, "Next Friday");
  EXPECT_EQ(claims[0].when->from, "2025-07-18");
}

TEST_F(ContextFieldTest, ClauseEndsTheWindowAfterTheMatch) {
  // The next clause (a comma before a lower-case word) and a closing
  // reporting clause name people who did not hold the talks.
  std::vector<Claim> claims = Extract(
      "Putin held talks with Kim Jong Un on Saturday, a day after Xi Jinping called.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(Field(claims[0], "participants"), "kim_jong_un,vladimir_putin");
  claims = Extract("Putin held talks with Kim Jong Un, Lavrov said.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(Field(claims[0], "participants"), "kim_jong_un,vladimir_putin");
  // A comma before a name continues a list.
  claims = Extract("Putin held talks with Kim Jong Un, Lavrov and Xi Jinping on Saturday.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(Field(claims[0], "participants"),
            "kim_jong_un,sergei_lavrov,vladimir_putin,xi_jinping");
}

TEST_F(ContextFieldTest, APersonsNameThatRunsOnIsKeptAsWritten) {
  // "Putin Khan" is not Vladimir Putin: the field keeps the longer name.
  std::vector<Claim> claims = Extract("Putin Khan held talks on Saturday.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(Field(claims[0], "participants"), "Putin Khan");
}

TEST(ContextFieldParseTest, WithinWordsNeedsFind) {
  std::vector<RuleFile> files = SupportFiles();
  files.push_back(RuleFile{"bad.yaml", R"(language: en
rules:
  - id: bad
    kind: event
    pattern: 'met'
    fields:
      place: {group: x, within_words: 3}
      object: {find: 'x', within_words: {before: 2, later: 3}}
      when: {parse: date}
)", 1});
  std::vector<Diagnostic> diagnostics;
  auto set = CompileRules(files, RuleOptions{}, &diagnostics);
  ASSERT_FALSE(set.ok());
  std::string all = std::string(set.status().message());
  EXPECT_NE(all.find("bad.yaml:7:7: bad: field 'place': 'within_words' needs 'find'"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("field 'when' needs 'group' or 'find'"), std::string::npos) << all;
  EXPECT_NE(all.find("unknown key 'later' in within_words"), std::string::npos) << all;
}

}  // namespace
}  // namespace sangati
