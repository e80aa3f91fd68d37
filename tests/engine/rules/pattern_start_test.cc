// MatchesBeginWithWordChar and kNonWordCharClass (engine/rules/pattern_start).
#include "engine/rules/pattern_start.h"

#include <string>

#include "engine/core/utf8.h"
#include "gtest/gtest.h"
#include "re2/re2.h"

namespace sangati {
namespace {

TEST(PatternStartTest, NonWordClassIsExactlyWhatIsWordCodePointRejects) {
  re2::RE2 non_word(std::string("^") + kNonWordCharClass + "$");
  ASSERT_TRUE(non_word.ok()) << non_word.error();
  int checked = 0;
  for (char32_t cp = 0; cp <= 0xFFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // surrogates are not text
    std::string s;
    AppendUtf8(cp, &s);
    ASSERT_EQ(re2::RE2::FullMatch(s, non_word), !IsWordCodePoint(cp))
        << "U+" << std::hex << static_cast<uint32_t>(cp);
    ++checked;
  }
  EXPECT_EQ(checked, 0x10000 - 0x800);
}

TEST(PatternStartTest, WordFirstPatterns) {
  const char* const kPatterns[] = {
      "বৈঠক", "(?P<value>\\d+)\\s+জন", "(?:অন্তত\\s+)?[০-৯]+\\s*জন",
      "(?:(?:সঙ্গে|সাথে)(?:ও|ই)?\\s+)?বৈঠক", "[a-z]+", "\\bword", "x{0,2}y", "(?i)said",
      "(?i:Kalbela)", "(?i:met)\\s+(?P<who>\\w+)", "(?:a|b|[০-৯])c", "\\x{995}"};
  for (const char* p : kPatterns) EXPECT_TRUE(MatchesBeginWithWordChar(p)) << p;
}

TEST(PatternStartTest, PatternsThatMayBeginOtherwise) {
  const char* const kPatterns[] = {
      ",\\s*said", "\\s*said", "(?:,)?said", "a*", "x{0,2}", "", "\\p{Bengali}+", ".x",
      "[^,]+", "\\Qx\\E", "[[:alpha:]]", "৳\\s*\\d+", "(?:\"|')?বলেন", "[a-z,]",
      "(?:x|\\()y", "^(?:x", "(?P<name", "\\$\\d+", "[০-৯\\-]+", "~\\d+"};
  for (const char* p : kPatterns) EXPECT_FALSE(MatchesBeginWithWordChar(p)) << p;
}

}  // namespace
}  // namespace sangati
