#include "reports/text_safety.h"
#include "engine/core/utf8.h"

#include <cstdint>
#include <cstdio>

namespace sangati {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point at text[*pos]; advances *pos. Invalid or overlong
// sequences and surrogates decode to U+FFFD consuming one byte.
char32_t Decode(std::string_view text, size_t* pos) {
  const auto b = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const size_t p = *pos;
  const unsigned char c = b(p);
  if (c < 0x80) {
    *pos = p + 1;
    return c;
  }
  size_t len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    *pos = p + 1;
    return kReplacement;
  }
  if (p + len > text.size()) {
    *pos = p + 1;
    return kReplacement;
  }
  for (size_t i = 1; i < len; ++i) {
    if ((b(p + i) & 0xC0) != 0x80) {
      *pos = p + 1;
      return kReplacement;
    }
    cp = (cp << 6) | (b(p + i) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *pos = p + 1;
    return kReplacement;
  }
  *pos = p + len;
  return cp;
}


bool IsBidiControl(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x061C;
}

bool IsControl(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

void AppendCodeName(std::string* out, char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "[U+%04X]", static_cast<unsigned>(cp));
  out->append(buf);
}

}  // namespace

void AppendHtmlEscaped(std::string* out, std::string_view text) {
  out->reserve(out->size() + text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    // Fast path for the common safe ASCII bytes.
    if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'') {
      out->push_back(static_cast<char>(c));
      ++pos;
      continue;
    }
    char32_t cp = Decode(text, &pos);
    switch (cp) {
      case '&': out->append("&amp;"); break;
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;
      case '"': out->append("&quot;"); break;
      case '\'': out->append("&#39;"); break;
      case '\n':
      case '\t': out->push_back(static_cast<char>(cp)); break;
      default:
        if (IsBidiControl(cp)) {
          AppendCodeName(out, cp);
        } else if (IsControl(cp)) {
          AppendUtf8(kReplacement, out);
        } else {
          AppendUtf8(cp, out);
        }
    }
  }
}

std::string HtmlEscape(std::string_view text) {
  std::string out;
  AppendHtmlEscaped(&out, text);
  return out;
}

std::string TerminalSafe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = Decode(text, &pos);
    if (IsBidiControl(cp)) {
      AppendCodeName(&out, cp);
    } else if (IsControl(cp) || cp == 0x2028 || cp == 0x2029) {
      out.push_back(' ');
    } else {
      AppendUtf8(cp, &out);
    }
  }
  return out;
}

std::string ValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) AppendUtf8(Decode(text, &pos), &out);
  return out;
}

}  // namespace sangati
