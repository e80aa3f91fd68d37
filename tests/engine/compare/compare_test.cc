// Comparison semantics, literally: each verdict and subtype, the tolerance
// edges, vague intervals, the update rule, hedges, denials, role claims vs
// the entity lists, independence and cross-language keys.
#include "engine/compare/compare.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/engine/compare/claim_set.h"

namespace sangati {
namespace {

using testing::ClaimSet;

TEST(CompareTest, EqualFiguresAgree) {
  ClaimSet s;
  uint32_t a = s.Doc("Outlet A", "2024-03-03");
  uint32_t b = s.Doc("Outlet B", "2024-03-03");
  s.Quantity(a, "deaths", 12, 12);
  s.Quantity(b, "deaths", 12, 12);
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].id, "f1");
  EXPECT_EQ(f[0].verdict, "agreement");
  EXPECT_EQ(f[0].subtype, "");
  EXPECT_EQ(f[0].kind, "quantity");
  EXPECT_EQ(f[0].topic, "deaths");
  EXPECT_EQ(f[0].claims, (std::vector<size_t>{0, 1}));
  EXPECT_EQ(f[0].groups, (std::vector<std::vector<size_t>>{{0, 1}}));
  EXPECT_EQ(f[0].independent_sources, 2u);
  EXPECT_EQ(f[0].explanation, "Agree: Outlet A, Outlet B: 12 deaths; both on 3 March 2024.");
}

TEST(CompareTest, DisjointFiguresContradictWithReadableExplanation) {
  ClaimSet s;
  uint32_t a = s.Doc("Outlet A", "2024-03-03");
  uint32_t b = s.Doc("Outlet B", "2024-03-03T18:00:00");
  s.Quantity(a, "injured", 40, std::nullopt).source = SourceRef{"", "the police"};
  s.Quantity(b, "injured", 25, 25).source = SourceRef{"", "the hospital"};
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].verdict, "contradiction");
  EXPECT_EQ(f[0].subtype, "value");
  // Positions in increasing order of value.
  EXPECT_EQ(f[0].groups, (std::vector<std::vector<size_t>>{{1}, {0}}));
  ASSERT_EQ(f[0].positions.size(), 2u);
  EXPECT_EQ(f[0].positions[0].summary, "25 injured");
  EXPECT_EQ(f[0].positions[1].summary, "at least 40 injured");
  EXPECT_EQ(f[0].positions[1].stance, "asserted");
  EXPECT_EQ(f[0].explanation,
            "Outlet B: 25 injured (per the hospital); Outlet A: at least 40 injured "
            "(per the police); both on 3 March 2024.");
}

TEST(CompareTest, ApproximateToleranceEdges) {
  // "about 100" is 90..110 with the default tolerance 0.10.
  for (auto [other, verdict] : std::vector<std::pair<double, std::string>>{
           {110, "agreement"}, {90, "agreement"}, {111, "contradiction"}, {89, "contradiction"}}) {
    ClaimSet s;
    uint32_t a = s.Doc("A", "2024-05-01");
    uint32_t b = s.Doc("B", "2024-05-01");
    s.Quantity(a, "troops", 100, 100, /*approximate=*/true);
    s.Quantity(b, "troops", other, other);
    std::vector<Finding> f = s.Compare();
    ASSERT_EQ(f.size(), 1u) << other;
    EXPECT_EQ(f[0].verdict, verdict) << other;
  }
  // Two approximate figures widen both ends: [90,110] vs 123*[0.9,1.1].
  ClaimSet s;
  uint32_t a = s.Doc("A", "2024-05-01");
  uint32_t b = s.Doc("B", "2024-05-01");
  uint32_t c = s.Doc("C", "2024-05-02");
  s.Quantity(a, "troops", 100, 100, true);
  s.Quantity(b, "troops", 122, 122, true);  // 109.8..134.2: overlaps
  EXPECT_EQ(s.Compare()[0].verdict, "agreement");
  s.Quantity(c, "troops", 123, 123, true);  // 110.7..135.3 overlaps 122 but not 100
  std::vector<Finding> f = s.Compare();
  EXPECT_EQ(f[0].verdict, "contradiction");
  EXPECT_EQ(f[0].groups, (std::vector<std::vector<size_t>>{{0, 1}, {2}}));
}

TEST(CompareTest, ToleranceIsAnOption) {
  ClaimSet s;
  uint32_t a = s.Doc("A", "2024-05-01");
  uint32_t b = s.Doc("B", "2024-05-01");
  s.Quantity(a, "troops", 100, 100, true);
  s.Quantity(b, "troops", 105, 105);
  EXPECT_EQ(s.Compare()[0].verdict, "agreement");
  CompareOptions strict = ClaimSet::Unanchored();
  strict.approximate_tolerance = 0.0;
  EXPECT_EQ(s.Compare(strict)[0].verdict, "contradiction");
}

