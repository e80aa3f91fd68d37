// EntityIndex over the bundled entity lists (rules/entities/*.yaml):
// inflected Bengali names resolve without every suffix being listed.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/core/calendar_names.h"
#include "engine/rules/entity_index.h"
#include "engine/rules/rule_set.h"
#include "gtest/gtest.h"
#include "re2/re2.h"

namespace sangati {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::shared_ptr<const RuleSet> BundledEntities() {
  std::vector<RuleFile> files;
  for (const char* f : {"people", "states_places", "organisations", "agencies_outlets"}) {
    std::string path = std::string(SANGATI_SOURCE_DIR) + "/rules/entities/" + f + ".yaml";
    files.push_back(RuleFile{path, ReadFile(path), 0});
  }
  auto set = RuleSet::Compile(files, RuleOptions{});
  EXPECT_TRUE(set.ok()) << set.status();
  return set.ok() ? *set : nullptr;
}

std::string IdOf(const EntityIndex& index, std::string_view name) {
  const Entity* e = index.Resolve(name);
  return e ? e->id : "";
}

TEST(EntityIndexTest, ResolvesBengaliInflectionsOfBundledNames) {
  auto set = BundledEntities();
  ASSERT_NE(set, nullptr);
  const EntityIndex& index = set->entities();
  EXPECT_EQ(IdOf(index, "পুতিনের"), "vladimir_putin");
  EXPECT_EQ(IdOf(index, "কিমকে"), "kim_jong_un");
  EXPECT_EQ(IdOf(index, "রাশিয়ার"), "russia");
  EXPECT_EQ(IdOf(index, "রাশিয়ায়"), "russia");
  EXPECT_EQ(IdOf(index, "কেসিএনএ-র"), "kcna");
  EXPECT_EQ(IdOf(index, "কেসিএনএ'র"), "kcna");
  EXPECT_EQ(IdOf(index, "ল্যাভরভের"), "sergei_lavrov");
  EXPECT_EQ(IdOf(index, "লাভরভ"), "sergei_lavrov");
  EXPECT_EQ(IdOf(index, "চোই সন হুই"), "choe_son_hui");
  EXPECT_EQ(IdOf(index, "চোয়ে সন হুইয়ের"), "choe_son_hui");
  EXPECT_EQ(IdOf(index, "উত্তর কোরিয়ার"), "north_korea");
  EXPECT_EQ(IdOf(index, "পুতিনেরও"), "vladimir_putin");
  EXPECT_EQ(IdOf(index, "রাশিয়াসহ"), "russia");  // "including Russia"
  EXPECT_EQ(IdOf(index, "Lavrov's"), "sergei_lavrov");
  EXPECT_EQ(IdOf(index, "LAVROV"), "sergei_lavrov");
  EXPECT_EQ(IdOf(index, "Choe Son-hui"), "choe_son_hui");
  EXPECT_EQ(IdOf(index, "  “পুতিন” "), "vladimir_putin");
}

TEST(EntityIndexTest, AcronymsAreCaseSensitiveAndUnknownNamesFail) {
  auto set = BundledEntities();
  ASSERT_NE(set, nullptr);
  const EntityIndex& index = set->entities();
  EXPECT_EQ(IdOf(index, "US"), "united_states");
  EXPECT_EQ(IdOf(index, "us"), "");
  EXPECT_EQ(IdOf(index, "পুতিনকারী"), "");  // not an ending we strip
  EXPECT_EQ(IdOf(index, "ের"), "");
  EXPECT_EQ(IdOf(index, ""), "");
}

TEST(EntityIndexTest, FindsMentionsAtWordEdgesLongestFirst) {
  auto set = BundledEntities();
  ASSERT_NE(set, nullptr);
  std::vector<EntityMention> mentions;
  // Documents reach the index normalised (precomposed য়); FoldNukta does
  // that part here.
  std::string text = FoldNukta(
      "রাশিয়ার পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভের সঙ্গে কিমের বৈঠক, জানিয়েছে কেসিএনএ।");
  set->entities().FindMentions(text, &mentions);
  std::vector<std::string> found;
  for (const EntityMention& m : mentions) {
    found.push_back(m.entity->id + "=" + text.substr(m.begin, m.end - m.begin));
  }
  EXPECT_EQ(found, (std::vector<std::string>{FoldNukta("russia=রাশিয়ার"),
                                             "sergei_lavrov=সের্গেই ল্যাভরভের",
                                             "kim_jong_un=কিমের", "kcna=কেসিএনএ"}));
  // Inside a longer word nothing is found: রাশিয়ান is a name itself, but
  // জাপানি is neither জাপা(n) nor জাপান.
  mentions.clear();
  set->entities().FindMentions("প্রুশিয়ানরা", &mentions);
  EXPECT_TRUE(mentions.empty());
}

TEST(EntityIndexTest, NameWithDigitsAtFindsOnlyNamesWrittenWithADigit) {
  auto set = BundledEntities();
  ASSERT_NE(set, nullptr);
  const EntityIndex& index = set->entities();
  const std::string text = "জাগো নিউজ ২৪ জানায়, ২৪ জন আহত; বার্তা২৪-এর খবর।";
  const size_t first = text.find("২৪");
  const size_t second = text.find("২৪", first + 1);
  const size_t third = text.find("২৪", second + 1);
  auto m = index.NameWithDigitsAt(text, first, first + 6);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entity->id, "jago_news_24");
  EXPECT_EQ(text.substr(m->begin, m->end - m->begin), "জাগো নিউজ ২৪");
  // The count between the two names is no part of either.
  EXPECT_FALSE(index.NameWithDigitsAt(text, second, second + 6).has_value());
  m = index.NameWithDigitsAt(text, third, third + 6);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entity->id, "barta24");
  // Names without a digit are not looked for: জাগো নিউজ is no mention here.
  EXPECT_FALSE(index.NameWithDigitsAt("কেসিএনএ জানায়", 0, 9).has_value());
}

