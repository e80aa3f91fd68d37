// engine/compare/claim_key.h: which claims can be compared with each other.
//
// A claim's key is built from its kind, canonical subject and a fixed set of
// fields; only claims with equal keys are compared (docs/compare.md lists
// the fields per kind so rule writers know what to capture):
//   quantity:     kind, subject, unit, participants, object, event
//   date:         kind, subject, participants, object, event
//   role:         kind, subject, relation (the role; its object is the value)
//   event, attribution and other kinds:
//                 kind, subject, value, participants, object, event
//                 (attribution adds the cited source)
// and `place` (kept apart from `strict` for the topic's wording, but equally
// part of the key: "2 died in Bhola" is not compared with "12 died").
// Time frames split a key further (compare.cc). Field values are trimmed and, for participants,
// split at ',' or '+', sorted and de-duplicated, so "putin,kim" and
// "kim+putin" are one key. Entity ids are language-independent, so Bengali
// and English claims meet under one key.
//
// All functions are pure and thread-safe.
#ifndef SANGATI_ENGINE_COMPARE_CLAIM_KEY_H_
#define SANGATI_ENGINE_COMPARE_CLAIM_KEY_H_

#include <string>
#include <string_view>

#include "engine/core/claim.h"

namespace sangati {

struct ClaimKey {
  std::string strict;  // fields that must be equal; "\x1f"-separated
  std::string place;   // the place field (part of the key); empty when none
  std::string topic;   // readable, without the place: "deaths · event cyclone_remal"
};

// The key of `claim`.
ClaimKey ComputeClaimKey(const Claim& claim);

// Whether the claim says what it is about (CompareOptions::require_anchor):
// a role claim with a subject; any other claim with a non-empty
// participants, object, event or place field, or a subject containing ':'.
bool HasAnchor(const Claim& claim);

// A role claim's relation and object. The value is either "relation:object"
// ("state_news_agency_of:north_korea") or a bare relation ("foreign_minister")
// whose object is the first non-empty field of `of`, `country`, `object`,
// `organisation`. The relation is returned without a trailing "_of" so
// "state_news_agency" and "state_news_agency_of" are one relation.
struct RoleValue {
  std::string relation;
  std::string object;
};
RoleValue ParseRoleValue(const Claim& claim);

// "state_news_agency_of" -> "state_news_agency"; other strings unchanged.
std::string NormaliseRelation(std::string_view relation);

// Participants as a canonical list: split at ',' or '+', trimmed, sorted,
// duplicates removed, joined with ','.
std::string CanonicalParticipants(std::string_view participants);

}  // namespace sangati

#endif  // SANGATI_ENGINE_COMPARE_CLAIM_KEY_H_