// Times written in undated articles cannot be placed (docs/compare.md,
// "Times that cannot be placed"): one such time agrees with any claim, but
// two documents naming different ones may speak of two occurrences.
TEST(CompareTest, UnplacedTimesOfTwoDocumentsAreSetAside) {
  auto verdicts = [](std::string when_a, std::string when_b) {
    ClaimSet s;
    uint32_t a = s.Doc("A", std::nullopt);
    uint32_t b = s.Doc("B", std::nullopt);
    uint32_t c = s.Doc("C", "2023-09-17");
    s.Event(a, "meeting", "kim_jong_un,vladimir_putin").when = TimeRef{"", "", when_a};
    s.Event(b, "meeting", "kim_jong_un,vladimir_putin").when = TimeRef{"", "", when_b};
    s.Event(c, "meeting", "kim_jong_un,vladimir_putin");
    std::vector<std::string> out;
    for (const Finding& f : s.Compare()) {
      out.push_back(f.verdict + ":" + std::to_string(f.claims.size()));
    }
    return out;
  };
  // "on Tuesday" and "in September", both undated: only C is left, no finding.
  EXPECT_EQ(verdicts("on Tuesday", "in September"), std::vector<std::string>{});
  // The same words in both: they agree with each other and with C.
  EXPECT_EQ(verdicts("in September", "in September"),
            std::vector<std::string>{"agreement:3"});
}

TEST(CompareTest, VagueFiguresAreWideIntervals) {
  // "হাজার হাজার সেনা" / "thousands of troops" arrive as [1000, open)
  // (docs/compare.md, "Vague figures").
  auto verdict_against = [](double exact) {
    ClaimSet s;
    uint32_t a = s.Doc("A", "2024-11-01", Language::kBengali);
    uint32_t b = s.Doc("B", "2024-11-01");
    s.Quantity(a, "troops", 1000, std::nullopt, true);
    s.Quantity(b, "troops", exact, exact);
    return s.Compare().at(0).verdict;
  };
  EXPECT_EQ(verdict_against(12000), "agreement");
  EXPECT_EQ(verdict_against(300000), "agreement");
  EXPECT_EQ(verdict_against(1000), "agreement");
  EXPECT_EQ(verdict_against(900), "agreement");        // 1000 * 0.9
  EXPECT_EQ(verdict_against(899), "contradiction");
  EXPECT_EQ(verdict_against(500), "contradiction");
}

TEST(CompareTest, RisingDeathTollIsAnUpdate) {
  ClaimSet s;
  uint32_t a1 = s.Doc("Outlet A", "2024-05-27");
  uint32_t b2 = s.Doc("Outlet B", "2024-05-28");
  uint32_t a3 = s.Doc("Outlet A", "2024-05-29");
  uint32_t c3 = s.Doc("Outlet C", "2024-05-29", Language::kBengali);
  s.Quantity(a1, "deaths", 5, 5);
  s.Quantity(b2, "deaths", 12, 12);
  s.Quantity(a3, "deaths", 20, 20);
  s.Quantity(c3, "deaths", 20, 20);
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].verdict, "update");
  EXPECT_EQ(f[0].subtype, "value");
  EXPECT_EQ(f[0].groups, (std::vector<std::vector<size_t>>{{0}, {1}, {2, 3}}));
  EXPECT_EQ(f[0].explanation,
            "Rose from 5 deaths (Outlet A, 27 May 2024) to 12 deaths (Outlet B, 28 May 2024) to "
            "20 deaths (Outlet A, Outlet C, 29 May 2024): later, higher figures of a running "
            "count update earlier ones. Outlet A reported it 2 times: one source "
            "repeated, not independent corroboration. Independent sources: 3 of 4 documents.");
}

TEST(CompareTest, SameDayDifferentTollsContradict) {
  ClaimSet s;
  uint32_t a = s.Doc("Outlet A", "2024-05-27");
  uint32_t b = s.Doc("Outlet B", "2024-05-28");
  uint32_t c = s.Doc("Outlet C", "2024-05-28");
  s.Quantity(a, "deaths", 5, 5);
  s.Quantity(b, "deaths", 12, 12);
  s.Quantity(c, "deaths", 7, 7);
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].verdict, "contradiction");
  EXPECT_EQ(f[0].subtype, "value");
  EXPECT_EQ(f[0].explanation,
            "Outlet C: 7 deaths; Outlet B: 12 deaths; both on 28 May 2024.");
}

TEST(CompareTest, TimesOfDayOrderReportsOfOneDay) {
  ClaimSet s;
  uint32_t a = s.Doc("Outlet A", "2024-05-28T09:00:00");
  uint32_t b = s.Doc("Outlet B", "2024-05-28T20:30:00");
  s.Quantity(a, "deaths", 7, 7);
  s.Quantity(b, "deaths", 12, 12);
  EXPECT_EQ(s.Compare().at(0).verdict, "update");
}

TEST(CompareTest, LaterLowerTollContradicts) {
  ClaimSet s;
  uint32_t a = s.Doc("Outlet A", "2024-05-27");
  uint32_t b = s.Doc("Outlet B", "2024-05-29");
  s.Quantity(a, "deaths", 20, 20);
  s.Quantity(b, "deaths", 12, 12);
  std::vector<Finding> f = s.Compare();
  EXPECT_EQ(f.at(0).verdict, "contradiction");
  EXPECT_EQ(f[0].explanation,
            "A later report gives a lower figure: Outlet A (27 May 2024): 20 deaths; "
            "Outlet B (29 May 2024): 12 deaths.");
}

