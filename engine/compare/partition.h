// engine/compare/partition.h: splitting claims into positions that agree.
//
// Every comparable claim is reduced to a closed interval [lo, hi] on one
// axis (a figure, a day number, an ordinal for a role's object; +-infinity
// for an open end or "no value"). Two claims agree when their intervals
// overlap. StabPartition returns the fewest groups in which every group's
// intervals share a common point (so all members agree pairwise); more than
// one group means at least two claims are disjoint. O(n log n).
//
// Pure and thread-safe.
#ifndef SANGATI_ENGINE_COMPARE_PARTITION_H_
#define SANGATI_ENGINE_COMPARE_PARTITION_H_

#include <cstddef>
#include <vector>

namespace sangati {

struct Interval {
  double lo = 0;
  double hi = 0;
};

// Partitions `intervals` (REQUIRES: lo <= hi each) into the minimum number of
// groups with a common point. Returns indices into `intervals`, groups
// ordered by that point, members in increasing index order.
std::vector<std::vector<size_t>> StabPartition(const std::vector<Interval>& intervals);

// Indices of two overlapping intervals, one from `a` and one from `b`, or
// {npos, npos} when no interval of `a` overlaps one of `b`. O((|a|+|b|) log |a|).
struct OverlapPair {
  size_t a = static_cast<size_t>(-1);
  size_t b = static_cast<size_t>(-1);
  bool found() const { return a != static_cast<size_t>(-1); }
};
OverlapPair FindOverlap(const std::vector<Interval>& a, const std::vector<Interval>& b);

}  // namespace sangati

#endif  // SANGATI_ENGINE_COMPARE_PARTITION_H_
