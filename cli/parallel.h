// cli/parallel.h: spreads independent per-document work over the cores.
//
// Work items are handed out one at a time from a shared counter, so a few
// long articles do not leave other threads idle. Results must be written to
// per-item slots by the caller, which keeps output order deterministic
// whatever the thread count.
#ifndef SANGATI_CLI_PARALLEL_H_
#define SANGATI_CLI_PARALLEL_H_

#include <cstddef>
#include <functional>

namespace sangati {

// Number of worker threads to use: `requested` when > 0, else the number of
// hardware threads (at least 1).
int ResolveThreadCount(int requested);

// Calls work(item, worker) for every item in [0, count) on `threads` threads
// (worker in [0, threads)), and returns when all calls have returned.
// `on_done`, when set, is called after each item from the thread that did it
// (e.g. to move a progress bar); it must be thread-safe.
void ParallelFor(size_t count, int threads,
                 const std::function<void(size_t item, int worker)>& work,
                 const std::function<void()>& on_done = {});

}  // namespace sangati

#endif  // SANGATI_CLI_PARALLEL_H_
