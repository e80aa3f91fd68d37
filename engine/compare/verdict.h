// engine/compare/verdict.h: judging one cluster of comparable claims.
//
// compare.cc forms clusters (claims with one key and one time frame) and
// reduces each claim to an Interval on the cluster's axis; JudgeCluster
// splits the cluster into positions, picks the verdict and subtype by the
// rules of docs/compare.md, and writes the explanation. Independence is
// added afterwards by the caller (AppendIndependenceNote).
//
// Pure and thread-safe.
#ifndef SANGATI_ENGINE_COMPARE_VERDICT_H_
#define SANGATI_ENGINE_COMPARE_VERDICT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/compare/compare.h"
#include "engine/compare/finding.h"
#include "engine/compare/partition.h"
#include "engine/compare/time_frame.h"

namespace sangati {

struct ClusterItem {
  size_t claim = 0;                // index into the claim list
  Interval value;                  // on the cluster's axis
  std::optional<Moment> reported;  // the document's publication moment
  std::optional<int64_t> at_day;   // the day the claim speaks of: when.from, else published
};

// One entity-list fact a role claim is checked against, with the days it
// holds (EntityFact::since/until; nullopt: open).
struct DatedFact {
  std::string object;
  std::optional<int64_t> since;
  std::optional<int64_t> until;
  // Whether the fact holds on `day`; for a claim of unknown day any period
  // will do (an undated article may be about any time).
  bool HoldsOn(const std::optional<int64_t>& day) const {
    if (!day) return true;
    return (!since || *since <= *day) && (!until || *day <= *until);
  }
};

struct ClusterInput {
  std::string kind;
  std::string topic;
  std::string key;
  bool running = false;  // a running count: the update rule applies
  std::vector<ClusterItem> items;
  // Role claims: the entity list's facts for the subject and relation
  // (`reference.objects` lists them for display; `facts` carries their days).
  std::optional<EntityReference> reference;
  std::vector<DatedFact> facts;
};

// The finding for one cluster, or nullopt when there is nothing to report
// (fewer than two documents and no conflict with the entity lists).
// `independent_sources` and `repeated` are left empty.
std::optional<Finding> JudgeCluster(const std::vector<Document>& docs,
                                    const std::vector<Claim>& claims, const ClusterInput& input,
                                    const CompareOptions& options);

// 0 contradiction, 1 update, 2 hedged, 3 agreement, 4 anything else.
int VerdictRank(std::string_view verdict);

// Appends to the explanation what the finding's `repeated` clusters mean
// ("Outlet A and Outlet B both cite KCNA: one source repeated, not
// independent corroboration.").
void AppendIndependenceNote(const std::vector<Document>& docs,
                            const std::vector<Claim>& claims, Finding* finding);

}  // namespace sangati

#endif  // SANGATI_ENGINE_COMPARE_VERDICT_H_
