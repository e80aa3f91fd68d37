// engine/core/utf8.h: the one UTF-8 encoder the stages share (JSON escapes,
// HTML character references, report text, number-word folding).
#ifndef SANGATI_ENGINE_CORE_UTF8_H_
#define SANGATI_ENGINE_CORE_UTF8_H_

#include <string>

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

}  // namespace sangati

#endif  // SANGATI_ENGINE_CORE_UTF8_H_
