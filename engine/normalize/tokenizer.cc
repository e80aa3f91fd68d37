#include "engine/normalize/tokenizer.h"

#include <charconv>

#include "engine/core/calendar_names.h"
#include "engine/core/utf8.h"

namespace sangati::normalize_internal {
namespace {

bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsBengaliDigit(char32_t c) { return c >= 0x09E6 && c <= 0x09EF; }
bool IsDigit(char32_t c) { return IsAsciiDigit(c) || IsBengaliDigit(c); }
bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsBengaliLetter(char32_t c) {
  if (c < 0x0980 || c > 0x09FF) return false;
  if (IsBengaliDigit(c)) return false;
  if (c >= 0x09F2 && c <= 0x09FB) return false;  // currency, fraction signs
  return true;
}
bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}
bool IsDropped(char32_t c) { return c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x00AD; }


// Punctuation and spacing fold; letters and digits pass through.
std::string FoldText(std::string_view utf8) {
  std::string nfc = FoldNukta(utf8);
  std::string out;
  out.reserve(nfc.size());
  for (size_t i = 0; i < nfc.size();) {
    size_t len;
    char32_t c = DecodeUtf8(nfc, i, &len);
    if (c == 0xFFFD && len == 1) {
      out.push_back('?');
    } else if (IsDropped(c)) {
      // nothing
    } else if (IsSpace(c)) {
      out.push_back(' ');
    } else if (c == 0x2018 || c == 0x2019 || c == 0x0060 || c == 0x00B4 || c == 0x02BC) {
      out.push_back('\'');
    } else if (c == 0x201C || c == 0x201D) {
      out.push_back('"');
    } else if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212) {
      out.push_back('-');
    } else if (c < 0x80 && IsAsciiLetter(c)) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    } else {
      out.append(nfc, i, len);
    }
    i += len;
  }
  return out;
}

// Reads a digit run at `i`; returns its end and appends its ASCII digits.
size_t ReadDigits(std::string_view s, size_t i, std::string* ascii) {
  while (i < s.size()) {
    size_t len;
    char32_t c = DecodeUtf8(s, i, &len);
    if (!IsDigit(c)) break;
    ascii->push_back(static_cast<char>(IsAsciiDigit(c) ? c : '0' + (c - 0x09E6)));
    i += len;
  }
  return i;
}

bool DigitAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  size_t len;
  return IsDigit(DecodeUtf8(s, i, &len));
}

bool ValidGrouping(const std::vector<std::string>& groups, size_t k) {
  // groups[0..k) with k >= 2.
  bool western = groups[0].size() >= 1 && groups[0].size() <= 3;
  for (size_t g = 1; g < k && western; ++g) western = groups[g].size() == 3;
  if (western) return true;
  bool indian = groups[0].size() >= 1 && groups[0].size() <= 2 && groups[k - 1].size() == 3;
  for (size_t g = 1; g + 1 < k && indian; ++g) indian = groups[g].size() == 2;
  return indian;
}

// Reads a number token starting at `i` (a digit).
Token ReadNumber(std::string_view s, size_t i, bool allow_decimal) {
  Token t;
  t.kind = TokenKind::kNumber;
  t.begin = static_cast<uint32_t>(i);
  std::vector<std::string> groups(1);
  std::vector<size_t> group_end;
  size_t j = ReadDigits(s, i, &groups[0]);
  group_end.push_back(j);
  while (j + 1 < s.size() && s[j] == ',' && DigitAt(s, j + 1)) {
    groups.emplace_back();
    j = ReadDigits(s, j + 1, &groups.back());
    group_end.push_back(j);
  }
  size_t k = groups.size();
  while (k >= 2 && !ValidGrouping(groups, k)) --k;
  if (k < 2) k = 1;
  size_t end = group_end[k - 1];
  std::string ascii;
  for (size_t g = 0; g < k; ++g) ascii += groups[g];
  t.int_digits = static_cast<int>(ascii.size());
  t.grouped = k >= 2;
  if (allow_decimal && end + 1 < s.size() && s[end] == '.' && DigitAt(s, end + 1)) {
    std::string frac;
    size_t fend = ReadDigits(s, end + 1, &frac);
    bool date_like = fend + 1 < s.size() && s[fend] == '.' && DigitAt(s, fend + 1);
    if (!date_like) {
      ascii += '.';
      ascii += frac;
      t.has_decimal = true;
      end = fend;
    }
  }
  // Decimals written out, as Bangladeshi outlets do: "৮ দশমিক ২৯" = 8.29.
  if (allow_decimal && !t.has_decimal) {
    static constexpr std::string_view kDecimalWord = "দশমিক";
    size_t p = end;
    while (p < s.size() && s[p] == ' ') ++p;
    if (p > end && s.substr(p, kDecimalWord.size()) == kDecimalWord) {
      size_t q = p + kDecimalWord.size();
      size_t digits = q;
      while (digits < s.size() && s[digits] == ' ') ++digits;
      if (digits > q && DigitAt(s, digits)) {
        std::string frac;
        size_t fend = ReadDigits(s, digits, &frac);
        ascii += '.';
        ascii += frac;
        t.has_decimal = true;
        end = fend;
      }
    }
  }
  t.end = static_cast<uint32_t>(end);
  double v = 0;
  std::from_chars(ascii.data(), ascii.data() + ascii.size(), v);
  t.value = v;
  return t;
}

}  // namespace

