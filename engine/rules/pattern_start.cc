#include "engine/rules/pattern_start.h"

#include <cstdlib>
#include <string>

#include "engine/core/utf8.h"

namespace sangati {

namespace {
constexpr char32_t kApproximationSign = U'~';
}  // namespace

bool IsScanPrefixCodePoint(char32_t cp) {
  return !IsWordCodePoint(cp) && cp != kApproximationSign;
}

// Kept in step with IsScanPrefixCodePoint by
// tests/engine/rules/pattern_start_test, which compares the two over every
// code point of the Basic Multilingual Plane.
const char kScanPrefixClass[] =
    "[\\x{0}-\\x{2F}\\x{3A}-\\x{40}\\x{5B}-\\x{5E}\\x{60}\\x{7B}-\\x{7D}\\x{7F}-\\x{A9}"
    "\\x{AB}-\\x{B4}\\x{B6}-\\x{B9}\\x{BB}-\\x{BF}\\x{D7}\\x{F7}"
    "\\x{964}\\x{965}\\x{9F2}\\x{9F3}\\x{9FB}"
    "\\x{2000}-\\x{200B}\\x{200E}-\\x{2125}\\x{2127}-\\x{2129}\\x{212C}-\\x{2BFF}"
    "\\x{2E00}-\\x{2E7F}\\x{3000}-\\x{303F}\\x{FE30}-\\x{FE4F}\\x{FEFF}"
    "\\x{FF00}-\\x{FF0F}\\x{FFFD}]";

namespace {

// What a piece of pattern says about the start of its matches.
struct Start {
  bool nullable = false;   // it can match the empty string
  bool word_first = true;  // every non-empty match begins with a word character or ~
};

// A recursive-descent reader of the RE2 syntax that matters for the first
// character; `failed` is set on anything it does not follow.
class StartReader {
 public:
  explicit StartReader(std::string_view p) : p_(p) {}

  bool WordFirst() {
    Start s = Alternation();
    return !failed_ && pos_ == p_.size() && !s.nullable && s.word_first;
  }

 private:
  bool More() const { return pos_ < p_.size() && !failed_; }
  char Peek() const { return p_[pos_]; }

  Start Alternation() {
    Start acc = Sequence();
    while (More() && Peek() == '|') {
      ++pos_;
      Start branch = Sequence();
      acc.nullable = acc.nullable || branch.nullable;
      acc.word_first = acc.word_first && branch.word_first;
    }
    return acc;
  }

  Start Sequence() {
    Start acc;
    acc.nullable = true;  // until an item that cannot be empty
    while (More() && Peek() != '|' && Peek() != ')') {
      Start item = Repeated();
      if (acc.nullable) {
        acc.word_first = acc.word_first && item.word_first;
        acc.nullable = item.nullable;
      }
    }
    return acc;
  }

  Start Repeated() {
    Start s = Atom();
    while (More()) {
      const char c = Peek();
      if (c == '*' || c == '?') {
        s.nullable = true;
        ++pos_;
      } else if (c == '+') {
        ++pos_;
      } else if (c == '{' && RepeatCount(&s)) {
        // RepeatCount moved past "{m,n}"
      } else {
        break;
      }
      if (More() && Peek() == '?') ++pos_;  // non-greedy
    }
    return s;
  }

  // Reads "{m}", "{m,}" or "{m,n}" at pos_; a zero minimum makes `s`
  // nullable. False (pos_ unchanged) when it is not a repeat count, which
  // RE2 then reads as a literal '{'.
  bool RepeatCount(Start* s) {
    size_t i = pos_ + 1;
    const size_t digits = i;
    while (i < p_.size() && p_[i] >= '0' && p_[i] <= '9') ++i;
    if (i == digits) return false;
    const int min = std::atoi(std::string(p_.substr(digits, i - digits)).c_str());
    if (i < p_.size() && p_[i] == ',') {
      ++i;
      while (i < p_.size() && p_[i] >= '0' && p_[i] <= '9') ++i;
    }
    if (i >= p_.size() || p_[i] != '}') return false;
    pos_ = i + 1;
    if (min == 0) s->nullable = true;
    return true;
  }

  Start Atom() {
    const char c = Peek();
    if (c == '(') return Group();
    if (c == '[') return Class();
    if (c == '\\') return Escape();
    if (c == '^' || c == '$') {
      ++pos_;
      return Start{true, true};  // zero-width
    }
    if (c == '.') {
      ++pos_;
      return Start{false, false};
    }
    return Start{false, WordLiteral(NextCodePoint())};
  }

