// adapters/plain_text.h: articles saved from news sites as plain text, and
// "Title: ... / Text: ..." files (the BNLPC corpus format).
//
// A saved page is the headline, some header lines (a topic tag, a desk or
// reporter byline, a date line, a standfirst), the article paragraphs, and
// page furniture in between and after. ReadPlainText():
//   1. the title is the first headline-like line: furniture, date and byline
//      lines are passed over; a short topic tag (at most 3 words, e.g.
//      "Kim Jong Un") followed by a longer headline is not the title; when
//      the first line is already a body sentence (ends with । or . and has
//      10+ words, or has 40+ words) the title is empty;
//   2. the header zone runs from the top to the second full sentence after
//      the title (at most 15 lines past it). Only there are date lines
//      (dates.h ParseHeaderDateLine: a date with a label and at most two
//      other words) and bylines (byline.h) read and removed, so a date in a
//      caption or in the body is never taken as the publication date;
//   3. furniture.h MarkFurniture() removes the rest of the furniture;
//   4. the kept lines, trimmed, joined by "\n", are the body, with a to_raw
//      anchor at the start of every line.
// A file whose first non-blank line is "Title:" (or "Headline:",
// "শিরোনাম:") and that has a "Text:"/"Body:" line is read as key/value
// header fields (Title, Date/Published, Source/Outlet, URL, Language) and a
// body. Line breaks may be LF, CRLF or CR, mixed.
#ifndef SANGATI_ADAPTERS_PLAIN_TEXT_H_
#define SANGATI_ADAPTERS_PLAIN_TEXT_H_

#include "adapters/input_text.h"
#include "adapters/read.h"

namespace sangati::adapters {

// Reads `input` as one plain-text article. Adds one Document, or one
// Skipped when no article text is left.
void ReadPlainText(const InputText& input, const ReadOptions& options, ReadResult* result);

}  // namespace sangati::adapters

#endif  // SANGATI_ADAPTERS_PLAIN_TEXT_H_
