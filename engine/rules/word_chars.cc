#include "engine/rules/word_chars.h"

namespace sangati {

size_t PrevCodePointStart(std::string_view s, size_t i) {
  size_t j = i - 1;
  size_t limit = i >= 4 ? i - 4 : 0;
  while (j > limit && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  return j;
}

bool CodePointBefore(std::string_view s, size_t i, char32_t* c) {
  if (i == 0 || i > s.size()) return false;
  DecodeUtf8(s, PrevCodePointStart(s, i), c);
  return true;
}

bool CodePointAt(std::string_view s, size_t i, char32_t* c) {
  if (i >= s.size()) return false;
  DecodeUtf8(s, i, c);
  return true;
}

bool WordCharBefore(std::string_view s, size_t i) {
  char32_t c;
  return CodePointBefore(s, i, &c) && IsWordCodePoint(c);
}

bool WordCharAt(std::string_view s, size_t i) {
  char32_t c;
  return CodePointAt(s, i, &c) && IsWordCodePoint(c);
}

bool AtWordBoundary(std::string_view s, size_t i) {
  return WordCharBefore(s, i) != WordCharAt(s, i);
}

}  // namespace sangati