TEST(CompareTest, UndatedDifferentTollContradicts) {
  ClaimSet s;
  uint32_t a = s.Doc("Outlet A", "2024-05-27");
  uint32_t b = s.Doc(std::nullopt, std::nullopt);
  s.Quantity(a, "deaths", 5, 5);
  s.Quantity(b, "deaths", 12, 12);
  std::vector<Finding> f = s.Compare();
  EXPECT_EQ(f.at(0).verdict, "contradiction");
  EXPECT_EQ(f[0].explanation,
            "An undated report differs: Outlet A (27 May 2024): 5 deaths; "
            "doc1.txt (outlet unknown): 12 deaths.");
}

TEST(CompareTest, UpdateRuleOnlyForRunningCounts) {
  ClaimSet s;
  uint32_t a = s.Doc("Outlet A", "2024-05-27");
  uint32_t b = s.Doc("Outlet B", "2024-05-29");
  s.Quantity(a, "troops", 3000, 3000);
  s.Quantity(b, "troops", 10000, 10000);
  EXPECT_EQ(s.Compare().at(0).verdict, "contradiction");
  // A rule can mark any subject as a running count.
  s.claims[0].fields["running"] = "true";
  s.claims[1].fields["running"] = "true";
  EXPECT_EQ(s.Compare().at(0).verdict, "update");
}

TEST(CompareTest, HedgedClaimsNeverContradict) {
  ClaimSet s;
  uint32_t a = s.Doc("Outlet A", "2024-05-27");
  uint32_t b = s.Doc("Outlet B", "2024-05-27");
  s.Quantity(a, "troops", 3000, 3000);
  s.Quantity(b, "troops", 100000, 100000).modality = Modality::kHedged;
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].verdict, "hedged");
  EXPECT_EQ(f[0].subtype, "");
  ASSERT_EQ(f[0].positions.size(), 2u);
  EXPECT_EQ(f[0].positions[1].stance, "hedged");
  EXPECT_EQ(f[0].explanation,
            "Not settled: Outlet A: 3,000 troops; Outlet B: 100,000 troops (hedged); both on "
            "27 May 2024. Hedged claims are shown, never counted as contradictions.");

  // With a second asserted report that agrees, the topic is an agreement and
  // the hedge is mentioned, not counted.
  uint32_t c = s.Doc("Outlet C", "2024-05-27");
  s.Quantity(c, "troops", 3000, 3000);
  f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].verdict, "agreement");
  EXPECT_EQ(f[0].explanation,
            "Agree: Outlet A, Outlet C: 3,000 troops; all on 27 May 2024. Hedged, not "
            "counted: Outlet B: 100,000 troops.");

  // Two hedges that disagree with each other are not a contradiction either.
  ClaimSet h;
  uint32_t x = h.Doc("X", "2024-05-27");
  uint32_t y = h.Doc("Y", "2024-05-27");
  h.Quantity(x, "troops", 10, 10).modality = Modality::kHedged;
  h.Quantity(y, "troops", 90000, 90000).modality = Modality::kHedged;
  EXPECT_EQ(h.Compare().at(0).verdict, "hedged");
}

TEST(CompareTest, AffirmedAndDeniedEventContradict) {
  ClaimSet s;
  uint32_t a = s.Doc("Outlet A", "2023-09-05");
  uint32_t b = s.Doc("Outlet B", "2023-09-06");
  s.Event(a, "supply:weapons", "north_korea,russia");
  Claim& d = s.Event(b, "supply:weapons", "russia + north_korea");
  d.modality = Modality::kDenied;
  d.source = SourceRef{"kremlin", "the Kremlin"};
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].verdict, "contradiction");
  EXPECT_EQ(f[0].subtype, "polarity");
  EXPECT_EQ(f[0].topic, "supply:weapons · participants north_korea,russia");
  EXPECT_EQ(f[0].groups, (std::vector<std::vector<size_t>>{{0}, {1}}));
  EXPECT_EQ(f[0].positions[1].stance, "denied");
  EXPECT_EQ(f[0].explanation,
            "Outlet A (5 September 2023): supply:weapons; Outlet B (6 September 2023): denial "
            "of supply:weapons (per the Kremlin).");
}

TEST(CompareTest, DenialOfAFigureOnlyContradictsThatFigure) {
  ClaimSet s;
  uint32_t a = s.Doc("A", "2024-01-01");
  uint32_t b = s.Doc("B", "2024-01-01");
  s.Quantity(a, "deaths", 25, 25);
  s.Quantity(b, "deaths", 40, 40).modality = Modality::kDenied;  // "denied that 40 died"
  EXPECT_EQ(s.Compare().at(0).verdict, "agreement");
  s.Quantity(b, "deaths", 25, 25).modality = Modality::kDenied;
  std::vector<Finding> f = s.Compare();
  EXPECT_EQ(f.at(0).verdict, "contradiction");
  EXPECT_EQ(f[0].subtype, "polarity");
}

