#include "engine/text/sentences.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "engine/text/abbreviations.h"
#include "unicode/uchar.h"
#include "unicode/utf8.h"

namespace sangati {
namespace {

using text_internal::AbbrevKind;
using text_internal::ClassifyAbbreviation;
using text_internal::IsListMarker;
using text_internal::IsSentenceStarter;

constexpr uint32_t kNone = UINT32_MAX;

bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}
bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiAlpha(unsigned char c) { return IsAsciiLower(c) || IsAsciiUpper(c); }

// Bytes that can start a terminator: . ? ! | and the lead bytes of । ॥ (E0)
// and … (E2).
constexpr std::array<bool, 256> kMayStartTerminator = [] {
  std::array<bool, 256> t{};
  for (uint8_t b : {'.', '?', '!', '|'}) t[b] = true;
  t[0xE0] = true;
  t[0xE2] = true;
  return t;
}();

// What kind of run of terminators a candidate is.
enum class TermKind { kDanda, kQuestion, kPeriod, kEllipsis };

struct QuotePair {
  uint32_t open, close;  // byte offsets of the two quote characters
};

class LineSplitter {
 public:
  LineSplitter(std::string_view text, Language language, std::vector<Span>* out)
      : text_(text),
        p_(reinterpret_cast<const uint8_t*>(text.data())),
        english_(language == Language::kEnglish),
        out_(out) {}

  // Splits line [begin, end) (no '\n' inside) and appends its sentences.
  void Split(uint32_t begin, uint32_t end);

 private:
  int32_t CodePointAt(uint32_t i, uint32_t* next) const {
    int32_t at = static_cast<int32_t>(i);
    int32_t c;
    U8_NEXT(p_, at, static_cast<int32_t>(end_), c);
    if (next != nullptr) *next = static_cast<uint32_t>(at);
    return c;
  }
  int32_t CodePointBefore(uint32_t i) const {
    if (i <= begin_) return -1;
    int32_t at = static_cast<int32_t>(i);
    int32_t c;
    U8_PREV(p_, static_cast<int32_t>(begin_), at, c);
    return c;
  }
  // Offset of the first byte `b` in [from, end_), or end_.
  uint32_t NextByte(uint8_t b, uint32_t from) const {
    const void* at = std::memchr(p_ + from, b, end_ - from);
    return at == nullptr ? end_ : static_cast<uint32_t>(static_cast<const uint8_t*>(at) - p_);
  }
  // Length of the terminator starting at i, or 0.
  uint32_t TerminatorAt(uint32_t i, bool* danda, bool* question, bool* ellipsis) const;
  // Length of the closing quote or bracket at i, or 0; *quote when a quote.
  uint32_t CloserAt(uint32_t i, bool* quote) const;
  void PairQuotes();
  bool InsideQuotation(uint32_t t, uint32_t ce) const;
  bool EndsSentence(uint32_t t, uint32_t ce, TermKind kind, bool closed_quote,
                    bool closed_any) const;
  bool PeriodEnds(uint32_t t, uint32_t word) const;
  void Emit(uint32_t a, uint32_t b);