char32_t DecodeUtf8(std::string_view s, size_t i, size_t* len) {
  unsigned char c0 = static_cast<unsigned char>(s[i]);
  if (c0 < 0x80) {
    *len = 1;
    return c0;
  }
  int n;
  char32_t cp;
  if ((c0 & 0xE0) == 0xC0) {
    n = 2;
    cp = c0 & 0x1F;
  } else if ((c0 & 0xF0) == 0xE0) {
    n = 3;
    cp = c0 & 0x0F;
  } else if ((c0 & 0xF8) == 0xF0) {
    n = 4;
    cp = c0 & 0x07;
  } else {
    *len = 1;
    return 0xFFFD;
  }
  if (i + n > s.size()) {
    *len = 1;
    return 0xFFFD;
  }
  for (int k = 1; k < n; ++k) {
    unsigned char ck = static_cast<unsigned char>(s[i + k]);
    if ((ck & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (ck & 0x3F);
  }
  *len = n;
  return cp;
}

namespace {

// The next code point of FoldVowels(raw) from raw[*i], advancing *i; 0 when
// the code point folds away (chandrabindu). Requires *i < raw.size().
char32_t NextFolded(std::string_view raw, size_t* i) {
  size_t len;
  char32_t c = DecodeUtf8(raw, *i, &len);
  *i += len;
  if ((c == 0x09AF || c == 0x09A1 || c == 0x09A2) && *i + 3 <= raw.size()) {
    size_t l2;
    if (DecodeUtf8(raw, *i, &l2) == 0x09BC) {
      *i += l2;
      return c == 0x09AF ? 0x09DF : c == 0x09A1 ? 0x09DC : 0x09DD;
    }
  }
  switch (c) {
    case 0x0981: return 0;
    case 0x098A: return 0x0989;
    case 0x0988: return 0x0987;
    case 0x09C0: return 0x09BF;
    case 0x09C2: return 0x09C1;
    default:
      return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
  }
}

// Compares FoldVowels(raw) with the start of `folded`; sets *matched to the
// bytes of `folded` consumed. False on the first difference.
bool FoldedPrefix(std::string_view folded, std::string_view raw, size_t* matched) {
  size_t i = 0, j = 0;
  while (i < raw.size()) {
    char32_t want = NextFolded(raw, &i);
    if (want == 0) continue;
    if (j >= folded.size()) return false;
    size_t len;
    if (DecodeUtf8(folded, j, &len) != want) return false;
    j += len;
  }
  *matched = j;
  return true;
}

}  // namespace

bool EqualsFolded(std::string_view folded, std::string_view raw) {
  size_t matched;
  return FoldedPrefix(folded, raw, &matched) && matched == folded.size();
}

bool StartsWithFolded(std::string_view folded, std::string_view raw) {
  size_t matched;
  return FoldedPrefix(folded, raw, &matched);
}

std::string FoldVowels(std::string_view word) {
  std::string folded = FoldNukta(word);
  std::string out;
  out.reserve(folded.size());
  for (size_t i = 0; i < folded.size();) {
    size_t len;
    char32_t c = DecodeUtf8(folded, i, &len);
    switch (c) {
      case 0x0981: break;                                 // ঁ dropped
      case 0x098A: AppendUtf8(0x0989, &out); break;       // ঊ -> উ
      case 0x0988: AppendUtf8(0x0987, &out); break;       // ঈ -> ই
      case 0x09C0: AppendUtf8(0x09BF, &out); break;       // ী -> ি
      case 0x09C2: AppendUtf8(0x09C1, &out); break;       // ূ -> ু
      default:
        if (c < 0x80 && IsAsciiLetter(c)) {
          out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
        } else {
          out.append(folded, i, len);
        }
    }
    i += len;
  }
  return out;
}

Phrase Tokenize(std::string_view utf8) {
  Phrase p;
  p.text = FoldText(utf8);
  const std::string_view s = p.text;
  bool space_before = true;
  for (size_t i = 0; i < s.size();) {
    size_t len;
    char32_t c = DecodeUtf8(s, i, &len);
    if (c == ' ') {
      space_before = true;
      i += len;
      continue;
    }
    Token t;
    if (IsDigit(c)) {
      // The middle or last part of "13.07.2025" takes no decimals.
      size_t n = p.tokens.size();
      bool after_dotted_number = n >= 2 && !space_before && p.IsPunct(n - 1, ".") &&
                                 p.tokens[n - 2].kind == TokenKind::kNumber &&
                                 p.tokens[n - 1].glued;
      t = ReadNumber(s, i, !after_dotted_number);
    } else if (IsBengaliLetter(c) || IsAsciiLetter(c)) {
      bool bengali = IsBengaliLetter(c);
      t.kind = TokenKind::kWord;
      t.bengali = bengali;
      t.begin = static_cast<uint32_t>(i);
      size_t j = i;
      while (j < s.size()) {
        size_t l;
        char32_t d = DecodeUtf8(s, j, &l);
        if (bengali ? !IsBengaliLetter(d) : !IsAsciiLetter(d)) break;
        j += l;
      }
      t.end = static_cast<uint32_t>(j);
    } else {
      t.kind = TokenKind::kPunct;
      t.begin = static_cast<uint32_t>(i);
      t.end = static_cast<uint32_t>(i + len);
    }
    t.glued = !space_before && !p.tokens.empty();
    space_before = false;
    i = t.end;
    p.tokens.push_back(t);
  }
  return p;
}

}  // namespace sangati::normalize_internal
