#include "adapters/html_scan.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "engine/core/absl_compat.h"
#include "engine/core/utf8.h"

namespace sangati::adapters {
namespace {

std::string Lower(std::string_view s) { return absl::AsciiStrToLower(AbslView(s)); }


// ---- Character references -----------------------------------------------------

struct Entity {
  std::string_view name;
  uint32_t cp;
};

// The references news pages use. Others are copied as written.
constexpr auto kEntities = std::to_array<Entity>({
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
    {"apos", '\''},    {"nbsp", 0xA0},     {"ndash", 0x2013},  {"mdash", 0x2014},
    {"hellip", 0x2026}, {"lsquo", 0x2018}, {"rsquo", 0x2019},  {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"sbquo", 0x201A},  {"bdquo", 0x201E},  {"laquo", 0xAB},
    {"raquo", 0xBB},   {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"copy", 0xA9},
    {"reg", 0xAE},     {"trade", 0x2122},  {"deg", 0xB0},      {"middot", 0xB7},
    {"bull", 0x2022},  {"times", 0xD7},    {"divide", 0xF7},   {"shy", 0xAD},
    {"zwj", 0x200D},   {"zwnj", 0x200C},   {"thinsp", 0x2009}, {"ensp", 0x2002},
    {"emsp", 0x2003},  {"euro", 0x20AC},   {"pound", 0xA3},    {"yen", 0xA5},
    {"cent", 0xA2},    {"sect", 0xA7},     {"para", 0xB6},     {"prime", 0x2032},
    {"Prime", 0x2033}, {"minus", 0x2212},  {"frac12", 0xBD},   {"plusmn", 0xB1},
    {"rupee", 0x20B9}, {"dash", 0x2010},
});

// Windows-1252 meanings of &#128; .. &#159; (HTML numeric reference rules).
constexpr std::array<uint32_t, 32> kCp1252 = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

}  // namespace

size_t DecodeReference(std::string_view s, size_t i, std::string* out) {
  size_t j = i + 1;
  if (j < s.size() && s[j] == '#') {
    ++j;
    bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
    if (hex) ++j;
    size_t digits_begin = j;
    uint64_t v = 0;
    while (j < s.size() && j - digits_begin < 8 &&
           (hex ? absl::ascii_isxdigit(static_cast<unsigned char>(s[j]))
                : absl::ascii_isdigit(static_cast<unsigned char>(s[j])))) {
      char c = s[j];
      v = v * (hex ? 16 : 10) +
          static_cast<uint64_t>(absl::ascii_isdigit(static_cast<unsigned char>(c)) ? c - '0'
                                                                                    : (c | 0x20) - 'a' + 10);
      ++j;
    }
    if (j == digits_begin) return 0;
    if (j < s.size() && s[j] == ';') ++j;
    uint32_t cp = static_cast<uint32_t>(v);
    if (cp >= 0x80 && cp <= 0x9F) cp = kCp1252[cp - 0x80];
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    AppendUtf8(cp, out);
    return j - i;
  }
  size_t name_end = j;
  while (name_end < s.size() && name_end - j < 10 &&
         absl::ascii_isalnum(static_cast<unsigned char>(s[name_end]))) {
    ++name_end;
  }
  if (name_end == j) return 0;
  std::string_view name = s.substr(j, name_end - j);
  bool semicolon = name_end < s.size() && s[name_end] == ';';
  for (const Entity& e : kEntities) {
    if (name != e.name) continue;
    // Without ';' only the legacy ones HTML still accepts.
    if (!semicolon && name != "amp" && name != "lt" && name != "gt" && name != "quot" &&
        name != "nbsp" && name != "copy" && name != "reg") {
      return 0;
    }
    AppendUtf8(e.cp, out);
    return name_end - i + (semicolon ? 1 : 0);
  }
  return 0;
}


size_t EstimateHtmlDepth(std::string_view s, size_t limit) {
  static constexpr std::string_view kVoid[] = {"area", "base", "br", "col", "embed", "hr", "img",
                                               "input", "link", "meta", "param", "source", "track",
                                               "wbr", "keygen", "command", "basefont", "frame"};
  // End tags of these may be left out, so they are not counted.
  static constexpr std::string_view kOptionalEnd[] = {
      "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
      "colgroup", "rb", "rt", "rp", "rtc", "html", "head", "body"};
  static constexpr std::string_view kRawText[] = {"script", "style", "textarea", "title",
                                                  "xmp", "iframe", "noembed", "noframes"};
  size_t depth = 0, max_depth = 0;
  size_t i = 0;
  while ((i = s.find('<', i)) != std::string_view::npos) {
    if (s.substr(i, 4) == "<!--") {
      size_t e = s.find("-->", i + 4);
      if (e == std::string_view::npos) break;
      i = e + 3;
      continue;
    }
    bool end_tag = i + 1 < s.size() && s[i + 1] == '/';
    size_t n = i + (end_tag ? 2 : 1);
    size_t name_begin = n;
    while (n < s.size() && (absl::ascii_isalnum(static_cast<unsigned char>(s[n])) || s[n] == '-')) ++n;
    if (n == name_begin || !absl::ascii_isalpha(static_cast<unsigned char>(s[name_begin]))) {
      i = n;
      continue;
    }
    std::string name = Lower(s.substr(name_begin, n - name_begin));
    // Find the end of the tag, skipping quoted attribute values.
    char quote = 0;
    size_t e = n;
    for (; e < s.size(); ++e) {
      if (quote != 0) {
        if (s[e] == quote) quote = 0;
      } else if (s[e] == '"' || s[e] == '\'') {
        quote = s[e];
      } else if (s[e] == '>') {
        break;
      }
    }
    if (e >= s.size()) break;
    bool self_closing = e > i && s[e - 1] == '/';
    i = e + 1;
    if (std::find(std::begin(kVoid), std::end(kVoid), name) != std::end(kVoid)) continue;
    if (std::find(std::begin(kOptionalEnd), std::end(kOptionalEnd), name) != std::end(kOptionalEnd)) {
      continue;
    }
    if (end_tag) {
      if (depth > 0) --depth;
      continue;
    }
    if (self_closing) continue;
    if (std::find(std::begin(kRawText), std::end(kRawText), name) != std::end(kRawText)) {
      // Skip to the matching end tag; its content is not markup.
      std::string close = "</" + name;
      size_t k = i;
      while (true) {
        k = s.find("</", k);
        if (k == std::string_view::npos || absl::EqualsIgnoreCase(AbslView(s.substr(k, close.size())),
                                                                 AbslView(close))) {
          break;
        }
        k += 2;
      }
      if (k == std::string_view::npos) break;
      i = k;
      continue;
    }
    if (++depth > max_depth) {
      max_depth = depth;
      if (max_depth > limit) return max_depth;
    }
  }
  return max_depth;
}

bool LooksLikeHtml(std::string_view bytes) {
  std::string head = Lower(bytes.substr(0, 1024));
  for (std::string_view tag : {"<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div",
                               "<article", "<meta "}) {
    if (head.find(tag) != std::string::npos) return true;
  }
  return false;
}

}  // namespace sangati::adapters
