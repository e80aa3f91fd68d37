// adapters/json.h: JSON datasets (one object, or an array of objects) and
// JSON Lines (one object per line), parsed with nlohmann/json.
//
// Flow for one file:
//   1. JsonNestingDepth(): a cheap scan rejects input nested deeper than
//      kMaxJsonDepth before any parser sees it;
//   2. nlohmann's SAX parser validates the text without building a tree; a
//      syntax error skips the file (JSON) or that line (JSON Lines) with
//      "path:line:col: JSON syntax error: ...";
//   3. a small scanner finds each record's byte range and the byte range of
//      each member value; nlohmann parses one record at a time (memory stays
//      bounded by the largest record), and the body string is decoded here
//      so every escape gets a to_raw anchor;
//   4. record.h turns each record into a Document. A record whose mapped
//      field has the wrong type is skipped ("file.json#17: field 'article'
//      is a number, expected a string"); the others are read.
// A ".json" file holding several top-level objects one after another is
// read as JSON Lines.
#ifndef SANGATI_ADAPTERS_JSON_H_
#define SANGATI_ADAPTERS_JSON_H_

#include <cstddef>
#include <string_view>

#include "adapters/input_text.h"
#include "adapters/read.h"

namespace sangati::adapters {

inline constexpr size_t kMaxJsonDepth = 512;

// The deepest nesting of [ and { in `text` (strings skipped); stops
// scanning once past `limit` and returns that depth.
size_t JsonNestingDepth(std::string_view text, size_t limit);

// Reads a JSON (json_lines = false) or JSON Lines file.
void ReadJson(const InputText& input, bool json_lines, const ReadOptions& options,
              ReadResult* result);

}  // namespace sangati::adapters

#endif  // SANGATI_ADAPTERS_JSON_H_
