#include "adapters/body_builder.h"

#include <algorithm>

#include "adapters/furniture.h"

namespace sangati::adapters {

void MappedText::Append(std::string_view piece, SourcePos pos) {
  map.Add(static_cast<uint32_t>(text.size()), pos);
  text.append(piece);
}

std::vector<MappedLine> SplitMappedLines(std::string_view text) {
  std::vector<MappedLine> lines;
  size_t begin = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n' && text[i] != '\r') continue;
    std::string_view line = text.substr(begin, i - begin);
    std::string_view trimmed = TrimLine(line);
    if (!trimmed.empty()) {
      size_t b = begin + static_cast<size_t>(trimmed.data() - line.data());
      lines.push_back({b, b + trimmed.size()});
    }
    if (i < text.size() && text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    begin = i + 1;
  }
  return lines;
}

void BodyBuilder::BreakLine() {
  if (!text_.empty() && text_.back() != '\n') text_.push_back('\n');
}

void BodyBuilder::Append(std::string_view piece, SourcePos pos) {
  map_.Add(static_cast<uint32_t>(text_.size()), pos);
  text_.append(piece);
}

void BodyBuilder::AppendMapped(const MappedText& src, size_t begin, size_t end) {
  const uint32_t base = static_cast<uint32_t>(text_.size());
  map_.Add(base, src.map.Lookup(src.text, static_cast<uint32_t>(begin)));
  const auto& anchors = src.map.anchors();
  auto it = std::upper_bound(anchors.begin(), anchors.end(), static_cast<uint32_t>(begin),
                             [](uint32_t v, const OffsetMap::Anchor& a) { return v < a.offset; });
  for (; it != anchors.end() && it->offset < end; ++it) {
    map_.Add(base + (it->offset - static_cast<uint32_t>(begin)), it->pos);
  }
  text_.append(src.text, begin, end - begin);
}

void BodyBuilder::MoveTo(std::string* text, OffsetMap* map) {
  *text = std::move(text_);
  *map = std::move(map_);
  text_.clear();
  map_ = OffsetMap();
}

}  // namespace sangati::adapters
