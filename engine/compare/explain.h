// engine/compare/explain.h: the words findings are explained in.
//
// Shared by compare (explanations, position summaries) and reports (tables,
// terminal lines), so a figure reads the same everywhere: "at least 40",
// "about 25", "40-45", "10,000", "12%", "10 km".
//
// All functions are pure and thread-safe.
#ifndef SANGATI_ENGINE_COMPARE_EXPLAIN_H_
#define SANGATI_ENGINE_COMPARE_EXPLAIN_H_

#include <string>
#include <string_view>

#include "engine/core/claim.h"
#include "engine/core/document.h"

namespace sangati {

// A number with thousands separators and at most two decimals:
// 10000 -> "10,000", 2.5 -> "2.5", -3 -> "-3".
std::string FormatNumber(double value);

// A quantity as words: {40,40} "40"; {40,null} "at least 40"; {null,50}
// "at most 50"; {40,45} "40-45"; approximate adds "about "; the unit follows
// ("%" for percent, nothing for people/count, " <unit>" otherwise).
std::string FormatQuantity(const Quantity& quantity);

// The outlet as a reader should see it: Document::outlet, or, when that is
// absent, the file's base name followed by " (outlet unknown)".
std::string OutletLabel(const Document& doc);

// What the claim holds, readable: "at least 40 injured", "13 September 2023",
// "meeting", "state news agency of north korea". Relations and ids read with
// spaces for underscores.
std::string ClaimValueSummary(const Claim& claim);

// "state_news_agency_of" -> "state news agency of".
std::string Humanise(std::string_view id);

}  // namespace sangati

#endif  // SANGATI_ENGINE_COMPARE_EXPLAIN_H_
