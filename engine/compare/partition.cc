#include "engine/compare/partition.h"

#include <algorithm>
#include <numeric>

namespace sangati {

std::vector<std::vector<size_t>> StabPartition(const std::vector<Interval>& intervals) {
  std::vector<size_t> order(intervals.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return intervals[x].hi < intervals[y].hi;
  });
  // Greedy stabbing: walk by right end; the current point is the right end of
  // the interval that opened the group. Every later interval has hi >= point,
  // so it contains the point exactly when lo <= point.
  std::vector<std::vector<size_t>> groups;
  std::vector<double> points;
  for (size_t i : order) {
    // An interval may contain an earlier point than the current one; put it
    // with the first such group so groups stay as compact as the greedy
    // choice allows. Points are increasing: binary search the first point
    // >= lo.
    auto it = std::lower_bound(points.begin(), points.end(), intervals[i].lo);
    if (it != points.end()) {
      groups[static_cast<size_t>(it - points.begin())].push_back(i);
    } else {
      points.push_back(intervals[i].hi);
      groups.push_back({i});
    }
  }
  for (std::vector<size_t>& g : groups) std::sort(g.begin(), g.end());
  return groups;
}

OverlapPair FindOverlap(const std::vector<Interval>& a, const std::vector<Interval>& b) {
  if (a.empty() || b.empty()) return {};
  std::vector<size_t> order(a.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(),
            [&](size_t x, size_t y) { return a[x].lo < a[y].lo; });
  // prefix_best[k]: the index (into a) with the largest hi among order[0..k].
  std::vector<size_t> prefix_best(order.size());
  for (size_t k = 0; k < order.size(); ++k) {
    prefix_best[k] = k == 0 || a[order[k]].hi > a[prefix_best[k - 1]].hi ? order[k]
                                                                          : prefix_best[k - 1];
  }
  for (size_t j = 0; j < b.size(); ++j) {
    // Intervals of `a` starting at or before b[j].hi ...
    auto end = std::upper_bound(order.begin(), order.end(), b[j].hi,
                                [&](double v, size_t x) { return v < a[x].lo; });
    if (end == order.begin()) continue;
    size_t best = prefix_best[static_cast<size_t>(end - order.begin()) - 1];
    // ... overlap b[j] when one of them reaches b[j].lo.
    if (a[best].hi >= b[j].lo) return {best, j};
  }
  return {};
}

}  // namespace sangati
