// Loader and compiler errors: one test per kind of mistake a rule writer can
// make, each with its exact `file:line:col: rule-id: message`.
#include <string>
#include <vector>

#include "engine/rules/rule_parser.h"
#include "engine/rules/rule_set.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace sangati {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// Compiles `text` as one file "t.yaml" and returns every diagnostic,
// formatted.
std::vector<std::string> Errors(const std::string& text,
                                std::vector<RuleFile> extra = {}) {
  std::vector<RuleFile> files = {RuleFile{"t.yaml", text, 0}};
  files.insert(files.end(), extra.begin(), extra.end());
  std::vector<Diagnostic> diagnostics;
  auto set = RuleSet::Compile(files, RuleOptions{}, &diagnostics);
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) out.push_back(FormatDiagnostic(d));
  EXPECT_EQ(set.ok(), out.empty());
  return out;
}

const char kNumbers[] = R"(patterns:
  - name: number
    pattern: '[০-৯0-9]+'
  - name: noun
    pattern: 'সেনা|সৈন্য'
)";

TEST(RuleLoaderTest, ValidFileCompiles) {
  auto set = RuleSet::Compile({RuleFile{"n.yaml", kNumbers, 0}, RuleFile{"t.yaml", R"(language: bn
rules:
  - id: troops
    kind: quantity
    pattern: '(?P<value>{{number}})\s+(?P<noun>{{noun}})'
    fields:
      value: {group: value}
      unit: people
      subject: troops
)", 0}}, RuleOptions{});
  ASSERT_TRUE(set.ok()) << set.status();
  ASSERT_EQ((*set)->size(), 1u);
  const CompiledRule& r = (*set)->rule(0);
  EXPECT_EQ(r.id, "troops");
  EXPECT_EQ(r.kind, "quantity");
  EXPECT_EQ(r.language, "bn");
  EXPECT_EQ(r.expanded, "(?P<value>(?:[০-৯0-9]+))\\s+(?P<noun>(?:সেনা|সৈন্য))");
  EXPECT_EQ(r.file, "t.yaml");
  EXPECT_EQ(r.pos, (SourcePos{3, 9}));
  ASSERT_NE(r.Field("value"), nullptr);
  EXPECT_EQ(r.Field("value")->parse, ParseMode::kQuantity);  // default for quantity rules
  EXPECT_TRUE(r.Field("value")->required);
  EXPECT_EQ(r.Field("subject")->constant, "troops");
}

TEST(RuleLoaderTest, YamlSyntaxError) {
  EXPECT_THAT(Errors("rules:\n  - id: a\n    pattern: [unclosed\n"),
              ElementsAre(HasSubstr("t.yaml:4:1: YAML syntax error: end of sequence flow not found")));
}

TEST(RuleLoaderTest, UnknownKeySuggestsClosest) {
  EXPECT_THAT(Errors(R"(language: bn
rules:
  - id: r1
    kind: quantity
    patern: 'x'
)"),
              ElementsAre("t.yaml:3:5: r1: rule has no 'pattern'",
                          "t.yaml:5:5: r1: unknown key 'patern' in rule (did you mean 'pattern'?)"));
}

TEST(RuleLoaderTest, UnknownTopLevelKeyAndFieldTypo) {
  EXPECT_THAT(Errors(R"(langauge: bn
rules:
  - id: r1
    kind: event
    language: bn
    pattern: '(?P<s>x)'
    fields:
      subjetc: {group: s}
)"),
              ElementsAre("t.yaml:1:1: unknown key 'langauge' in top-level (did you mean 'language'?)",
                          "t.yaml:8:7: r1: unknown field 'subjetc' (did you mean 'subject'?)"));
}

TEST(RuleLoaderTest, BadRe2SyntaxPointsAtTheColumn) {
  // "missing ]" is reported at the '[' that opens the class: the quote is
  // at column 14, so 'x' is 15 and '[' is 18.
  EXPECT_THAT(Errors(R"(language: bn
rules:
  - id: bad-re
    kind: event
    pattern: 'xab[cd'
)"),
              ElementsAre("t.yaml:5:18: bad-re: bad pattern: missing ]: [cd"));
}

TEST(RuleLoaderTest, BadRe2SyntaxColumnCountsBengaliCodePoints) {
  // সেনা is 4 code points (স ে ন া) at columns 15-18: "(?<" starts at 19.
  EXPECT_THAT(Errors(R"(language: bn
rules:
  - id: bad-group
    kind: event
    pattern: 'সেনা(?<x>y)'
)"),
              ElementsAre("t.yaml:5:19: bad-group: bad pattern: invalid perl operator: (?<"));
}

TEST(RuleLoaderTest, GroupUsedButNotDefined) {
  EXPECT_THAT(Errors(std::string(R"(language: bn
rules:
  - id: g1
    kind: quantity
    pattern: '(?P<value>{{number}}) সেনা'
    fields:
      value: {group: vaule, parse: quantity}
)"), {RuleFile{"n.yaml", kNumbers, 0}}),
              ElementsAre("t.yaml:7:22: g1: group 'vaule' is not defined in the pattern "
                          "(did you mean 'value'?)"));
}

TEST(RuleLoaderTest, DuplicateIdInOneLayer) {
  EXPECT_THAT(Errors(R"(language: en
rules:
  - id: same
    kind: event
    pattern: 'a'
  - id: same
    kind: event
    pattern: 'b'
)"),
              ElementsAre("t.yaml:6:9: same: duplicate rule id 'same' (first defined at "
                          "t.yaml:3:9)"));
}

TEST(RuleLoaderTest, DuplicateIdAcrossFilesOfOneLayer) {
  EXPECT_THAT(Errors("language: en\nrules:\n  - {id: same, kind: event, pattern: 'a'}\n",
                     {RuleFile{"u.yaml", "language: en\nrules:\n  - {id: same, kind: event, pattern: 'b'}\n", 0}}),
              ElementsAre("u.yaml:3:10: same: duplicate rule id 'same' (first defined at "
                          "t.yaml:3:10)"));
}

TEST(RuleLoaderTest, HigherLayerOverridesById) {
  auto set = RuleSet::Compile(
      {RuleFile{"bundled.yaml", "language: en\nrules:\n  - {id: same, kind: event, pattern: 'a'}\n", 0},
       RuleFile{"user.yaml", "language: en\nrules:\n  - {id: same, kind: event, pattern: 'b'}\n", 1}},
      RuleOptions{});
  ASSERT_TRUE(set.ok()) << set.status();
  ASSERT_EQ((*set)->size(), 1u);
  EXPECT_EQ((*set)->rule(0).pattern, "b");
  EXPECT_EQ((*set)->rule(0).file, "user.yaml");
}

TEST(RuleLoaderTest, UnknownSubPatternSuggestsClosest) {
  EXPECT_THAT(Errors(R"(language: bn
rules:
  - id: sp
    kind: event
    pattern: 'x {{nmber}} y'
)", {RuleFile{"n.yaml", kNumbers, 0}}),
              ElementsAre("t.yaml:5:19: sp: unknown sub-pattern 'nmber' (did you mean 'number'?)"));
}

TEST(RuleLoaderTest, UnknownEntityClass) {
  const char kEntities[] = R"(entities:
  - id: sergei_lavrov
    type: person
    names: [ল্যাভরভ, Lavrov]
)";
  EXPECT_THAT(Errors(R"(language: bn
rules:
  - id: ec
    kind: attribution
    pattern: '(?P<src>{{entity:persn}}) বলেন'
    fields:
      source: {group: src}
)", {RuleFile{"e.yaml", kEntities, 0}}),
              ElementsAre("t.yaml:5:25: ec: unknown entity class 'persn' (did you mean 'person'?)"));
}

TEST(RuleLoaderTest, SubPatternErrorsAreReportedWhereDefined) {
  EXPECT_THAT(Errors(R"(patterns:
  - name: a
    pattern: 'x{{b}}'
  - name: b
    pattern: 'y{{a}}'
  - name: grouped
    pattern: '(z)'
  - name: broken
    pattern: 'q(?P<'
)"),
              ElementsAre("t.yaml:5:14: b: sub-patterns refer to each other in a cycle: a -> b -> a",
                          "t.yaml:7:14: grouped: a sub-pattern must not have capturing groups "
                          "(write (?:...) instead of (...))",
                          "t.yaml:9:16: broken: bad sub-pattern: invalid perl operator: (?P"));
}

TEST(RuleLoaderTest, KindRequirements) {
  EXPECT_THAT(Errors(R"(language: en
rules:
  - id: q
    kind: quantity
    pattern: 'x'
  - id: d
    kind: date
    pattern: 'y'
  - id: a
    kind: attribution
    pattern: 'z'
  - id: k
    kind: Troops
    pattern: 'z'
)"),
              ElementsAre("t.yaml:4:11: q: a quantity rule needs a 'value' field read from a group "
                          "(value: {group: ..., parse: quantity})",
                          "t.yaml:7:11: d: a date rule needs a 'when' field (when: {group: ..., parse: date})",
                          "t.yaml:10:11: a: an attribution rule needs a 'source' field (source: {group: ...})",
                          "t.yaml:13:11: k: kind must be a lower-case identifier (quantity, date, "
                          "attribution, event, role or your own), not 'Troops'"));
}

TEST(RuleLoaderTest, GuardErrors) {
  EXPECT_THAT(Errors(R"(language: bn
rules:
  - id: gd
    kind: event
    pattern: '(?P<v>x)'
    guards:
      - {not_followed_by: 'বাহিনী', within_words: 0}
      - {not_preceded_by: '(', group: w}
      - {within_words: 2}
)"),
              ElementsAre("t.yaml:7:51: gd: 'within_words' must be an integer >= 1, not '0'",
                          "t.yaml:8:28: gd: bad guard pattern: missing ): (",
                          "t.yaml:8:39: gd: guard group 'w' is not defined in the pattern "
                          "(did you mean 'v'?)",
                          "t.yaml:9:9: gd: a guard needs exactly one of not_preceded_by, "
                          "not_followed_by, preceded_by, followed_by, in_sentence, not_in_sentence"));
}

TEST(RuleLoaderTest, BadValuesInFieldsAndExamples) {
  EXPECT_THAT(Errors(R"(language: xx
rules:
  - id: f
    kind: event
    language: bn
    pattern: '(?P<s>x)'
    fields:
      modality: maybe
      when: {group: s, parse: dates}
    examples:
      - {text: 'x', expect: {subjet: a}}
)"),
              ElementsAre("t.yaml:1:11: 'language' must be one of bn, en, any, not 'xx'",
                          "t.yaml:8:17: f: modality must be asserted, hedged or denied, not 'maybe'",
                          "t.yaml:9:31: f: 'parse' must be one of text, quantity, date, entity, "
                          "entities, not 'dates' (did you mean 'date'?)",
                          "t.yaml:11:30: f: unknown key 'subjet' in expect (did you mean 'subject'?)"));
}

TEST(RuleLoaderTest, AllErrorsOfAllFilesAtOnce) {
  std::vector<std::string> errors = Errors(
      "language: en\nrules:\n  - {id: one, kind: event, pattern: 'a(', extra: 1}\n",
      {RuleFile{"second.yaml", "rules:\n  - {id: two, kind: event, language: en, pattern: '{{nope}}'}\n", 0},
       RuleFile{"third.yaml", "rules: [\n", 0}});
  EXPECT_THAT(errors, ElementsAre("t.yaml:3:38: one: bad pattern: missing ): a(",
                                  "t.yaml:3:43: one: unknown key 'extra' in rule",
                                  "second.yaml:2:54: two: unknown sub-pattern 'nope'",
                                  HasSubstr("third.yaml:2:1: YAML syntax error")));
}

TEST(RuleLoaderTest, StatusMessageListsEveryProblem) {
  auto set = RuleSet::Compile({RuleFile{"t.yaml", "rules:\n  - {id: a}\n  - {id: b}\n", 0}},
                              RuleOptions{});
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(std::string(set.status().message()),
            "t.yaml:2:5: a: rule has no 'kind'\n"
            "t.yaml:2:5: a: rule has no 'language' and the file sets none (use bn, en or any)\n"
            "t.yaml:2:5: a: rule has no 'pattern'\n"
            "t.yaml:3:5: b: rule has no 'kind'\n"
            "t.yaml:3:5: b: rule has no 'language' and the file sets none (use bn, en or any)\n"
            "t.yaml:3:5: b: rule has no 'pattern'");
}

TEST(RuleLoaderTest, EntityListErrors) {
  EXPECT_THAT(Errors(R"(entities:
  - id: kcna
    type: news_agency
    names: [কেসিএনএ, KCNA]
  - id: Bad-Id
    type: person
    names: [x]
  - id: nameless
    type: person
  - id: kcna
    type: outlet
    names: [y]
)"),
              ElementsAre("t.yaml:5:9: Bad-Id: entity id must be a lower-case identifier",
                          "t.yaml:8:5: nameless: entity has no 'names'",
                          "t.yaml:10:5: kcna: duplicate entity id 'kcna' (first defined at t.yaml:2:5)"));
}

TEST(RuleLoaderTest, PositionInScalarHandlesQuotes) {
  Located single{"a'b(", SourcePos{3, 10}, true, '\''};
  // Source is 'a''b(' : a at 11, '' at 12-13, b at 14, ( at 15.
  EXPECT_EQ(PositionInScalar(single, 3), (SourcePos{3, 15}));
  Located plain{"ab(", SourcePos{2, 5}, true, 0};
  EXPECT_EQ(PositionInScalar(plain, 2), (SourcePos{2, 7}));
  Located block{"x\ny", SourcePos{4, 3}, false, 0};
  EXPECT_EQ(PositionInScalar(block, 2), (SourcePos{4, 3}));
}

}  // namespace
}  // namespace sangati
