// engine/core/claim_json.h: a Claim as the JSON object of SPEC.md.
//
//   {"id", "document", "rule", "kind", "subject", "value", "when", "source",
//    "modality", "evidence", "fields"?}
// value: {"min", "max", "approximate", "unit"} for a quantity (min/max are
//   plain numbers or null; integral values print without a fraction), a
//   string for other kinds, null when the claim has none;
// when: {"from", "to", "text"} (from/to null when the date could not be
//   resolved) or null; source: {"id", "name"} (id null when the name is not
//   in the entity lists) or null; modality: "asserted", "hedged" or "denied";
// evidence: {"text", "sentence", "line"}; subject: a string or null;
// fields: only present when the rule filled other fields (participants,
//   place, ...), an object of strings.
// Used by `sangati extract` (one object per line), `sangati explain`, the
// rule examples runner and the audit JSON of reports/: one contract, one copy.
#ifndef SANGATI_ENGINE_CORE_CLAIM_JSON_H_
#define SANGATI_ENGINE_CORE_CLAIM_JSON_H_

#include "engine/core/claim.h"
#include "nlohmann/json.hpp"

namespace sangati {

// Pure; thread-safe.
nlohmann::json ClaimToJson(const Claim& claim);

// The `value` member alone (also used by `sangati explain`).
nlohmann::json QuantityToJson(const Quantity& q);

}  // namespace sangati

#endif  // SANGATI_ENGINE_CORE_CLAIM_JSON_H_
