#include "adapters/furniture.h"

#include <array>

#include "absl/strings/ascii.h"
#include "engine/core/absl_compat.h"
#include "engine/core/calendar_names.h"

namespace sangati::adapters {
namespace {

enum class Match {
  kExact,   // the whole line (ASCII case-insensitive; a trailing ':' ignored)
  kPrefix,  // the line starts with the text
  kContains,
  kCredit,  // the text followed by at most kMaxCreditWords words: a photo credit
};

struct FurnitureRule {
  std::string_view text;
  Match match;
  FurnitureAction action;
};

constexpr FurnitureAction kDrop = FurnitureAction::kDrop;
constexpr FurnitureAction kLink = FurnitureAction::kDropWithLink;
constexpr FurnitureAction kEnd = FurnitureAction::kEndOfArticle;

// Non-exact rules only apply to lines this short, so an article sentence
// that happens to contain the text survives.
constexpr size_t kMaxFurnitureWords = 40;
constexpr size_t kMaxCreditWords = 6;
constexpr size_t kMaxFurnitureBytes = 4000;

// The furniture table. Keep entries generic: words that page templates use,
// in Bengali and English, never a phrase from one article.
constexpr auto kFurniture = std::to_array<FurnitureRule>({
    // Advertising slots.
    {"advertisement", Match::kExact, kDrop},
    {"advertisements", Match::kExact, kDrop},
    {"ad", Match::kExact, kDrop},
    {"sponsored", Match::kExact, kDrop},
    {"বিজ্ঞাপন", Match::kExact, kDrop},
    // Share and tool bars.
    {"share", Match::kExact, kDrop},
    {"share this", Match::kExact, kDrop},
    {"share this article", Match::kExact, kDrop},
    {"share on", Match::kPrefix, kDrop},
    {"শেয়ার", Match::kExact, kDrop},
    {"শেয়ার করুন", Match::kExact, kDrop},
    {"tweet", Match::kExact, kDrop},
    {"facebook", Match::kExact, kDrop},
    {"twitter", Match::kExact, kDrop},
    {"whatsapp", Match::kExact, kDrop},
    {"messenger", Match::kExact, kDrop},
    {"linkedin", Match::kExact, kDrop},
    {"email", Match::kExact, kDrop},
    {"e-mail", Match::kExact, kDrop},
    {"ই-মেইল", Match::kExact, kDrop},
    {"print", Match::kExact, kDrop},
    {"প্রিন্ট", Match::kExact, kDrop},
    {"copy link", Match::kExact, kDrop},
    {"লিংক কপি", Match::kExact, kDrop},
    {"listen", Match::kExact, kDrop},
    {"font size", Match::kPrefix, kDrop},
    {"অ+", Match::kExact, kDrop},
    {"অ-", Match::kExact, kDrop},
    // Follow-us and subscribe blurbs.
    {"ফলো করুন", Match::kContains, kDrop},
    {"follow us", Match::kContains, kDrop},
    {"subscribe to our", Match::kContains, kDrop},
    {"সাবস্ক্রাইব করুন", Match::kContains, kDrop},
    {"অন্য মাধ্যমগুলি", Match::kExact, kDrop},
    {"অন্য মাধ্যমগুলো", Match::kExact, kDrop},
    // Links to other stories, with the linked headline on the next line.
    {"আরও পড়ুন", Match::kExact, kLink},
    {"আরো পড়ুন", Match::kExact, kLink},
    {"আরও পড়ুন", Match::kPrefix, kDrop},
    {"আরো পড়ুন", Match::kPrefix, kDrop},
    {"read more", Match::kExact, kLink},
    {"also read", Match::kExact, kLink},
    {"read more:", Match::kPrefix, kDrop},
    {"also read:", Match::kPrefix, kDrop},
    {"related:", Match::kPrefix, kDrop},
    // Photo captions that end in a credit ("... ছবি: রয়টার্স।").
    {"ছবি:", Match::kCredit, kDrop},
    {"ছবি :", Match::kCredit, kDrop},
    {"ছবি-", Match::kCredit, kDrop},
    {"ফাইল ছবি", Match::kCredit, kDrop},
    {"photo:", Match::kCredit, kDrop},
    {"photo :", Match::kCredit, kDrop},
    {"photo credit", Match::kCredit, kDrop},
    {"file photo", Match::kCredit, kDrop},
    {"picture:", Match::kCredit, kDrop},
    {"image:", Match::kCredit, kDrop},
    // Tag lists.
    {"tags:", Match::kPrefix, kDrop},
    {"topics:", Match::kPrefix, kDrop},
    {"ট্যাগ:", Match::kPrefix, kDrop},
    {"ট্যাগস:", Match::kPrefix, kDrop},
    {"বিষয়:", Match::kPrefix, kDrop},
    // Reader comments and lists of other stories: the article is over.
    {"post a comment", Match::kExact, kEnd},
    {"comments", Match::kExact, kEnd},
    {"leave a comment", Match::kExact, kEnd},
    {"মন্তব্য", Match::kExact, kEnd},
    {"মন্তব্য করুন", Match::kExact, kEnd},
    {"পাঠকের মতামত", Match::kExact, kEnd},
    {"আপনার মতামত লিখুন", Match::kExact, kEnd},
    {"আপনার জন্য বাছাই করা কিছু নিউজ", Match::kExact, kEnd},
    {"এ বিভাগের অন্যান্য সংবাদ", Match::kExact, kEnd},
    {"এ বিভাগের আরও খবর", Match::kExact, kEnd},
    {"এ বিভাগের আরো খবর", Match::kExact, kEnd},
    {"এই বিভাগের আরও খবর", Match::kExact, kEnd},
    {"সম্পর্কিত খবর", Match::kExact, kEnd},
    {"সংশ্লিষ্ট খবর", Match::kExact, kEnd},
    {"সর্বাধিক পঠিত", Match::kExact, kEnd},
    {"সর্বশেষ খবর", Match::kExact, kEnd},
    {"related news", Match::kExact, kEnd},
    {"related stories", Match::kExact, kEnd},
    {"related articles", Match::kExact, kEnd},
    {"more stories", Match::kExact, kEnd},
    {"most read", Match::kExact, kEnd},
    {"most popular", Match::kExact, kEnd},
    {"you may also like", Match::kExact, kEnd},
    {"recommended for you", Match::kExact, kEnd},
});

bool IsSpaceAt(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    *len = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    *len = 2;  // NBSP
    return true;
  }
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x8B) {
    *len = 3;  // zero-width space
    return true;
  }
  if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
      static_cast<unsigned char>(s[i + 2]) == 0xBF) {
    *len = 3;  // BOM
    return true;
  }
  return false;
}

