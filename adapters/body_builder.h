// adapters/body_builder.h: building a Document body together with its
// to_raw anchors.
//
// Readers decode fields first into a MappedText (a JSON string with its
// escapes resolved, a CSV field with "" unescaped, an HTML paragraph with
// entities decoded and whitespace collapsed), recording an anchor wherever
// the decoded text stops copying the input. They then split the decoded
// text into lines (SplitMappedLines), drop page furniture (furniture.h),
// and append the kept lines to a BodyBuilder, which joins them with "\n"
// and carries the anchors over. Plain-text readers append input lines
// directly with Append().
//
// Invariant kept for OffsetMap::Lookup: between two anchors the body runs in
// step with the input on one line.
#ifndef SANGATI_ADAPTERS_BODY_BUILDER_H_
#define SANGATI_ADAPTERS_BODY_BUILDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "engine/core/offset_map.h"
#include "engine/core/source_pos.h"

namespace sangati::adapters {

// Decoded text with anchors back into the input file.
struct MappedText {
  std::string text;
  OffsetMap map;

  // Appends `piece`, copied from the input starting at `pos`.
  void Append(std::string_view piece, SourcePos pos);
  // Appends `piece` continuing the current run (no new anchor).
  void AppendContinuing(std::string_view piece) { text.append(piece); }
  bool empty() const { return text.empty(); }
};

// A byte range of a MappedText (one line of it, trimmed).
struct MappedLine {
  size_t begin = 0;
  size_t end = 0;
};

// Splits `text` at "\n", "\r\n" and "\r", trims each line (ASCII spaces,
// tabs, NBSP, zero-width space, BOM) and returns the non-blank ones.
std::vector<MappedLine> SplitMappedLines(std::string_view text);

class BodyBuilder {
 public:
  BodyBuilder() = default;
  // Movable, not copied by accident.
  BodyBuilder(const BodyBuilder&) = delete;
  BodyBuilder& operator=(const BodyBuilder&) = delete;

  // Starts a new line ("\n") unless the body is empty or already ends one.
  void BreakLine();
  // Appends `piece`, copied verbatim from the input starting at `pos`.
  void Append(std::string_view piece, SourcePos pos);
  // Appends [begin, end) of `src`, carrying its anchors over.
  void AppendMapped(const MappedText& src, size_t begin, size_t end);

  bool empty() const { return text_.empty(); }
  const std::string& text() const { return text_; }
  // Moves the body and its map out; the builder is empty afterwards.
  void MoveTo(std::string* text, OffsetMap* map);

 private:
  std::string text_;
  OffsetMap map_;
};

}  // namespace sangati::adapters

#endif  // SANGATI_ADAPTERS_BODY_BUILDER_H_
