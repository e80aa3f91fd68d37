#include "engine/compare/verdict.h"

#include <algorithm>
#include <map>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/compare/claim_key.h"
#include "engine/compare/explain.h"

namespace sangati {
namespace {

constexpr size_t kMaxListed = 3;  // outlets or values named before "+N more"

// Items of one stance, with their intervals alongside for partition.h.
struct Stance {
  std::vector<const ClusterItem*> items;
  std::vector<Interval> values;
  void Add(const ClusterItem* item) {
    items.push_back(item);
    values.push_back(item->value);
  }
};

// A conflict the update rule cannot explain.
struct RunningConflict {
  const ClusterItem* earlier = nullptr;
  const ClusterItem* later = nullptr;
  enum Why { kSameTime, kLowerLater, kUndated } why = kSameTime;
};

bool Disjoint(const Interval& a, const Interval& b) { return a.hi < b.lo || b.hi < a.lo; }

class Judge {
 public:
  Judge(const std::vector<Document>& docs, const std::vector<Claim>& claims,
        const ClusterInput& in)
      : docs_(docs), claims_(claims), in_(in) {}

  std::optional<Finding> Run();

 private:
  const Claim& ClaimOf(const ClusterItem* item) const { return claims_[item->claim]; }
  const Document& DocOf(const ClusterItem* item) const {
    return docs_[claims_[item->claim].document_index];
  }
  size_t DocCount(const std::vector<const ClusterItem*>& items) const {
    absl::flat_hash_set<uint32_t> d;
    for (const ClusterItem* i : items) d.insert(ClaimOf(i).document_index);
    return d.size();
  }

  std::optional<RunningConflict> FindRunningConflict(const Stance& asserted) const;
  bool ReferenceConflict(const Stance& asserted, const Stance& denied, bool* by_denial) const;

  // Explanation pieces.
  std::string Outlets(const std::vector<const ClusterItem*>& items, bool with_dates) const;
  std::string Sources(const std::vector<const ClusterItem*>& items) const;
  std::string Summary(const std::vector<const ClusterItem*>& items) const;
  std::string PositionText(const std::vector<const ClusterItem*>& items, bool with_dates) const;
  // "; both on 3 March 2024" when every document was published that day
  // (sets *with_dates=false); otherwise "" and *with_dates=true when any
  // document has a date.
  std::string SameDaySuffix(const std::vector<const ClusterItem*>& items, bool* with_dates) const;
  std::string UpdateStory(const Stance& asserted) const;
  std::string ReferenceText() const;