// Strips trailing closing quotes, brackets and spaces.
std::string_view StripClosers(std::string_view s) {
  static constexpr std::string_view kClosers[] = {"\"", "'", ")", "]", "\xE2\x80\x9D" /* ” */,
                                                  "\xE2\x80\x99" /* ’ */, "\xC2\xBB" /* » */, " "};
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    for (std::string_view c : kClosers) {
      if (s.ends_with(c)) {
        s.remove_suffix(c.size());
        changed = true;
      }
    }
  }
  return s;
}

struct FoldedRule {
  std::string text;
  Match match;
  FurnitureAction action;
};

// The table with য়/ড়/ঢ় folded to one form, so decomposed and precomposed
// input both match. Built once, immutable afterwards.
const std::vector<FoldedRule>& FoldedTable() {
  static const auto* table = [] {
    auto* rules = new std::vector<FoldedRule>();
    for (const FurnitureRule& rule : kFurniture) {
      rules->push_back({FoldNukta(rule.text), rule.match, rule.action});
    }
    return rules;
  }();
  return *table;
}

bool Matches(const FoldedRule& rule, std::string_view lower, size_t words) {
  switch (rule.match) {
    case Match::kExact: {
      std::string_view l = lower;
      if (l.ends_with(":")) l.remove_suffix(1);
      l = TrimLine(l);
      std::string_view t = rule.text;
      if (t.ends_with(":")) t.remove_suffix(1);
      t = TrimLine(t);
      return l == t;
    }
    case Match::kPrefix:
      return words <= kMaxFurnitureWords && lower.starts_with(rule.text) &&
             lower.size() > rule.text.size();
    case Match::kContains:
      return words <= kMaxFurnitureWords && lower.find(rule.text) != std::string_view::npos;
    case Match::kCredit: {
      if (words > kMaxFurnitureWords) return false;
      size_t at = lower.rfind(rule.text);
      if (at == std::string_view::npos) return false;
      std::string_view rest = TrimLine(lower.substr(at + rule.text.size()));
      return !rest.empty() && CountWords(rest) <= kMaxCreditWords;
    }
  }
  return false;
}

// "সূত্র: বিবিসি", "Source: AFP": who the whole story comes from. Kept
// even at the end of an article, where short lines are otherwise dropped.
constexpr auto kSourcePrefixes = std::to_array<std::string_view>({
    "সূত্র:", "সূত্র :", "তথ্যসূত্র:", "তথ্যসূত্র :", "source:", "sources:", "with inputs from",
});

bool IsSourceLine(std::string_view line) {
  if (line.size() > kMaxFurnitureBytes) return false;
  std::string lower = FoldNukta(absl::AsciiStrToLower(AbslView(line)));
  for (std::string_view prefix : kSourcePrefixes) {
    if (std::string_view(lower).starts_with(prefix)) return true;
  }
  return false;
}

}  // namespace

std::string_view TrimLine(std::string_view line) {
  size_t len = 0;
  while (!line.empty() && IsSpaceAt(line, 0, &len)) line.remove_prefix(len);
  while (!line.empty()) {
    size_t n = line.size();
    // Look back for a 1-, 2- or 3-byte space ending the line.
    bool trimmed = false;
    for (size_t back : {size_t{1}, size_t{2}, size_t{3}}) {
      if (n >= back && IsSpaceAt(line, n - back, &len) && len == back) {
        line.remove_suffix(back);
        trimmed = true;
        break;
      }
    }
    if (!trimmed) break;
  }
  return line;
}

