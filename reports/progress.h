// reports/progress.h: a progress bar on stderr for long audits.
//
//   ProgressBar bar(std::cerr, documents.size(), ShouldShowProgress(n, isatty(2)));
//   ... each worker, per document: bar.Advance();
//   bar.Finish();
// It redraws one line ("\r[#######.......]  1234/3500 documents") at most
// every 100 ms, and only when enabled; disabled it prints nothing, so a
// pipeline's stderr stays clean.
//
// Thread-safe: Advance() may be called from many threads at once.
#ifndef SANGATI_REPORTS_PROGRESS_H_
#define SANGATI_REPORTS_PROGRESS_H_

#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>

namespace sangati {

// True when a bar is worth drawing: stderr is a terminal and there are at
// least kMinProgressItems items.
inline constexpr size_t kMinProgressItems = 200;
inline bool ShouldShowProgress(size_t total, bool stderr_is_tty) {
  return stderr_is_tty && total >= kMinProgressItems;
}

class ProgressBar {
 public:
  // `what` names the items ("documents"). REQUIRES: `out` outlives the bar.
  ProgressBar(std::ostream& out, size_t total, bool enabled, std::string what = "documents");
  // Not copyable.
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  ~ProgressBar();  // calls Finish()

  void Advance(size_t n = 1);
  // Draws the final state and ends the line; later calls do nothing.
  void Finish();

  // The bar as drawn for `done` of `total` (no carriage return), for tests.
  static std::string Render(size_t done, size_t total, const std::string& what);

 private:
  void Draw(size_t done);

  std::ostream& out_;
  const size_t total_;
  const bool enabled_;
  const std::string what_;
  std::atomic<size_t> done_{0};
  std::mutex mu_;  // guards out_, last_draw_, finished_
  std::chrono::steady_clock::time_point last_draw_;
  bool finished_ = false;
};

}  // namespace sangati

#endif  // SANGATI_REPORTS_PROGRESS_H_
