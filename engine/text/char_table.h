// engine/text/char_table.h (internal to engine/text): per-code-point facts
// the normaliser's fast scan needs, looked up in one load.
//
// For every BMP code point the table packs its canonical combining class,
// its NFC quick-check value, whether NFC has a boundary before it, and the
// fold (engine/text/normalizer.h, steps 1-4) that applies to it. The table is
// built once from ICU on first use; supplementary code points are computed
// on each call (they are rare in news text).
#ifndef SANGATI_ENGINE_TEXT_CHAR_TABLE_H_
#define SANGATI_ENGINE_TEXT_CHAR_TABLE_H_

#include <cstdint>
#include <memory>

namespace sangati::text_internal {

// What steps 1-4 of the canonical form do with a code point.
enum class Fold : uint8_t {
  kNone = 0,
  kRemove = 1,      // zero-width, BOM, soft hyphen, bidi controls
  kSpace = 2,       // becomes ' '
  kApostrophe = 3,  // becomes '\''
  kQuote = 4,       // becomes '"'
  kNewline = 5,     // becomes '\n'
};

// Packed facts about one code point.
struct CharInfo {
  uint16_t bits = 0;

  static constexpr uint16_t kCccMask = 0x00FF;
  static constexpr int kFoldShift = 8;  // 3 bits
  static constexpr uint16_t kFoldMask = 0x0700;
  static constexpr uint16_t kBoundaryBefore = 0x0800;  // NFC boundary before it
  static constexpr uint16_t kQcNo = 0x1000;            // NFC_Quick_Check = No
  static constexpr uint16_t kQcMaybe = 0x2000;         // may compose with the previous
  // Needs nothing and nothing before it can interact with it: no fold,
  // ccc 0, quick check Yes, boundary before.
  static constexpr uint16_t kSimple = 0x4000;
  // U+09DC, U+09DD, U+09DF: precomposed nukta letters, canonical in our form
  // although NFC decomposes them.
  static constexpr uint16_t kNuktaLetter = 0x8000;

  uint8_t ccc() const { return static_cast<uint8_t>(bits & kCccMask); }
  Fold fold() const { return static_cast<Fold>((bits & kFoldMask) >> kFoldShift); }
  bool simple() const { return bits & kSimple; }
  bool boundary_before() const { return bits & kBoundaryBefore; }
  bool qc_no() const { return bits & kQcNo; }
  bool qc_maybe() const { return bits & kQcMaybe; }
  bool nukta_letter() const { return bits & kNuktaLetter; }
};

// The table. Built once, immutable, safe for concurrent use.
class CharTable {
 public:
  // The process-wide table; the first call builds it from ICU (a few ms).
  static const CharTable& Get();

  // Facts about code point `c` (0 <= c <= 0x10FFFF, not a surrogate).
  CharInfo operator()(int32_t c) const {
    return c < 0x10000 ? CharInfo{bmp_[c]} : Supplementary(c);
  }

  // The BMP part: CharInfo{bmp()[c]} for c < 0x10000.
  const uint16_t* bmp() const { return bmp_.get(); }

  // Not copyable.
  CharTable(const CharTable&) = delete;
  CharTable& operator=(const CharTable&) = delete;

 private:
  CharTable();
  CharInfo Supplementary(int32_t c) const;

  std::unique_ptr<uint16_t[]> bmp_;
};

// The fold for `c` from the fold list alone (no ICU). Thread-safe.
Fold FoldOf(int32_t c);

}  // namespace sangati::text_internal

#endif  // SANGATI_ENGINE_TEXT_CHAR_TABLE_H_
