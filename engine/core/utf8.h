// engine/core/utf8.h: the one UTF-8 encoder and decoder the stages share
// (JSON escapes, HTML character references, report text, number-word
// folding, word edges, story words).
#ifndef SANGATI_ENGINE_CORE_UTF8_H_
#define SANGATI_ENGINE_CORE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace sangati {

// Appends code point `cp` to `out` as UTF-8 (1 to 4 bytes).
// REQUIRES: cp <= 0x10FFFF and not a surrogate; callers map invalid values
// to U+FFFD first.
inline void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// True for letters, marks and digits of any script (approximated by
// excluding the punctuation, symbol and space blocks), ASCII alphanumerics
// and '_'. ZWJ/ZWNJ count as word characters (they join inside words).
bool IsWordCodePoint(char32_t c);

// Decodes the code point starting at byte `i` (invalid bytes decode as
// U+FFFD, length 1) and returns its length in bytes. REQUIRES: i < s.size().
size_t DecodeUtf8(std::string_view s, size_t i, char32_t* c);

}  // namespace sangati

#endif  // SANGATI_ENGINE_CORE_UTF8_H_
