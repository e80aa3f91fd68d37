// reports/text_safety.h: making untrusted article text safe to show.
//
// Every string that comes from an input file (titles, outlets, sentences,
// paths, error messages) passes through one of these before it reaches a
// report. They decode UTF-8 themselves: an invalid byte becomes U+FFFD, so
// a truncated sequence can never swallow the markup that follows it.
//
// Pure and thread-safe.
#ifndef SANGATI_REPORTS_TEXT_SAFETY_H_
#define SANGATI_REPORTS_TEXT_SAFETY_H_

#include <string>
#include <string_view>

namespace sangati {

// Appends `text` escaped for HTML text and for quoted attribute values:
// & < > " ' become entities; C0 controls other than tab and newline, DEL,
// C1 controls and NUL become U+FFFD; directional formatting characters that
// can disguise text (U+202A-U+202E, U+2066-U+2069, U+061C) become a visible
// "[U+202E]" so the reader sees they were there.
void AppendHtmlEscaped(std::string* out, std::string_view text);
std::string HtmlEscape(std::string_view text);

// `text` for one terminal line: controls (ESC included, so no escape
// sequence from an article reaches the terminal) and line breaks become a
// space; directional formatting characters become "[U+202E]"; invalid UTF-8
// becomes U+FFFD.
std::string TerminalSafe(std::string_view text);

// Replaces invalid UTF-8 by U+FFFD and leaves everything else alone.
std::string ValidUtf8(std::string_view text);

}  // namespace sangati

#endif  // SANGATI_REPORTS_TEXT_SAFETY_H_
