// adapters/input_text.h: one input file's text as every format reader sees
// it, with line/column lookup for messages and to_raw anchors.
//
// ReadBuffer builds one InputText per input (after UTF-8 repair) and hands
// it to the reader for its format. Readers report positions through
// `lines` and per-range UTF-8 warnings through WarningsFor().
//
// Not thread-safe: LineIndex keeps a lookup cursor. One InputText belongs to
// one reader call.
#ifndef SANGATI_ADAPTERS_INPUT_TEXT_H_
#define SANGATI_ADAPTERS_INPUT_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "adapters/read.h"
#include "adapters/utf8.h"
#include "engine/core/source_pos.h"

namespace sangati::adapters {

// Line starts of a text. Line breaks are "\r\n", "\n" or a lone "\r"
// (files mixing all three exist). Columns count code points; a UTF-8 byte
// order mark at offset 0 is not counted.
class LineIndex {
 public:
  // `text` must outlive the index.
  explicit LineIndex(std::string_view text);
  // Not copyable (it points into its text).
  LineIndex(const LineIndex&) = delete;
  LineIndex& operator=(const LineIndex&) = delete;

  size_t line_count() const { return starts_.size(); }
  // Byte range [first, second) of 0-based line `i`, without its line break.
  std::pair<size_t, size_t> Line(size_t i) const;
  // The 0-based line holding byte `offset`.
  size_t LineOf(size_t offset) const;
  // 1-based line and column of byte `offset` (offset == size() is allowed).
  // Lookups at increasing offsets on one line cost only the distance moved.
  SourcePos PosOf(size_t offset) const;

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
  mutable size_t cursor_offset_ = 0;
  mutable size_t cursor_line_ = 0;
  mutable SourcePos cursor_pos_{1, 1};
};

struct InputText {
  InputText(std::string path, std::string_view text, const Utf8Repair* repair)
      : path(std::move(path)), text(text), lines(text), repair(repair) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  }

  std::string path;       // names the input in messages and Document::path
  std::string_view text;  // valid UTF-8 (repaired when the file was not)
  size_t start = 0;       // 3 when the text starts with a byte order mark
  LineIndex lines;
  const Utf8Repair* repair = nullptr;  // null or unchanged: input was valid

  // "path:line:col" for byte `offset`.
  std::string Location(size_t offset) const;
  // One warning per input range [begin, end) that held invalid UTF-8:
  // "path:line:col: invalid UTF-8 at byte N replaced by U+FFFD (K sequences)".
  std::vector<std::string> WarningsFor(size_t begin, size_t end) const;
};

// `text` from an input made safe for a one-line message: line breaks and
// other control characters become spaces, and it is cut (at a character
// boundary, with "...") after `max_bytes`.
std::string Excerpt(std::string_view text, size_t max_bytes = 80);

}  // namespace sangati::adapters

#endif  // SANGATI_ADAPTERS_INPUT_TEXT_H_
