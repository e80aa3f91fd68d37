// reports/claim_json.h: one claim as a JSON object, exactly as SPEC.md's
// audit JSON and `sangati extract` (JSON Lines) print it:
//   {"id","document","rule","kind","subject","value","when","source",
//    "modality","evidence"} plus "fields" when the claim has any.
// subject: a string, null when empty. value: {"min","max","approximate",
// "unit"} (whole numbers as integers; null for an open end or no unit) for a
// quantity, a string for other kinds, null when there is none. when:
// {"from","to","text"} (from/to ISO 8601 or null) or null. source:
// {"id" (null when unknown),"name"} or null. evidence: {"text","sentence",
// "line"}.
//
// NOTE: engine/extract has ClaimToJson with the same contract; reports must
// not depend on extract (RE2), so this copy lives here until one is chosen.
#ifndef SANGATI_REPORTS_CLAIM_JSON_H_
#define SANGATI_REPORTS_CLAIM_JSON_H_

#include "engine/core/claim.h"
#include "nlohmann/json.hpp"

namespace sangati {

// Pure and thread-safe.
nlohmann::json AuditClaimJson(const Claim& claim);

}  // namespace sangati

#endif  // SANGATI_REPORTS_CLAIM_JSON_H_
