// engine/core/absl_compat.h: Debian 12's Abseil (20220623) is built with its
// own absl::string_view, distinct from std::string_view. Our APIs use
// std::string_view; convert with these at the call into Abseil.
#ifndef SANGATI_ENGINE_CORE_ABSL_COMPAT_H_
#define SANGATI_ENGINE_CORE_ABSL_COMPAT_H_

#include <string_view>

#include "absl/strings/string_view.h"

namespace sangati {

inline absl::string_view AbslView(std::string_view v) { return {v.data(), v.size()}; }
inline std::string_view StdView(absl::string_view v) { return {v.data(), v.size()}; }

}  // namespace sangati

#endif  // SANGATI_ENGINE_CORE_ABSL_COMPAT_H_
