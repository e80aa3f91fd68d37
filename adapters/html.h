// adapters/html.h: news web pages, parsed with gumbo.
//
// ReadHtml() takes:
//   title      og:title, else the first <h1>, else JSON-LD "headline", else
//              <title>; a trailing " | Outlet" / " - Outlet" is cut when it
//              names the outlet;
//   outlet     og:site_name, else JSON-LD publisher.name;
//   published  meta article:published_time, else <time datetime> (inside
//              the article first), else JSON-LD datePublished, else other
//              common date metas (pubdate, publish-date, DC.date.issued ...);
//   url        og:url, else <link rel=canonical>, else JSON-LD url;
//   language   by the script of the body; <html lang>/og:locale when the
//              body tells nothing;
//   body       the paragraphs (<p>, <h2>-<h6>, <li>, <blockquote>, <pre>)
//              of the <article> holding the most paragraph text, else of
//              <main>, else of <body>; when that holds no paragraph element,
//              the text of its block elements. Excluded: script, style,
//              nav, header, footer, aside, noscript, form, figure (captions),
//              template, iframe, svg, button, hidden elements, comments, and
//              elements whose class or id names an ad ("ad", "ad-*",
//              "*-ad"), advert, share, social, related, sponsor, newsletter,
//              promo, subscribe or comments block. Paragraphs are separated
//              by "\n"; <br> breaks a line; whitespace runs collapse to one
//              space; entities are decoded; furniture.h drops the rest.
// The tree is walked with an explicit stack, never by recursion. Gumbo's
// memory grows with the square of the nesting depth, so pages nested deeper
// than kMaxHtmlDepth elements (a cheap scan before parsing estimates it) are
// skipped with a reason.
#ifndef SANGATI_ADAPTERS_HTML_H_
#define SANGATI_ADAPTERS_HTML_H_

#include <cstddef>
#include <string_view>

#include "adapters/input_text.h"
#include "adapters/read.h"

namespace sangati::adapters {

inline constexpr size_t kMaxHtmlDepth = 1000;

// Reads `input` as one HTML page: one Document, or one Skipped.
void ReadHtml(const InputText& input, const ReadOptions& options, ReadResult* result);

}  // namespace sangati::adapters

#endif  // SANGATI_ADAPTERS_HTML_H_