TEST(EntityIndexTest, AShortNameThatBeginsALongerOneDoesNotHideIt) {
  // "JaPa" (the Jatiya Party, matched case-insensitively) begins "Japan":
  // the alternation must try Japan first, or Japan is never found.
  auto set = BundledEntities();
  ASSERT_NE(set, nullptr);
  std::vector<EntityMention> mentions;
  const std::string text = "Bangladesh and Japan signed; JaPa walked out; Japanese firms.";
  set->entities().FindMentions(text, &mentions);
  std::vector<std::string> found;
  for (const EntityMention& m : mentions) {
    found.push_back(m.entity->id + "=" + text.substr(m.begin, m.end - m.begin));
  }
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0], "bangladesh=Bangladesh");
  EXPECT_EQ(found[1], "japan=Japan");
  EXPECT_EQ(found[2].substr(found[2].find('=')), "=JaPa");
  EXPECT_EQ(found[3], "japan=Japanese");
}

TEST(EntityIndexTest, APersonsNameRunningOnIntoALongerNameIsSomeoneElse) {
  auto set = BundledEntities();
  ASSERT_NE(set, nullptr);
  const EntityIndex& index = set->entities();
  auto found = [&](const std::string& text) {
    std::vector<EntityMention> mentions;
    index.FindMentions(text, &mentions);
    std::vector<std::string> out;
    for (const EntityMention& m : mentions) {
      out.push_back(m.entity->id + "=" + text.substr(m.begin, m.end - m.begin));
    }
    return out;
  };
  using V = std::vector<std::string>;
  // A capitalised word after the name continues it: another person.
  EXPECT_EQ(found("Iqbal Hasan Mahmud Tuku and Hasan Mahmud Khan spoke."), V{});
  EXPECT_EQ(found("Donald Trump Jr met Kim Yong Chol."), V{});
  // Not after a weekday, a reporting word, a body named after the person,
  // punctuation, an ending, or another entity's name.
  EXPECT_EQ(found("Hasan Mahmud Monday said"), V{"hasan_mahmud=Hasan Mahmud"});
  EXPECT_EQ(found("Hasan Mahmud Says"), V{"hasan_mahmud=Hasan Mahmud"});
  EXPECT_EQ(found("Trump Administration"), V{"donald_trump=Trump"});
  EXPECT_EQ(found("Hasan Mahmud, Khan"), V{"hasan_mahmud=Hasan Mahmud"});
  EXPECT_EQ(found("Hasan Mahmud's Khan"), V{"hasan_mahmud=Hasan Mahmud's"});
  EXPECT_EQ(found("Hasan Mahmud BNP"), (V{"hasan_mahmud=Hasan Mahmud", "bnp=BNP"}));
  EXPECT_EQ(found("Syeda Rizwana Hasan Nahid Islam said"),
            (V{"syeda_rizwana_hasan=Syeda Rizwana Hasan", "nahid_islam=Nahid Islam"}));
  // Other entities than people are left alone: Dhaka University is in Dhaka.
  EXPECT_EQ(found("Dhaka University"), V{"dhaka=Dhaka"});
  const std::string text = "Hasan Mahmud Khan";
  EXPECT_EQ(index.NameContinuation(text, 12), text.size());
  EXPECT_EQ(index.NameContinuation(text, text.size()), text.size());
}

TEST(EntityIndexTest, ClassPatternMatchesInflectedNamesOfThatTypeOnly) {
  auto set = BundledEntities();
  ASSERT_NE(set, nullptr);
  std::string person = set->entities().ClassPattern({"person"});
  ASSERT_FALSE(person.empty());
  RE2 re(absl::StrCat("^", person, "$"));
  ASSERT_TRUE(re.ok()) << re.error();
  EXPECT_TRUE(RE2::FullMatch("পুতিনের", re));
  EXPECT_TRUE(RE2::FullMatch("সের্গেই ল্যাভরভকে", re));
  EXPECT_TRUE(RE2::FullMatch("Lavrov's", re));
  EXPECT_TRUE(RE2::FullMatch("lavrov", re));
  EXPECT_FALSE(RE2::FullMatch("রাশিয়ার", re));  // a country, not a person
  EXPECT_EQ(set->entities().ClassPattern({"no_such_type"}), "");
  RE2 country(absl::StrCat("^", set->entities().ClassPattern({"country"}), "$"));
  EXPECT_TRUE(RE2::FullMatch("US", country));
  EXPECT_FALSE(RE2::FullMatch("us", country));
}

TEST(EntityIndexTest, NameKeyFoldsCaseHyphensAndNukta) {
  EXPECT_EQ(EntityIndex::NameKey(" Choe  Son-Hui, "), "choe son hui");
  // য + nukta folds to the precomposed য়.
  EXPECT_EQ(EntityIndex::NameKey("রাশিয\u09BCা"), "রাশি\u09DFা");
}

}  // namespace
}  // namespace sangati
