// Extractor: each claim kind built from captures, attribution (sentence,
// nearest, quotation), modality, ids, evidence lines, claim JSON.
#include <string>
#include <vector>

#include "engine/core/claim_json.h"
#include "engine/extract/extractor.h"
#include "engine/text/normalizer.h"
#include "gtest/gtest.h"
#include "tests/engine/extract/test_rules.h"

namespace sangati {
namespace {

const char kRules[] = R"(language: bn
rules:
  - id: t-troops
    kind: quantity
    pattern: '(?P<value>{{quantity}})\s+(?:(?P<country>{{entity:country}})\s+)?(?:সেনা|সৈন্য)'
    fields:
      value: {group: value}
      unit: people
      subject: troops
      country: {group: country, parse: entity}
  - id: t-according
    kind: attribution
    pattern: '(?P<src>{{entity:*}}(?:\s*(?:ও|,)\s*{{entity:*}})*)\s+(?:তথ্য|হিসাব)\s+(?:অনুযায়ী|মতে)'
    fields:
      source: {group: src, parse: entities}
  - id: t-says
    kind: attribution
    pattern: '(?P<src>{{entity:*}})\s+(?:জানিয়েছে|জানায়)'
    fields:
      source: {group: src}
  - id: t-meeting
    kind: date
    pattern: '(?P<when>{{date}}|{{relative_date}})\s+(?:\S+\s+){0,2}?বৈঠক\p{Bengali}*'
    fields:
      when: {group: when}
      subject: meeting
  - id: t-visit
    kind: event
    pattern: '(?P<who>{{entity:person}}(?:\s+ও\s+{{entity:person}})?)\s+(?P<place>{{entity:city,country}})\s+সফর\p{Bengali}*'
    fields:
      value: visit
      participants: {group: who}
      place: {group: place}
  - id: t-role
    kind: role
    pattern: '(?P<country>{{entity:country}})\s+(?P<role>পররাষ্ট্রমন্ত্রী|নেতা)\s+(?P<person>{{entity:person}})'
    fields:
      subject: {group: person, parse: entity, required: true}
      value: {group: role, map: {পররাষ্ট্রমন্ত্রী: foreign_minister_of, নেতা: leader_of}}
      object: {group: country, parse: entity}
  - id: t-rumour
    kind: quantity
    pattern: 'গুজব\s+(?P<value>{{quantity}})\s+ট্যাংক'
    fields:
      value: {group: value}
      unit: tank
      modality: hedged
  - id: t-dated
    kind: date
    pattern: '(?P<when>{{date}})\s+তারিখে'
    fields:
      when: {group: when}
      event: {find: 'পরীক্ষা', within_words: {before: 3, after: 10}}
  - id: t-hours
    kind: quantity
    pattern: '(?P<value>{{quantity}})\s+ঘণ্টা\p{Bengali}*'
    fields:
      value: {group: value}
      unit: hour
      subject: duration
modality:
  - language: bn
    hedge: ['পারে']
    denial: ['অস্বীকার\S*']
  - language: bn
    within_words: 2
    negation: ['\S+নি', 'নয়']
    except: ['(?:কম|বেশি)\s+নয়']
    clause_break: ['\S+লেও']
  - language: bn
    within_words: 6
    directive: ['আহ্বান\S*']
  - language: bn
    within_words: 4
    future: ['\S+বে']
)";

// Expected texts are typed here with decomposed য়; claims carry the
// canonical (precomposed) form.
std::string N(std::string_view s) { return NormalizeText(s); }

class ExtractTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { shared_ = new std::shared_ptr<const RuleSet>(CompileTestRules(kRules)); }
  static void TearDownTestSuite() { delete shared_; }
  void SetUp() override {
    rules_ = *shared_;
    ASSERT_NE(rules_, nullptr);
  }
  static std::shared_ptr<const RuleSet>* shared_;

  std::vector<Claim> Extract(const std::string& text, const std::string& published = "") {
    Document doc = TextDocument(text, Language::kBengali, "doc", published);
    Extractor extractor(rules_);
    ExtractScratch scratch;
    std::vector<Claim> claims;
    absl::Status s = extractor.Extract(doc, 7, &scratch, &claims);
    EXPECT_TRUE(s.ok()) << s;
    return claims;
  }

