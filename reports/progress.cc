#include "reports/progress.h"

#include <algorithm>

#include "absl/strings/str_cat.h"

namespace sangati {

constexpr size_t kBarWidth = 30;
constexpr auto kRedrawEvery = std::chrono::milliseconds(100);

ProgressBar::ProgressBar(std::ostream& out, size_t total, bool enabled, std::string what)
    : out_(out), total_(total), enabled_(enabled), what_(std::move(what)) {}

ProgressBar::~ProgressBar() { Finish(); }

std::string ProgressBar::Render(size_t done, size_t total, const std::string& what) {
  done = std::min(done, total);
  const size_t filled = total == 0 ? kBarWidth : done * kBarWidth / total;
  std::string bar(filled, '#');
  bar.append(kBarWidth - filled, '.');
  std::string count = absl::StrCat(done, "/", total);
  std::string pad(std::max<size_t>(1, 2 * absl::StrCat(total).size() + 2 - count.size()), ' ');
  return absl::StrCat("[", bar, "]", pad, count, " ", what);
}

void ProgressBar::Draw(size_t done) {
  out_ << '\r' << Render(done, total_, what_) << std::flush;
  last_draw_ = std::chrono::steady_clock::now();
}

void ProgressBar::Advance(size_t n) {
  const size_t done = done_.fetch_add(n) + n;
  if (!enabled_) return;
  std::unique_lock<std::mutex> lock(mu_, std::try_to_lock);
  if (!lock.owns_lock() || finished_) return;  // another thread is drawing
  if (std::chrono::steady_clock::now() - last_draw_ < kRedrawEvery && done < total_) return;
  Draw(done);
}

void ProgressBar::Finish() {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (finished_) return;
  finished_ = true;
  Draw(done_.load());
  out_ << '\n' << std::flush;
}

}  // namespace sangati