  std::string_view text_;
  const uint8_t* p_;
  bool english_;
  std::vector<Span>* out_;
  uint32_t begin_ = 0, end_ = 0;  // current line
  uint32_t segment_ = 0;          // start of the current sentence
  std::vector<QuotePair> pairs_;  // reused across lines
};

uint32_t LineSplitter::TerminatorAt(uint32_t i, bool* danda, bool* question,
                                    bool* ellipsis) const {
  const uint8_t b = p_[i];
  switch (b) {
    case '.':
      return 1;
    case '?':
    case '!':
      *question = true;
      return 1;
    case '|': {
      // Typed for a danda right after a Bengali letter or sign.
      if (english_) return 0;
      int32_t prev = CodePointBefore(i);
      if (prev < 0x0980 || prev > 0x09FF) return 0;
      *danda = true;
      return 1;
    }
    case 0xE0:  // । U+0964, ॥ U+0965
      if (i + 2 < end_ && p_[i + 1] == 0xA5 && (p_[i + 2] == 0xA4 || p_[i + 2] == 0xA5)) {
        *danda = true;
        return 3;
      }
      return 0;
    case 0xE2:  // … U+2026
      if (i + 2 < end_ && p_[i + 1] == 0x80 && p_[i + 2] == 0xA6) {
        *ellipsis = true;
        return 3;
      }
      return 0;
    default:
      return 0;
  }
}

uint32_t LineSplitter::CloserAt(uint32_t i, bool* quote) const {
  const uint8_t b = p_[i];
  if (b == '"' || b == '\'') {
    *quote = true;
    return 1;
  }
  if (b == ')' || b == ']' || b == '}') return 1;
  // Unfolded ” ’ » in text that skipped normalisation.
  if (b == 0xE2 && i + 2 < end_ && p_[i + 1] == 0x80 && (p_[i + 2] == 0x9D || p_[i + 2] == 0x99)) {
    *quote = true;
    return 3;
  }
  if (b == 0xC2 && i + 1 < end_ && p_[i + 1] == 0xBB) {
    *quote = true;
    return 2;
  }
  return 0;
}

// Pairs quotation marks on the current line (rule 3 of sentences.h).
void LineSplitter::PairQuotes() {
  pairs_.clear();
  uint32_t open_double = kNone, open_single = kNone;
  // Visit the quote characters in order, found with memchr.
  uint32_t next_double = NextByte('"', begin_);
  uint32_t next_single = english_ ? end_ : NextByte('\'', begin_);
  while (next_double < end_ || next_single < end_) {
    const uint32_t i = std::min(next_double, next_single);
    const uint8_t q = p_[i];
    if (q == '"') {
      next_double = NextByte('"', i + 1);
    } else {
      next_single = NextByte('\'', i + 1);
    }
    // Opening context: line start, space, opening bracket, dash, other quote.
    bool open_ctx = i == begin_;
    if (!open_ctx) {
      const uint8_t prev = p_[i - 1];
      int32_t prev_cp = CodePointBefore(i);
      open_ctx = IsSpace(prev) || prev == '(' || prev == '[' || prev == '{' || prev == '-' ||
                 (prev != q && (prev == '"' || prev == '\'')) || prev_cp == 0x2014 ||
                 prev_cp == 0x2013;
    }
    const bool next_space = i + 1 >= end_ || IsSpace(p_[i + 1]);
    if (q == '"') {
      if (open_ctx && !next_space) {
        open_double = i;
      } else if (!open_ctx && open_double != kNone) {
        pairs_.push_back({open_double, i});
        open_double = kNone;
      }
      continue;
    }
    // Single quote: an apostrophe between letters (don't, Smiths') is
    // neither an opening nor a matched closing quote.
    const uint8_t next = i + 1 < end_ ? p_[i + 1] : ' ';
    if (open_ctx && !next_space && !IsAsciiDigit(next)) {
      open_single = i;
    } else if (!open_ctx && open_single != kNone) {
      bool next_letter = IsAsciiAlpha(next) || IsAsciiDigit(next);
      if (next >= 0x80) {
        uint32_t after;
        int32_t c = CodePointAt(i + 1, &after);
        next_letter = c > 0 && (u_isalnum(c) || u_getCombiningClass(c) != 0 ||
                                u_charType(c) == U_COMBINING_SPACING_MARK);
      }
      if (!next_letter) {
        pairs_.push_back({open_single, i});
        open_single = kNone;
      }
    }
  }
}

bool LineSplitter::InsideQuotation(uint32_t t, uint32_t ce) const {
  for (const QuotePair& q : pairs_) {
    if (q.open < t && q.close >= ce) return true;
  }
  return false;
}

// Rule 6: a "." at t; the next word's first character is at `word`.
bool LineSplitter::PeriodEnds(uint32_t t, uint32_t word) const {
  uint32_t tb = t;
  while (tb > begin_ && !IsSpace(p_[tb - 1])) --tb;
  if (tb == t) return false;  // " . " separator
  uint32_t ts = tb;
  while (ts < t && (p_[ts] == '(' || p_[ts] == '[' || p_[ts] == '{' || p_[ts] == '"' ||
                    p_[ts] == '\'')) {
    ++ts;
  }
  std::string_view token = text_.substr(ts, t - ts);
  const bool next_digit =
      word < end_ && (IsAsciiDigit(p_[word]) ||
                      (word + 2 < end_ && p_[word] == 0xE0 && p_[word + 1] == 0xA7 &&
                       p_[word + 2] >= 0xA6 && p_[word + 2] <= 0xAF));
  AbbrevKind kind = ClassifyAbbreviation(token);
  if (kind == AbbrevKind::kNone) {
    // "হলেন-মো.", "আসামি:ড.": the part after a hyphen, dash, slash or colon.
    size_t cut = token.find_last_of("-/:");
    size_t dash = token.rfind("\u2014");
    if (dash == std::string_view::npos) dash = token.rfind("\u2013");
    if (dash != std::string_view::npos && (cut == std::string_view::npos || dash > cut)) cut = dash + 2;
    if (cut != std::string_view::npos && cut + 1 < token.size()) {
      kind = ClassifyAbbreviation(token.substr(cut + 1));
    }
  }
  switch (kind) {
    case AbbrevKind::kNeverEnds:
      return false;
    case AbbrevKind::kBeforeNumber:
      return !next_digit;
    case AbbrevKind::kMayEnd: {
      uint32_t we = word;
      while (we < end_ && IsAsciiAlpha(p_[we])) ++we;
      return IsSentenceStarter(text_.substr(word, we - word));
    }
    case AbbrevKind::kNone:
      break;
  }
  // A list marker ("1.", "১২.", "iv.", "এক.") opening the sentence.
  uint32_t first = segment_;
  while (first < tb && IsSpace(p_[first])) ++first;
  return !(first == tb && IsListMarker(token));
}

bool LineSplitter::EndsSentence(uint32_t t, uint32_t ce, TermKind kind,
                                bool closed_quote, bool closed_any) const {
  uint32_t w = ce;
  while (w < end_ && IsSpace(p_[w])) ++w;
  if (w >= end_) return true;
  const bool spaced = w > ce;
  uint32_t next_end;
  const int32_t next_cp = CodePointAt(w, &next_end);
  if (!spaced && kind != TermKind::kDanda) {
    // No space, but a new sentence: `clear."In response`, `process…But`,
    // and paragraphs run together by scrapers: `Avenue.Earlier, he`.
    const bool letter = next_cp > 0 && u_isalpha(next_cp);
    const bool upper_latin = next_cp < 0x80 && next_cp > 0 && IsAsciiUpper(next_cp);
    const bool run_together = !closed_any && kind != TermKind::kEllipsis && upper_latin &&
                              t > begin_ && IsAsciiLower(p_[t - 1]) && w + 1 < end_ &&
                              IsAsciiLower(p_[w + 1]);
    if (!((closed_any && letter && !IsAsciiLower(p_[w])) ||
          (kind == TermKind::kEllipsis && upper_latin) || run_together)) {
      return false;
    }
  }
  if (InsideQuotation(t, ce)) return false;
  // Rule 4: an attribution after a closing quote.
  if (closed_quote && (next_cp == ',' || next_cp == '-' || next_cp == 0x2014 || next_cp == 0x2013)) {
    return false;
  }
  uint32_t word = w;
  while (word < end_ && (p_[word] == '"' || p_[word] == '\'' || p_[word] == '(' ||
                         p_[word] == '[')) {
    ++word;
  }
  const bool next_lower = word < end_ && IsAsciiLower(p_[word]);
  switch (kind) {
    case TermKind::kDanda:
      return true;
    case TermKind::kQuestion:
      return !next_lower;
    case TermKind::kEllipsis:
      return word < end_ && IsAsciiUpper(p_[word]);
    case TermKind::kPeriod:
      if (next_lower) return false;
      return PeriodEnds(t, word);
  }
  return true;
}

void LineSplitter::Emit(uint32_t a, uint32_t b) {
  while (a < b && IsSpace(p_[a])) ++a;
  while (b > a && IsSpace(p_[b - 1])) --b;
  // Drop spans with no letter or digit ("।", "***", "—").
  bool content = false;
  for (uint32_t i = a; i < b && !content;) {
    if (p_[i] < 0x80) {
      content = IsAsciiAlpha(p_[i]) || IsAsciiDigit(p_[i]);
      ++i;
    } else {
      int32_t at = static_cast<int32_t>(i);
      int32_t c;
      U8_NEXT(p_, at, static_cast<int32_t>(b), c);
      content = c > 0 && u_isalnum(c);
      i = static_cast<uint32_t>(at);
    }
  }
  if (content) out_->push_back(Span{a, b});
}

void LineSplitter::Split(uint32_t begin, uint32_t end) {
  begin_ = begin;
  end_ = end;
  segment_ = begin;
  PairQuotes();
  const uint8_t* const p = p_;
  uint32_t i = begin;
  while (i < end) {
    // Fast skip to a byte that can start a terminator.
    while (i < end && !kMayStartTerminator[p[i]]) ++i;
    if (i >= end) break;
    bool danda = false, question = false, ellipsis = false;
    uint32_t len = TerminatorAt(i, &danda, &question, &ellipsis);
    if (len == 0) {
      ++i;
      continue;
    }
    const uint32_t t = i;
    uint32_t te = i + len;
    uint32_t dots = p_[i] == '.' ? 1 : 0;
    while (te < end && (len = TerminatorAt(te, &danda, &question, &ellipsis)) != 0) {
      if (p_[te] == '.') ++dots;
      te += len;
    }
    uint32_t ce = te;
    bool closed_quote = false;
    while (ce < end && (len = CloserAt(ce, &closed_quote)) != 0) ce += len;
    TermKind kind = danda      ? TermKind::kDanda
                    : question ? TermKind::kQuestion
                    : (ellipsis || dots > 1) ? TermKind::kEllipsis
                                             : TermKind::kPeriod;
    if (EndsSentence(t, ce, kind, closed_quote, ce > te)) {
      Emit(segment_, ce);
      segment_ = ce;
    }
    i = ce;
  }
  Emit(segment_, end);
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text, Language language) {
  std::vector<Span> spans;
  LineSplitter splitter(text, language, &spans);
  const uint32_t n = static_cast<uint32_t>(text.size());
  uint32_t line = 0;
  while (line < n) {
    const void* nl = std::memchr(text.data() + line, '\n', n - line);
    uint32_t end = nl == nullptr ? n : static_cast<uint32_t>(static_cast<const char*>(nl) - text.data());
    splitter.Split(line, end);
    line = end + 1;
  }
  return spans;
}

}  // namespace sangati