  // The modality of the text's only claim ("" and a failure when it has
  // not exactly one).
  std::string OnlyClaimModality(const std::string& text, const std::string& published = "") {
    std::vector<Claim> claims = Extract(text, published);
    EXPECT_EQ(claims.size(), 1u) << text;
    return claims.empty() ? "" : std::string(ModalityName(claims[0].modality));
  }

  // "rule:evidence" for each claim.
  std::vector<std::string> Summary(const std::vector<Claim>& claims) {
    std::vector<std::string> out;
    for (const Claim& c : claims) out.push_back(c.rule + ":" + c.evidence.text);
    return out;
  }

  std::shared_ptr<const RuleSet> rules_;
};

std::shared_ptr<const RuleSet>* ExtractTest::shared_ = nullptr;

TEST_F(ExtractTest, QuantityClaimAsJson) {
  std::vector<Claim> claims =
      Extract("ইউক্রেনের তথ্য অনুযায়ী, অন্তত ১০ হাজার উত্তর কোরীয় সেনা যুদ্ধ করছে।");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].rule, "t-according");
  EXPECT_EQ(claims[1].document_index, 7u);
  EXPECT_EQ(ClaimToJson(claims[1]).dump(),
            N(R"({"document":"doc","evidence":{"line":1,"sentence":"ইউক্রেনের তথ্য অনুযায়ী, অন্তত ১০ হাজার উত্তর কোরীয় সেনা যুদ্ধ করছে।","text":"অন্তত ১০ হাজার উত্তর কোরীয় সেনা"},"fields":{"country":"north_korea"},"id":"doc#c2","kind":"quantity","modality":"asserted","rule":"t-troops","source":{"id":"ukraine","name":"ইউক্রেনের"},"subject":"troops","value":{"approximate":false,"max":null,"min":10000,"unit":"people"},"when":null})"));
}

TEST_F(ExtractTest, AFigureInsideANameWrittenWithDigitsIsNoQuantity) {
  // জি ২৪ ঘণ্টা is an outlet (Zee 24 Ghanta): its 24 is not 24 hours; the
  // 48 hours of the same sentence are.
  std::vector<Claim> claims =
      Extract("জি ২৪ ঘণ্টার খবরে বলা হয়, ৪৮ ঘণ্টা ধরে বিদ্যুৎ নেই।");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].rule, "t-hours");
  EXPECT_EQ(claims[0].evidence.text, "৪৮ ঘণ্টা");
  // explain tells why the other match was dropped.
  Document doc = TextDocument("জি ২৪ ঘণ্টার খবর।", Language::kBengali, "doc", "");
  Extractor extractor(rules_);
  ExtractScratch scratch;
  std::vector<CandidateClaim> candidates;
  ASSERT_TRUE(extractor.ExtractCandidates(doc, 0, &scratch, &candidates).ok());
  ASSERT_EQ(candidates.size(), 1u);
  EXPECT_FALSE(candidates[0].kept);
  EXPECT_EQ(candidates[0].dropped_because,
            "the figure is part of the name 'জি ২৪ ঘণ্টার' (zee_24_ghanta)");
}

TEST_F(ExtractTest, ALongSentenceRepeatedWordForWordIsMatchedOnce) {
  // A scraped page that carries its text twice; the short sentence "৩ ঘণ্টা
  // পর।" is under six words and may well be said twice.
  const std::string twice =
      "বৃষ্টির কারণে খেলা শুরু হয় ২ ঘণ্টা দেরিতে। ৩ ঘণ্টা পর। "
      "বৃষ্টির কারণে খেলা শুরু হয় ২ ঘণ্টা দেরিতে। ৩ ঘণ্টা পর।";
  EXPECT_EQ(Summary(Extract(twice)),
            (std::vector<std::string>{"t-hours:২ ঘণ্টা", "t-hours:৩ ঘণ্টা", "t-hours:৩ ঘণ্টা"}));
}

