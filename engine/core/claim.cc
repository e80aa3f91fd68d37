#include "engine/core/claim.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "engine/core/absl_compat.h"

namespace sangati {

std::vector<std::string> IdSet(std::string_view list) {
  std::vector<std::string> out;
  for (absl::string_view part : absl::StrSplit(AbslView(list), absl::ByAnyChar(",+"))) {
    std::string id(absl::StripAsciiWhitespace(part));
    if (!id.empty()) out.push_back(std::move(id));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string_view ModalityName(Modality modality) {
  switch (modality) {
    case Modality::kHedged: return "hedged";
    case Modality::kDenied: return "denied";
    case Modality::kAsserted: break;
  }
  return "asserted";
}

}  // namespace sangati
