#include "engine/core/document.h"

#include "absl/strings/ascii.h"
#include "engine/core/absl_compat.h"

namespace sangati {

std::string_view LanguageCode(Language language) {
  switch (language) {
    case Language::kBengali: return "bn";
    case Language::kEnglish: return "en";
    case Language::kUnknown: break;
  }
  return "und";
}

Language ParseLanguage(std::string_view code) {
  std::string lower = absl::AsciiStrToLower(AbslView(code));
  if (lower == "bn" || lower == "bengali" || lower == "bangla" || lower == "ben") {
    return Language::kBengali;
  }
  if (lower == "en" || lower == "english" || lower == "eng") return Language::kEnglish;
  return Language::kUnknown;
}

}  // namespace sangati
