// engine/compare/finding.h: what comparison concludes about one topic.
//
// CompareClaims (compare.h) groups claims that speak of the same thing (one
// topic: kind, subject, key fields, time frame; see docs/compare.md) and
// emits one Finding per topic that at least two documents speak of. A
// Finding names its claims by index into the claim list given to
// CompareClaims, splits them into positions that agree among themselves,
// says what the positions amount to (the verdict), and records which claims
// are not independent of each other (same cited source, same outlet, same
// wording), so three outlets repeating KCNA count as one source.
//
// Plain data: reports/ turns it into JSON, HTML and terminal lines.
#ifndef SANGATI_ENGINE_COMPARE_FINDING_H_
#define SANGATI_ENGINE_COMPARE_FINDING_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sangati {

// Verdicts, most urgent first.
// contradiction: settled (asserted or denied) claims of different documents
//   cannot all be true: disjoint figures, different dates of one event,
//   different holders of one role, or a claim and its denial.
inline constexpr std::string_view kVerdictContradiction = "contradiction";
// update: a running count (a death toll) reported higher by later reports;
//   every difference is explained by time.
inline constexpr std::string_view kVerdictUpdate = "update";
// hedged: the topic is spoken of by several documents but what would decide
//   it is hedged ("may", "পারে"); shown, never counted as a contradiction.
inline constexpr std::string_view kVerdictHedged = "hedged";
// agreement: the settled claims of at least two documents agree.
inline constexpr std::string_view kVerdictAgreement = "agreement";

// Subtypes (set for contradiction and update; empty for agreement/hedged).
inline constexpr std::string_view kSubtypeValue = "value";          // figures
inline constexpr std::string_view kSubtypeDate = "date";            // dates of one event
inline constexpr std::string_view kSubtypePolarity = "polarity";    // affirmed vs denied
inline constexpr std::string_view kSubtypeAttribute = "attribute";  // role/affiliation

// One position: claims that agree among themselves, with one stance.
struct Position {
  std::vector<size_t> claims;  // indices into the claim list
  // What the position holds, readable: "at least 40 injured",
  // "13 September 2023", "state_news_agency_of north_korea".
  std::string summary;
  std::string stance;  // "asserted", "hedged" or "denied" (a Modality name)
};

// Claims of a finding that are not independent of each other.
struct SourceCluster {
  std::vector<size_t> claims;  // indices into the claim list; >= 2 documents
  // Why they are one source: any of "same cited source", "same outlet",
  // "same wording" (identical sentences: one wire story), joined by ", ".
  std::string reason;
  std::string source_id;    // the shared cited source's entity id, if any
  std::string source_name;  // its name as written, if any
};

// One fact of the entity lists: the relation's object and when it held.
struct ReferenceFact {
  std::string object;  // e.g. "north_korea"
  std::string since;   // ISO date, empty when open
  std::string until;   // ISO date, empty when open
};

// The entity-list facts a role claim was checked against.
struct EntityReference {
  std::string entity;    // entity id, e.g. "kcna"
  std::string relation;  // e.g. "state_news_agency_of"
  std::vector<ReferenceFact> facts;  // every fact of that relation, in list order
  std::string file;      // the entity list file, for the reader
  bool contradicted = false;  // some claim disagrees with the facts of its day
};

struct Finding {
  std::string id;       // "f1", "f2", ... in report order
  std::string verdict;  // one of the kVerdict* values
  std::string subtype;  // one of the kSubtype* values, or empty
  std::string kind;     // the claims' kind ("quantity", "date", ...)
  std::string topic;    // readable topic: "deaths · place khulna"
  std::string key;      // the comparison key (stable, for tools)
  std::vector<size_t> claims;               // indices, in claim-list order
  std::vector<std::vector<size_t>> groups;  // partition of `claims`; == positions[i].claims
  std::vector<Position> positions;          // parallel to `groups`
  std::string explanation;  // one or two sentences a person can read
  // Independence: how many independent sources the claims come from, and
  // the clusters of claims that repeat one source.
  size_t independent_sources = 0;
  std::vector<SourceCluster> repeated;
  std::optional<EntityReference> reference;  // role claims vs the entity lists
  // The story (story.h) whose documents the claims come from; -1 when the
  // claims were compared across stories (role claims) or no stories were given.
  int story = -1;
};

}  // namespace sangati

#endif  // SANGATI_ENGINE_COMPARE_FINDING_H_
