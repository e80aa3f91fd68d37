// engine/rules/word_chars.h: word edges in UTF-8 text for any script.
//
// RE2's \b and \w are ASCII-only, so a Bengali pattern cannot say "whole
// word". The matcher checks word edges itself with these helpers: a word
// character is a letter, combining mark or digit of any script (Bengali
// vowel signs and virama included, so a match ending inside "সেনারা" after
// "সেনা" is not at a word edge), plus '_' like RE2's \w. Pure functions.
#ifndef SANGATI_ENGINE_RULES_WORD_CHARS_H_
#define SANGATI_ENGINE_RULES_WORD_CHARS_H_

#include <cstddef>
#include <string_view>

#include "engine/core/utf8.h"  // IsWordCodePoint, DecodeUtf8

namespace sangati {

// The start of the code point that ends right before byte `i` (i > 0).
size_t PrevCodePointStart(std::string_view s, size_t i);

// Whether byte offset `i` of `s` lies between a word and a non-word
// character (or at the text's edge next to a word character), like \b.
bool AtWordBoundary(std::string_view s, size_t i);

// The code point before byte `i` / at byte `i` of `s` in `*c`; false (and
// `*c` untouched) when there is none.
bool CodePointBefore(std::string_view s, size_t i, char32_t* c);
bool CodePointAt(std::string_view s, size_t i, char32_t* c);

// Whether the code point before `i` (if any) is a word character.
bool WordCharBefore(std::string_view s, size_t i);
// Whether the code point at `i` (if any) is a word character.
bool WordCharAt(std::string_view s, size_t i);

}  // namespace sangati

#endif  // SANGATI_ENGINE_RULES_WORD_CHARS_H_
