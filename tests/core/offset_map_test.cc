#include "engine/core/offset_map.h"

#include "gtest/gtest.h"

namespace sangati {
namespace {

TEST(OffsetMapTest, AdvancesColumnsByCodePoints) {
  std::string text = "কিম said\nhi";
  OffsetMap map;
  map.Add(0, {3, 1});
  map.Add(static_cast<uint32_t>(text.find('\n') + 1), {4, 1});
  EXPECT_EQ(map.Lookup(text, 0), (SourcePos{3, 1}));
  // "কিম" is 3 code points, 9 bytes: "said" starts at column 5.
  EXPECT_EQ(map.Lookup(text, static_cast<uint32_t>(text.find("said"))), (SourcePos{3, 5}));
  EXPECT_EQ(map.Lookup(text, static_cast<uint32_t>(text.find("hi"))), (SourcePos{4, 1}));
}

TEST(OffsetMapTest, EmptyMapIsUnknown) {
  OffsetMap map;
  EXPECT_EQ(map.Lookup("x", 0), (SourcePos{0, 0}));
}

}  // namespace
}  // namespace sangati
