// adapters/html_scan.h: the cheap, parser-free parts of reading HTML.
//
// Before gumbo sees a page, ReadBuffer() sniffs it (LooksLikeHtml) and
// ReadHtml() estimates its nesting depth (EstimateHtmlDepth), because
// gumbo's memory grows with the square of the depth. While collecting
// paragraph text, ReadHtml() decodes character references itself
// (DecodeReference) so each one gets a to_raw anchor. Pure, thread-safe.
#ifndef SANGATI_ADAPTERS_HTML_SCAN_H_
#define SANGATI_ADAPTERS_HTML_SCAN_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace sangati::adapters {

// An upper estimate of the element nesting depth of `html`: counts start
// tags of elements that need an end tag (not void elements, not those whose
// end tag may be left out such as <p> and <li>), skips comments and the
// text of script/style/textarea/title; stops once past `limit`.
size_t EstimateHtmlDepth(std::string_view html, size_t limit);

// True when the first KiB of `bytes` looks like HTML (a doctype, <html>,
// <head>, <body>, <p>, <div>, <article> or <meta> tag).
bool LooksLikeHtml(std::string_view bytes);

// Decodes the character reference at s[i] == '&' ("&amp;", "&#2453;",
// "&#x9BE;", the legacy "&nbsp" without ';' ...), appending its text to
// `out`. Returns the reference's length in `s`, or 0 (nothing appended)
// for text that is not a reference we know, which callers copy as is.
// Numeric references 128-159 take their Windows-1252 meaning; 0,
// surrogates and values past U+10FFFF become U+FFFD.
size_t DecodeReference(std::string_view s, size_t i, std::string* out);

}  // namespace sangati::adapters

#endif  // SANGATI_ADAPTERS_HTML_SCAN_H_
