#include "engine/text/normalizer.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "engine/core/source_pos.h"
#include "engine/text/char_table.h"
#include "engine/text/sentences.h"
#include "unicode/bytestream.h"
#include "unicode/edits.h"
#include "unicode/normalizer2.h"
#include "unicode/stringpiece.h"
#include "unicode/utf8.h"

namespace sangati {
namespace {

using text_internal::CharInfo;
using text_internal::CharTable;
using text_internal::Fold;

constexpr int32_t kNukta = 0x09BC;
constexpr int32_t kBengaliSignE = 0x09C7;  // ে, composes with া and ৗ
constexpr uint8_t kNuktaCcc = 7;

// The precomposed nukta letter for a base (য ড ঢ), or 0.
int32_t PrecomposedNukta(int32_t base) {
  switch (base) {
    case 0x09AF: return 0x09DF;  // য + ় -> য়
    case 0x09A1: return 0x09DC;  // ড + ় -> ড়
    case 0x09A2: return 0x09DD;  // ঢ + ় -> ঢ়
    default: return 0;
  }
}

void AppendUtf8(int32_t c, std::string* out) {
  uint8_t buf[4];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, c);  // c is a valid scalar value
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
}

// What one code point needs, given the code point before it.
enum class Verdict {
  kCopy,          // canonical here; not a normalisation boundary
  kCopyBoundary,  // canonical here and nothing before it can change it
  kFold,          // steps 1-4 replace or remove it
  kNfc,           // NFC would compose, decompose or reorder around it
  kNukta,         // a decomposed য/ড/ঢ + nukta to recompose
};

struct ScanState {
  int32_t prev_cp = -1;
  uint8_t prev_ccc = 0;
};

Verdict Classify(int32_t c, CharInfo info, const ScanState& st) {
  if (info.simple()) return Verdict::kCopyBoundary;
  if (info.fold() != Fold::kNone) return Verdict::kFold;
  if (info.nukta_letter()) return Verdict::kCopyBoundary;
  if (info.qc_no()) return Verdict::kNfc;
  if (info.qc_maybe()) {
    // া and ৗ are the Bengali vowel signs NFC composes with a preceding ে;
    // elsewhere they are already canonical. Other "maybe" characters
    // (combining accents, Hangul jamo, ...) go to ICU.
    if ((c == 0x09BE || c == 0x09D7) && st.prev_cp != kBengaliSignE) return Verdict::kCopy;
    return Verdict::kNfc;
  }
  uint8_t ccc = info.ccc();
  if (ccc != 0 && ccc < st.prev_ccc) return Verdict::kNfc;  // marks out of order
  if (c == kNukta && PrecomposedNukta(st.prev_cp) != 0) return Verdict::kNukta;
  if (ccc == 0 && !info.boundary_before()) return Verdict::kNfc;
  return Verdict::kCopy;
}

void Step(int32_t c, CharInfo info, ScanState* st) {
  st->prev_cp = c;
  // A precomposed nukta letter carries its nukta: a following mark of a
  // lower class would sort before the nukta, so treat it as class 7.
  st->prev_ccc = info.nukta_letter() ? kNuktaCcc : info.ccc();
}

// Walks the old map (or, without one, the old text itself) for offsets that
// only grow, so composing maps costs O(text) in total.
class RawCursor {
 public:
  RawCursor(std::string_view text, const OffsetMap& map)
      : text_(text), anchors_(map.anchors()), identity_(map.empty()) {
    if (identity_) pos_ = SourcePos{1, 1};
  }

  // The input-file position of old-text byte `offset`, as OffsetMap::Lookup
  // would give it. REQUIRES: offsets passed in non-decreasing order.
  SourcePos Advance(uint32_t offset) {
    if (!identity_) {
      while (next_ < anchors_.size() && anchors_[next_].offset <= offset) {
        cur_ = anchors_[next_].offset;
        pos_ = anchors_[next_].pos;
        ++next_;
      }
      if (next_ == 0) return anchors_.front().pos;
    }
    const uint32_t end = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
    const char* const t = text_.data();
    uint32_t cur = cur_;
    SourcePos pos = pos_;
    if (identity_) {
      for (; cur < end; ++cur) {
        const unsigned char b = static_cast<unsigned char>(t[cur]);
        if (b == '\n' || (b == '\r' && (cur + 1 >= text_.size() || t[cur + 1] != '\n'))) {
          ++pos.line;
          pos.column = 1;
        } else if ((b & 0xC0) != 0x80) {
          ++pos.column;
        }
      }
    } else {
      for (; cur < end; ++cur) pos.column += (static_cast<unsigned char>(t[cur]) & 0xC0) != 0x80;
    }
    cur_ = std::max(cur, cur_);
    pos_ = pos;
    return pos_;
  }