TEST_F(ExtractTest, DateResolvedAgainstPublication) {
  std::vector<Claim> claims = Extract("ওয়ানসান শহরে শনিবার এই বৈঠকটি হয়।", "2025-07-13");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].kind, "date");
  EXPECT_EQ(claims[0].subject, "meeting");
  ASSERT_TRUE(claims[0].when.has_value());
  EXPECT_EQ(claims[0].when->from, "2025-07-12");
  EXPECT_EQ(claims[0].when->to, "2025-07-12");
  EXPECT_EQ(claims[0].when->text, "শনিবার");
  // Without a publication date the text is kept and no date is set.
  claims = Extract("ওয়ানসান শহরে শনিবার এই বৈঠকটি হয়।");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(ClaimToJson(claims[0])["when"].dump(), R"({"from":null,"text":"শনিবার","to":null})");
}

TEST_F(ExtractTest, AFutureSentenceReadsItsDatesForward) {
  // Wednesday 16 July 2025: "the meeting will be on Friday" is the 18th,
  // "the meeting was on Friday" the 11th; the future is no modality.
  std::vector<Claim> claims = Extract("শুক্রবার এই বৈঠক হবে।", "2025-07-16");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].when->from, "2025-07-18");
  EXPECT_EQ(claims[0].modality, Modality::kAsserted);
  claims = Extract("শুক্রবার এই বৈঠক হয়।", "2025-07-16");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].when->from, "2025-07-11");
  // A future verb beyond the cue's window is another clause's.
  claims = Extract("শুক্রবার এই বৈঠক হয়, এক দুই তিন চার পাঁচ হবে।", "2025-07-16");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].when->from, "2025-07-11");
}

TEST_F(ExtractTest, EventAndRoleClaims) {
  std::vector<Claim> claims = Extract("পুতিন ও কিম পিয়ংইয়ং সফরে একমত হন।");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].kind, "event");
  EXPECT_EQ(std::get<std::string>(claims[0].value), "visit");
  EXPECT_EQ(claims[0].fields.at("participants"), "kim_jong_un,vladimir_putin");
  EXPECT_EQ(claims[0].fields.at("place"), "pyongyang");

  claims = Extract("রাশিয়ার পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভের সঙ্গে বৈঠক।");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].kind, "role");
  EXPECT_EQ(claims[0].subject, "sergei_lavrov");
  EXPECT_EQ(std::get<std::string>(claims[0].value), "foreign_minister_of");
  EXPECT_EQ(claims[0].fields.at("object"), "russia");
}

TEST_F(ExtractTest, AttributionClaimsAndJointSources) {
  std::vector<Claim> claims =
      Extract("ইউক্রেন ও দক্ষিণ কোরিয়ার তথ্য অনুযায়ী, ১০ হাজার সেনা এসেছে।");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].kind, "attribution");
  ASSERT_TRUE(claims[0].source.has_value());
  EXPECT_EQ(claims[0].source->id, "south_korea+ukraine");
  EXPECT_EQ(claims[0].source->name, N("ইউক্রেন ও দক্ষিণ কোরিয়ার"));
  ASSERT_TRUE(claims[1].source.has_value());
  EXPECT_EQ(claims[1].source->id, "south_korea+ukraine");
}

TEST_F(ExtractTest, NearestAttributionOfTheSentenceWins) {
  std::vector<Claim> claims = Extract(
      "কেসিএনএ জানায়, ১০ হাজার সেনা সীমান্তে পৌঁছেছে এবং আরও অনেক কিছু ঘটেছে; অন্যদিকে "
      "ইউক্রেনের তথ্য অনুযায়ী ২০ হাজার সেনা। পরের বাক্যে ৩০ হাজার সেনা।");
  ASSERT_EQ(Summary(claims), (std::vector<std::string>{
                                 N("t-says:কেসিএনএ জানায়"), "t-troops:১০ হাজার সেনা",
                                 N("t-according:ইউক্রেনের তথ্য অনুযায়ী"), "t-troops:২০ হাজার সেনা",
                                 "t-troops:৩০ হাজার সেনা"}));
  EXPECT_EQ(claims[1].source->id, "kcna");
  EXPECT_EQ(claims[3].source->id, "ukraine");
  EXPECT_FALSE(claims[4].source.has_value());  // another sentence: the outlet's own voice
}