TEST(CompareTest, DatesOfOneEvent) {
  auto verdicts = [](std::string d1, std::string d2) {
    ClaimSet s;
    uint32_t a = s.Doc("A", "2023-09-20");
    uint32_t b = s.Doc("B", "2023-09-21", Language::kBengali);
    s.Date(a, "meeting:kim_jong_un+vladimir_putin", d1);
    s.Date(b, "meeting:kim_jong_un+vladimir_putin", d2);
    std::vector<std::string> out;
    for (const Finding& f : s.Compare()) out.push_back(f.verdict + "/" + f.subtype);
    return out;
  };
  EXPECT_EQ(verdicts("2023-09-13", "2023-09-13"), std::vector<std::string>{"agreement/"});
  EXPECT_EQ(verdicts("2023-09-13", "2023-09-14"), std::vector<std::string>{"contradiction/date"});
  // Reduced precision agrees with a day inside it.
  EXPECT_EQ(verdicts("2023-09", "2023-09-13"), std::vector<std::string>{"agreement/"});
  EXPECT_EQ(verdicts("2023-08", "2023-09-13"), std::vector<std::string>{"contradiction/date"});
  // Within the 14-day window: one occurrence placed on different days.
  EXPECT_EQ(verdicts("2023-09-01", "2023-09-15"), std::vector<std::string>{"contradiction/date"});
  // Further apart: two meetings (September 2023 and June 2024), no finding.
  EXPECT_EQ(verdicts("2023-09-13", "2024-06-19"), std::vector<std::string>{});
  EXPECT_EQ(verdicts("2023-09-01", "2023-09-16"), std::vector<std::string>{});
}

// An event that recurs (a meeting, an attack) on another day is another
// one; a story's one landfall or vote placed on other days is a
// contradiction (CompareOptions::same_event_window_days).
TEST(CompareTest, DatesOfThingsScheduledManyToAStoryAreOtherOccurrences) {
  auto verdicts = [](std::string event, std::string d1, std::string d2) {
    ClaimSet s;
    uint32_t a = s.Doc("A", "2024-01-02");
    uint32_t b = s.Doc("B", "2024-01-03");
    s.Date(a, event, d1).fields["event"] = event;
    s.Date(b, event, d2).fields["event"] = event;
    std::vector<std::string> out;
    for (const Finding& f : s.Compare()) out.push_back(f.verdict);
    return out;
  };
  // Two exams twelve days apart are two exams; a budget date is one.
  EXPECT_EQ(verdicts("exam", "2024-02-10", "2024-02-22"), std::vector<std::string>{});
  EXPECT_EQ(verdicts("exam", "2024-02-10", "2024-02-10"), std::vector<std::string>{"agreement"});
  EXPECT_EQ(verdicts("budget", "2024-06-05", "2024-06-06"),
            std::vector<std::string>{"contradiction"});
}

TEST(CompareTest, RecurringEventsOnOtherDaysAreOtherOccurrences) {
  auto verdicts = [](std::string value, std::string participants, std::string d1,
                     std::string d2) {
    ClaimSet s;
    uint32_t a = s.Doc("A", "2024-05-30");
    uint32_t b = s.Doc("B", "2024-05-30");
    s.Event(a, value, participants).when = TimeRef{d1, d1, d1};
    s.Event(b, value, participants).when = TimeRef{d2, d2, d2};
    std::vector<std::string> out;
    for (const Finding& f : s.Compare()) out.push_back(f.verdict);
    return out;
  };
  const std::string kim_putin = "kim_jong_un,vladimir_putin";
  EXPECT_EQ(verdicts("meeting", kim_putin, "2024-05-13", "2024-05-13"),
            std::vector<std::string>{"agreement"});
  EXPECT_EQ(verdicts("meeting", kim_putin, "2024-05-13", "2024-05-15"), std::vector<std::string>{});
  EXPECT_EQ(verdicts("attack", "israel", "2024-05-13", "2024-05-14"), std::vector<std::string>{});
  EXPECT_EQ(verdicts("landfall", "cyclone_remal", "2024-05-26", "2024-05-27"),
            std::vector<std::string>{"contradiction"});
  // An undated report does not join the meeting of the 13th to that of the
  // 14th (its publication window would cover both) ...
  {
    ClaimSet s;
    uint32_t a = s.Doc("A", "2024-05-13");
    uint32_t b = s.Doc("B", "2024-05-14");
    uint32_t c = s.Doc("C", "2024-05-15");
    s.Event(a, "meeting", kim_putin).when = TimeRef{"2024-05-13", "2024-05-13", "today"};
    s.Event(b, "meeting", kim_putin).when = TimeRef{"2024-05-14", "2024-05-14", "today"};
    s.Event(c, "meeting", kim_putin);
    EXPECT_TRUE(s.Compare().empty());
  }
  // ... but agrees with the one dated report there is.
  {
    ClaimSet s;
    uint32_t a = s.Doc("A", "2024-05-13");
    uint32_t c = s.Doc("C", "2024-05-15");
    s.Event(a, "meeting", kim_putin).when = TimeRef{"2024-05-13", "2024-05-13", "today"};
    s.Event(c, "meeting", kim_putin);
    std::vector<Finding> f = s.Compare();
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].verdict, "agreement");
  }
}

