#include "adapters/byline.h"

#include <array>
#include <vector>

#include "absl/strings/ascii.h"
#include "adapters/furniture.h"
#include "engine/core/absl_compat.h"
#include "engine/core/calendar_names.h"

namespace sangati::adapters {
namespace {

// Words that name a newsroom section, not an outlet ("বিশ্ব ডেস্ক",
// "Online Desk").
constexpr auto kSectionWords = std::to_array<std::string_view>({
    "বিশ্ব", "আন্তর্জাতিক", "অনলাইন", "নিউজ", "জাতীয়", "খেলা", "খেলাধুলা", "বিনোদন",
    "অর্থনীতি", "বাণিজ্য", "অর্থ-বাণিজ্য", "ডিজিটাল", "প্রবাস", "শিক্ষা", "স্বাস্থ্য",
    "রাজনীতি", "আইন-আদালত", "আদালত", "ক্যাম্পাস", "লাইফস্টাইল", "তথ্যপ্রযুক্তি", "প্রযুক্তি",
    "সারাদেশ", "সারা", "দেশ", "মফস্বল", "নগর", "ধর্ম", "ফিচার", "মতামত", "কূটনৈতিক", "অপরাধ",
    "বার্তা", "সংবাদ", "ওয়েব", "স্পোর্টস", "উপমহাদেশ", "এশিয়া", "জেলা", "কৃষি", "পরিবেশ",
    "বাংলাদেশ", "ভারত", "কলকাতা", "ঢাকা", "চট্টগ্রাম", "world", "international", "online",
    "news", "national", "sports", "sport", "entertainment", "business", "digital", "web",
    "metro", "city", "politics", "tech", "technology", "lifestyle", "opinion", "editorial",
    "foreign", "global", "asia", "health", "education", "the", "bangladesh", "india",
    "features", "feature", "economy", "finance", "country", "desk",
});

// Phrases that make a part a reporter credit.
constexpr auto kRolePhrases = std::to_array<std::string_view>({
    "নিজস্ব প্রতিবেদক", "প্রতিবেদক", "প্রতিনিধি", "সংবাদদাতা", "স্টাফ রিপোর্টার", "রিপোর্টার",
    "staff reporter", "reporter", "correspondent", "staff writer", "contributor",
    "bureau chief", "senior writer",
});

// Words news outlets use in their names.
constexpr auto kOutletWords = std::to_array<std::string_view>({
    "নিউজ", "সংবাদ", "বার্তা", "দৈনিক", "প্রতিদিন", "অনলাইন", "টাইমস", "পোস্ট", "ট্রিবিউন",
    "টিভি", "পত্রিকা", "ডটকম", "খবর", "কাগজ", "ডেইলি", "মিডিয়া", "২৪", "news", "times",
    "tribune", "post", "daily", "online", "star", "herald", "observer", "journal", "express",
    "mirror", "guardian", "telegraph", "today", "standard", "gazette", "chronicle", "tv",
    "24", "media", "bangla",
});

// Wire agencies: named as sources in bylines, never the outlet.
constexpr auto kAgencies = std::to_array<std::string_view>({
    "reuters", "afp", "ap", "associated press", "ians", "pti", "ani", "xinhua", "tass", "bss",
    "unb", "রয়টার্স", "এএফপি", "এপি", "বাসস", "ইউএনবি", "তাস", "সিনহুয়া", "পিটিআই", "এএনআই",
});

constexpr auto kByPrefixes = std::to_array<std::string_view>({
    "by ", "written by ", "reported by ", "লেখক:", "লেখক :", "প্রতিবেদন:",
});

// Separators between the parts of a byline.
constexpr auto kSeparators = std::to_array<std::string_view>({
    " . ", " | ", "|", ",", " - ", " \xE2\x80\x93 " /* – */, " \xE2\x80\x94 " /* — */, " / ",
    "\xE2\x80\xA2" /* • */, "\xC2\xB7" /* · */, "\xE0\xA5\xA4" /* । */,
});

constexpr size_t kMaxBylineWords = 12;
constexpr size_t kMaxBylineBytes = 240;

std::string Fold(std::string_view s) { return FoldNukta(absl::AsciiStrToLower(AbslView(s))); }

template <size_t N>
bool InList(std::string_view folded_word, const std::array<std::string_view, N>& list) {
  for (std::string_view w : list) {
    if (folded_word == Fold(w)) return true;
  }
  return false;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > b) words.push_back(s.substr(b, i - b));
  }
  return words;
}

