#include "engine/core/offset_map.h"

#include <algorithm>

namespace sangati {

void OffsetMap::Add(uint32_t offset, SourcePos pos) {
  if (!anchors_.empty() && anchors_.back().offset == offset) {
    anchors_.back().pos = pos;
    return;
  }
  anchors_.push_back(Anchor{offset, pos});
}

SourcePos OffsetMap::Lookup(std::string_view derived, uint32_t offset) const {
  if (anchors_.empty()) return SourcePos{};
  auto it = std::upper_bound(
      anchors_.begin(), anchors_.end(), offset,
      [](uint32_t value, const Anchor& a) { return value < a.offset; });
  if (it == anchors_.begin()) return anchors_.front().pos;
  const Anchor& anchor = *(it - 1);
  SourcePos pos = anchor.pos;
  // Advance the column by the code points between the anchor and the offset
  // (continuation bytes 10xxxxxx do not start a code point).
  uint32_t end = std::min<uint32_t>(offset, static_cast<uint32_t>(derived.size()));
  for (uint32_t i = anchor.offset; i < end; ++i) {
    if ((static_cast<unsigned char>(derived[i]) & 0xC0) != 0x80) ++pos.column;
  }
  return pos;
}

}  // namespace sangati
