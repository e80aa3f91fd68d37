#include "adapters/language.h"

#include <cstddef>

namespace sangati::adapters {

Language DetectLanguage(std::string_view utf8) {
  std::string_view s = utf8.substr(0, 64 * 1024);
  size_t bengali = 0, latin = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++latin;
      ++i;
    } else if (c == 0xE0 && i + 2 < s.size()) {
      // U+0980..U+09FF is E0 A6 80 .. E0 A7 BF; digits U+09E6..U+09EF are
      // E0 A7 A6 .. E0 A7 AF.
      unsigned char b1 = static_cast<unsigned char>(s[i + 1]);
      unsigned char b2 = static_cast<unsigned char>(s[i + 2]);
      if (b1 == 0xA6 || (b1 == 0xA7 && !(b2 >= 0xA6 && b2 <= 0xAF))) ++bengali;
      i += 3;
    } else if (c == 0xC3 || (c >= 0xC4 && c <= 0xC9)) {
      ++latin;  // Latin-1 supplement and Latin Extended-A/B letters
      i += 2;
    } else {
      ++i;
    }
  }
  if (bengali == 0 && latin == 0) return Language::kUnknown;
  return bengali >= latin ? Language::kBengali : Language::kEnglish;
}

}  // namespace sangati::adapters
