#include "engine/compare/compare.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "engine/compare/claim_key.h"
#include "engine/compare/explain.h"
#include "engine/compare/independence.h"
#include "engine/compare/partition.h"
#include "engine/compare/time_frame.h"
#include "engine/compare/verdict.h"

namespace sangati {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Whether `claim` is an event whose value is one of `values`.
bool IsEventOf(const Claim& claim, const std::vector<std::string>& values) {
  if (claim.kind != kKindEvent) return false;
  const auto* value = std::get_if<std::string>(&claim.value);
  return value != nullptr && std::find(values.begin(), values.end(), *value) != values.end();
}

// Whether `claim` is a date claim of a scheduled thing in `values` (its
// `event` field, else its subject).
bool IsScheduledOf(const Claim& claim, const std::vector<std::string>& values) {
  if (claim.kind != kKindDate) return false;
  auto it = claim.fields.find("event");
  const std::string& what = it != claim.fields.end() ? it->second : claim.subject;
  return std::find(values.begin(), values.end(), what) != values.end();
}

// The time frame a claim speaks of, used to split a key group (see
// docs/compare.md "Time frames"). nullopt: unknown.
std::optional<DayRange> FrameOf(const Claim& claim, const Document& doc,
                                const CompareOptions& options) {
  // A figure is about its own days, and so is an event that recurs
  // (meetings, attacks: another day is another one); a scheduled date or a
  // story's one vote or landfall stands for an occurrence that other reports
  // may place up to the window later.
  const bool recurs =
      (claim.kind == kKindEvent && !IsEventOf(claim, options.events_anchored_by_story)) ||
      IsScheduledOf(claim, options.recurring_scheduled);
  if (claim.when && !claim.when->from.empty()) {
    std::optional<DayRange> r = ParseIsoRange(claim.when->from, claim.when->to);
    if (r) {
      if (claim.kind != kKindQuantity && !recurs) r->last += options.same_event_window_days;
      return r;
    }
  }
  // An undated report of a recurring event could be of any of the days
  // before it: it must not join the meeting of the 5th to that of the 6th.
  if (recurs) return std::nullopt;
  if (doc.published) {
    std::optional<DayRange> p = ParseIsoDays(*doc.published);
    if (p) return DayRange{p->first - options.report_window_days, p->last};
  }
  return std::nullopt;
}

// Splits `members` (claim indices) into clusters of overlapping frames. A
// claim of unknown frame joins the only cluster when there is exactly one,
// and otherwise sits with the other unknown ones.
std::vector<std::vector<size_t>> SplitByFrame(const std::vector<size_t>& members,
                                              const std::vector<std::optional<DayRange>>& frames) {
  std::vector<size_t> known, unknown;
  for (size_t i : members) (frames[i] ? known : unknown).push_back(i);
  std::stable_sort(known.begin(), known.end(),
                   [&](size_t a, size_t b) { return frames[a]->first < frames[b]->first; });
  std::vector<std::vector<size_t>> clusters;
  int64_t reach = 0;
  for (size_t i : known) {
    if (clusters.empty() || frames[i]->first > reach) {
      clusters.emplace_back();
      reach = frames[i]->last;
    }
    clusters.back().push_back(i);
    reach = std::max(reach, frames[i]->last);
  }
  if (!unknown.empty()) {
    if (clusters.size() == 1) {
      clusters[0].insert(clusters[0].end(), unknown.begin(), unknown.end());
    } else {
      clusters.push_back(std::move(unknown));
    }
  }
  for (std::vector<size_t>& c : clusters) std::sort(c.begin(), c.end());
  return clusters;
}

}  // namespace

// "Foreign Minister Hasan Mahmud" says whose minister only through the
// person: when the lists give the subject that relation for one object only,
// a role claim without an object gets it ("foreign_minister_of" ->
// bangladesh), so it is checked against the dated facts like "Bangladesh's
// Foreign Minister ...". nullopt when no claim needed it.
std::optional<std::vector<Claim>> CompleteRoleObjects(const std::vector<Claim>& claims,
                                                      const std::vector<Entity>& entities) {
  absl::flat_hash_map<std::string, const Entity*> by_id;
  for (const Entity& e : entities) by_id.try_emplace(e.id, &e);
  std::optional<std::vector<Claim>> out;
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (c.kind != kKindRole) continue;
    const RoleValue role = ParseRoleValue(c);
    if (!role.object.empty() || role.relation.empty()) continue;
    auto it = by_id.find(c.subject);
    if (it == by_id.end()) continue;
    std::string object;
    bool one = true;
    for (const EntityFact& fact : it->second->facts) {
      if (NormaliseRelation(fact.relation) != role.relation) continue;
      if (!object.empty() && object != fact.object) one = false;
      object = fact.object;
    }
    if (object.empty() || !one) continue;
    if (!out) out = claims;
    (*out)[i].fields["object"] = object;
  }
  return out;
}