std::vector<std::string_view> SplitParts(std::string_view s) {
  std::vector<std::string_view> parts;
  size_t begin = 0;
  for (size_t i = 0; i < s.size();) {
    size_t sep_len = 0;
    for (std::string_view sep : kSeparators) {
      if (s.substr(i, sep.size()) == sep) {
        sep_len = sep.size();
        break;
      }
    }
    if (sep_len == 0) {
      ++i;
      continue;
    }
    std::string_view part = TrimLine(s.substr(begin, i - begin));
    if (!part.empty()) parts.push_back(part);
    i += sep_len;
    begin = i;
  }
  std::string_view last = TrimLine(s.substr(begin));
  if (!last.empty()) parts.push_back(last);
  return parts;
}

}  // namespace

std::optional<Byline> ParseByline(std::string_view raw) {
  if (raw.size() > 2 * kMaxBylineBytes) return std::nullopt;
  std::string line = CollapseSpaces(raw);
  std::string_view s = line;
  if (s.empty() || s.size() > kMaxBylineBytes || CountWords(s) > kMaxBylineWords) {
    return std::nullopt;
  }
  if (s.ends_with("\xE0\xA5\xA4")) return std::nullopt;  // "।": a sentence
  // A sign-off dash: "-Name, নিজস্ব প্রতিবেদক".
  for (std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (s.starts_with(dash)) s = TrimLine(s.substr(dash.size()));
  }
  bool by = false;
  std::string lower = absl::AsciiStrToLower(AbslView(s));
  for (std::string_view prefix : kByPrefixes) {
    if (std::string_view(lower).starts_with(prefix)) {
      s = TrimLine(s.substr(prefix.size()));
      by = true;
      break;
    }
  }
  bool byline = by;
  std::optional<std::string> outlet;
  for (std::string_view part : SplitParts(s)) {
    std::string folded = Fold(part);
    std::vector<std::string_view> words = Words(part);
    if (words.empty()) continue;
    std::string last = Fold(words.back());
    if ((last == Fold("ডেস্ক") || last == "desk") && words.size() <= 5) {
      byline = true;
      bool has_name = false;
      for (size_t i = 0; i + 1 < words.size(); ++i) {
        if (!InList(Fold(words[i]), kSectionWords)) has_name = true;
      }
      if (has_name && !outlet) {
        std::string_view name = TrimLine(part.substr(0, words.back().data() - part.data()));
        outlet = std::string(name);
      }
      continue;
    }
    // "কুমিল্লা প্রতিনিধি", "Staff Reporter": the role closes a short part,
    // so a headline that merely mentions a প্রতিনিধি দল is no byline.
    bool role = false;
    if (words.size() <= 5) {
      for (std::string_view phrase : kRolePhrases) {
        if (std::string_view(folded).ends_with(Fold(phrase))) role = true;
      }
    }
    if (role) {
      byline = true;
      continue;
    }
    if (InList(folded, kAgencies)) continue;
    bool outlet_word = false;
    for (std::string_view w : words) {
      std::string fw = Fold(w);
      if (InList(fw, kOutletWords) || fw.ends_with(".com") || fw.ends_with(".net")) {
        outlet_word = true;
      }
    }
    if (outlet_word && !outlet) outlet = std::string(part);
  }
  if (!byline) return std::nullopt;
  return Byline{outlet};
}

}  // namespace sangati::adapters
