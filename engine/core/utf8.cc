#include "engine/core/utf8.h"

namespace sangati {

bool IsWordCodePoint(char32_t c) {
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           c == '_';
  }
  if (c == 0x200C || c == 0x200D) return true;          // ZWNJ, ZWJ
  if (c <= 0xBF) return c == 0xAA || c == 0xB5 || c == 0xBA;  // Latin-1 punctuation
  if (c == 0xD7 || c == 0xF7) return false;             // × ÷
  if (c == 0x0964 || c == 0x0965) return false;         // dandas । ॥
  if (c == 0x09F2 || c == 0x09F3 || c == 0x09FB) return false;  // ৲ ৳ ৻ currency
  // The Ohm, Kelvin and Ångström signs are letters that case-fold to Ω, k
  // and å (so that a (?i) pattern's letters stay word characters).
  if (c == 0x2126 || c == 0x212A || c == 0x212B) return true;
  if (c >= 0x2000 && c <= 0x2BFF) return false;         // punctuation, symbols, arrows
  if (c >= 0x2E00 && c <= 0x2E7F) return false;         // supplemental punctuation
  if (c >= 0x3000 && c <= 0x303F) return false;         // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  if (c == 0xFEFF || c == 0xFFFD) return false;
  return true;
}

size_t DecodeUtf8(std::string_view s, size_t i, char32_t* c) {
  unsigned char b0 = static_cast<unsigned char>(s[i]);
  auto cont = [&](size_t k) {
    return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
  };
  if (b0 < 0x80) {
    *c = b0;
    return 1;
  }
  if ((b0 & 0xE0) == 0xC0 && cont(1)) {
    *c = ((b0 & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
    return 2;
  }
  if ((b0 & 0xF0) == 0xE0 && cont(1) && cont(2)) {
    *c = ((b0 & 0x0F) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
         (static_cast<unsigned char>(s[i + 2]) & 0x3F);
    return 3;
  }
  if ((b0 & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
    *c = ((b0 & 0x07) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 12) |
         ((static_cast<unsigned char>(s[i + 2]) & 0x3F) << 6) |
         (static_cast<unsigned char>(s[i + 3]) & 0x3F);
    return 4;
  }
  *c = 0xFFFD;
  return 1;
}

}  // namespace sangati