TEST(CompareTest, DateContradictionExplanation) {
  ClaimSet s;
  uint32_t a = s.Doc("Outlet A", "2023-09-12");
  uint32_t b = s.Doc("Outlet B", "2023-09-12");
  s.Date(a, "meeting:kim_jong_un+vladimir_putin", "2023-09-13");
  s.Date(b, "meeting:kim_jong_un+vladimir_putin", "2023-09-14");
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].topic, "date of meeting:kim_jong_un+vladimir_putin");
  EXPECT_EQ(f[0].explanation,
            "Outlet A: 13 September 2023; Outlet B: 14 September 2023; both on 12 September 2023.");
}

Entity Kcna() {
  Entity e;
  e.id = "kcna";
  e.type = "news_agency";
  e.names = {"KCNA", "কেসিএনএ"};
  e.facts = {{"state_news_agency_of", "north_korea", "", ""}};
  e.file = "rules/entities/agencies.yaml";
  return e;
}

TEST(CompareTest, RoleClaimAgainstEntityList) {
  ClaimSet s;
  s.entities.push_back(Kcna());
  uint32_t a = s.Doc("Outlet A", "2025-07-13", Language::kBengali);
  s.Role(a, "kcna", "state_news_agency_of:russia");
  // One document is enough when the entity list disagrees.
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].verdict, "contradiction");
  EXPECT_EQ(f[0].subtype, "attribute");
  EXPECT_EQ(f[0].topic, "kcna · state_news_agency");
  ASSERT_TRUE(f[0].reference.has_value());
  EXPECT_TRUE(f[0].reference->contradicted);
  ASSERT_EQ(f[0].reference->facts.size(), 1u);
  EXPECT_EQ(f[0].reference->facts[0].object, "north_korea");
  EXPECT_EQ(f[0].explanation,
            "Outlet A: state news agency of russia; the entity list "
            "(rules/entities/agencies.yaml) has kcna: state news agency of north korea.");
}

TEST(CompareTest, AnOfficeWithoutCountryTakesItFromTheListsWhenTheyNameOne) {
  // "Foreign Minister X" in June 2024, when the list has X as Bangladesh's
  // foreign minister until 2019 only (and as finance minister in 2024).
  ClaimSet s;
  Entity ali;
  ali.id = "abul_hassan_mahmood_ali";
  ali.type = "person";
  ali.facts = {{"foreign_minister_of", "bangladesh", "2014-01-12", "2019-01-06"},
               {"finance_minister_of", "bangladesh", "2024-01-11", "2024-08-05"}};
  ali.file = "rules/entities/people.yaml";
  s.entities.push_back(ali);
  uint32_t a = s.Doc("Outlet A", "2024-06-07");
  s.Role(a, "abul_hassan_mahmood_ali", "foreign_minister_of");
  s.Role(a, "abul_hassan_mahmood_ali", "finance_minister_of");
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].verdict, "contradiction");
  EXPECT_EQ(f[0].topic, "abul_hassan_mahmood_ali · foreign_minister");
  EXPECT_EQ(f[0].explanation,
            "Outlet A: foreign minister of bangladesh; the entity list "
            "(rules/entities/people.yaml) has abul hassan mahmood ali: foreign minister of "
            "bangladesh (12 January 2014 to 6 January 2019).");
  // A relation the list gives for two objects names none of them.
  s.entities[0].facts.push_back({"foreign_minister_of", "pakistan", "2020-01-01", ""});
  EXPECT_TRUE(s.Compare().empty());
}

TEST(CompareTest, RoleClaimsAgreeingWithEntityListMakeNoFinding) {
  ClaimSet s;
  s.entities.push_back(Kcna());
  uint32_t a = s.Doc("Outlet A", "2025-07-13", Language::kBengali);
  uint32_t b = s.Doc("Outlet B", "2025-07-14");
  s.Role(a, "kcna", "state_news_agency_of:north_korea");
  // The bare role with its object in a field is the same relation.
  s.Role(b, "kcna", "state_news_agency").fields["country"] = "north_korea";
  // Repeating a listed fact is not news.
  EXPECT_TRUE(s.Compare().empty());
  // Without the list, two outlets agreeing on a role is an agreement.
  s.entities.clear();
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].verdict, "agreement");
  EXPECT_FALSE(f[0].reference.has_value());
}

TEST(CompareTest, RoleClaimsContradictEachOther) {
  ClaimSet s;
  uint32_t a = s.Doc("Outlet A", "2025-07-13");
  uint32_t b = s.Doc("Outlet B", "2025-07-13");
  s.Role(a, "sergei_lavrov", "foreign_minister_of:russia");
  s.Role(b, "sergei_lavrov", "foreign_minister_of:belarus");
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].verdict, "contradiction");
  EXPECT_EQ(f[0].subtype, "attribute");
  EXPECT_FALSE(f[0].reference.has_value());
}

