#include "cli/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace sangati {

int ResolveThreadCount(int requested) {
  if (requested > 0) return requested;
  unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : static_cast<int>(hw);
}

void ParallelFor(size_t count, int threads,
                 const std::function<void(size_t, int)>& work,
                 const std::function<void()>& on_done) {
  threads = std::max(1, std::min<int>(threads, static_cast<int>(std::max<size_t>(count, 1))));
  std::atomic<size_t> next{0};
  auto run = [&](int worker) {
    for (size_t item = next.fetch_add(1); item < count; item = next.fetch_add(1)) {
      work(item, worker);
      if (on_done) on_done();
    }
  };
  if (threads == 1) {
    run(0);
    return;
  }
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (int w = 1; w < threads; ++w) pool.emplace_back(run, w);
  run(0);
  for (std::thread& t : pool) t.join();
}

}  // namespace sangati
