// Overlap precedence: longer span, then priority, then more filled fields,
// then load order; only claims of one kind compete.
#include <string>
#include <vector>

#include "engine/extract/extractor.h"
#include "engine/text/normalizer.h"
#include "gtest/gtest.h"
#include "tests/engine/extract/test_rules.h"

namespace sangati {
namespace {

const char kRules[] = R"(language: bn
rules:
  - id: o-short
    kind: quantity
    pattern: '(?P<value>{{quantity}})\s+সেনা'
    fields: {value: {group: value}, subject: troops}
  - id: o-long
    kind: quantity
    pattern: '(?P<value>{{quantity}})\s+সেনা\s+পাঠিয়েছে'
    fields: {value: {group: value}, subject: troops_sent}
  - id: o-event
    kind: event
    pattern: 'সেনা\s+পাঠিয়েছে'
    fields: {value: sent}
  - id: o-low
    kind: quantity
    pattern: '(?P<value>{{quantity}})\s+গাড়ি'
    fields: {value: {group: value}, subject: a}
  - id: o-high
    kind: quantity
    priority: 5
    pattern: '(?P<value>{{quantity}})\s+গাড়ি'
    fields: {value: {group: value}, subject: b}
  - id: o-fewer
    kind: quantity
    pattern: '(?P<value>{{quantity}})\s+মাইল'
    fields: {value: {group: value}}
  - id: o-more
    kind: quantity
    pattern: '(?P<value>{{quantity}})\s+মাইল'
    fields: {value: {group: value}, subject: distance}
  - id: o-first
    kind: quantity
    pattern: '(?P<value>{{quantity}})\s+টন'
    fields: {value: {group: value}, subject: x}
  - id: o-second
    kind: quantity
    pattern: '(?P<value>{{quantity}})\s+টন'
    fields: {value: {group: value}, subject: y}
)";

std::string N(std::string_view s) { return NormalizeText(s); }

// "rule kept" or "rule dropped: reason" per candidate.
std::vector<std::string> Outcomes(const std::string& text) {
  static const auto* rules = new std::shared_ptr<const RuleSet>(CompileTestRules(kRules));
  EXPECT_NE(*rules, nullptr);
  Extractor extractor(*rules);
  ExtractScratch scratch;
  std::vector<CandidateClaim> candidates;
  Document doc = TextDocument(text, Language::kBengali, "doc");
  EXPECT_TRUE(extractor.ExtractCandidates(doc, 0, &scratch, &candidates).ok());
  std::vector<std::string> out;
  for (const CandidateClaim& c : candidates) {
    out.push_back(c.claim.rule + (c.kept ? " kept" : " dropped: " + c.dropped_because));
  }
  return out;
}

TEST(OverlapTest, LongerSpanWins) {
  EXPECT_EQ(Outcomes("১০ হাজার সেনা পাঠিয়েছে।"),
            (std::vector<std::string>{
                N("o-short dropped: overlaps the claim of rule 'o-long' on \"১০ হাজার সেনা "
                  "পাঠিয়েছে\", which wins: its span is longer"),
                "o-long kept",
                // Another kind: an event does not compete with a quantity.
                "o-event kept"}));
}

TEST(OverlapTest, ThenPriority) {
  EXPECT_EQ(Outcomes("৫ গাড়ি।"),
            (std::vector<std::string>{N("o-low dropped: overlaps the claim of rule 'o-high' on "
                                        "\"৫ গাড়ি\", which wins: its rule has a higher priority"),
                                      "o-high kept"}));
}

TEST(OverlapTest, ThenMoreFilledFields) {
  EXPECT_EQ(Outcomes("৩ মাইল।"),
            (std::vector<std::string>{"o-fewer dropped: overlaps the claim of rule 'o-more' on "
                                      "\"৩ মাইল\", which wins: it fills more fields",
                                      "o-more kept"}));
}

TEST(OverlapTest, ThenLoadOrder) {
  EXPECT_EQ(Outcomes("২ টন।"),
            (std::vector<std::string>{"o-first kept",
                                      "o-second dropped: overlaps the claim of rule 'o-first' "
                                      "on \"২ টন\", which wins: its rule was loaded first"}));
}

TEST(OverlapTest, SeparateFiguresDoNotCompete) {
  EXPECT_EQ(Outcomes("২ টন ও ৩ মাইল।"),
            (std::vector<std::string>{
                "o-first kept",
                "o-second dropped: overlaps the claim of rule 'o-first' on \"২ টন\", which wins: "
                "its rule was loaded first",
                "o-fewer dropped: overlaps the claim of rule 'o-more' on \"৩ মাইল\", which wins: "
                "it fills more fields",
                "o-more kept"}));
}

}  // namespace
}  // namespace sangati
