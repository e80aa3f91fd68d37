#include "engine/compare/time_frame.h"

#include <gtest/gtest.h>

#include "engine/compare/claim_key.h"
#include "engine/compare/explain.h"
#include "engine/compare/partition.h"

namespace sangati {
namespace {

TEST(TimeFrameTest, ParsesReducedPrecision) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(2024, 3, 1) - DaysFromCivil(2024, 2, 28), 2);  // leap year
  int y, m, d;
  CivilFromDays(DaysFromCivil(2023, 9, 13), &y, &m, &d);
  EXPECT_EQ(y * 10000 + m * 100 + d, 20230913);
  EXPECT_EQ(ParseIsoDays("2024-06-19"),
            (DayRange{DaysFromCivil(2024, 6, 19), DaysFromCivil(2024, 6, 19)}));
  EXPECT_EQ(ParseIsoDays("2024-06"),
            (DayRange{DaysFromCivil(2024, 6, 1), DaysFromCivil(2024, 6, 30)}));
  EXPECT_EQ(ParseIsoDays("2024-02"),
            (DayRange{DaysFromCivil(2024, 2, 1), DaysFromCivil(2024, 2, 29)}));
  EXPECT_EQ(ParseIsoDays("2023"),
            (DayRange{DaysFromCivil(2023, 1, 1), DaysFromCivil(2023, 12, 31)}));
  EXPECT_EQ(ParseIsoDays("2025-07-13T10:21:16")->first, DaysFromCivil(2025, 7, 13));
  EXPECT_EQ(ParseIsoDays("2024-01-02 04:37:50")->first, DaysFromCivil(2024, 1, 2));
  EXPECT_EQ(ParseIsoDays("2025-07-13T10:21:16+06:00")->first, DaysFromCivil(2025, 7, 13));
  EXPECT_FALSE(ParseIsoDays("2024-02-30"));
  EXPECT_FALSE(ParseIsoDays("2024-13"));
  EXPECT_FALSE(ParseIsoDays("13 July 2025"));
  EXPECT_FALSE(ParseIsoDays("None"));
  EXPECT_FALSE(ParseIsoDays(""));
  EXPECT_FALSE(ParseIsoDays("2024-06-19x"));
}

TEST(TimeFrameTest, RangesAndMoments) {
  EXPECT_EQ(ParseIsoRange("2024-06-01", "2024-06-03"),
            (DayRange{DaysFromCivil(2024, 6, 1), DaysFromCivil(2024, 6, 3)}));
  EXPECT_EQ(ParseIsoRange("2024-06-05", "2024-06-03")->last, DaysFromCivil(2024, 6, 5));
  EXPECT_FALSE(ParseIsoRange("", "2024-06-03"));
  Moment a = *ParseIsoMoment("2024-05-28T09:00:00");
  Moment b = *ParseIsoMoment("2024-05-28T20:30");
  Moment c = *ParseIsoMoment("2024-05-28");
  Moment d = *ParseIsoMoment("2024-05-29");
  EXPECT_EQ(a.minute, 9 * 60);
  EXPECT_EQ(CompareMoments(a, b), -1);
  EXPECT_EQ(CompareMoments(b, a), 1);
  EXPECT_EQ(CompareMoments(a, c), 0);  // one has no time: cannot tell
  EXPECT_EQ(CompareMoments(c, d), -1);
}

TEST(TimeFrameTest, FormatsDays) {
  EXPECT_EQ(FormatIsoDate("2024-03-03"), "3 March 2024");
  EXPECT_EQ(FormatIsoDate("2024-03"), "March 2024");
  EXPECT_EQ(FormatIsoDate("2024"), "2024");
  EXPECT_EQ(FormatIsoDate("sometime"), "sometime");
  EXPECT_EQ(FormatDayRange({DaysFromCivil(2024, 3, 3), DaysFromCivil(2024, 3, 5)}),
            "3-5 March 2024");
  EXPECT_EQ(FormatDayRange({DaysFromCivil(2024, 3, 30), DaysFromCivil(2024, 4, 2)}),
            "30 March - 2 April 2024");
  EXPECT_EQ(FormatDayRange({DaysFromCivil(2023, 12, 31), DaysFromCivil(2024, 1, 2)}),
            "31 December 2023 - 2 January 2024");
}