 private:
  std::string_view text_;
  const std::vector<OffsetMap::Anchor>& anchors_;
  bool identity_;
  size_t next_ = 0;  // first anchor after cur_
  uint32_t cur_ = 0;
  SourcePos pos_;
};

// One normalisation pass over `in`. With kWithMap it also builds the new
// offset map (through `cursor`); without, map and cursor are null.
template <bool kWithMap>
class Pass {
 public:
  Pass(std::string_view in, std::string* out, OffsetMap* map, RawCursor* cursor,
       const OffsetMap* old_map)
      : in_(in),
        s_(reinterpret_cast<const uint8_t*>(in.data())),
        n_(static_cast<int32_t>(in.size())),
        out_(out),
        map_(map),
        cursor_(cursor),
        old_map_(old_map),
        table_(CharTable::Get()) {}

  void Run();

  uint32_t invalid_count() const { return invalid_count_; }
  // Input offset of the first ill-formed sequence (when invalid_count() > 0).
  uint32_t first_invalid() const { return first_invalid_; }

 private:
  int32_t ScanCanonical(int32_t i, ScanState* state, int32_t* boundary) const;
  void Flush(int32_t from, int32_t to);
  void Region(int32_t from, int32_t to);
  int32_t RegionEnd(int32_t i) const;
  void Anchor(uint32_t src) {
    if constexpr (kWithMap) map_->Add(static_cast<uint32_t>(out_->size()), cursor_->Advance(src));
  }
  bool NeedsIcu(const std::string& folded) const;

  std::string_view in_;
  const uint8_t* s_;
  int32_t n_;
  std::string* out_;
  OffsetMap* map_;
  RawCursor* cursor_;
  const OffsetMap* old_map_;
  const CharTable& table_;
  size_t old_next_ = 0;  // next old-map anchor not yet carried over

  uint32_t invalid_count_ = 0;
  uint32_t first_invalid_ = 0;