TEST(CompareTest, DenyingAListedRoleContradictsTheList) {
  ClaimSet s;
  s.entities.push_back(Kcna());
  uint32_t a = s.Doc("Outlet A", "2025-07-13");
  s.Role(a, "kcna", "state_news_agency_of:north_korea").modality = Modality::kDenied;
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].verdict, "contradiction");
  EXPECT_EQ(f[0].subtype, "polarity");
}

TEST(CompareTest, OutletsQuotingOneSourceAreOneSource) {
  ClaimSet s;
  uint32_t a = s.Doc("Outlet A", "2025-07-13", Language::kBengali);
  uint32_t b = s.Doc("Outlet B", "2025-07-13");
  uint32_t c = s.Doc("Outlet C", "2025-07-13");
  uint32_t d = s.Doc("Outlet D", "2025-07-13");
  s.Quantity(a, "troops", 6000, 6000).source = SourceRef{"kcna", "কেসিএনএ"};
  s.Quantity(b, "troops", 6000, 6000).source = SourceRef{"kcna", "KCNA"};
  s.Quantity(c, "troops", 6000, 6000).source = SourceRef{"kcna", "Korean Central News Agency"};
  s.Quantity(d, "troops", 6000, 6000).source = SourceRef{"", "South Korea's spy agency"};
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].verdict, "agreement");
  EXPECT_EQ(f[0].independent_sources, 2u);
  ASSERT_EQ(f[0].repeated.size(), 1u);
  EXPECT_EQ(f[0].repeated[0].claims, (std::vector<size_t>{0, 1, 2}));
  EXPECT_EQ(f[0].repeated[0].reason, "same cited source");
  EXPECT_EQ(f[0].repeated[0].source_id, "kcna");
  EXPECT_NE(f[0].explanation.find("Outlet A, Outlet B, Outlet C cite কেসিএনএ: one source "
                                  "repeated, not independent corroboration. Independent "
                                  "sources: 2 of 4 documents."),
            std::string::npos)
      << f[0].explanation;
}

TEST(CompareTest, SameWireWordingIsOneSource) {
  ClaimSet s;
  uint32_t a = s.Doc("Outlet A", "2025-07-13");
  uint32_t b = s.Doc("Outlet B", "2025-07-13");
  const std::string wire =
      "North Korea has sent about 6,000 military engineers and builders to Russia's Kursk "
      "region, state media said.";
  s.Quantity(a, "troops", 6000, 6000, true).evidence.sentence_text = wire;
  s.Quantity(b, "troops", 6000, 6000, true).evidence.sentence_text = "  " + wire + "\n";
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].independent_sources, 1u);
  ASSERT_EQ(f[0].repeated.size(), 1u);
  EXPECT_EQ(f[0].repeated[0].reason, "same wording");
}

TEST(CompareTest, BengaliAndEnglishClaimsMeetUnderOneKey) {
  ClaimSet s;
  uint32_t bn = s.Doc("সত্য নিউজ", "2025-07-13", Language::kBengali);
  uint32_t en = s.Doc("The Daily Star", "2025-07-13", Language::kEnglish);
  Claim& c1 = s.Quantity(bn, "troops", 1000, std::nullopt, true);
  c1.fields = {{"participants", "north_korea"}, {"place", "kursk"}};
  c1.evidence.sentence_text = "রাশিয়ার কুর্স্ক অঞ্চলে উত্তর কোরিয়া হাজার হাজার সেনা পাঠিয়েছে।";
  Claim& c2 = s.Quantity(en, "troops", 300, 300);
  c2.fields = {{"participants", "north_korea"}, {"place", "kursk"}};
  c2.evidence.sentence_text = "North Korea sent 300 troops to Kursk.";
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].verdict, "contradiction");
  EXPECT_EQ(f[0].topic, "troops · participants north_korea · place kursk");
  EXPECT_EQ(f[0].explanation,
            "The Daily Star: 300 troops; সত্য নিউজ: about 1,000 or more troops; both on "
            "13 July 2025.");
}

TEST(CompareTest, KeysKeepDifferentThingsApart) {
  ClaimSet s;
  uint32_t a = s.Doc("A", "2024-05-27");
  uint32_t b = s.Doc("B", "2024-05-27");
  s.Quantity(a, "deaths", 5, 5).fields["place"] = "khulna";
  s.Quantity(b, "deaths", 50, 50).fields["place"] = "chattogram";  // other place
  s.Quantity(a, "injured", 5, 5);
  s.Quantity(b, "troops", 50, 50);                     // other subject
  s.Quantity(a, "distance", 10, 10, false, "km");
  s.Quantity(b, "distance", 10000, 10000, false, "m");  // other unit
  s.Event(a, "meeting", "kim_jong_un,vladimir_putin");
  s.Event(b, "meeting", "kim_jong_un,sergei_lavrov");   // other participants
  s.Event(b, "visit", "kim_jong_un,vladimir_putin");    // other event
  EXPECT_TRUE(s.Compare().empty());
}

