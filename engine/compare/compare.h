// engine/compare/compare.h: the comparison stage. Claims in, findings out.
//
// How the pieces fit:
//   1. claim_key.h gives every claim its comparison key: kind, canonical
//      subject, the key fields (participants, object, event, place) and,
//      per kind, the unit, value or relation. Only claims with
//      the same key can be about the same thing.
//   2. CompareClaims groups claims by key in a hash map (never all pairs),
//      splits a group by place and then by time frame (an interval sweep),
//      so the cost is O(n log n) in the number of claims.
//   3. Each resulting cluster is judged: positions are the fewest groups of
//      claims that agree among themselves (intervals that share a point,
//      equal roles); the verdict follows docs/compare.md (tolerance for
//      approximate figures, the update rule for running counts, denials,
//      hedges that never contradict, role claims vs the entity lists).
//   4. independence.h marks claims that repeat one source.
//   Before all this, story.h may group the documents into stories; claims
//   are then compared only within their story.
// docs/compare.md is the user-facing description of these rules; keep the two
// in step.
#ifndef SANGATI_ENGINE_COMPARE_COMPARE_H_
#define SANGATI_ENGINE_COMPARE_COMPARE_H_

#include <optional>
#include <string>
#include <vector>

#include "engine/compare/finding.h"
#include "engine/core/claim.h"
#include "engine/core/document.h"
#include "engine/core/entity.h"

namespace sangati {

struct CompareOptions {
  // An approximate figure (প্রায়, about, nearly) x stands for the interval
  // [x - t|x|, x + t|x|] with t = approximate_tolerance; a range or a bound
  // widens the same way at each end. 0.10 reads "about 500" as 450..550.
  double approximate_tolerance = 0.10;
  // Dates of one scheduled thing (date claims) or of a story's one vote or
  // landfall (events_anchored_by_story) that lie within this many days of
  // each other are taken to be the same occurrence (and contradict when they
  // differ); dates further apart are different occurrences. Events that
  // recur (meetings, visits, attacks, fires, accidents) are the same
  // occurrence only on the same days: Kim and Putin meeting on the 13th and
  // on the 15th met twice.
  int same_event_window_days = 14;
  // A claim with no date of its own speaks of the days up to its report:
  // [published - report_window_days, published].
  int report_window_days = 14;
  // Compare only claims that say what they are about: a role claim needs its
  // subject entity; any other claim a key field (participants, object,
  // event, place) or a qualified subject ("meeting:kim_jong_un+vladimir_putin",
  // "percent:turnout"). "10 km" or "3 dead" with nothing else would otherwise
  // meet every other distance or toll of the same days. Unanchored claims
  // stay in the claim list; they make no finding.
  bool require_anchor = true;
  // With stories (the CompareClaims overload taking story_of), an event of
  // these kinds without any of those fields but with a date of its own is
  // anchored by its story: within the coverage of one election, "the
  // election was held on 7 January" is about that election. Only events a
  // story has once: one story's articles tell of several attacks, fires and
  // earthquakes (on the corpus, letting those in added six false date
  // contradictions). Quantities are never anchored this way.
  std::vector<std::string> events_anchored_by_story = {"vote", "landfall"};
  // Scheduled things (a date claim's `event`, else its subject) that come
  // many to a story: one article names the dates of several exams, hearings,
  // results or deadlines, so their dates, like those of recurring events,
  // speak of their own days only (on the corpus the window made
  // contradictions of the SSC and HSC exam dates, and of a case's next
  // hearing and another's).
  std::vector<std::string> recurring_scheduled = {"exam", "hearing", "results", "deadline"};
  // Subjects that are running counts: a later report's higher figure is an
  // update, not a contradiction. A claim is also a running count when its
  // fields hold running=true.
  std::vector<std::string> running_counts = {
      "deaths",   "dead",    "killed",    "death_toll", "casualties", "injured",
      "wounded",  "missing", "arrested",  "detained",   "evacuated",  "displaced",
      "rescued",  "affected", "hospitalised", "cases",  "infected",   "recovered"};
  // Events that are about who takes part: a visit or a meeting with no
  // participants is not anchored by its place alone ("a visit to North
  // Korea" by one person and another's trip home are not the same thing).
  // Storms, fires and accidents are identified by their place.
  std::vector<std::string> events_needing_participants = {"visit", "meeting", "call", "talks",
                                                          "agreement"};
};

// A role claim that names its office but not whose ("Foreign Minister Hasan
// Mahmud": value "foreign_minister_of", no object) gets the object when the
// entity lists give its subject that relation for one object only
// (bangladesh), as CompareClaims reads it. nullopt when no claim needed it;
// otherwise a copy of `claims` with those objects filled in.
std::optional<std::vector<Claim>> CompleteRoleObjects(const std::vector<Claim>& claims,
                                                      const std::vector<Entity>& entities);

// Compares `claims` across documents and returns the findings, contradictions
// first, then updates, hedged topics and agreements (ties: more documents
// first, then topic). Ids are "f1", "f2", ... in that order; the result is a
// pure function of the inputs (same inputs, same output).
//
// REQUIRES: claim.document_index < docs.size() for every claim; claims that
// break this are ignored. `entities` may be empty; role claims are then only
// compared with each other. Finding indices refer to positions in `claims`.
// Thread-safe: reads its arguments only.
std::vector<Finding> CompareClaims(const std::vector<Document>& docs,
                                   const std::vector<Claim>& claims,
                                   const std::vector<Entity>& entities,
                                   const CompareOptions& options);

// The same, comparing claims only within their document's story
// (`story_of[i]` is document i's story, from GroupStories in story.h); role
// claims are compared across stories, since they state facts about an entity.
// An empty `story_of` puts every document in one story.
// REQUIRES: story_of is empty or story_of.size() == docs.size().
std::vector<Finding> CompareClaims(const std::vector<Document>& docs,
                                   const std::vector<Claim>& claims,
                                   const std::vector<Entity>& entities,
                                   const CompareOptions& options,
                                   const std::vector<int>& story_of);

}  // namespace sangati

#endif  // SANGATI_ENGINE_COMPARE_COMPARE_H_