  // Scratch for Region(), reused across regions.
  std::string folded_;
  std::vector<uint32_t> folded_src_;  // input offset of each byte of folded_
  std::string nfc_;
  std::vector<uint32_t> nfc_src_;
  icu::Edits edits_;
};

// Scans from `i` over text that is already canonical and returns the
// offset of the first code point that needs work (a CR, a fold, NFC, a
// nukta to compose, ill-formed UTF-8), or n_. Updates the scan state and the
// last boundary seen. The hot loop: no calls but the rare supplementary
// lookup.
template <bool kWithMap>
int32_t Pass<kWithMap>::ScanCanonical(int32_t i, ScanState* state, int32_t* boundary) const {
  const uint8_t* const s = s_;
  const int32_t n = n_;
  const uint16_t* const bmp = table_.bmp();
  ScanState st = *state;
  int32_t last_boundary = *boundary;
  while (i < n) {
    const uint8_t b = s[i];
    if (b < 0x80) {
      if (b == '\r') break;
      ++i;
      // Then eight ASCII bytes without a CR at a time.
      while (i + 8 <= n) {
        uint64_t w;
        std::memcpy(&w, s + i, 8);
        const uint64_t cr = w ^ 0x0D0D0D0D0D0D0D0DULL;
        const bool has_cr = ((cr - 0x0101010101010101ULL) & ~cr & 0x8080808080808080ULL) != 0;
        if ((w & 0x8080808080808080ULL) != 0 || has_cr) break;
        i += 8;
      }
      last_boundary = i - 1;
      st.prev_cp = s[i - 1];
      st.prev_ccc = 0;
      continue;
    }
    const int32_t start = i;
    int32_t c;
    if ((b & 0xF0) == 0xE0 && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) {
      // Three-byte sequences (all of Bengali) decoded inline.
      c = ((b & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
      if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) break;  // overlong, surrogate
      i += 3;
    } else {
      U8_NEXT(s, i, n, c);
      if (c < 0) {
        i = start;
        break;
      }
    }
    const CharInfo info = c < 0x10000 ? CharInfo{bmp[c]} : table_(c);
    const Verdict v = Classify(c, info, st);
    if (v == Verdict::kCopyBoundary) {
      last_boundary = start;
    } else if (v != Verdict::kCopy) {
      i = start;
      break;
    }
    Step(c, info, &st);
  }
  *state = st;
  *boundary = last_boundary;
  return i;
}

template <bool kWithMap>
void Pass<kWithMap>::Run() {
  out_->reserve(out_->size() + in_.size());
  if constexpr (kWithMap) Anchor(0);
  int32_t i = 0;
  int32_t copy_from = 0;      // start of the input not yet written out
  int32_t last_boundary = 0;  // latest NFC boundary at or before i
  ScanState st;
  while (true) {
    i = ScanCanonical(i, &st, &last_boundary);
    if (i >= n_) break;
    if (s_[i] == '\r') {
      // CR LF -> LF (drop the CR); lone CR -> LF.
      Flush(copy_from, i);
      if (i + 1 < n_ && s_[i + 1] == '\n') {
        ++i;
        if constexpr (kWithMap) Anchor(static_cast<uint32_t>(i));  // the LF
      } else {
        out_->push_back('\n');
        ++i;
        if constexpr (kWithMap) {
          if (i < n_) Anchor(static_cast<uint32_t>(i));  // next line starts
        }
      }
      copy_from = last_boundary = i;
      st = ScanState{'\n', 0};
      continue;
    }
    // The code point at i needs work: normalise the segment from the last
    // boundary to the next one on the slow path.
    int32_t c;
    U8_NEXT(s_, i, n_, c);
    const int32_t end = RegionEnd(i);
    Flush(copy_from, last_boundary);
    Region(last_boundary, end);
    copy_from = last_boundary = i = end;
    st = ScanState{};
  }
  Flush(copy_from, n_);
}

// The first NFC boundary at or after `i` where no fold applies.
template <bool kWithMap>
int32_t Pass<kWithMap>::RegionEnd(int32_t i) const {
  while (i < n_) {
    if (s_[i] < 0x80) return i;
    int32_t j = i;
    int32_t c;
    U8_NEXT(s_, j, n_, c);
    if (c >= 0) {
      CharInfo info = table_(c);
      if (info.fold() == Fold::kNone && info.boundary_before() && !info.qc_maybe()) return i;
    }
    i = j;
  }
  return n_;
}

// Copies input [from, to) unchanged, carrying over old-map anchors and
// adding one at each line start.
template <bool kWithMap>
void Pass<kWithMap>::Flush(int32_t from, int32_t to) {
  if (from >= to) return;
  const uint32_t out_base = static_cast<uint32_t>(out_->size());
  out_->append(in_.data() + from, static_cast<size_t>(to - from));
  if constexpr (kWithMap) {
    const auto& old = old_map_->anchors();
    while (old_next_ < old.size() && old[old_next_].offset < static_cast<uint32_t>(from)) ++old_next_;
    const uint32_t kNone = UINT32_MAX;
    uint32_t search = static_cast<uint32_t>(from);
    uint32_t next_line = kNone;
    auto find_line = [&] {
      const void* p = std::memchr(in_.data() + search, '\n', static_cast<size_t>(to) - search);
      next_line = p == nullptr ? kNone
                               : static_cast<uint32_t>(static_cast<const char*>(p) - in_.data()) + 1;
    };
    find_line();
    while (true) {
      uint32_t next_old =
          old_next_ < old.size() && old[old_next_].offset < static_cast<uint32_t>(to)
              ? old[old_next_].offset
              : kNone;
      uint32_t at = std::min(next_line, next_old);
      if (at == kNone || at >= static_cast<uint32_t>(n_)) break;
      map_->Add(out_base + (at - static_cast<uint32_t>(from)), cursor_->Advance(at));
      if (at == next_old) ++old_next_;
      if (at == next_line) {
        search = at;
        if (search >= static_cast<uint32_t>(to)) {
          next_line = kNone;
        } else {
          find_line();
        }
      }
    }
  }
}

// True when NFC would change `folded` (already folded, valid UTF-8) beyond
// the nukta recomposition that Region() does itself.
template <bool kWithMap>
bool Pass<kWithMap>::NeedsIcu(const std::string& folded) const {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(folded.data());
  const int32_t len = static_cast<int32_t>(folded.size());
  ScanState st;
  for (int32_t i = 0; i < len;) {
    int32_t c;
    U8_NEXT(p, i, len, c);
    CharInfo info = table_(c);
    if (Classify(c, info, st) == Verdict::kNfc) return true;
    Step(c, info, &st);
  }
  return false;
}

// Normalises input [from, to) the slow way: fold, NFC if needed, recompose
// nukta letters. Anchors every output code point to the input character it
// came from.
template <bool kWithMap>
void Pass<kWithMap>::Region(int32_t from, int32_t to) {
  folded_.clear();
  folded_src_.clear();
  for (int32_t i = from; i < to;) {
    const uint32_t start = static_cast<uint32_t>(i);
    int32_t c;
    U8_NEXT(s_, i, to, c);
    if (c < 0) {
      c = 0xFFFD;
      if (invalid_count_++ == 0) first_invalid_ = start;
    } else {
      switch (table_(c).fold()) {
        case Fold::kNone: break;
        case Fold::kRemove: continue;
        case Fold::kSpace: c = ' '; break;
        case Fold::kApostrophe: c = '\''; break;
        case Fold::kQuote: c = '"'; break;
        case Fold::kNewline: c = '\n'; break;
      }
    }
    size_t before = folded_.size();
    AppendUtf8(c, &folded_);
    folded_src_.insert(folded_src_.end(), folded_.size() - before, start);
  }

  const std::string* text = &folded_;
  const std::vector<uint32_t>* src = &folded_src_;
  if (NeedsIcu(folded_)) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    nfc_.clear();
    icu::StringByteSink<std::string> sink(&nfc_);
    if (U_SUCCESS(status)) {
      nfc->normalizeUTF8(0, icu::StringPiece(folded_.data(), static_cast<int32_t>(folded_.size())),
                         sink, &edits_, status);
    }
    if (U_SUCCESS(status)) {
      nfc_src_.assign(nfc_.size(), 0);
      icu::Edits::Iterator it = edits_.getFineIterator();
      while (it.next(status)) {
        const int32_t s = it.sourceIndex(), d = it.destinationIndex();
        for (int32_t k = 0; k < it.newLength(); ++k) {
          nfc_src_[d + k] = folded_src_[it.hasChange() ? s : s + k];
        }
      }
      text = &nfc_;
      src = &nfc_src_;
    }
    // On an ICU failure (out of memory) the folded text is kept.
  }

  const uint8_t* p = reinterpret_cast<const uint8_t*>(text->data());
  const int32_t len = static_cast<int32_t>(text->size());
  for (int32_t i = 0; i < len;) {
    const int32_t start = i;
    int32_t c;
    U8_NEXT(p, i, len, c);
    int32_t composed = PrecomposedNukta(c);
    if (composed != 0 && i + 3 <= len && p[i] == 0xE0 && p[i + 1] == 0xA6 && p[i + 2] == 0xBC) {
      c = composed;
      i += 3;
    }
    if constexpr (kWithMap) Anchor((*src)[start]);
    AppendUtf8(c, out_);
  }
  if constexpr (kWithMap) {
    if (to < n_) Anchor(static_cast<uint32_t>(to));
  }
}

}  // namespace

void PrepareDocument(Document* doc) {
  std::string out;
  OffsetMap map;
  RawCursor cursor(doc->text, doc->to_raw);
  Pass<true> pass(doc->text, &out, &map, &cursor, &doc->to_raw);
  pass.Run();
  if (pass.invalid_count() > 0) {
    RawCursor where(doc->text, doc->to_raw);
    doc->warnings.push_back(FormatLocation(doc->path, where.Advance(pass.first_invalid())) +
                            ": invalid UTF-8 replaced by U+FFFD (" +
                            std::to_string(pass.invalid_count()) + " times)");
  }
  doc->text = std::move(out);
  doc->to_raw = std::move(map);
  doc->sentences = SplitSentences(doc->text, doc->language);
  doc->title = NormalizeText(doc->title);
}

std::string NormalizeText(std::string_view text) {
  std::string out;
  Pass<false> pass(text, &out, nullptr, nullptr, nullptr);
  pass.Run();
  return out;
}

}  // namespace sangati