TEST(CompareTest, PlaceIsPartOfTheKey) {
  ClaimSet s;
  uint32_t a = s.Doc("A", "2024-05-27");
  uint32_t b = s.Doc("B", "2024-05-27");
  uint32_t c = s.Doc("C", "2024-05-27");
  s.Quantity(a, "deaths", 2, 2).fields["place"] = "bhola";  // a part of the toll
  s.Quantity(b, "deaths", 12, 12);                          // the whole toll
  EXPECT_TRUE(s.Compare().empty());
  s.Quantity(c, "deaths", 3, 3).fields["place"] = "bhola";
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].verdict, "contradiction");
  EXPECT_EQ(f[0].topic, "deaths · place bhola");
  EXPECT_EQ(f[0].claims, (std::vector<size_t>{0, 2}));
}

TEST(CompareTest, TimeFramesSplitFigures) {
  ClaimSet s;
  uint32_t a = s.Doc("A", "2024-05-29");
  uint32_t b = s.Doc("B", "2024-05-29");
  // "5 killed on Tuesday" vs "8 killed on Wednesday": different days.
  s.Quantity(a, "deaths", 5, 5).when = TimeRef{"2024-05-28", "", "Tuesday"};
  s.Quantity(b, "deaths", 8, 8).when = TimeRef{"2024-05-29", "", "Wednesday"};
  EXPECT_TRUE(s.Compare().empty());
  // Undated reports published months apart are different stories.
  ClaimSet t;
  uint32_t x = t.Doc("X", "2024-01-10");
  uint32_t y = t.Doc("Y", "2024-04-10");
  t.Quantity(x, "deaths", 5, 5);
  t.Quantity(y, "deaths", 3, 3);
  EXPECT_TRUE(t.Compare().empty());
  // An undated report of the next day meets a dated figure of its story.
  ClaimSet u;
  uint32_t p = u.Doc("P", "2024-05-28");
  uint32_t q = u.Doc("Q", "2024-05-29");
  u.Quantity(p, "troops", 500, 500).when = TimeRef{"2024-05-28", "", "today"};
  u.Quantity(q, "troops", 800, 800);
  EXPECT_EQ(u.Compare().at(0).verdict, "contradiction");
}

TEST(CompareTest, OneDocumentAloneIsNoFinding) {
  ClaimSet s;
  uint32_t a = s.Doc("A", "2024-05-27");
  s.Quantity(a, "troops", 5, 5);
  s.Quantity(a, "troops", 500, 500);
  EXPECT_TRUE(s.Compare().empty());
}

TEST(CompareTest, ClaimsWithBadDocumentIndexAreIgnored) {
  ClaimSet s;
  uint32_t a = s.Doc("A", "2024-05-27");
  uint32_t b = s.Doc("B", "2024-05-27");
  s.Quantity(a, "troops", 5, 5);
  s.Quantity(b, "troops", 5, 5);
  s.Quantity(b, "troops", 900, 900).document_index = 7;
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].verdict, "agreement");
  EXPECT_EQ(f[0].claims, (std::vector<size_t>{0, 1}));
}

TEST(CompareTest, ContradictionsComeFirst) {
  ClaimSet s;
  uint32_t a = s.Doc("A", "2024-05-27");
  uint32_t b = s.Doc("B", "2024-05-27");
  s.Quantity(a, "injured", 5, 5);
  s.Quantity(b, "injured", 5, 5);
  s.Quantity(a, "troops", 5, 5);
  s.Quantity(b, "troops", 6, 6).modality = Modality::kHedged;
  s.Quantity(a, "evacuated", 100, 100);
  s.Quantity(b, "evacuated", 900, 900);
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].verdict, "contradiction");
  EXPECT_EQ(f[0].id, "f1");
  EXPECT_EQ(f[1].verdict, "hedged");
  EXPECT_EQ(f[2].verdict, "agreement");
  EXPECT_EQ(f[2].id, "f3");
}

}  // namespace
}  // namespace sangati

namespace sangati {
namespace {

TEST(CompareTest, EntityFactsHoldForTheirDays) {
  // Lavrov has been Russia's foreign minister since 2004; before him, Ivanov.
  Entity lavrov;
  lavrov.id = "sergei_lavrov";
  lavrov.facts = {{"foreign_minister_of", "russia", "2004-03-09", ""}};
  Entity ivanov;
  ivanov.id = "igor_ivanov";
  ivanov.facts = {{"foreign_minister_of", "russia", "1998-09-11", "2004-03-09"}};
  ClaimSet s;
  s.entities = {lavrov, ivanov};
  uint32_t now = s.Doc("Outlet A", "2025-07-13");
  uint32_t then = s.Doc("Outlet B", "2001-05-01");
  s.Role(now, "sergei_lavrov", "foreign_minister_of:belarus");  // wrong at its time
  s.Role(then, "igor_ivanov", "foreign_minister_of:russia");    // right in 2001
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].topic, "sergei_lavrov · foreign_minister");
  EXPECT_EQ(f[0].subtype, "attribute");
  // Ivanov in 2025: his term ended in 2004, so the list contradicts it.
  s.docs[then].published = "2025-07-13";
  f = s.Compare();
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].topic, "igor_ivanov · foreign_minister");  // same rank: by topic
  EXPECT_EQ(f[0].explanation,
            "Outlet B: foreign minister of russia; the entity list has igor ivanov: foreign "
            "minister of russia (11 September 1998 to 9 March 2004).");
  // A claim dated by its own `when` is checked at that day: Ivanov in 2002.
  s.claims[1].when = TimeRef{"2002-01-01", "", "in 2002"};
  f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].topic, "sergei_lavrov · foreign_minister");
  // An undated claim may be about any time: Ivanov was foreign minister once.
  s.docs[then].published.reset();
  s.claims[1].when.reset();
  f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  // ... but never of Ukraine.
  s.claims[1].value = std::string("foreign_minister_of:ukraine");
  f = s.Compare();
  ASSERT_EQ(f.size(), 2u);
}

}  // namespace
}  // namespace sangati

