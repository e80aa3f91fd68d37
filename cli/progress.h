// cli/progress.h: a progress bar on stderr for long runs.
//
// Drawn only when stderr is a terminal and the run has enough items to be
// worth it; otherwise every call is a no-op, so scripts and CI logs stay clean.
#ifndef SANGATI_CLI_PROGRESS_H_
#define SANGATI_CLI_PROGRESS_H_

#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace sangati {

class ProgressBar {
 public:
  // `label` precedes the bar ("reading", "extracting"). `total` items.
  ProgressBar(std::string label, size_t total);
  ~ProgressBar();  // clears the bar line
  ProgressBar(const ProgressBar&) = delete;  // Not copyable.
  ProgressBar& operator=(const ProgressBar&) = delete;

  // Marks one item done. Thread-safe; redraws at most every 100 ms.
  void Tick();

 private:
  void Draw(size_t done);

  std::string label_;
  size_t total_;
  bool enabled_;
  std::atomic<size_t> done_{0};
  std::mutex mu_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace sangati

#endif  // SANGATI_CLI_PROGRESS_H_
