// adapters/language.h: the language of an article, told by its script.
//
// Bengali and English are the two languages sangati reads. Bengali letters
// (U+0980..U+09FF, digits excluded) are counted against Latin letters; the
// larger count wins, and text with neither is kUnknown. Only the first
// 64 KiB are looked at. Pure, thread-safe.
#ifndef SANGATI_ADAPTERS_LANGUAGE_H_
#define SANGATI_ADAPTERS_LANGUAGE_H_

#include <string_view>

#include "engine/core/document.h"

namespace sangati::adapters {

Language DetectLanguage(std::string_view utf8);

}  // namespace sangati::adapters

#endif  // SANGATI_ADAPTERS_LANGUAGE_H_
