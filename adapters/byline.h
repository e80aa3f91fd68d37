// adapters/byline.h: byline and desk lines of plain-text news pages, and
// the outlet name they reveal.
//
// News pages put a short credit line near the headline: "বিশ্ব ডেস্ক . সত্য
// নিউজ", "আনন্দবাজার অনলাইন ডেস্ক", "By Staff Reporter, Dhaka Tribune",
// "নিজস্ব প্রতিবেদক, ঢাকা". ParseByline() splits such a line at its
// separators and classifies the parts:
//   - a desk part "X ডেস্ক" / "X Desk": X is the outlet unless every word of
//     X is a section name (বিশ্ব, অনলাইন, World, News ...);
//   - a role part (নিজস্ব প্রতিবেদক, প্রতিনিধি, Staff Reporter,
//     Correspondent ...) marks the line as a byline;
//   - any other part is the outlet when it carries a word news outlets use
//     in their names (নিউজ, News, Tribune, Times, দৈনিক, Daily, Post, অনলাইন,
//     প্রতিদিন ...); otherwise it is a person or a place ("ঢাকা").
// Wire agencies (Reuters, AFP, এএফপি, বাসস ...) are sources, not outlets.
// The word lists are data tables in byline.cc. Pure, thread-safe.
#ifndef SANGATI_ADAPTERS_BYLINE_H_
#define SANGATI_ADAPTERS_BYLINE_H_

#include <optional>
#include <string>
#include <string_view>

namespace sangati::adapters {

struct Byline {
  std::optional<std::string> outlet;  // as written, trimmed
};

// The byline information of `line`, or nullopt when the line is not a
// byline (too long, a sentence, or none of the shapes above).
std::optional<Byline> ParseByline(std::string_view line);

}  // namespace sangati::adapters

#endif  // SANGATI_ADAPTERS_BYLINE_H_
