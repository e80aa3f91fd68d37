// engine/core/offset_map.h: maps byte offsets in a derived string back to
// line/column positions in the original input file.
//
// Adapters cut an article body out of a file (a JSON string, HTML paragraphs,
// the body lines of a plain-text page) and engine/text normalises it further
// (NFC, quote folding, removed zero-width characters). Each step records
// anchors: "derived offset D starts at raw position P". Between two anchors
// the derived text is assumed to run in step with the raw text on one line,
// so a lookup finds the last anchor at or before the offset and advances the
// column by the code points in between. Producers therefore add an anchor at
// every line start and wherever the derived text stops copying the raw text.
#ifndef SANGATI_ENGINE_CORE_OFFSET_MAP_H_
#define SANGATI_ENGINE_CORE_OFFSET_MAP_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/core/source_pos.h"

namespace sangati {

class OffsetMap {
 public:
  struct Anchor {
    uint32_t offset = 0;  // byte offset in the derived string
    SourcePos pos;        // where that byte came from in the input file
  };

  OffsetMap() = default;
  // Copyable and movable.

  // Appends an anchor. REQUIRES: offsets are added in non-decreasing order.
  // An anchor at the same offset as the previous one replaces it.
  void Add(uint32_t offset, SourcePos pos);

  // The input-file position of byte `offset` of `derived` (the string this
  // map was built for). Returns {0,0} when the map is empty.
  SourcePos Lookup(std::string_view derived, uint32_t offset) const;

  // A later stage (engine/text) composes maps by calling Lookup() on the
  // earlier stage's map for each anchor it creates.

  const std::vector<Anchor>& anchors() const { return anchors_; }
  bool empty() const { return anchors_.empty(); }

 private:
  std::vector<Anchor> anchors_;
};

}  // namespace sangati

#endif  // SANGATI_ENGINE_CORE_OFFSET_MAP_H_