  const std::vector<Document>& docs_;
  const std::vector<Claim>& claims_;
  const ClusterInput& in_;
};

std::optional<RunningConflict> Judge::FindRunningConflict(const Stance& asserted) const {
  std::vector<const ClusterItem*> dated, undated;
  for (const ClusterItem* i : asserted.items) (i->reported ? dated : undated).push_back(i);
  // An undated report cannot be an update of anything: it must agree with all.
  if (!undated.empty()) {
    const ClusterItem* max_lo = asserted.items.front();
    const ClusterItem* min_hi = asserted.items.front();
    for (const ClusterItem* i : asserted.items) {
      if (i->value.lo > max_lo->value.lo) max_lo = i;
      if (i->value.hi < min_hi->value.hi) min_hi = i;
    }
    for (const ClusterItem* u : undated) {
      if (Disjoint(u->value, max_lo->value)) return RunningConflict{max_lo, u, RunningConflict::kUndated};
      if (Disjoint(u->value, min_hi->value)) return RunningConflict{min_hi, u, RunningConflict::kUndated};
    }
  }
  std::stable_sort(dated.begin(), dated.end(), [](const ClusterItem* a, const ClusterItem* b) {
    return a->reported->day != b->reported->day ? a->reported->day < b->reported->day
                                                : a->reported->minute < b->reported->minute;
  });
  // Slots of reports whose order cannot be told: one day, split by minute
  // only when every report of that day has a time.
  std::vector<std::vector<const ClusterItem*>> slots;
  for (size_t i = 0; i < dated.size();) {
    size_t j = i;
    bool all_timed = true;
    while (j < dated.size() && dated[j]->reported->day == dated[i]->reported->day) {
      all_timed = all_timed && dated[j]->reported->minute >= 0;
      ++j;
    }
    for (size_t k = i; k < j; ++k) {
      if (k == i || (all_timed && dated[k]->reported->minute != dated[k - 1]->reported->minute)) {
        slots.emplace_back();
      }
      slots.back().push_back(dated[k]);
    }
    i = j;
  }
  const ClusterItem* best_earlier = nullptr;  // highest lower bound so far
  for (const std::vector<const ClusterItem*>& slot : slots) {
    if (slot.size() > 1 && DocCount(slot) > 1) {
      std::vector<Interval> values;
      for (const ClusterItem* i : slot) values.push_back(i->value);
      std::vector<std::vector<size_t>> groups = StabPartition(values);
      if (groups.size() > 1) {
        return RunningConflict{slot[groups[0][0]], slot[groups[1][0]], RunningConflict::kSameTime};
      }
    }
    for (const ClusterItem* i : slot) {
      if (best_earlier != nullptr && i->value.hi < best_earlier->value.lo) {
        return RunningConflict{best_earlier, i, RunningConflict::kLowerLater};
      }
    }
    for (const ClusterItem* i : slot) {
      if (best_earlier == nullptr || i->value.lo > best_earlier->value.lo) best_earlier = i;
    }
  }
  return std::nullopt;
}

bool Judge::ReferenceConflict(const Stance& asserted, const Stance& denied,
                              bool* by_denial) const {
  if (!in_.reference || in_.facts.empty()) return false;
  // The list names every object the relation has, each for its days: an
  // asserted claim must match a fact that holds on its day, and a denied
  // claim must not.
  auto listed = [&](const ClusterItem* i) {
    const std::string object = ParseRoleValue(ClaimOf(i)).object;
    if (object.empty()) return std::optional<bool>();
    for (const DatedFact& fact : in_.facts) {
      if (fact.object == object && fact.HoldsOn(i->at_day)) return std::optional<bool>(true);
    }
    return std::optional<bool>(false);
  };
  for (const ClusterItem* i : asserted.items) {
    std::optional<bool> l = listed(i);
    if (l && !*l) return true;
  }
  for (const ClusterItem* i : denied.items) {
    std::optional<bool> l = listed(i);
    if (l && *l) {
      *by_denial = true;
      return true;
    }
  }
  return false;
}

std::string Judge::Outlets(const std::vector<const ClusterItem*>& items, bool with_dates) const {
  std::vector<std::string> names;
  absl::flat_hash_set<std::string> seen;
  for (const ClusterItem* i : items) {
    const Document& doc = DocOf(i);
    std::string name = OutletLabel(doc);
    if (with_dates && doc.published) absl::StrAppend(&name, " (", FormatIsoDate(*doc.published), ")");
    if (seen.insert(name).second) names.push_back(std::move(name));
  }
  if (names.size() > kMaxListed + 1) {
    size_t more = names.size() - kMaxListed;
    names.resize(kMaxListed);
    names.push_back(absl::StrCat(more, " more"));
  }
  return absl::StrJoin(names, ", ");
}

std::string Judge::Sources(const std::vector<const ClusterItem*>& items) const {
  std::vector<std::string> names;
  absl::flat_hash_set<std::string> seen;
  for (const ClusterItem* i : items) {
    const Claim& c = ClaimOf(i);
    if (!c.source) continue;
    std::string name = !c.source->name.empty() ? c.source->name : Humanise(c.source->id);
    if (!name.empty() && seen.insert(name).second) names.push_back(std::move(name));
  }
  if (names.empty()) return std::string();
  return absl::StrCat(" (per ", absl::StrJoin(names, ", "), ")");
}

std::string Judge::Summary(const std::vector<const ClusterItem*>& items) const {
  std::vector<std::string> values;
  absl::flat_hash_set<std::string> seen;
  for (const ClusterItem* i : items) {
    std::string v = ClaimValueSummary(ClaimOf(i));
    if (seen.insert(v).second) values.push_back(std::move(v));
  }
  if (values.size() > kMaxListed) {
    values.resize(kMaxListed);
    values.push_back("...");
  }
  return absl::StrJoin(values, " / ");
}

std::string Judge::PositionText(const std::vector<const ClusterItem*>& items,
                                bool with_dates) const {
  return absl::StrCat(Outlets(items, with_dates), ": ", Summary(items), Sources(items));
}

std::string Judge::SameDaySuffix(const std::vector<const ClusterItem*>& items,
                                 bool* with_dates) const {
  std::optional<DayRange> day;
  bool all_same = true, any = false;
  absl::flat_hash_set<uint32_t> doc_set;
  for (const ClusterItem* i : items) {
    doc_set.insert(ClaimOf(i).document_index);
    const Document& doc = DocOf(i);
    std::optional<DayRange> d = doc.published ? ParseIsoDays(*doc.published) : std::nullopt;
    if (!d) {
      all_same = false;
      continue;
    }
    any = true;
    if (day && !(*day == *d)) all_same = false;
    day = d;
  }
  if (all_same && day && doc_set.size() > 1) {
    *with_dates = false;
    return absl::StrCat("; ", doc_set.size() == 2 ? "both" : "all", " on ", FormatDayRange(*day));
  }
  *with_dates = any && doc_set.size() > 1;
  return std::string();
}

std::string Judge::UpdateStory(const Stance& asserted) const {
  std::vector<const ClusterItem*> dated;
  for (const ClusterItem* i : asserted.items) {
    if (i->reported) dated.push_back(i);
  }
  std::stable_sort(dated.begin(), dated.end(), [](const ClusterItem* a, const ClusterItem* b) {
    return a->reported->day != b->reported->day ? a->reported->day < b->reported->day
                                                : a->reported->minute < b->reported->minute;
  });
  // One step per publication day; consecutive days with one figure merge.
  std::vector<std::string> steps;
  std::string last_summary;
  for (size_t i = 0; i < dated.size();) {
    size_t j = i;
    std::vector<const ClusterItem*> day;
    while (j < dated.size() && dated[j]->reported->day == dated[i]->reported->day) {
      day.push_back(dated[j++]);
    }
    std::string summary = Summary(day);
    if (summary != last_summary) {
      steps.push_back(absl::StrCat(summary, " (", Outlets(day, false), ", ",
                                   FormatIsoDate(*DocOf(day.front()).published), ")"));
      last_summary = summary;
    }
    i = j;
  }
  return absl::StrCat("Rose from ", absl::StrJoin(steps, " to "),
                      ": later, higher figures of a running count update earlier ones");
}

std::string Judge::ReferenceText() const {
  const EntityReference& ref = *in_.reference;
  std::vector<std::string> objects;
  for (const ReferenceFact& f : ref.facts) {
    std::string o = Humanise(f.object);
    if (!f.since.empty() && !f.until.empty()) {
      absl::StrAppend(&o, " (", FormatIsoDate(f.since), " to ", FormatIsoDate(f.until), ")");
    } else if (!f.since.empty()) {
      absl::StrAppend(&o, " (since ", FormatIsoDate(f.since), ")");
    } else if (!f.until.empty()) {
      absl::StrAppend(&o, " (until ", FormatIsoDate(f.until), ")");
    }
    objects.push_back(std::move(o));
  }
  std::string where = ref.file.empty() ? std::string() : absl::StrCat(" (", ref.file, ")");
  return absl::StrCat("the entity list", where, " has ", Humanise(ref.entity), ": ",
                      Humanise(ref.relation), " ", absl::StrJoin(objects, ", "));
}

std::optional<Finding> Judge::Run() {
  Stance asserted, hedged, denied;
  std::vector<const ClusterItem*> all;
  for (const ClusterItem& item : in_.items) {
    all.push_back(&item);
    switch (ClaimOf(&item).modality) {
      case Modality::kAsserted: asserted.Add(&item); break;
      case Modality::kHedged: hedged.Add(&item); break;
      case Modality::kDenied: denied.Add(&item); break;
    }
  }
  const size_t docs_all = DocCount(all);
  bool ref_by_denial = false;
  const bool ref_conflict = ReferenceConflict(asserted, denied, &ref_by_denial);
  if (docs_all < 2 && !ref_conflict) return std::nullopt;

  Finding f;
  f.kind = in_.kind;
  f.topic = in_.topic;
  f.key = in_.key;
  f.reference = in_.reference;
  if (f.reference) f.reference->contradicted = ref_conflict;
  // Positions: asserted, then denied, then hedged, each split into agreeing groups.
  std::vector<std::vector<const ClusterItem*>> asserted_groups;
  auto add_positions = [&](const Stance& s, Modality m,
                           std::vector<std::vector<const ClusterItem*>>* keep) {
    for (const std::vector<size_t>& g : StabPartition(s.values)) {
      std::vector<const ClusterItem*> members;
      Position p;
      for (size_t k : g) {
        members.push_back(s.items[k]);
        p.claims.push_back(s.items[k]->claim);
      }
      std::sort(p.claims.begin(), p.claims.end());
      p.summary = Summary(members);
      p.stance = std::string(ModalityName(m));
      f.groups.push_back(p.claims);
      f.positions.push_back(std::move(p));
      if (keep) keep->push_back(std::move(members));
    }
  };
  add_positions(asserted, Modality::kAsserted, &asserted_groups);
  std::vector<std::vector<const ClusterItem*>> denied_groups, hedged_groups;
  add_positions(denied, Modality::kDenied, &denied_groups);
  add_positions(hedged, Modality::kHedged, &hedged_groups);
  for (const ClusterItem* i : all) f.claims.push_back(i->claim);
  std::sort(f.claims.begin(), f.claims.end());

  const size_t asserted_docs = DocCount(asserted.items);
  std::vector<const ClusterItem*> settled = asserted.items;
  settled.insert(settled.end(), denied.items.begin(), denied.items.end());
  const size_t settled_docs = DocCount(settled);

  bool value_conflict = asserted_groups.size() > 1 && asserted_docs >= 2;
  std::optional<RunningConflict> running_conflict;
  bool update = false;
  if (value_conflict && in_.running) {
    running_conflict = FindRunningConflict(asserted);
    if (!running_conflict) {
      update = true;
      value_conflict = false;
    }
  }
  const OverlapPair polarity = FindOverlap(asserted.values, denied.values);

  bool with_dates = false;
  const std::string day_suffix = SameDaySuffix(all, &with_dates);
  std::vector<std::string> parts;
  if (value_conflict) {
    f.verdict = std::string(kVerdictContradiction);
    f.subtype = std::string(in_.kind == kKindQuantity ? kSubtypeValue
                            : in_.kind == kKindRole   ? kSubtypeAttribute
                            : in_.kind == kKindDate || in_.kind == kKindEvent ? kSubtypeDate
                                                                              : kSubtypeValue);
    std::string lead;
    if (running_conflict) {
      const RunningConflict& rc = *running_conflict;
      if (rc.why == RunningConflict::kSameTime) {
        bool pair_dates = false;
        std::string suffix = SameDaySuffix({rc.earlier, rc.later}, &pair_dates);
        parts.push_back(absl::StrCat(PositionText({rc.earlier}, pair_dates), "; ",
                                     PositionText({rc.later}, pair_dates), suffix));
      } else {
        lead = rc.why == RunningConflict::kLowerLater ? "A later report gives a lower figure: "
                                                      : "An undated report differs: ";
        parts.push_back(absl::StrCat(lead, PositionText({rc.earlier}, true), "; ",
                                     PositionText({rc.later}, true)));
      }
    } else {
      for (const auto& g : asserted_groups) parts.push_back(PositionText(g, with_dates));
      parts.back() += day_suffix;
    }
    if (in_.reference) parts.push_back(ReferenceText());
    if (polarity.found()) {
      const ClusterItem* d = denied.items[polarity.b];
      parts.push_back(absl::StrCat("also ", Outlets({d}, with_dates), ": denial of ", Summary({d}),
                                   Sources({d})));
    }
  } else if (polarity.found()) {
    f.verdict = std::string(kVerdictContradiction);
    f.subtype = std::string(kSubtypePolarity);
    const ClusterItem* a = asserted.items[polarity.a];
    const ClusterItem* d = denied.items[polarity.b];
    std::vector<const ClusterItem*> pair = {a, d};
    bool pair_dates = false;
    std::string suffix = SameDaySuffix(pair, &pair_dates);
    parts.push_back(absl::StrCat(PositionText({a}, pair_dates), "; ", Outlets({d}, pair_dates),
                                 ": denial of ", Summary({d}), Sources({d}), suffix));
  } else if (ref_conflict) {
    f.verdict = std::string(kVerdictContradiction);
    f.subtype = std::string(ref_by_denial ? kSubtypePolarity : kSubtypeAttribute);
    for (const auto& g : asserted_groups) parts.push_back(PositionText(g, with_dates));
    for (const auto& g : denied_groups) {
      parts.push_back(absl::StrCat(Outlets(g, with_dates), ": denial of ", Summary(g),
                                   Sources(g)));
    }
    parts.push_back(ReferenceText());
  } else if (update) {
    f.verdict = std::string(kVerdictUpdate);
    f.subtype = std::string(kSubtypeValue);
    parts.push_back(UpdateStory(asserted));
  } else if (settled_docs >= 2) {
    // Outlets repeating what the entity list already says is not news.
    if (in_.kind == kKindRole && in_.reference) return std::nullopt;
    f.verdict = std::string(kVerdictAgreement);
    for (const auto& g : asserted_groups) parts.push_back(PositionText(g, with_dates));
    for (const auto& g : denied_groups) {
      parts.push_back(absl::StrCat(Outlets(g, with_dates), ": denial of ", Summary(g),
                                   Sources(g)));
    }
    parts.back() += day_suffix;
    parts.front() = absl::StrCat("Agree: ", parts.front());
  } else {
    f.verdict = std::string(kVerdictHedged);
    for (const auto& g : asserted_groups) parts.push_back(PositionText(g, with_dates));
    for (const auto& g : denied_groups) {
      parts.push_back(absl::StrCat(Outlets(g, with_dates), ": denial of ", Summary(g),
                                   Sources(g)));
    }
    for (const auto& g : hedged_groups) {
      parts.push_back(absl::StrCat(PositionText(g, with_dates), " (hedged)"));
    }
    parts.back() += day_suffix;
    parts.front() = absl::StrCat("Not settled: ", parts.front());
  }
  f.explanation = absl::StrCat(absl::StrJoin(parts, "; "), ".");
  if (!hedged_groups.empty() && f.verdict != kVerdictHedged) {
    std::vector<std::string> h;
    for (const auto& g : hedged_groups) h.push_back(PositionText(g, with_dates));
    absl::StrAppend(&f.explanation, " Hedged, not counted: ", absl::StrJoin(h, "; "), ".");
  }
  if (f.verdict == kVerdictHedged) {
    absl::StrAppend(&f.explanation, " Hedged claims are shown, never counted as contradictions.");
  }
  return f;
}

}  // namespace

std::optional<Finding> JudgeCluster(const std::vector<Document>& docs,
                                    const std::vector<Claim>& claims, const ClusterInput& input,
                                    const CompareOptions& options) {
  return Judge(docs, claims, input).Run();
}

int VerdictRank(std::string_view verdict) {
  if (verdict == kVerdictContradiction) return 0;
  if (verdict == kVerdictUpdate) return 1;
  if (verdict == kVerdictHedged) return 2;
  if (verdict == kVerdictAgreement) return 3;
  return 4;
}

void AppendIndependenceNote(const std::vector<Document>& docs,
                            const std::vector<Claim>& claims, Finding* finding) {
  absl::flat_hash_set<uint32_t> doc_set;
  for (size_t i : finding->claims) doc_set.insert(claims[i].document_index);
  for (const SourceCluster& cluster : finding->repeated) {
    std::vector<std::string> outlets;
    absl::flat_hash_set<std::string> seen;
    for (size_t i : cluster.claims) {
      std::string name = OutletLabel(docs[claims[i].document_index]);
      if (seen.insert(name).second) outlets.push_back(std::move(name));
    }
    std::string who;
    if (!cluster.source_name.empty()) {
      who = absl::StrCat(absl::StrJoin(outlets, ", "), " cite ", cluster.source_name);
    } else if (outlets.size() == 1) {
      who = absl::StrCat(outlets[0], " reported it ", cluster.claims.size(), " times");
    } else {
      who = absl::StrCat(absl::StrJoin(outlets, ", "), " (", cluster.reason, ")");
    }
    absl::StrAppend(&finding->explanation, " ", who,
                    ": one source repeated, not independent corroboration.");
  }
  if (!finding->repeated.empty()) {
    absl::StrAppend(&finding->explanation, " Independent sources: ",
                    finding->independent_sources, " of ", doc_set.size(), " documents.");
  }
}

}  // namespace sangati
