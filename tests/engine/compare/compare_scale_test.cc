// 100,000 synthetic claims: grouping by key must give exactly the planted
// findings. A correctness test at scale (an all-pairs comparison would also
// pass it, just slowly); the timing lives in bench/.
#include <gtest/gtest.h>

#include <map>

#include "absl/strings/str_cat.h"
#include "engine/compare/compare.h"
#include "engine/core/absl_compat.h"
#include "tests/engine/compare/claim_set.h"

namespace sangati {
namespace {

TEST(CompareScaleTest, HundredThousandClaimsGiveThePlantedFindings) {
  testing::ClaimSet s;
  constexpr int kDocs = 1000;
  for (int d = 0; d < kDocs; ++d) {
    s.Doc(absl::StrCat("Outlet ", d), absl::StrCat("2024-05-0", 1 + d % 5),
          d % 2 ? Language::kBengali : Language::kEnglish);
  }
  constexpr int kKeys = 10000, kPerKey = 8;
  s.claims.reserve(kKeys * kPerKey + 20000);
  for (int k = 0; k < kKeys; ++k) {
    const std::string subject = absl::StrCat("s", k);
    for (int j = 0; j < kPerKey; ++j) {
      const uint32_t doc = static_cast<uint32_t>((k * 7 + j * 131) % kDocs);
      const int day = static_cast<int>(doc % 5);
      switch (k % 4) {
        case 0:  // agreement
          s.Quantity(doc, subject, 100, 100);
          break;
        case 1:  // contradiction: the last report is far off
          s.Quantity(doc, subject, j == 7 ? 500 : 100, j == 7 ? 500 : 100);
          break;
        case 2:  // update: a running count that grows by day
          s.Quantity(doc, subject, 10 * (day + 1), 10 * (day + 1)).fields["running"] = "true";
          break;
        case 3:  // hedged: one asserted figure, hedges elsewhere
          s.Quantity(doc, subject, j == 0 ? 100 : 900, j == 0 ? 100 : 900).modality =
              j == 0 ? Modality::kAsserted : Modality::kHedged;
          break;
      }
    }
  }
  for (int i = 0; i < 20000; ++i) {
    s.Quantity(static_cast<uint32_t>(i % kDocs), "big", 42, 42, true);
  }
  ASSERT_EQ(s.claims.size(), 100000u);

  std::vector<Finding> findings = s.Compare();
  std::map<std::string, int> by_verdict;
  size_t claims_seen = 0;
  const Finding* big = nullptr;
  for (const Finding& f : findings) {
    ++by_verdict[f.verdict];
    claims_seen += f.claims.size();
    if (f.topic == "big") big = &f;
    if (f.verdict == "contradiction") {
      ASSERT_EQ(f.groups.size(), 2u) << f.topic;
      EXPECT_EQ(f.groups[0].size(), 7u);
      EXPECT_EQ(f.groups[1].size(), 1u);
    }
  }
  EXPECT_EQ(findings.size(), 10001u);
  EXPECT_EQ(by_verdict["agreement"], 2501);
  EXPECT_EQ(by_verdict["contradiction"], 2500);
  EXPECT_EQ(by_verdict["update"], 2500);
  EXPECT_EQ(by_verdict["hedged"], 2500);
  EXPECT_EQ(claims_seen, 100000u);
  ASSERT_NE(big, nullptr);
  EXPECT_EQ(big->claims.size(), 20000u);
  EXPECT_EQ(big->verdict, "agreement");
  EXPECT_EQ(big->independent_sources, 1000u);  // one per outlet
  EXPECT_EQ(findings.front().verdict, "contradiction");
  EXPECT_EQ(findings.back().verdict, "agreement");
}

}  // namespace
}  // namespace sangati
