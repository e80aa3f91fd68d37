// engine/text/sentences.h: sentence spans of normalised article text.
//
// PrepareDocument() (engine/text/normalizer.h) calls SplitSentences() on the
// canonical text; extract/ uses the spans as the unit rules match in and as
// the evidence sentence of a claim. The splitter is a hand-written scanner
// (no ICU BreakIterator), so it holds no state and needs no per-thread clone.
//
// Rules, in order:
//  1. A line break always ends a sentence: news bodies put paragraphs on
//     lines, and a heading without punctuation is a sentence of its own.
//  2. Candidate ends are runs of । ॥ ? ! . … (and "|" right after a Bengali
//     letter, which some Bengali writers type for the danda), followed by
//     any closing quotes and brackets ' " ) ] }. The sentence ends after
//     those closers. The danda ends a sentence even with no space after it;
//     the others need a space or the line end after them, or a closing quote
//     followed directly by a letter (`clear."In response`), or, for . ? !, a
//     lower-case Latin letter before and a capitalised word after
//     (`Gulshan Avenue.Earlier, he`: paragraphs run together by scrapers).
//  3. Quotations: double quotes, and in non-English text single quotes, are
//     paired within a line (an opening quote follows a space, a line start
//     or an opening bracket; a closing quote follows a non-space). A
//     candidate inside a paired quotation is not an end, so a quoted speech
//     of several sentences stays in one sentence with its attribution:
//     `কিম বলেন, "আমরা প্রস্তুত। আমরা সমর্থন করি।"` is one sentence. A
//     quotation that is not closed on its line suppresses nothing.
//  4. After a candidate that ends with a closing quote, a following comma or
//     dash keeps the attribution attached: `"আমরা প্রস্তুত।" — বলেন তিনি।`
//     and `"We are ready," he said.` are one sentence each.
//  5. After . ? ! or …, a next word starting with a lower-case Latin letter
//     continues the sentence (`"Stop!" he said.`, `approx. three`).
//  6. For ".": the token before it decides (engine/text/abbreviations.h):
//     titles (Mr. Dr. ড. মো. ডা. মিজ. (সা.)) never end a sentence; "No." and
//     months end one unless a number follows; a.m./Inc./U.S./initials end
//     one only before a typical English sentence starter ("The", "He", ...);
//     Bengali initials (এ. কে.) never end one. A token that is not an
//     abbreviation is retried after its last hyphen, dash, slash or colon
//     (`হলেন-মো.`). A "." after a space (`ডেস্ক . সত্য নিউজ`) is a
//     separator, not an end, and so is a list marker opening the sentence
//     ("1.", "১২.", "iv.", "a.", "ক.", "এক."). Decimals (3.5) and URLs have no
//     space after the dot and never were candidates.
//  7. An ellipsis (… or ..) ends a sentence only before a capital Latin
//     letter; in Bengali text it is a pause.
// Spans are trimmed of spaces and tabs; spans without any letter or digit
// (empty ones, a stray "।", "***") are dropped.
#ifndef SANGATI_ENGINE_TEXT_SENTENCES_H_
#define SANGATI_ENGINE_TEXT_SENTENCES_H_

#include <string_view>
#include <vector>

#include "engine/core/document.h"
#include "engine/core/source_pos.h"

namespace sangati {

// Sentence spans of already-normalised text (NormalizeText() or
// PrepareDocument() output: quotes folded to ASCII, LF line breaks), in
// order, non-overlapping, each holding a letter or digit, starting and ending on code point
// boundaries. `language` only switches off conventions of the other script
// (kEnglish: no single-quote pairing, no "|" danda); abbreviation lists of
// both scripts always apply because news mixes them.
// REQUIRES: text.size() < 4 GiB. Thread-safe (no shared state).
std::vector<Span> SplitSentences(std::string_view text, Language language);

}  // namespace sangati

#endif  // SANGATI_ENGINE_TEXT_SENTENCES_H_
