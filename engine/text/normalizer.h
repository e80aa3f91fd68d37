// engine/text/normalizer.h: the one canonical form of text that every rule
// pattern, rule example and article body is matched in.
//
// How the pieces fit: an adapter hands over a Document whose `text` is the
// raw article body and whose `to_raw` maps it back to the input file.
// PrepareDocument() rewrites `text` into the canonical form below, composes a
// new `to_raw` (every byte of the new text maps to the input-file line and
// column of the character it came from) and then fills `sentences` with
// SplitSentences() (engine/text/sentences.h). The rule engine applies
// NormalizeText() to rule patterns and examples, so both sides meet in the
// same form.
//
// The canonical form, applied to every code point:
//   1. Line breaks: CR LF and a lone CR become LF; U+0085, U+2028 and U+2029
//      become LF as well.
//   2. Removed: U+200B ZERO WIDTH SPACE, U+200C ZWNJ, U+200D ZWJ, U+2060 WORD
//      JOINER, U+FEFF (BOM), U+00AD SOFT HYPHEN, U+180E, and the bidi
//      controls U+200E, U+200F, U+202A-U+202E, U+2066-U+2069.
//   3. Spaces: U+00A0 (NBSP), U+1680, U+2000-U+200A, U+202F, U+205F, U+3000
//      become ' ' (tabs are kept).
//   4. Quotes: ' for U+2018 ‘ U+2019 ’ U+201A ‚ U+201B ‛ U+2032 ′ U+2039 ‹
//      U+203A ›; " for U+201C “ U+201D ” U+201E „ U+201F ‟ U+2033 ″ U+00AB «
//      U+00BB ».
//   5. Unicode NFC (ICU), then Bengali nukta letters recomposed: NFC alone
//      DEcomposes য় ড় ঢ় (U+09DF U+09DC U+09DD are composition exclusions) into
//      base + U+09BC NUKTA, so after NFC every adjacent য+় ড+় ঢ+় pair is
//      replaced by the PRECOMPOSED code point. Precomposed and decomposed
//      input therefore give identical text, in the form users type. (This
//      agrees with FoldNukta() in engine/core/calendar_names.h.) The text is
//      thus "NFC except for these three letters"; it is stable: normalising
//      it again changes nothing.
//   6. Ill-formed UTF-8 is replaced by U+FFFD, one per maximal ill-formed
//      subsequence, so the result is always valid UTF-8.
//
// Speed: most text needs none of this. A table-driven scan copies runs that
// are already canonical and only hands the few short segments that need work
// (between two normalisation boundaries) to the folding code and, when a
// segment really needs composition or reordering, to ICU.
#ifndef SANGATI_ENGINE_TEXT_NORMALIZER_H_
#define SANGATI_ENGINE_TEXT_NORMALIZER_H_

#include <string>
#include <string_view>

#include "engine/core/document.h"

namespace sangati {

// Normalises doc->text in place into the canonical form above and re-maps
// doc->to_raw so that every byte of the new text maps to the input-file
// position of the character it came from (a composed য় maps to its base য;
// the LF left of a CR LF pair maps to the LF, a lone CR made LF to the CR).
// When doc->to_raw is empty on entry, the old text itself is taken as the
// input file (line 1, column 1 at its first byte; LF, CR LF and CR end
// lines). The new map has an anchor at the start, at every line start and
// wherever the new text stops copying the old, plus one for each anchor of
// the old map.
// Then fills doc->sentences with SplitSentences(doc->text, doc->language),
// replacing what was there. If ill-formed UTF-8 was replaced, appends one
// warning "<path>:<line>:<col>: invalid UTF-8 replaced by U+FFFD (N times)"
// to doc->warnings. The title is put in the canonical form too (rules may
// search it: FieldSpec's or_title). Other fields are not touched.
// REQUIRES: doc != nullptr, doc->text.size() < 4 GiB.
// Thread-safe: may be called concurrently on different documents.
void PrepareDocument(Document* doc);

// The same canonical form without offsets, for short texts (rule patterns
// and examples, `sangati explain --text`). NormalizeText(NormalizeText(x))
// == NormalizeText(x). Thread-safe.
std::string NormalizeText(std::string_view text);

}  // namespace sangati

#endif  // SANGATI_ENGINE_TEXT_NORMALIZER_H_
