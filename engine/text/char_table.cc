#include "engine/text/char_table.h"

#include <cstdlib>

#include "unicode/normalizer2.h"
#include "unicode/uchar.h"
#include "unicode/unorm2.h"

namespace sangati::text_internal {
namespace {

// Steps 1-4 of the canonical form (engine/text/normalizer.h), as data.
struct FoldRange {
  int32_t first, last;
  Fold fold;
};
constexpr FoldRange kFolds[] = {
    // Line breaks (CR is handled by the scanner because CR LF is one break).
    {0x0085, 0x0085, Fold::kNewline},
    {0x2028, 0x2029, Fold::kNewline},
    // Invisible characters.
    {0x00AD, 0x00AD, Fold::kRemove},  // soft hyphen
    {0x180E, 0x180E, Fold::kRemove},  // Mongolian vowel separator
    {0x200B, 0x200D, Fold::kRemove},  // ZWSP, ZWNJ, ZWJ
    {0x200E, 0x200F, Fold::kRemove},  // LRM, RLM
    {0x202A, 0x202E, Fold::kRemove},  // bidi embeddings and overrides
    {0x2060, 0x2060, Fold::kRemove},  // word joiner
    {0x2066, 0x2069, Fold::kRemove},  // bidi isolates
    {0xFEFF, 0xFEFF, Fold::kRemove},  // BOM / ZWNBSP
    // Spaces.
    {0x00A0, 0x00A0, Fold::kSpace},
    {0x1680, 0x1680, Fold::kSpace},
    {0x2000, 0x200A, Fold::kSpace},
    {0x202F, 0x202F, Fold::kSpace},
    {0x205F, 0x205F, Fold::kSpace},
    {0x3000, 0x3000, Fold::kSpace},
    // Single quotes and apostrophes.
    {0x2018, 0x2019, Fold::kApostrophe},  // ‘ ’
    {0x201A, 0x201B, Fold::kApostrophe},  // ‚ ‛
    {0x2032, 0x2032, Fold::kApostrophe},  // ′
    {0x2039, 0x203A, Fold::kApostrophe},  // ‹ ›
    // Double quotes.
    {0x201C, 0x201D, Fold::kQuote},  // “ ”
    {0x201E, 0x201F, Fold::kQuote},  // „ ‟
    {0x2033, 0x2033, Fold::kQuote},  // ″
    {0x00AB, 0x00AB, Fold::kQuote},  // «
    {0x00BB, 0x00BB, Fold::kQuote},  // »
};

CharInfo Compute(const icu::Normalizer2* nfc, int32_t c) {
  uint16_t bits = 0;
  uint8_t ccc = u_getCombiningClass(c);
  bits |= ccc;
  Fold fold = FoldOf(c);
  bits |= static_cast<uint16_t>(static_cast<uint16_t>(fold) << CharInfo::kFoldShift);
  int32_t qc = u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK);
  if (qc == UNORM_NO) bits |= CharInfo::kQcNo;
  if (qc == UNORM_MAYBE) bits |= CharInfo::kQcMaybe;
  bool boundary = nfc->hasBoundaryBefore(c);
  if (boundary) bits |= CharInfo::kBoundaryBefore;
  if (c == 0x09DC || c == 0x09DD || c == 0x09DF) bits |= CharInfo::kNuktaLetter;
  if (fold == Fold::kNone && ccc == 0 && qc == UNORM_YES && boundary) {
    bits |= CharInfo::kSimple;
  }
  return CharInfo{bits};
}

const icu::Normalizer2* Nfc() {
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    // ICU data is linked in (ICU::data); failure here means a broken install.
    if (U_FAILURE(status) || n == nullptr) std::abort();
    return n;
  }();
  return nfc;
}

}  // namespace

const CharTable& CharTable::Get() {
  static const CharTable* table = new CharTable();
  return *table;
}

CharTable::CharTable() : bmp_(new uint16_t[0x10000]()) {
  const icu::Normalizer2* nfc = Nfc();
  for (int32_t c = 0; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;  // never decoded from UTF-8
    bmp_[c] = Compute(nfc, c).bits;
  }
}

CharInfo CharTable::Supplementary(int32_t c) const { return Compute(Nfc(), c); }

Fold FoldOf(int32_t c) {
  for (const FoldRange& r : kFolds) {
    if (c >= r.first && c <= r.last) return r.fold;
  }
  return Fold::kNone;
}


}  // namespace sangati::text_internal