TEST(ExplainTest, FormatsQuantities) {
  EXPECT_EQ(FormatNumber(10000), "10,000");
  EXPECT_EQ(FormatNumber(1250000), "1,250,000");
  EXPECT_EQ(FormatNumber(2.5), "2.5");
  EXPECT_EQ(FormatNumber(0.25), "0.25");
  EXPECT_EQ(FormatNumber(-3), "-3");
  EXPECT_EQ(FormatNumber(999.999), "1,000");
  EXPECT_EQ(FormatQuantity({40, 40, false, "people"}), "40");
  EXPECT_EQ(FormatQuantity({40, std::nullopt, false, "people"}), "at least 40");
  EXPECT_EQ(FormatQuantity({std::nullopt, 50, false, ""}), "at most 50");
  EXPECT_EQ(FormatQuantity({40, 45, true, "people"}), "about 40-45");
  EXPECT_EQ(FormatQuantity({12, 12, false, "percent"}), "12%");
  EXPECT_EQ(FormatQuantity({10, 10, false, "km"}), "10 km");
  Document doc;
  doc.path = "corpus/x/004_930df3194f67f499.txt";
  EXPECT_EQ(OutletLabel(doc), "004_930df3194f67f499.txt (outlet unknown)");
  doc.outlet = "আনন্দবাজার";
  EXPECT_EQ(OutletLabel(doc), "আনন্দবাজার");
}

TEST(ClaimKeyTest, ParticipantsAreASet) {
  EXPECT_EQ(CanonicalParticipants("vladimir_putin, kim_jong_un"), "kim_jong_un,vladimir_putin");
  EXPECT_EQ(CanonicalParticipants("kim_jong_un+vladimir_putin+kim_jong_un"),
            "kim_jong_un,vladimir_putin");
  EXPECT_EQ(CanonicalParticipants(" , "), "");
  Claim a, b;
  a.kind = b.kind = "event";
  a.value = b.value = std::string("meeting");
  a.fields["participants"] = "putin,kim";
  b.fields["participants"] = "kim + putin";
  EXPECT_EQ(ComputeClaimKey(a).strict, ComputeClaimKey(b).strict);
  b.fields["object"] = "weapons";
  EXPECT_NE(ComputeClaimKey(a).strict, ComputeClaimKey(b).strict);
}

TEST(ClaimKeyTest, RoleValues) {
  Claim c;
  c.kind = "role";
  c.subject = "kcna";
  c.value = std::string("state_news_agency_of:north_korea");
  EXPECT_EQ(ParseRoleValue(c).relation, "state_news_agency");
  EXPECT_EQ(ParseRoleValue(c).object, "north_korea");
  Claim d = c;
  d.value = std::string("state_news_agency");
  d.fields["country"] = "russia";
  EXPECT_EQ(ParseRoleValue(d).object, "russia");
  EXPECT_EQ(ComputeClaimKey(c).strict, ComputeClaimKey(d).strict);
  EXPECT_EQ(NormaliseRelation("of"), "of");
}

TEST(PartitionTest, FewestAgreeingGroups) {
  using G = std::vector<std::vector<size_t>>;
  EXPECT_EQ(StabPartition({}), G{});
  EXPECT_EQ(StabPartition({{1, 1}, {1, 1}}), (G{{0, 1}}));
  EXPECT_EQ(StabPartition({{30, 30}, {10, 10}, {10, 30}}), (G{{1, 2}, {0}}));
  // A chain: 10-20, 18-30, 28-40 does not share one point: two groups.
  EXPECT_EQ(StabPartition({{10, 20}, {18, 30}, {28, 40}}), (G{{0, 1}, {2}}));
  const double inf = 1e300;
  EXPECT_EQ(StabPartition({{40, inf}, {25, 25}, {-inf, 30}}), (G{{1, 2}, {0}}));
  OverlapPair p = FindOverlap({{1, 2}, {5, 9}}, {{3, 4}, {8, 8}});
  ASSERT_TRUE(p.found());
  EXPECT_EQ(p.a, 1u);
  EXPECT_EQ(p.b, 1u);
  EXPECT_FALSE(FindOverlap({{1, 2}}, {{3, 4}}).found());
}

}  // namespace
}  // namespace sangati
