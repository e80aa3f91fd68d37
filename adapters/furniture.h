// adapters/furniture.h: page furniture that news pages wrap around an
// article (advertising slots, share bars, "read more" links, photo credits,
// comment and related-news blocks, follow-us blurbs), kept as one table of
// data (furniture.cc kFurniture) rather than scattered ifs.
//
// Every reader that gets article text line by line (plain text, HTML
// paragraphs, dataset bodies) calls MarkFurniture() on its lines. The rules
// look only at the shape of a line (exact table entries, short lines, lines
// ending like a sentence), never at one outlet's wording of one article:
//   - a table entry drops its line; "read more" entries also drop the
//     linked headline that follows; end-of-article entries (reader
//     comments, related news) drop everything from there on;
//   - a repeat of the title is dropped, and so is a line that starts with
//     the title when the rest is a run-on headline rather than a sentence;
//   - short lines without sentence punctuation at the very end (sign-offs
//     such as "-Name, নিজস্ব প্রতিবেদক" or "/এআই", "follow us" leftovers)
//     are dropped when a real sentence comes before them; source lines
//     ("সূত্র: ...", "Source: ...") are kept.
// Pure functions, thread-safe.
#ifndef SANGATI_ADAPTERS_FURNITURE_H_
#define SANGATI_ADAPTERS_FURNITURE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sangati::adapters {

enum class FurnitureAction {
  kNone,
  kDrop,          // this line only
  kDropWithLink,  // this line and the linked headline right after it
  kEndOfArticle,  // this line and every line after it
};

// What the table says about one trimmed line.
FurnitureAction ClassifyFurniture(std::string_view line);

// Trims ASCII whitespace, NBSP, zero-width spaces and byte order marks.
std::string_view TrimLine(std::string_view line);

// Words separated by whitespace (ASCII or NBSP), counting stops at `cap`.
size_t CountWords(std::string_view line, size_t cap = static_cast<size_t>(-1));

// True when the line ends like a sentence: । ॥ . ? ! … possibly followed by
// closing quotes or brackets.
bool EndsLikeSentence(std::string_view line);

// True when the line ends with a full stop (। ॥ or .), after closing quotes.
bool EndsWithFullStop(std::string_view line);

// Collapses whitespace runs (ASCII or NBSP) to one space and trims.
std::string CollapseSpaces(std::string_view line);

// The ways a title may be repeated in the body: the title itself and, when
// it opens with a short "Topic: " tag, the title without the tag.
std::vector<std::string> TitleKeys(std::string_view title);

// True when `line` repeats the title (see the header comment).
bool IsTitleRepeat(std::string_view line, const std::vector<std::string>& keys);

struct BodyLine {
  std::string_view text;  // trimmed, non-empty
  bool keep = true;
};

// Clears `keep` on the furniture lines of an article body (all rules above).
// `title` may be empty.
void MarkFurniture(std::string_view title, std::vector<BodyLine>* lines);

}  // namespace sangati::adapters

#endif  // SANGATI_ADAPTERS_FURNITURE_H_
