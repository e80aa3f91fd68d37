#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace sangati {
namespace {
constexpr size_t kMinItemsForBar = 200;
constexpr int kBarWidth = 30;
}  // namespace

ProgressBar::ProgressBar(std::string label, size_t total)
    : label_(std::move(label)),
      total_(total),
      enabled_(total >= kMinItemsForBar && isatty(STDERR_FILENO)) {}

ProgressBar::~ProgressBar() {
  if (enabled_) std::fprintf(stderr, "\r\033[K");
}

void ProgressBar::Tick() {
  size_t done = done_.fetch_add(1) + 1;
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mu_);
  auto now = std::chrono::steady_clock::now();
  if (done != total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  Draw(done);
}

void ProgressBar::Draw(size_t done) {
  int filled = static_cast<int>(kBarWidth * done / (total_ ? total_ : 1));
  std::string bar(filled, '#');
  bar.append(kBarWidth - filled, '.');
  std::fprintf(stderr, "\r%s [%s] %zu/%zu", label_.c_str(), bar.c_str(), done, total_);
  std::fflush(stderr);
}

}  // namespace sangati
