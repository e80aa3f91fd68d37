// MatchesBeginWithWordCharOrTilde, IsScanPrefixCodePoint and
// kScanPrefixClass (engine/rules/pattern_start).
#include "engine/rules/pattern_start.h"

#include <string>

#include "engine/core/utf8.h"
#include "gtest/gtest.h"
#include "re2/re2.h"

namespace sangati {
namespace {

TEST(PatternStartTest, PrefixCharactersAreNonWordCharactersOtherThanTilde) {
  EXPECT_FALSE(IsScanPrefixCodePoint(U'~'));
  EXPECT_FALSE(IsScanPrefixCodePoint(U'ক'));
  EXPECT_FALSE(IsScanPrefixCodePoint(U'7'));
  EXPECT_TRUE(IsScanPrefixCodePoint(U' '));
  EXPECT_TRUE(IsScanPrefixCodePoint(U'।'));
  EXPECT_TRUE(IsScanPrefixCodePoint(U'('));
}

TEST(PatternStartTest, PrefixClassIsExactlyIsScanPrefixCodePoint) {
  re2::RE2 non_word(std::string("^") + kScanPrefixClass + "$");
  ASSERT_TRUE(non_word.ok()) << non_word.error();
  int checked = 0;
  for (char32_t cp = 0; cp <= 0xFFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // surrogates are not text
    std::string s;
    AppendUtf8(cp, &s);
    ASSERT_EQ(re2::RE2::FullMatch(s, non_word), IsScanPrefixCodePoint(cp))
        << "U+" << std::hex << static_cast<uint32_t>(cp);
    ++checked;
  }
  EXPECT_EQ(checked, 0x10000 - 0x800);
}

TEST(PatternStartTest, WordFirstPatterns) {
  const char* const kPatterns[] = {
      "বৈঠক", "(?P<value>\\d+)\\s+জন", "(?:অন্তত\\s+)?[০-৯]+\\s*জন",
      "(?:(?:সঙ্গে|সাথে)(?:ও|ই)?\\s+)?বৈঠক", "[a-z]+", "\\bword", "x{0,2}y", "(?i)said",
      "(?i:Kalbela)", "(?i:met)\\s+(?P<who>\\w+)", "(?:a|b|[০-৯])c", "\\x{995}",
      // the approximation sign opens a figure (~500, ~ ৫০০ জন)
      "~\\d+", "(?:(?:অন্তত|প্রায়)\\s+|~\\s*)*[০-৯]+", "[~0-9]+"};
  for (const char* p : kPatterns) EXPECT_TRUE(MatchesBeginWithWordCharOrTilde(p)) << p;
}

TEST(PatternStartTest, PatternsThatMayBeginOtherwise) {
  const char* const kPatterns[] = {
      ",\\s*said", "\\s*said", "(?:,)?said", "a*", "x{0,2}", "", "\\p{Bengali}+", ".x",
      "[^,]+", "\\Qx\\E", "[[:alpha:]]", "৳\\s*\\d+", "(?:\"|')?বলেন", "[a-z,]",
      "(?:x|\\()y", "^(?:x", "(?P<name", "\\$\\d+", "[০-৯\\-]+", "~?\\s*\\d+",
      "[~,]x"};
  for (const char* p : kPatterns) EXPECT_FALSE(MatchesBeginWithWordCharOrTilde(p)) << p;
}

}  // namespace
}  // namespace sangati