  Start Group() {
    ++pos_;  // '('
    if (More() && Peek() == '?') {
      ++pos_;
      if (More() && (Peek() == 'P' || Peek() == '<')) {  // (?P<name> or (?<name>
        const size_t close = p_.find('>', pos_);
        if (close == std::string_view::npos) return Fail();
        pos_ = close + 1;
      } else {
        // Flags: "(?i)" sets them for what follows, "(?i:" opens a group.
        // (Case folding keeps a letter a word character: IsWordCodePoint
        // counts the Kelvin, Ångström and Ohm signs as letters.)
        while (More() && Peek() != ')' && Peek() != ':') ++pos_;
        if (!More()) return Fail();
        if (Peek() == ')') {
          ++pos_;
          return Start{true, true};
        }
        ++pos_;  // ':'
      }
    }
    Start inner = Alternation();
    if (!More() || Peek() != ')') return Fail();
    ++pos_;
    return inner;
  }

  Start Class() {
    ++pos_;  // '['
    bool word = true;
    if (More() && Peek() == '^') {
      word = false;
      ++pos_;
    }
    bool first = true;
    while (More() && (Peek() != ']' || first)) {
      first = false;
      if (p_.compare(pos_, 2, "[:") == 0) return Fail();  // POSIX class
      char32_t lo = 0;
      if (Peek() == '\\') {
        ++pos_;
        if (!More()) return Fail();
        const char e = Peek();
        if (e == 'd' || e == 'w') {
          ++pos_;
          continue;
        }
        if (e == 'D' || e == 'W' || e == 's' || e == 'S' || e == 'p' || e == 'P') {
          word = false;
          SkipEscapeBody();
          continue;
        }
        lo = EscapedCodePoint();
      } else {
        lo = NextCodePoint();
      }
      char32_t hi = lo;
      if (pos_ + 1 < p_.size() && Peek() == '-' && p_[pos_ + 1] != ']') {
        ++pos_;
        if (Peek() == '\\') {
          ++pos_;
          if (!More()) return Fail();
          hi = EscapedCodePoint();
        } else {
          hi = NextCodePoint();
        }
      }
      for (char32_t cp = lo; cp <= hi && word; ++cp) word = WordLiteral(cp);
    }
    if (!More()) return Fail();
    ++pos_;  // ']'
    return Start{false, word};
  }

  Start Escape() {
    ++pos_;  // '\'
    if (!More()) return Fail();
    const char e = Peek();
    switch (e) {
      case 'd':
      case 'w':
        ++pos_;
        return Start{false, true};
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        ++pos_;
        return Start{true, true};  // zero-width
      case 'D':
      case 'W':
      case 's':
      case 'S':
      case 'p':
      case 'P':
        SkipEscapeBody();
        return Start{false, false};
      case 'Q':
      case 'C':
        return Fail();
      default:
        if (e >= '0' && e <= '9') return Fail();
        return Start{false, WordLiteral(EscapedCodePoint())};
    }
  }

  // Past the letter of \d, \s, \pL, \p{Bengali} and the like.
  void SkipEscapeBody() {
    const char e = p_[pos_++];
    if ((e == 'p' || e == 'P') && More()) {
      if (Peek() == '{') {
        const size_t close = p_.find('}', pos_);
        pos_ = close == std::string_view::npos ? p_.size() : close + 1;
      } else {
        ++pos_;
      }
    }
  }

  // The code point of an escape whose letter is at pos_ (\x{..}, \xHH,
  // \n, \t, or a quoted punctuation character).
  char32_t EscapedCodePoint() {
    const char e = Peek();
    if (e == 'x') {
      ++pos_;
      std::string hex;
      if (More() && Peek() == '{') {
        const size_t close = p_.find('}', pos_);
        if (close == std::string_view::npos) {
          Fail();
          return 0;
        }
        hex = std::string(p_.substr(pos_ + 1, close - pos_ - 1));
        pos_ = close + 1;
      } else {
        hex = std::string(p_.substr(pos_, 2));
        pos_ += 2;
      }
      return static_cast<char32_t>(std::strtoul(hex.c_str(), nullptr, 16));
    }
    ++pos_;
    switch (e) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case 'a':
        return '\a';
      default:
        return static_cast<unsigned char>(e);
    }
  }

  char32_t NextCodePoint() {
    char32_t cp = 0;
    pos_ += DecodeUtf8(p_, pos_, &cp);
    return cp;
  }

  // Whether a literal `cp` may open a match: a word character or `~`.
  static bool WordLiteral(char32_t cp) {
    return IsWordCodePoint(cp) || cp == kApproximationSign;
  }

  Start Fail() {
    failed_ = true;
    return Start{false, false};
  }

  std::string_view p_;
  size_t pos_ = 0;
  bool failed_ = false;
};

}  // namespace

bool MatchesBeginWithWordCharOrTilde(std::string_view pattern) {
  return StartReader(pattern).WordFirst();
}

}  // namespace sangati
