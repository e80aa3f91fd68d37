// Stories: GroupStories on hand-written articles (words in one language,
// entities and claim topics across languages), and CompareClaims comparing
// only within a story. The mixed-folder end-to-end test in
// tests/cli/audit_e2e_test.cc runs the same on the real fixtures.
#include "engine/compare/story.h"

#include <gtest/gtest.h>

#include "engine/compare/compare.h"
#include "tests/engine/compare/claim_set.h"

namespace sangati {
namespace {

using testing::ClaimSet;

StoryOptions AlwaysGroup() {
  StoryOptions o;
  o.one_story_up_to = 0;
  return o;
}

// Two stories told by several outlets, plus unrelated filler so that
// everyday words are common in the input, as in any real folder.
ClaimSet TwoStories() {
  ClaimSet s;
  const char* flood[] = {
      "Floods in Sylhet: rivers burst their banks and the Surma flooded villages near Sunamganj.",
      "The Surma river flooded villages in Sunamganj and Sylhet after days of rain.",
      "Sunamganj villages under water as the Surma and Kushiyara rivers rise in Sylhet.",
  };
  const char* cricket[] = {
      "Bangladesh beat Zimbabwe by six wickets in the first ODI at Mirpur; Shakib took three wickets.",
      "Shakib's three wickets helped Bangladesh beat Zimbabwe at Mirpur in the opening ODI.",
      "Mirpur ODI: Zimbabwe lose by six wickets as Shakib stars for Bangladesh.",
  };
  const char* filler[] = {
      "The city corporation repaired roads in the old town before the festival season began.",
      "A new library opened in the district with books donated by former students.",
      "Farmers expect a good harvest of mangoes this summer if the weather holds.",
      "The ministry announced a training programme for primary school teachers.",
      "Train services resumed on the northern line after the signal repairs were finished.",
      "Doctors urged people to drink clean water during the hot weather.",
  };
  for (const char* t : flood) s.Doc("Outlet", "2024-06-20", Language::kEnglish, t);
  for (const char* t : cricket) s.Doc("Outlet", "2024-06-21", Language::kEnglish, t);
  for (const char* t : filler) s.Doc("Outlet", "2024-06-22", Language::kEnglish, t);
  return s;
}

TEST(StoryTest, ArticlesOfOneStoryMeetAndOtherStoriesStayApart) {
  ClaimSet s = TwoStories();
  const std::vector<int> story = GroupStories(s.docs, s.claims, s.entities, AlwaysGroup());
  ASSERT_EQ(story.size(), s.docs.size());
  EXPECT_EQ(story[0], 0);  // numbered by first document
  EXPECT_EQ(story[1], story[0]);
  EXPECT_EQ(story[2], story[0]);
  EXPECT_EQ(story[4], story[3]);
  EXPECT_EQ(story[5], story[3]);
  EXPECT_NE(story[3], story[0]);
  for (size_t d = 6; d < s.docs.size(); ++d) {
    EXPECT_NE(story[d], story[0]) << d;
    EXPECT_NE(story[d], story[3]) << d;
  }
  // Deterministic.
  EXPECT_EQ(GroupStories(s.docs, s.claims, s.entities, AlwaysGroup()), story);
}

TEST(StoryTest, AFewDocumentsAreOneStory) {
  ClaimSet s = TwoStories();
  s.docs.resize(6);  // the flood and the match, no filler
  EXPECT_EQ(GroupStories(s.docs, s.claims, s.entities, StoryOptions{}),
            std::vector<int>(6, 0));
}

TEST(StoryTest, EntitiesInAnyScriptAndInflectionJoinLanguages) {
  ClaimSet s = TwoStories();
  Entity putin;
  putin.id = "vladimir_putin";
  putin.names = {"Vladimir Putin", "Putin", "পুতিন", "ভ্লাদিমির পুতিন"};
  Entity kim;
  kim.id = "kim_jong_un";
  kim.names = {"Kim Jong Un", "কিম জং উন"};
  s.entities = {putin, kim};
  const uint32_t en = s.Doc("A", "2024-06-19", Language::kEnglish,
                            "Kim Jong Un met Vladimir Putin in Pyongyang; Putin praised the talks.");
  const uint32_t bn = s.Doc("B", "2024-06-19", Language::kBengali,
                            "পিয়ংইয়ংয়ে কিম জং উনের সঙ্গে বৈঠক করেছেন পুতিন। পুতিনের সফর দুই দিনের।");
  s.Event(en, "meeting", "kim_jong_un,vladimir_putin");
  s.Event(bn, "meeting", "kim_jong_un,vladimir_putin");
  const std::vector<int> story = GroupStories(s.docs, s.claims, s.entities, AlwaysGroup());
  EXPECT_EQ(story[bn], story[en]);
  EXPECT_NE(story[en], story[0]);
  EXPECT_NE(story[en], story[3]);
}

TEST(StoryTest, ClaimsAreComparedOnlyWithinTheirStoryButRolesAcrossStories) {
  ClaimSet s;
  const uint32_t a = s.Doc("A", "2024-03-03");
  const uint32_t b = s.Doc("B", "2024-03-03");
  s.Quantity(a, "deaths", 12, 12);
  s.Quantity(b, "deaths", 40, 40);
  s.Role(a, "kcna", "state_news_agency_of:north_korea");
  s.Role(b, "kcna", "state_news_agency_of:russia");
  const std::vector<Finding> apart =
      CompareClaims(s.docs, s.claims, s.entities, ClaimSet::Unanchored(), {0, 1});
  ASSERT_EQ(apart.size(), 1u);  // the role claims only
  EXPECT_EQ(apart[0].kind, "role");
  EXPECT_EQ(apart[0].verdict, "contradiction");
  EXPECT_EQ(apart[0].story, -1);
  const std::vector<Finding> together =
      CompareClaims(s.docs, s.claims, s.entities, ClaimSet::Unanchored(), {0, 0});
  ASSERT_EQ(together.size(), 2u);
  for (const Finding& f : together) {
    EXPECT_EQ(f.verdict, "contradiction");
    EXPECT_EQ(f.story, f.kind == "role" ? -1 : 0);
  }
}

TEST(StoryTest, AKeyOneDocumentGivesTwoDifferentFiguresForIsNotCompared) {
  // "Rice costs 75 taka a kilo, lentils 110": the key names no one thing.
  ClaimSet s;
  const uint32_t a = s.Doc("A", "2024-03-03");
  const uint32_t b = s.Doc("B", "2024-03-03");
  s.Quantity(a, "money", 75, 75, false, "BDT");
  s.Quantity(a, "money", 110, 110, false, "BDT");
  s.Quantity(b, "money", 90, 90, false, "BDT");
  EXPECT_TRUE(s.Compare().empty());
  // Overlapping figures of one document are one position ("about 100",
  // "98"); a running count may rise within one report.
  ClaimSet t;
  const uint32_t c = t.Doc("A", "2024-03-03");
  const uint32_t d = t.Doc("B", "2024-03-03");
  t.Quantity(c, "money", 100, 100, true, "BDT");
  t.Quantity(c, "money", 98, 98, false, "BDT");
  t.Quantity(d, "money", 40, 40, false, "BDT");
  t.Quantity(c, "deaths", 3, 3);
  t.Quantity(c, "deaths", 5, 5);
  t.Quantity(d, "deaths", 5, 5);
  const std::vector<Finding> f = t.Compare();
  ASSERT_EQ(f.size(), 2u);
  for (const Finding& x : f) EXPECT_EQ(x.verdict, "contradiction") << x.topic << x.explanation;
  // Three different tolls in one report are a roundup of incidents.
  t.Quantity(c, "deaths", 9, 9);
  for (const Finding& x : t.Compare()) EXPECT_NE(x.topic, "deaths") << x.explanation;
}

TEST(StoryTest, AStoryAnchorsItsDatedElectionButNotItsAttacks) {
  // "The election was held on 7 January" names no election: within one
  // story's coverage it is that story's election. Attacks are many per story.
  ClaimSet s;
  const uint32_t a = s.Doc("A", "2024-01-08");
  const uint32_t b = s.Doc("B", "2024-01-08");
  s.Event(a, "vote", "").when = TimeRef{"2024-01-07", "2024-01-07", "7 January"};
  s.Event(b, "vote", "").when = TimeRef{"2024-01-07", "2024-01-07", "January 7"};
  s.Event(a, "attack", "").when = TimeRef{"2024-01-05", "2024-01-05", "5 January"};
  s.Event(b, "attack", "").when = TimeRef{"2024-01-06", "2024-01-06", "6 January"};
  const std::vector<Finding> within =
      CompareClaims(s.docs, s.claims, s.entities, CompareOptions{}, {0, 0});
  ASSERT_EQ(within.size(), 1u);
  EXPECT_EQ(within[0].verdict, "agreement");
  EXPECT_EQ(within[0].topic, "vote");
  EXPECT_EQ(within[0].claims, (std::vector<size_t>{0, 1}));
  // Without stories nothing anchors them.
  EXPECT_TRUE(s.Compare(CompareOptions{}).empty());
  // "The 2018 election" names an election by its year, which would span
  // every other election of the story: only a day anchors.
  ClaimSet y;
  const uint32_t c = y.Doc("A", "2024-01-08");
  const uint32_t d = y.Doc("B", "2024-01-08");
  y.Event(c, "vote", "").when = TimeRef{"2018", "2018", "2018"};
  y.Event(d, "vote", "").when = TimeRef{"2018-12-30", "2018-12-30", "30 December 2018"};
  EXPECT_TRUE(CompareClaims(y.docs, y.claims, y.entities, CompareOptions{}, {0, 0}).empty());
}

}  // namespace
}  // namespace sangati
