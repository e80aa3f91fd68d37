// RuleSet::Match: Set prefilter + captures, sentences, word edges, guards,
// languages, modality cues, traces and concurrent use.
#include <string>
#include <thread>
#include <vector>

#include "engine/core/calendar_names.h"
#include "engine/rules/rule_set.h"
#include "gtest/gtest.h"

namespace sangati {
namespace {

const char kRules[] = R"(language: bn
patterns:
  - name: num
    pattern: '[০-৯0-9]+(?:\s+(?:হাজার|লাখ))?'
rules:
  - id: troops
    kind: quantity
    pattern: '(?P<value>{{num}})\s+(?P<noun>সেনা|সৈন্য)'
    fields:
      value: {group: value}
      subject: troops
    guards:
      - {not_followed_by: 'বাহিনী', within_words: 1}
  - id: km
    kind: quantity
    pattern: '(?P<value>{{num}})\s+কিলোমিটার'
    fields:
      value: {group: value}
      unit: km
    guards:
      - {preceded_by: 'অন্তত|প্রায়', within_words: 2, group: value}
  - id: noun-prefix
    kind: event
    language: bn
    word_boundaries: start
    pattern: 'সেনা'
  - id: english
    kind: event
    language: en
    pattern: '(?P<n>\d+) troops'
  - id: anywhere
    kind: event
    language: any
    pattern: 'NATO'
    guards:
      - {not_in_sentence: 'না'}
modality:
  - language: bn
    hedge: ['পারে', 'সম্ভবত']
    denial: ['অস্বীকার\S*']
    negation: ['না', '\S+নি']
)";

// Patterns typed here may hold decomposed য়; documents are precomposed.
// (engine/extract passes NormalizeText; FoldNukta is the part that matters.)
RuleOptions Folding() {
  RuleOptions options;
  options.normalize = [](std::string_view s) { return FoldNukta(s); };
  return options;
}

std::shared_ptr<const RuleSet> Compile(const std::string& text = kRules,
                                       RuleOptions options = Folding()) {
  auto set = RuleSet::Compile({RuleFile{"m.yaml", text, 0}}, options);
  EXPECT_TRUE(set.ok()) << set.status();
  return set.ok() ? *set : nullptr;
}

// A document whose sentences end at "।" (kept in the sentence).
Document Doc(std::string text, Language language = Language::kBengali) {
  Document doc;
  doc.id = "d";
  doc.text = FoldNukta(text);
  doc.language = language;
  const std::string danda = "।";
  size_t begin = 0;
  while (begin < doc.text.size()) {
    size_t end = doc.text.find(danda, begin);
    end = end == std::string::npos ? doc.text.size() : end + danda.size();
    doc.sentences.push_back(Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    begin = end;
    while (begin < doc.text.size() && doc.text[begin] == ' ') ++begin;
  }
  return doc;
}

// "rule:matched text" for each hit.
std::vector<std::string> Hits(const RuleSet& set, const Document& doc) {
  MatchScratch scratch;
  RuleHits hits;
  absl::Status s = set.Match(doc, &scratch, &hits);
  EXPECT_TRUE(s.ok()) << s;
  std::vector<std::string> out;
  for (const RuleHit& h : hits.hits) {
    out.push_back(set.rule(h.rule).id + ":" + std::string(doc.Slice(h.span)));
  }
  return out;
}

TEST(RuleMatchTest, CapturesEveryMatchInEachSentence) {
  auto set = Compile();
  ASSERT_NE(set, nullptr);
  Document doc = Doc("উত্তর কোরিয়া ১০ হাজার সেনা ও ৫০০ সৈন্য পাঠিয়েছে। আরও ৩০ সেনা আসবে।");
  // Grouped by rule (in rule order), then sentence, then position.
  EXPECT_EQ(Hits(*set, doc), (std::vector<std::string>{
                                 "troops:১০ হাজার সেনা", "troops:৫০০ সৈন্য", "troops:৩০ সেনা",
                                 "noun-prefix:সেনা", "noun-prefix:সেনা"}));
  MatchScratch scratch;
  RuleHits hits;
  ASSERT_TRUE(set->Match(doc, &scratch, &hits).ok());
  const RuleHit& first = hits.hits[0];
  const CompiledRule& r = set->rule(first.rule);
  EXPECT_EQ(doc.Slice(hits.Group(first, r.GroupIndex("value"))), "১০ হাজার");
  EXPECT_EQ(doc.Slice(hits.Group(first, r.GroupIndex("noun"))), "সেনা");
  EXPECT_EQ(first.sentence, 0u);
  EXPECT_EQ(hits.hits[2].sentence, 1u);
  EXPECT_EQ(hits.hits[4].sentence, 1u);
}

TEST(RuleMatchTest, BatchGivesEachDocumentTheHitsOfMatch) {
  auto set = Compile();
  ASSERT_NE(set, nullptr);
  std::vector<Document> docs = {Doc("উত্তর কোরিয়া ১০ হাজার সেনা পাঠিয়েছে। প্রায় ১০ কিলোমিটার।"),
                                Doc("50 troops.", Language::kEnglish), Doc("কিছু নেই।"),
                                Doc("৫ সৈন্য ও ৭ সেনা।")};
  std::vector<const Document*> ptrs;
  for (const Document& d : docs) ptrs.push_back(&d);
  MatchScratch scratch;
  std::vector<RuleHits> batch(docs.size());
  ASSERT_TRUE(set->MatchBatch(ptrs, &scratch, &batch).ok());
  for (size_t i = 0; i < docs.size(); ++i) {
    RuleHits single;
    ASSERT_TRUE(set->Match(docs[i], &scratch, &single).ok());
    ASSERT_EQ(batch[i].hits.size(), single.hits.size()) << i;
    for (size_t h = 0; h < single.hits.size(); ++h) {
      EXPECT_EQ(batch[i].hits[h].rule, single.hits[h].rule);
      EXPECT_EQ(batch[i].hits[h].span, single.hits[h].span);
      EXPECT_EQ(batch[i].hits[h].sentence, single.hits[h].sentence);
    }
  }
  EXPECT_EQ(batch[0].hits.size(), 3u);
  EXPECT_EQ(batch[1].hits.size(), 1u);
  EXPECT_EQ(batch[2].hits.size(), 0u);
  EXPECT_EQ(batch[3].hits.size(), 3u);
}

TEST(RuleMatchTest, MatchesDoNotCrossSentences) {
  auto set = Compile();
  ASSERT_NE(set, nullptr);
  // "৫০০।" ends a sentence; "সেনা" starts the next: no troops hit.
  EXPECT_EQ(Hits(*set, Doc("তারা এসেছে ৫০০। সেনা ফিরেছে।")),
            (std::vector<std::string>{"noun-prefix:সেনা"}));
}

TEST(RuleMatchTest, WordEdgesAreCheckedForBengali) {
  auto set = Compile();
  ASSERT_NE(set, nullptr);
  // troops needs a word edge after সেনা: সেনারা is rejected; noun-prefix only
  // checks the start, so সেনারা is fine for it, but not ছদ্মসেনা.
  EXPECT_EQ(Hits(*set, Doc("১০ সেনারা এল। ছদ্মসেনা এল।")),
            (std::vector<std::string>{"noun-prefix:সেনা"}));
}

TEST(RuleMatchTest, AWordFirstRuleIsScannedFromNonWordCharactersOnly) {
  auto set = Compile();
  ASSERT_NE(set, nullptr);
  // Every rule here must start at a word edge and begins with a word
  // character (a digit, স, N): its scan starts only after a space or
  // punctuation, or at the sentence's start.
  for (const char* id : {"troops", "km", "noun-prefix", "english", "anywhere"}) {
    EXPECT_TRUE(set->rule(set->FindRule(id)).scan_prefixed) << id;
  }
  // The same hits as a scan from every character would keep: after "(",
  // "-" and "।", at the start, never inside ছদ্মসেনা or after a digit.
  EXPECT_EQ(Hits(*set, Doc("সেনা এল। (সেনা) ও ছদ্মসেনা, আধা-সেনা ও ৫সেনা।")),
            (std::vector<std::string>{"noun-prefix:সেনা", "noun-prefix:সেনা",
                                      "noun-prefix:সেনা"}));
}

TEST(RuleMatchTest, AFigureOpenedByTildeIsScannedWithThePrefixToo) {
  auto set = Compile(R"(language: bn
rules:
  - id: approx
    kind: quantity
    pattern: '(?P<value>(?:~\s*)?[০-৯]+)\s+জন'
    fields: {value: {group: value}}
)");
  ASSERT_NE(set, nullptr);
  EXPECT_TRUE(set->rule(set->FindRule("approx")).scan_prefixed);
  // `~` belongs to the match at the start, after a space and after "(";
  // it is never taken as the prefix (which would leave "৫ জন"). Glued to
  // a word, it is not found (the documented cost of the prefixed scan).
  EXPECT_EQ(Hits(*set, Doc("~৫ জন এল। তারা ~ ৬ জন। (~৭ জন) আর ক~৮ জন।")),
            (std::vector<std::string>{"approx:~৫ জন", "approx:~ ৬ জন", "approx:~৭ জন"}));
}

TEST(RuleMatchTest, StartsWithinWordsStopsTheSearchAndProfilesCountRuns) {
  auto set = Compile(R"(language: bn
rules:
  - id: opener
    kind: attribution
    starts_within_words: 2
    pattern: '(?P<src>\S+)\s+বলেছে'
    fields: {source: {group: src}}
)");
  ASSERT_NE(set, nullptr);
  // Starts at word 1 or 2: found; at word 3: the search stops there.
  EXPECT_EQ(Hits(*set, Doc("পুলিশ বলেছে। গতকাল পুলিশ বলেছে। এক দুই পুলিশ বলেছে।")),
            (std::vector<std::string>{"opener:পুলিশ বলেছে", "opener:পুলিশ বলেছে"}));
  // A profile counts the sentences the rule ran on and its hits.
  Document doc = Doc("পুলিশ বলেছে। গতকাল পুলিশ বলেছে। এক দুই পুলিশ বলেছে।");
  MatchScratch scratch;
  RuleProfile profile;
  scratch.set_profile(&profile);
  RuleHits hits;
  ASSERT_TRUE(set->Match(doc, &scratch, &hits).ok());
  ASSERT_EQ(profile.sentences.size(), set->size());
  EXPECT_EQ(profile.sentences[0], 3u);
  EXPECT_EQ(profile.hits[0], 2u);
  // Groups were taken for the two matches within the first words only.
  EXPECT_EQ(profile.captures[0], 2u);
  EXPECT_GE(profile.seconds[0], 0.0);
  EXPECT_LE(profile.capture_seconds[0], profile.seconds[0]);
}

TEST(RuleMatchTest, GuardsRejectAndRequireContext) {
  auto set = Compile();
  ASSERT_NE(set, nullptr);
  // not_followed_by বাহিনী within 1 word.
  EXPECT_EQ(Hits(*set, Doc("১০ সেনা বাহিনীর সদস্য।")), (std::vector<std::string>{"noun-prefix:সেনা"}));
  // ... but two words later it does not apply.
  EXPECT_EQ(Hits(*set, Doc("১০ সেনা এবং বাহিনী।")),
            (std::vector<std::string>{"troops:১০ সেনা", "noun-prefix:সেনা"}));
  // preceded_by অন্তত|প্রায় within 2 words of the value group.
  EXPECT_EQ(Hits(*set, Doc("প্রায় ১০ কিলোমিটার। মোট ১০ কিলোমিটার। অন্তত গত ১০ কিলোমিটার।")),
            (std::vector<std::string>{"km:১০ কিলোমিটার", "km:১০ কিলোমিটার"}));
}

TEST(RuleMatchTest, RulesRunOnlyOnTheirLanguage) {
  auto set = Compile();
  ASSERT_NE(set, nullptr);
  EXPECT_EQ(Hits(*set, Doc("50 troops and NATO", Language::kEnglish)),
            (std::vector<std::string>{"english:50 troops", "anywhere:NATO"}));
  EXPECT_EQ(Hits(*set, Doc("50 troops and NATO", Language::kBengali)),
            (std::vector<std::string>{"anywhere:NATO"}));
  // Unknown language: every rule runs.
  EXPECT_EQ(Hits(*set, Doc("50 troops, ১০ সেনা", Language::kUnknown)),
            (std::vector<std::string>{"troops:১০ সেনা", "noun-prefix:সেনা", "english:50 troops"}));
  // not_in_sentence guard.
  EXPECT_EQ(Hits(*set, Doc("NATO না।", Language::kBengali)), std::vector<std::string>{});
}

TEST(RuleMatchTest, TraceTellsWhyARuleDidNotFire) {
  auto set = Compile();
  ASSERT_NE(set, nullptr);
  Document doc = Doc("১০ সেনা বাহিনীর সদস্য। ১২ সেনারা।");
  RuleTrace trace = set->Trace(doc, set->FindRule("troops"));
  EXPECT_TRUE(trace.language_applies);
  EXPECT_TRUE(trace.prefilter_hit);
  ASSERT_EQ(trace.attempts.size(), 2u);
  EXPECT_FALSE(trace.attempts[0].accepted);
  EXPECT_EQ(trace.attempts[0].reason,
            "rejected by guard not_followed_by 'বাহিনী' within 1 word (m.yaml:13:9)");
  EXPECT_EQ(trace.attempts[1].reason, "the match ends inside a word");
  RuleTrace none = set->Trace(doc, set->FindRule("english"));
  EXPECT_FALSE(none.language_applies);
  EXPECT_TRUE(none.attempts.empty());
}

TEST(RuleMatchTest, ModalityCuesWithinTheSentence) {
  auto set = Compile();
  ASSERT_NE(set, nullptr);
  auto modality = [&](const std::string& text) {
    Document doc = Doc(text);
    std::string cue;
    Modality m = set->ModalityFor(doc.text, doc.sentences[0], Span{0, 3}, doc.language, &cue);
    return std::string(ModalityName(m)) + (cue.empty() ? "" : ":" + cue);
  };
  EXPECT_EQ(modality("১০ সেনা পাঠানো হতে পারে।"), "hedged:পারে");
  EXPECT_EQ(modality("১০ সেনা পাঠানোর খবর অস্বীকার করেছে।"), "denied:অস্বীকার");
  EXPECT_EQ(modality("১০ সেনা পাঠায়নি।"), FoldNukta("denied:পাঠায়নি"));
  EXPECT_EQ(modality("১০ সেনা পাঠিয়েছে।"), "asserted");
  // Whole words only: পারেনি is negation, not the hedge পারে; নাগরিক is not না.
  EXPECT_EQ(modality("১০ নাগরিক আসতে পারেনি।"), "denied:পারেনি");
  EXPECT_EQ(modality("১০ নাগরিক।"), "asserted");
}

TEST(RuleMatchTest, SameResultsFromManyThreads) {
  auto set = Compile();
  ASSERT_NE(set, nullptr);
  Document doc = Doc("উত্তর কোরিয়া ১০ হাজার সেনা ও ৫০০ সৈন্য পাঠিয়েছে। প্রায় ১০ কিলোমিটার। NATO।");
  std::vector<std::string> expected = Hits(*set, doc);
  ASSERT_EQ(expected.size(), 5u);
  std::vector<std::vector<std::string>> results(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) results[t] = Hits(*set, doc);
    });
  }
  for (std::thread& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, expected);
}

TEST(RuleMatchTest, MemoryBudgetsAreValidated) {
  RuleOptions options;
  options.set_max_mem = 1000;
  auto set = RuleSet::Compile({RuleFile{"m.yaml", kRules, 0}}, options);
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().message(), "RE2 memory budgets must be at least 1 MB");
}

TEST(RuleMatchTest, NormalizeHookAppliesToPatterns) {
  // The pattern is written with a decomposed য়; the document is precomposed.
  const std::string rules =
      "language: bn\nrules:\n  - {id: r, kind: event, pattern: 'রাশিয\u09BCা'}\n";
  auto set = Compile(rules, Folding());
  ASSERT_NE(set, nullptr);
  EXPECT_EQ(Hits(*set, Doc("রাশি\u09DFা।")), (std::vector<std::string>{"r:রাশি\u09DFা"}));
  auto raw = Compile(rules, RuleOptions{});
  ASSERT_NE(raw, nullptr);
  EXPECT_EQ(Hits(*raw, Doc("রাশি\u09DFা।")), std::vector<std::string>{});
}

}  // namespace
}  // namespace sangati