TEST_F(ExtractTest, AttributionClosingAQuotationCoversItsEarlierLines) {
  std::vector<Claim> claims =
      Extract("\"সীমান্তে ১০ হাজার সেনা আছে।\nআরও আসবে,\" কেসিএনএ জানিয়েছে।\n২০ হাজার সেনা।");
  ASSERT_EQ(Summary(claims), (std::vector<std::string>{"t-troops:১০ হাজার সেনা",
                                                       N("t-says:কেসিএনএ জানিয়েছে"),
                                                       "t-troops:২০ হাজার সেনা"}));
  EXPECT_EQ(claims[0].evidence.line, 1u);
  EXPECT_EQ(claims[1].evidence.line, 2u);
  EXPECT_EQ(claims[2].evidence.line, 3u);
  ASSERT_TRUE(claims[0].source.has_value());
  EXPECT_EQ(claims[0].source->id, "kcna");
  EXPECT_FALSE(claims[2].source.has_value());
}

TEST_F(ExtractTest, ModalityFromCuesAndFromTheRule) {
  auto modality = [&](const std::string& text) { return OnlyClaimModality(text); };
  EXPECT_EQ(modality("সীমান্তে ১০ হাজার সেনা পাঠানো হতে পারে।"), "hedged");
  EXPECT_EQ(modality("সীমান্তে ১০ হাজার সেনা পাঠানোর খবর অস্বীকার করেছে।"), "denied");
  EXPECT_EQ(modality("সীমান্তে ১০ হাজার সেনা পাঠায়নি।"), "denied");
  // The negation entry only looks 2 words around the claim.
  EXPECT_EQ(modality("সীমান্তে ১০ হাজার সেনা পৌঁছেছে, তবে বাকিরা এখনও আসেনি।"), "asserted");
  EXPECT_EQ(modality("সীমান্তে ১০ হাজার সেনা পৌঁছেছে।"), "asserted");
  // ... and only in the claim's own clause: the troops were sent, the
  // negation is of their return.
  EXPECT_EQ(modality("সীমান্তে ১০ হাজার সেনা পাঠালেও ফেরেনি।"), "asserted");
  EXPECT_EQ(modality("সীমান্তে ১০ হাজার সেনা তারা ফেরেনি।"), "denied");
  // The rule's own modality wins over cues.
  EXPECT_EQ(modality("গুজব ৫০ ট্যাংক পাঠানো হয়েছে।"), "hedged");
  // A bound is not a negation: "not less than 10 thousand troops".
  EXPECT_EQ(modality("সীমান্তে ১০ হাজার সেনা নয়।"), "denied");
  EXPECT_EQ(modality("সীমান্তে ১০ হাজার সেনা কম নয়।"), "asserted");
  // A call wins over the negation inside it: what is urged is not denied.
  EXPECT_EQ(modality("সীমান্তে ১০ হাজার সেনা না পাঠানোর আহ্বান জানিয়েছে।"), "hedged");
  // ... but only within its window.
  EXPECT_EQ(modality("সীমান্তে ১০ হাজার সেনা পৌঁছেছে; এক দুই তিন চার পাঁচ ছয় সাত আট আহ্বান।"),
            "asserted");
}

TEST_F(ExtractTest, ADateClaimIsNegatedWithTheEventItDates) {
  auto modality = [&](const std::string& text) { return OnlyClaimModality(text, "2025-07-16"); };
  // The negation is five words after the date but next to the exam it dates.
  EXPECT_EQ(modality("১১ আগস্ট তারিখে এক দুই তিন পরীক্ষা হয়নি।"), "denied");
  EXPECT_EQ(modality("১১ আগস্ট তারিখে এক দুই তিন পরীক্ষা হয়েছে।"), "asserted");
  // ... also when the field took an earlier mention of the event.
  EXPECT_EQ(modality("পরীক্ষার ১১ আগস্ট তারিখে এক দুই তিন পরীক্ষা হয়নি।"), "denied");
  // An event word more than six words after the date is not what it dates
  // for modality, and neither is one before it.
  EXPECT_EQ(modality("১১ আগস্ট তারিখে এক দুই তিন চার পাঁচ ছয় পরীক্ষা হয়নি।"), "asserted");
  EXPECT_EQ(modality("পরীক্ষা হয়নি এক দুই তিন ১১ আগস্ট তারিখে।"), "asserted");
}

