#include "adapters/input_text.h"

#include <algorithm>

#include "absl/strings/str_cat.h"

namespace sangati::adapters {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0);
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      starts_.push_back(i + 1);
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      starts_.push_back(i + 1);
    }
  }
  cursor_offset_ = starts_[0];
}

std::pair<size_t, size_t> LineIndex::Line(size_t i) const {
  size_t begin = starts_[i];
  if (i + 1 >= starts_.size()) return {begin, text_.size()};
  size_t end = starts_[i + 1] - 1;  // the '\n' or lone '\r'
  if (text_[end] == '\n' && end > begin && text_[end - 1] == '\r') --end;
  return {begin, end};
}

size_t LineIndex::LineOf(size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return it == starts_.begin() ? 0 : static_cast<size_t>(it - starts_.begin()) - 1;
}

SourcePos LineIndex::PosOf(size_t offset) const {
  offset = std::min(offset, text_.size());
  size_t line = LineOf(offset);
  size_t from = starts_[line];
  SourcePos pos{static_cast<uint32_t>(line + 1), 1};
  if (line == cursor_line_ && cursor_offset_ <= offset && cursor_offset_ >= from) {
    from = cursor_offset_;
    pos = cursor_pos_;
  }
  for (size_t i = from; i < offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++pos.column;
  }
  cursor_line_ = line;
  cursor_offset_ = offset;
  cursor_pos_ = pos;
  return pos;
}

std::string InputText::Location(size_t offset) const {
  return FormatLocation(path, lines.PosOf(offset));
}

std::vector<std::string> InputText::WarningsFor(size_t begin, size_t end) const {
  std::vector<std::string> out;
  if (repair == nullptr || !repair->changed) return out;
  const auto& reps = repair->replacements;
  auto lo = std::lower_bound(reps.begin(), reps.end(), begin,
                             [](const Utf8Replacement& r, size_t v) { return r.repaired_offset < v; });
  auto hi = std::lower_bound(lo, reps.end(), end,
                             [](const Utf8Replacement& r, size_t v) { return r.repaired_offset < v; });
  if (lo == hi) {
    // Replacements past the recorded ones cannot be placed; report them on
    // the whole input only.
    if (begin == 0 && end >= text.size() && repair->bad_sequences > 0 && reps.empty()) {
      out.push_back(absl::StrCat(path, ": invalid UTF-8 replaced by U+FFFD (",
                                 repair->bad_sequences, " sequences)"));
    }
    return out;
  }
  size_t count = static_cast<size_t>(hi - lo);
  bool whole = begin == 0 && end >= text.size();
  if (whole) count = repair->bad_sequences;
  out.push_back(absl::StrCat(Location(lo->repaired_offset), ": invalid UTF-8 at byte ",
                             lo->input_offset, " replaced by U+FFFD (", count,
                             count == 1 ? " sequence)" : " sequences)"));
  return out;
}

std::string Excerpt(std::string_view text, size_t max_bytes) {
  std::string out;
  size_t end = text.size();
  if (end > max_bytes) {
    end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  }
  out.reserve(end + 3);
  for (size_t i = 0; i < end; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    out.push_back(c < 0x20 || c == 0x7F ? ' ' : text[i]);
  }
  if (end < text.size()) out += "...";
  return out;
}

}  // namespace sangati::adapters