namespace sangati {
namespace {

TEST(CompareTest, ValueContradictionAlsoNamesADenial) {
  ClaimSet s;
  uint32_t a = s.Doc("Outlet A", "2024-03-03");
  uint32_t b = s.Doc("Outlet B", "2024-03-03");
  s.Quantity(a, "troops", 40, std::nullopt);
  s.Quantity(b, "troops", 25, 25);
  s.Quantity(b, "troops", 40, 40).modality = Modality::kDenied;
  std::vector<Finding> f = s.Compare();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subtype, "value");
  EXPECT_EQ(f[0].explanation,
            "Outlet B: 25 troops; Outlet A: at least 40 troops; both on 3 March 2024; also "
            "Outlet B: denial of 40 troops.");
}

}  // namespace
}  // namespace sangati

namespace sangati {
namespace {

TEST(CompareTest, UnanchoredClaimsMakeNoFinding) {
  // As the rule packs emit them for the seeds: "10 km" and "about 1,000 km"
  // with nothing saying what the distance is; "reported" with no subject.
  ClaimSet s;
  uint32_t a = s.Doc(std::nullopt, std::nullopt, Language::kBengali);
  uint32_t b = s.Doc("আনন্দবাজার অনলাইন", "2023-09-17", Language::kBengali);
  s.Quantity(a, "distance", std::nullopt, 10, false, "km");
  s.Quantity(b, "distance", 1000, 1000, true, "km");
  Claim& r1 = s.Add(a, "attribution", "");
  r1.value = std::string("reported");
  r1.source = SourceRef{"united_states", "আমেরিকা"};
  Claim& r2 = s.Add(b, "attribution", "");
  r2.value = std::string("reported");
  r2.source = SourceRef{"united_states", "আমেরিকা"};
  EXPECT_TRUE(s.Compare(CompareOptions()).empty());
  EXPECT_EQ(s.Compare().size(), 2u);  // with require_anchor off they would meet
  // Any key field, or a qualified subject, anchors a claim.
  s.claims[0].fields["object"] = "advance";
  s.claims[1].fields["object"] = "advance";
  EXPECT_EQ(s.Compare(CompareOptions()).size(), 1u);
  s.claims[2].subject = "troops:kursk";
  s.claims[3].subject = "troops:kursk";
  EXPECT_EQ(s.Compare(CompareOptions()).size(), 2u);
}

TEST(CompareTest, AVisitNeedsItsVisitorsAFireItsPlace) {
  ClaimSet s;
  uint32_t a = s.Doc("Dhaka Ledger", "2024-06-06", Language::kEnglish);
  uint32_t b = s.Doc("খবর ২৪", "2024-06-06", Language::kBengali);
  for (uint32_t d : {a, b}) {
    Claim& visit = s.Add(d, "event", "");
    visit.value = std::string("visit");
    visit.fields["place"] = "north_korea";
    Claim& fire = s.Add(d, "event", "");
    fire.value = std::string("fire");
    fire.fields["place"] = "dhaka";
  }
  std::vector<Finding> f = s.Compare(CompareOptions());
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].topic, "fire · place dhaka");
  s.claims[0].fields["participants"] = "sergei_shoigu";
  s.claims[2].fields["participants"] = "sergei_shoigu";
  EXPECT_EQ(s.Compare(CompareOptions()).size(), 2u);
}

TEST(CompareTest, APercentageWithATopicIsAnchoredABarePercentageIsNot) {
  ClaimSet s;
  uint32_t a = s.Doc("Dhaka Ledger", "2024-06-06", Language::kEnglish);
  uint32_t b = s.Doc("খবর ২৪", "2024-06-06", Language::kBengali);
  s.Quantity(a, "percent", 20, 20, false, "percent");
  s.Quantity(b, "percent", 45, 45, false, "percent");
  EXPECT_TRUE(s.Compare(CompareOptions()).empty());
  s.Quantity(a, "gdp_growth", 6.75, 6.75, false, "percent");
  s.Quantity(b, "gdp_growth", 6.75, 6.75, false, "percent");
  std::vector<Finding> f = s.Compare(CompareOptions());
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].verdict, "agreement");
  EXPECT_EQ(f[0].topic, "gdp_growth (percent)");
}

}  // namespace
}  // namespace sangati
