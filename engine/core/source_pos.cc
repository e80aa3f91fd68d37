#include "engine/core/source_pos.h"

#include "absl/strings/str_cat.h"

namespace sangati {

std::string FormatLocation(const std::string& path, SourcePos pos) {
  if (pos.line == 0) return path;
  if (pos.column == 0) return absl::StrCat(path, ":", pos.line);
  return absl::StrCat(path, ":", pos.line, ":", pos.column);
}

}  // namespace sangati