size_t CountWords(std::string_view line, size_t cap) {
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < line.size() && words < cap;) {
    size_t len = 0;
    if (IsSpaceAt(line, i, &len)) {
      in_word = false;
      i += len;
    } else {
      if (!in_word) ++words;
      in_word = true;
      ++i;
    }
  }
  return words;
}

bool EndsWithFullStop(std::string_view line) {
  std::string_view s = StripClosers(TrimLine(line));
  return s.ends_with("\xE0\xA5\xA4") /* । */ || s.ends_with("\xE0\xA5\xA5") /* ॥ */ ||
         s.ends_with("\xE0\xA7\xB7") /* ৷ */ || s.ends_with(".");
}

bool EndsLikeSentence(std::string_view line) {
  if (EndsWithFullStop(line)) return true;
  std::string_view s = StripClosers(TrimLine(line));
  return s.ends_with("?") || s.ends_with("!") || s.ends_with("\xE2\x80\xA6") /* … */;
}

std::string CollapseSpaces(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  bool space = false;
  for (size_t i = 0; i < line.size();) {
    size_t len = 0;
    if (IsSpaceAt(line, i, &len)) {
      space = true;
      i += len;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(line[i]);
    ++i;
  }
  return out;
}

FurnitureAction ClassifyFurniture(std::string_view line) {
  line = TrimLine(line);
  if (line.empty() || line.size() > kMaxFurnitureBytes) return FurnitureAction::kNone;
  size_t words = CountWords(line, kMaxFurnitureWords + 1);
  if (words > kMaxFurnitureWords) return FurnitureAction::kNone;
  std::string lower = FoldNukta(absl::AsciiStrToLower(AbslView(line)));
  for (const FoldedRule& rule : FoldedTable()) {
    if (Matches(rule, lower, words)) return rule.action;
  }
  return FurnitureAction::kNone;
}

std::vector<std::string> TitleKeys(std::string_view title) {
  std::vector<std::string> keys;
  std::string t = CollapseSpaces(title);
  if (t.empty()) return keys;
  keys.push_back(t);
  size_t colon = t.find(": ");
  if (colon != std::string::npos && CountWords(t.substr(0, colon)) <= 5) {
    std::string rest(TrimLine(std::string_view(t).substr(colon + 2)));
    if (CountWords(rest) >= 3) keys.push_back(std::move(rest));
  }
  return keys;
}

bool IsTitleRepeat(std::string_view line, const std::vector<std::string>& keys) {
  // A repeat is the title plus at most a short headline: skip long lines
  // without copying them.
  if (keys.empty() || line.size() > keys.front().size() * 2 + 2000) return false;
  std::string l = CollapseSpaces(line);
  for (const std::string& key : keys) {
    if (l == key) return true;
    if (CountWords(key) < 3 || !std::string_view(l).starts_with(key)) continue;
    std::string_view rest = TrimLine(std::string_view(l).substr(key.size()));
    if (!rest.empty() && !EndsLikeSentence(rest) && CountWords(rest) <= 20) return true;
  }
  return false;
}

void MarkFurniture(std::string_view title, std::vector<BodyLine>* lines) {
  std::vector<BodyLine>& ls = *lines;
  // Table entries. An end-of-article marker only ends an article that has
  // begun (a "Comments" link above the first sentence is just dropped).
  bool begun = false;
  for (size_t i = 0; i < ls.size(); ++i) {
    if (!ls[i].keep) continue;
    FurnitureAction action = ClassifyFurniture(ls[i].text);
    if (action == FurnitureAction::kNone) {
      begun = begun || EndsLikeSentence(ls[i].text);
      continue;
    }
    ls[i].keep = false;
    if (action == FurnitureAction::kEndOfArticle && begun) {
      for (size_t j = i + 1; j < ls.size(); ++j) ls[j].keep = false;
      break;
    }
    if (action == FurnitureAction::kDropWithLink) {
      for (size_t j = i + 1; j < ls.size(); ++j) {
        if (!ls[j].keep) continue;
        if (!EndsWithFullStop(ls[j].text) && CountWords(ls[j].text, 26) <= 25) ls[j].keep = false;
        break;
      }
    }
  }
  // Repeats of the title.
  std::vector<std::string> keys = TitleKeys(title);
  for (BodyLine& line : ls) {
    if (line.keep && IsTitleRepeat(line.text, keys)) line.keep = false;
  }
  // Short non-sentence lines at the end, once a real sentence came before.
  size_t first_sentence = ls.size();
  for (size_t i = 0; i < ls.size(); ++i) {
    if (ls[i].keep && EndsLikeSentence(ls[i].text)) {
      first_sentence = i;
      break;
    }
  }
  for (size_t i = ls.size(); i > first_sentence + 1; --i) {
    BodyLine& line = ls[i - 1];
    if (!line.keep || IsSourceLine(line.text)) continue;
    if (EndsLikeSentence(line.text) || CountWords(line.text, 9) > 8) break;
    line.keep = false;
  }
}

}  // namespace sangati::adapters
