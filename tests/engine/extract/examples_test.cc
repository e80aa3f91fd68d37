// Rule examples (`sangati rules test`) and the reasons a rule gave no claim
// (`sangati explain --rule`).
#include <string>
#include <vector>

#include "engine/extract/examples.h"
#include "engine/extract/extractor.h"
#include "engine/text/normalizer.h"
#include "gtest/gtest.h"
#include "tests/engine/extract/test_rules.h"

namespace sangati {
namespace {

const char kRules[] = R"(language: bn
rules:
  - id: ex-troops
    kind: quantity
    pattern: '(?P<value>{{quantity}})\s+সেনা'
    fields: {value: {group: value}, unit: people, subject: troops}
    guards:
      - {not_followed_by: 'কর্মকর্তা', within_words: 1}
    examples:
      - text: 'অন্তত ১০ হাজার সেনা এসেছে।'
        expect: {subject: troops, value: {min: 10000, max: null}, unit: people}
      - text: 'প্রায় ৫০০ সেনা এসেছে।'
        expect: {value: {min: 400, approximate: true}}
      - text: 'কোনো সংখ্যা নেই।'
      - text: '৩ সেনা কর্মকর্তা এসেছেন।'
    counterexamples:
      - '১০ কিলোমিটার।'
      - '২০ সেনা এসেছে।'
  - id: ex-source
    kind: attribution
    pattern: '(?P<src>\S+)\s+জানিয়েছে'
    fields:
      source: {group: src, parse: entity, required: true}
    examples:
      - text: 'কেসিএনএ জানিয়েছে।'
        expect: {source: kcna}
      - text: 'অজানা জানিয়েছে।'
  - id: ex-name
    kind: attribution
    pattern: '(?P<src>\S+)\s+বলেছে'
    fields:
      source: {group: src, parse: text}
    examples:
      # the expectation typed with a decomposed ya + nukta: equal once normalised
      - text: 'বিজয়ী বলেছে।'
        expect: {source: 'বিজয়ী'}
  - id: ex-english
    kind: event
    language: en
    pattern: 'summit'
patterns:
  - name: ex_word
    pattern: 'ক+'
    examples: ['কক', 'কখ']
)";

std::string N(std::string_view s) { return NormalizeText(s); }

std::shared_ptr<const RuleSet> Rules() {
  static const auto* rules = new std::shared_ptr<const RuleSet>(CompileTestRules(kRules));
  return *rules;
}

TEST(ExamplesTest, FailuresNameFileLineRuleExpectedAndGot) {
  ASSERT_NE(Rules(), nullptr);
  Extractor extractor(Rules());
  ExampleResults results =
      RunExamples(extractor, [](std::string_view file) { return file == "test.yaml"; });
  EXPECT_EQ(results.examples, 7);  // ex-name passes: no failure line below
  EXPECT_EQ(results.counterexamples, 2);
  EXPECT_EQ(results.pattern_examples, 2);
  std::vector<std::string> failures;
  for (const Diagnostic& d : results.failures) failures.push_back(FormatDiagnostic(d));
  EXPECT_EQ(failures,
            (std::vector<std::string>{
                "test.yaml:12: ex-troops: expected value.min=400, got value.min=500 (example 2)",
                "test.yaml:14: ex-troops: expected a claim from \"কোনো সংখ্যা নেই।\", got none: "
                "the pattern never matched ({{quantity}} matched nothing) (example 3)",
                "test.yaml:15: ex-troops: expected a claim from \"৩ সেনা কর্মকর্তা এসেছেন।\", got "
                "none: matched \"৩ সেনা\" but rejected by guard not_followed_by 'কর্মকর্তা' within "
                "1 word (test.yaml:8:9) (example 4)",
                "test.yaml:18: ex-troops: expected no claim, got \"২০ সেনা\" -> "
                "{\"document\":\"example\",\"evidence\":{\"line\":1,\"sentence\":\"২০ সেনা "
                "এসেছে।\",\"text\":\"২০ সেনা\"},\"id\":\"example#c1\",\"kind\":\"quantity\","
                "\"modality\":\"asserted\",\"rule\":\"ex-troops\",\"source\":null,\"subject\":"
                "\"troops\",\"value\":{\"approximate\":false,\"max\":20,\"min\":20,\"unit\":"
                "\"people\"},\"when\":null} (counterexample 2)",
                N("test.yaml:27: ex-source: expected a claim from \"অজানা জানিয়েছে।\", got none: "
                  "matched \"অজানা জানিয়েছে\" but the claim was dropped: field 'source': 'অজানা' "
                  "is not in the entity lists (example 2)"),
                "test.yaml:44: ex_word: expected the pattern to match all of \"কখ\", got no full "
                "match"}));
}

TEST(ExamplesTest, WhyNoClaimForAnotherLanguage) {
  ASSERT_NE(Rules(), nullptr);
  Extractor extractor(Rules());
  Document doc = TextDocument("summit", Language::kBengali, "t");
  ExtractScratch scratch;
  std::vector<CandidateClaim> candidates;
  ASSERT_TRUE(extractor.ExtractCandidates(doc, 0, &scratch, &candidates).ok());
  EXPECT_EQ(WhyNoClaim(extractor, doc, Rules()->FindRule("ex-english"), candidates),
            "the rule is for 'en' texts and this text is 'bn'");
  doc = TextDocument("the summit", Language::kEnglish, "t");
  candidates.clear();
  ASSERT_TRUE(extractor.ExtractCandidates(doc, 0, &scratch, &candidates).ok());
  EXPECT_EQ(WhyNoClaim(extractor, doc, Rules()->FindRule("ex-english"), candidates), "");
}

TEST(ExamplesTest, ExampleLanguage) {
  EXPECT_EQ(ExampleLanguage("bn", "x"), Language::kBengali);
  EXPECT_EQ(ExampleLanguage("any", "সেনা"), Language::kBengali);
  EXPECT_EQ(ExampleLanguage("any", "troops"), Language::kEnglish);
}

}  // namespace
}  // namespace sangati