namespace {

class Comparer {
 public:
  Comparer(const std::vector<Document>& docs, const std::vector<Claim>& claims,
           const std::vector<Entity>& entities, const CompareOptions& options,
           const std::vector<int>& story_of)
      : docs_(docs), claims_(claims), options_(options), story_of_(story_of) {
    for (const Entity& e : entities) entities_.try_emplace(e.id, &e);
  }

  std::vector<Finding> Run() {
    // 1. Group by strict key, remembering first-seen order for stable output.
    std::vector<ClaimKey> keys(claims_.size());
    absl::flat_hash_map<std::string, size_t> group_of_key;
    std::vector<std::vector<size_t>> groups;
    for (size_t i = 0; i < claims_.size(); ++i) {
      if (claims_[i].document_index >= docs_.size() || claims_[i].kind.empty()) continue;
      if (options_.require_anchor && !HasAnchor(claims_[i]) && !StoryAnchors(claims_[i])) {
        continue;
      }
      if (options_.require_anchor && NeedsParticipants(claims_[i])) continue;
      keys[i] = ComputeClaimKey(claims_[i]);
      auto [it, inserted] = group_of_key.try_emplace(
          absl::StrCat(keys[i].strict, "\x1e", StoryOf(claims_[i])), groups.size());
      if (inserted) groups.emplace_back();
      groups[it->second].push_back(i);
    }
    std::vector<std::optional<DayRange>> frames(claims_.size());
    for (size_t i = 0; i < claims_.size(); ++i) {
      if (claims_[i].document_index < docs_.size()) {
        frames[i] = FrameOf(claims_[i], docs_[claims_[i].document_index], options_);
      }
    }
    // 2. Split each group by place, then by time frame, and judge.
    std::vector<Finding> findings;
    for (const std::vector<size_t>& group : groups) {
      for (auto& [place, members] : SplitByPlace(group, keys)) {
        const Claim& first = claims_[members.front()];
        std::string topic = keys[members.front()].topic;
        if (!place.empty()) absl::StrAppend(&topic, " · place ", place);
        std::string key = absl::StrCat(keys[members.front()].strict, "\x1f", "place=", place);
        for (char& c : key) {
          if (c == '\x1f') c = '|';
        }
        const size_t judged = findings.size();
        if (first.kind == kKindRole) {
          Judge(members, topic, key, &findings);
          continue;
        }
        for (const std::vector<size_t>& cluster : SplitByFrame(members, frames)) {
          Judge(cluster, topic, key, &findings);
        }
        for (size_t f = judged; f < findings.size(); ++f) findings[f].story = StoryOf(first);
      }
    }
    // 3. Order and number.
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
      int ra = VerdictRank(a.verdict), rb = VerdictRank(b.verdict);
      if (ra != rb) return ra < rb;
      size_t da = DocumentCount(a), db = DocumentCount(b);
      if (da != db) return da > db;
      return a.topic < b.topic;
    });
    for (size_t i = 0; i < findings.size(); ++i) findings[i].id = absl::StrCat("f", i + 1);
    return findings;
  }

 private:
  std::vector<std::pair<std::string, std::vector<size_t>>> SplitByPlace(
      const std::vector<size_t>& group, const std::vector<ClaimKey>& keys) {
    std::vector<std::pair<std::string, std::vector<size_t>>> out;
    absl::flat_hash_map<std::string, size_t> index;
    std::vector<size_t> placeless;
    for (size_t i : group) {
      if (keys[i].place.empty()) {
        placeless.push_back(i);
        continue;
      }
      auto [it, inserted] = index.try_emplace(keys[i].place, out.size());
      if (inserted) out.emplace_back(keys[i].place, std::vector<size_t>());
      out[it->second].second.push_back(i);
    }
    // A claim that names no place is not compared with one that does: "2
    // died in Bhola" is often a part of "12 died" (docs/compare.md).
    if (!placeless.empty()) out.emplace_back(std::string(), std::move(placeless));
    return out;
  }

  // The story a claim is compared within: its document's, or -1 for role
  // claims and when no stories were given.
  int StoryOf(const Claim& claim) const {
    if (story_of_.empty() || claim.kind == kKindRole) return -1;
    return story_of_[claim.document_index];
  }

  // Whether the claim's story stands in for its missing anchor: a dated
  // event ("the election was held on 7 January") when stories were given.
  bool StoryAnchors(const Claim& claim) const {
    // A day, not a year: "the 2018 election" names an election but spans a
    // year that would bridge every other election of the story.
    if (story_of_.empty() || !claim.when || claim.when->from.size() != 10 ||
        claim.when->from != claim.when->to) {
      return false;
    }
    return IsEventOf(claim, options_.events_anchored_by_story);
  }

  // An event of CompareOptions::events_needing_participants without any.
  bool NeedsParticipants(const Claim& claim) const {
    if (!IsEventOf(claim, options_.events_needing_participants)) return false;
    auto it = claim.fields.find("participants");
    return it == claim.fields.end() || it->second.empty();
  }

  size_t DocumentCount(const Finding& f) const {
    absl::flat_hash_set<uint32_t> d;
    for (size_t i : f.claims) d.insert(claims_[i].document_index);
    return d.size();
  }

  bool IsRunningCount(const Claim& claim) const {
    auto it = claim.fields.find("running");
    if (it != claim.fields.end()) return it->second == "true" || it->second == "yes";
    return std::find(options_.running_counts.begin(), options_.running_counts.end(),
                     claim.subject) != options_.running_counts.end();
  }

  // The time a claim wrote but that did not resolve to dates (no
  // publication date to count from); null when it has none or it resolved.
  static const std::string* UnplacedTime(const Claim& claim) {
    if (!claim.when || !claim.when->from.empty() || claim.when->text.empty()) return nullptr;
    return &claim.when->text;
  }

  // The interval a claim holds on its cluster's axis; nullopt when the claim
  // cannot be placed (a quantity without numbers, a date that did not
  // resolve).
  std::optional<Interval> ValueInterval(const Claim& claim,
                                        absl::flat_hash_map<std::string, double>* ordinals) const {
    if (claim.kind == kKindQuantity) {
      const auto* q = std::get_if<Quantity>(&claim.value);
      if (q == nullptr || (!q->min && !q->max)) return std::nullopt;
      Interval v{q->min ? *q->min : -kInf, q->max ? *q->max : kInf};
      if (std::isnan(v.lo) || std::isnan(v.hi)) return std::nullopt;
      if (v.lo > v.hi) std::swap(v.lo, v.hi);
      if (q->approximate) {
        const double t = options_.approximate_tolerance;
        if (std::isfinite(v.lo)) v.lo -= std::fabs(v.lo) * t;
        if (std::isfinite(v.hi)) v.hi += std::fabs(v.hi) * t;
      }
      return v;
    }
    if (claim.kind == kKindRole) {
      RoleValue role = ParseRoleValue(claim);
      if (role.object.empty()) return Interval{-kInf, kInf};
      auto [it, inserted] = ordinals->try_emplace(role.object, static_cast<double>(ordinals->size()));
      return Interval{it->second, it->second};
    }
    if (claim.when && !claim.when->from.empty()) {
      std::optional<DayRange> r = ParseIsoRange(claim.when->from, claim.when->to);
      if (r) return Interval{static_cast<double>(r->first), static_cast<double>(r->last)};
    }
    // A date claim must say when; other kinds without a date agree with any.
    if (claim.kind == kKindDate) return std::nullopt;
    return Interval{-kInf, kInf};
  }

  void Judge(const std::vector<size_t>& cluster, const std::string& topic,
             const std::string& key, std::vector<Finding>* out) {
    ClusterInput in;
    in.kind = claims_[cluster.front()].kind;
    in.topic = topic;
    in.key = key;
    in.running = in.kind == kKindQuantity && IsRunningCount(claims_[cluster.front()]);
    absl::flat_hash_map<std::string, double> ordinals;
    // Times written but not placed (a weekday or a month in an undated
    // article) agree with any claim, unless two documents name different
    // ones (মঙ্গলবার, সেপ্টেম্বরে): those may be other occurrences and are
    // set aside.
    absl::flat_hash_set<std::string_view> unplaced_texts;
    absl::flat_hash_set<uint32_t> unplaced_docs;
    for (size_t i : cluster) {
      if (const std::string* t = UnplacedTime(claims_[i])) {
        unplaced_texts.insert(*t);
        unplaced_docs.insert(claims_[i].document_index);
      }
    }
    const bool set_aside_unplaced = unplaced_texts.size() > 1 && unplaced_docs.size() > 1;
    for (size_t i : cluster) {
      if (set_aside_unplaced && UnplacedTime(claims_[i]) != nullptr) continue;
      std::optional<Interval> v = ValueInterval(claims_[i], &ordinals);
      if (!v) continue;
      ClusterItem item;
      item.claim = i;
      item.value = *v;
      const Document& doc = docs_[claims_[i].document_index];
      if (doc.published) item.reported = ParseIsoMoment(*doc.published);
      const Claim& c = claims_[i];
      std::optional<DayRange> at;
      if (c.when && !c.when->from.empty()) at = ParseIsoDays(c.when->from);
      if (!at && doc.published) at = ParseIsoDays(*doc.published);
      if (at) item.at_day = at->first;
      in.items.push_back(item);
    }
    if (in.items.empty()) return;
    // A toll may rise within one report ("43 dead, up from 40"): only three
    // different figures in one document make a running count a list.
    if (in.kind == kKindQuantity && OneDocumentNamesSeveral(in.items, in.running ? 3 : 2)) {
      return;
    }
    if (in.kind == kKindRole) {
      in.reference = LookupReference(claims_[cluster.front()], &in.facts);
    }
    std::optional<Finding> f = JudgeCluster(docs_, claims_, in, options_);
    if (!f) return;
    Independence ind = AnalyseIndependence(docs_, claims_, f->claims);
    f->independent_sources = ind.independent_sources;
    f->repeated = std::move(ind.repeated);
    AppendIndependenceNote(docs_, claims_, &*f);
    out->push_back(std::move(*f));
  }

  // Whether one document asserts `figures` or more figures under this key
  // that do not overlap ("a kilo of rice costs 75 taka, of lentils 110"; a
  // roundup of the day's incidents: "one killed in Faridganj", "two killed
  // in Khulna", "three died in Jhenaidah"): the key does not name one thing
  // there, so comparing it across documents would pit unrelated figures
  // against each other (docs/compare.md).
  bool OneDocumentNamesSeveral(const std::vector<ClusterItem>& items, size_t figures) const {
    absl::flat_hash_map<uint32_t, std::vector<Interval>> by_document;
    for (const ClusterItem& item : items) {
      const Claim& c = claims_[item.claim];
      if (c.modality == Modality::kAsserted) by_document[c.document_index].push_back(item.value);
    }
    for (const auto& [doc, values] : by_document) {
      if (values.size() >= figures && StabPartition(values).size() >= figures) return true;
    }
    return false;
  }

  // The entity list's facts for a role claim's subject and relation.
  std::optional<EntityReference> LookupReference(const Claim& claim,
                                                 std::vector<DatedFact>* facts) const {
    auto it = entities_.find(claim.subject);
    if (it == entities_.end()) return std::nullopt;
    const std::string relation = ParseRoleValue(claim).relation;
    EntityReference ref;
    for (const EntityFact& fact : it->second->facts) {
      if (NormaliseRelation(fact.relation) != relation) continue;
      if (ref.relation.empty()) ref.relation = fact.relation;
      ref.facts.push_back(ReferenceFact{fact.object, fact.since, fact.until});
      DatedFact f;
      f.object = fact.object;
      if (std::optional<DayRange> r = ParseIsoDays(fact.since)) f.since = r->first;
      if (std::optional<DayRange> r = ParseIsoDays(fact.until)) f.until = r->last;
      facts->push_back(std::move(f));
    }
    if (ref.facts.empty()) return std::nullopt;
    ref.entity = it->second->id;
    ref.file = it->second->file;
    return ref;
  }

  const std::vector<Document>& docs_;
  const std::vector<Claim>& claims_;
  const CompareOptions& options_;
  const std::vector<int>& story_of_;
  absl::flat_hash_map<std::string, const Entity*> entities_;
};

}  // namespace

std::vector<Finding> CompareClaims(const std::vector<Document>& docs,
                                   const std::vector<Claim>& claims,
                                   const std::vector<Entity>& entities,
                                   const CompareOptions& options) {
  return CompareClaims(docs, claims, entities, options, {});
}

std::vector<Finding> CompareClaims(const std::vector<Document>& docs,
                                   const std::vector<Claim>& claims,
                                   const std::vector<Entity>& entities,
                                   const CompareOptions& options,
                                   const std::vector<int>& story_of) {
  static const std::vector<int> kOneStory;
  const bool usable = story_of.size() == docs.size();  // else: one story
  std::optional<std::vector<Claim>> completed = CompleteRoleObjects(claims, entities);
  return Comparer(docs, completed ? *completed : claims, entities, options,
                  usable ? story_of : kOneStory)
      .Run();
}

}  // namespace sangati
