// engine/core/source_pos.h: positions in the user's input files.
//
// Every error and every piece of evidence points back into the file the user
// gave us. Positions are 1-based; columns count Unicode code points, so an
// editor showing the file lands on the same character.
#ifndef SANGATI_ENGINE_CORE_SOURCE_POS_H_
#define SANGATI_ENGINE_CORE_SOURCE_POS_H_

#include <cstdint>
#include <string>

namespace sangati {

// A UTF-8 byte range [begin, end) into some string (usually Document::text).
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

// A 1-based line and column (columns in code points) in an input file.
// line == 0 means "unknown".
struct SourcePos {
  uint32_t line = 0;
  uint32_t column = 0;
  friend bool operator==(const SourcePos&, const SourcePos&) = default;
};

// "path:line:col" (or "path:line" / "path" when parts are unknown): the
// prefix of every user-facing message that points into a file.
std::string FormatLocation(const std::string& path, SourcePos pos);

}  // namespace sangati

#endif  // SANGATI_ENGINE_CORE_SOURCE_POS_H_
