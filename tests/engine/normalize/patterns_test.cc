// Checks rules/common/numbers.yaml and dates.yaml: every sub-pattern
// compiles under RE2 with the engine's memory budget and has no capturing
// group, every example matches its pattern in full, and the C++ normalisers
// read every example of the number, date and clock-time patterns.
#include <memory>
#include <set>
#include <string>

#include "engine/core/calendar_names.h"
#include "engine/normalize/clock_time.h"
#include "engine/normalize/dates.h"
#include "engine/normalize/numbers.h"
#include "gtest/gtest.h"
#include "re2/re2.h"
#include "re2/set.h"
#include "tests/engine/normalize/pattern_loader.h"

namespace sangati {
namespace {

using testing::PatternLibrary;

const PatternLibrary& Lib() {
  static const PatternLibrary* lib = new PatternLibrary(testing::CommonPatternFiles());
  return *lib;
}

// Text typed in this file may hold decomposed য়/ড়/ঢ়; engine/text hands the
// rules precomposed ones, so fold like it does.
std::string Norm(const std::string& text) { return FoldNukta(text); }

bool FullMatches(const std::string& name, const std::string& text) {
  std::unique_ptr<RE2> re = Lib().Compile(name);
  return re->ok() && RE2::FullMatch(Norm(text), *re);
}

TEST(PatternsTest, RequiredNamesExist) {
  for (const char* name :
       {"digits", "bn_number_word", "en_number_word", "number", "quantity", "percent", "bn_month",
        "en_month", "weekday", "date", "relative_date", "clock_time", "bn_end", "bn_start"}) {
    EXPECT_TRUE(Lib().Has(name)) << name;
  }
}

TEST(PatternsTest, EveryPatternCompilesWithoutCapturingGroups) {
  for (const std::string& name : Lib().names()) {
    std::unique_ptr<RE2> re = Lib().Compile(name);
    ASSERT_TRUE(re->ok()) << name << ": " << re->error();
    EXPECT_EQ(re->NumberOfCapturingGroups(), 0) << name;
    // Keep each expansion small: rules embed these, and engine/rules puts
    // every rule of a language into one RE2::Set.
    EXPECT_LT(re->ProgramSize(), 40000) << name;
  }
}

TEST(PatternsTest, ManyQuantityRulesFitOneSet) {
  // engine/rules builds one RE2::Set per language with set_max_mem 64 MiB.
  RE2::Options opts;
  opts.set_max_mem(64 << 20);
  opts.set_never_capture(true);
  opts.set_log_errors(false);
  RE2::Set set(opts, RE2::UNANCHORED);
  std::string quantity = Lib().Expand("quantity");
  for (int i = 0; i < 15; ++i) {
    ASSERT_GE(set.Add("(?:" + quantity + ")\\s+unit" + std::to_string(i), nullptr), 0);
  }
  EXPECT_TRUE(set.Compile());
}

TEST(PatternsTest, EveryExampleMatchesInFull) {
  int examples = 0;
  for (const std::string& name : Lib().names()) {
    const auto& sp = Lib().Get(name);
    EXPECT_FALSE(sp.examples.empty()) << name << " has no examples";
    std::unique_ptr<RE2> re = Lib().Compile(name);
    ASSERT_TRUE(re->ok()) << name;
    for (const std::string& ex : sp.examples) {
      EXPECT_TRUE(RE2::FullMatch(ex, *re)) << name << ": '" << ex << "'";
      ++examples;
    }
  }
  EXPECT_GT(examples, 200);
}

TEST(PatternsTest, NumberExamplesParse) {
  for (const char* name : {"digits", "bn_number_word", "en_number_word", "number_atom", "number",
                           "vague_count", "bn_number_pair", "percent", "quantity"}) {
    for (const std::string& ex : Lib().Get(name).examples) {
      std::optional<Quantity> q = ParseQuantity(ex);
      EXPECT_TRUE(q.has_value()) << name << ": '" << ex << "'";
    }
  }
  for (const std::string& ex : Lib().Get("percent").examples) {
    std::optional<Quantity> q = ParseQuantity(ex);
    ASSERT_TRUE(q.has_value()) << ex;
    EXPECT_TRUE(q->unit == "percent" || q->unit == "percentage_point") << ex << ": " << q->unit;
  }
}

TEST(PatternsTest, DateExamplesParse) {
  DateContext ctx{absl::CivilDay(2025, 7, 13)};
  for (const char* name : {"absolute_date", "date", "relative_date", "bn_month", "month_name"}) {
    for (const std::string& ex : Lib().Get(name).examples) {
      std::optional<TimeRef> t = ParseDate(ex, ctx);
      ASSERT_TRUE(t.has_value()) << name << ": '" << ex << "'";
      EXPECT_FALSE(t->from.empty()) << name << ": '" << ex << "'";
      EXPECT_EQ(t->text, ex);
    }
  }
}

TEST(PatternsTest, ClockTimeExamplesAreTimesNotQuantitiesOrDates) {
  DateContext ctx{absl::CivilDay(2025, 7, 13)};
  for (const std::string& ex : Lib().Get("clock_time").examples) {
    EXPECT_TRUE(ParseClockTime(ex).has_value()) << ex;
    EXPECT_FALSE(ParseQuantity(ex).has_value()) << ex;
    EXPECT_FALSE(ParseDate(ex, ctx).has_value()) << ex;
  }
}

TEST(PatternsTest, WordsThatLookLikeNumbersDoNotMatch) {
  // আটকে (stuck), দশকে (in the decade), একর (acre), একই (the same), একটু
  // (a little), বারবার (again and again), তিনি (he/she).
  for (const char* w : {"আটকে", "দশকে", "একর", "একই", "একটু", "বারবার", "তিনি", "বারও"}) {
    EXPECT_FALSE(FullMatches("bn_number_word", w)) << w;
    EXPECT_FALSE(FullMatches("quantity", w)) << w;
    EXPECT_FALSE(ParseQuantity(w).has_value()) << w;
  }
  // টায়/টাতে make a clock time, so quantity stops short of them.
  EXPECT_FALSE(FullMatches("quantity", "১০টায়"));
  EXPECT_TRUE(FullMatches("quantity", "১০টার"));
  EXPECT_TRUE(FullMatches("clock_time", "১০টায়"));
  // Grouping must be valid to be one figure.
  EXPECT_FALSE(FullMatches("digits", "১০,২০"));
  EXPECT_FALSE(FullMatches("digits", "1,2345"));
}

TEST(PatternsTest, WordEndGuardsPartialWords) {
  std::string re = Lib().ExpandText("{{bn_start}}({{quantity}}){{bn_end}}");
  std::unique_ptr<RE2> r = PatternLibrary::CompileText(re);
  ASSERT_TRUE(r->ok()) << r->error();
  std::string m;
  EXPECT_TRUE(RE2::PartialMatch(Norm("নিহত হয়েছেন অন্তত ৫০ জন।"), *r, &m));
  EXPECT_EQ(m, Norm("অন্তত ৫০ জন"));
  EXPECT_TRUE(RE2::PartialMatch(Norm("সেখানে একাত্তর জন"), *r, &m));
  EXPECT_EQ(m, Norm("একাত্তর জন"));
  EXPECT_FALSE(RE2::PartialMatch(Norm("তিনি আবার বারান্দায়"), *r, &m));
  EXPECT_TRUE(RE2::PartialMatch(Norm("হাজার হাজার সেনা"), *r, &m));
  EXPECT_EQ(m, Norm("হাজার হাজার"));
}

}  // namespace
}  // namespace sangati