TEST_F(ExtractTest, RoleClaimsTakeNoSourceFromAnAttribution) {
  std::vector<Claim> claims =
      Extract("রাশিয়ার পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ ১০ হাজার সেনা বলে কেসিএনএ জানায়।");
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[0].kind, "role");
  EXPECT_FALSE(claims[0].source.has_value());
  EXPECT_EQ(claims[1].kind, "quantity");
  ASSERT_TRUE(claims[1].source.has_value());
  EXPECT_EQ(claims[1].source->id, "kcna");
}

TEST_F(ExtractTest, IdsFollowTextOrderAndAreStable) {
  const std::string text = "৩০ হাজার সেনা।\nইউক্রেনের তথ্য অনুযায়ী ১০ হাজার সেনা।";
  std::vector<Claim> a = Extract(text), b = Extract(text);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].id, "doc#c1");
  EXPECT_EQ(a[1].id, "doc#c2");
  EXPECT_EQ(a[2].id, "doc#c3");
  EXPECT_EQ(a[2].evidence.line, 2u);
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(ClaimToJson(a[i]), ClaimToJson(b[i]));
}

TEST_F(ExtractTest, BatchGivesTheClaimsOfSingleDocuments) {
  std::vector<Document> docs;
  for (const char* text : {"ইউক্রেনের তথ্য অনুযায়ী, অন্তত ১০ হাজার উত্তর কোরীয় সেনা যুদ্ধ করছে।",
                           "কিছু নেই।", "পুতিন ও কিম পিয়ংইয়ং সফরে একমত হন। ২০ সেনা।",
                           "কেসিএনএ জানায়, ১০ হাজার সেনা এসেছে।"}) {
    docs.push_back(TextDocument(text, Language::kBengali, "d" + std::to_string(docs.size())));
  }
  std::vector<const Document*> ptrs;
  for (const Document& d : docs) ptrs.push_back(&d);
  Extractor extractor(rules_);
  ExtractScratch scratch;
  std::vector<std::vector<Claim>> batch;
  ASSERT_TRUE(extractor.ExtractBatch(ptrs, 10, &scratch, &batch).ok());
  ASSERT_EQ(batch.size(), docs.size());
  size_t total = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    std::vector<Claim> single;
    ASSERT_TRUE(extractor.Extract(docs[i], 10 + i, &scratch, &single).ok());
    ASSERT_EQ(batch[i].size(), single.size()) << i;
    for (size_t c = 0; c < single.size(); ++c) {
      EXPECT_EQ(ClaimToJson(batch[i][c]), ClaimToJson(single[c]));
      EXPECT_EQ(batch[i][c].document_index, 10 + i);
    }
    total += single.size();
  }
  EXPECT_EQ(total, 6u);
}

TEST(ClaimJsonTest, NullsAndNumbers) {
  Claim c;
  c.id = "d#c1";
  c.document = "d";
  c.rule = "r";
  c.kind = "quantity";
  c.value = Quantity{1.5, std::nullopt, true, ""};
  c.source = SourceRef{"", "কেউ"};
  c.modality = Modality::kDenied;
  c.evidence.text = "x";
  c.evidence.sentence_text = "x.";
  c.evidence.line = 3;
  EXPECT_EQ(ClaimToJson(c).dump(),
            R"({"document":"d","evidence":{"line":3,"sentence":"x.","text":"x"},"id":"d#c1","kind":"quantity","modality":"denied","rule":"r","source":{"id":null,"name":"কেউ"},"subject":null,"value":{"approximate":true,"max":null,"min":1.5,"unit":null},"when":null})");
  c.value = std::string("meeting");
  c.source.reset();
  c.when = TimeRef{"2024-06", "2024-06", "জুনে"};
  nlohmann::json j = ClaimToJson(c);
  EXPECT_EQ(j["value"], "meeting");
  EXPECT_TRUE(j["source"].is_null());
  EXPECT_EQ(j["when"].dump(), R"({"from":"2024-06","text":"জুনে","to":"2024-06"})");
  c.value = std::monostate{};
  EXPECT_TRUE(ClaimToJson(c)["value"].is_null());
}

}  // namespace
}  // namespace sangati
