// Progress bar: draws "[#####.....] solving groups 1200/5000" over itself on stderr.
#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace claimcheck {

namespace {
constexpr int kWidth = 30;
}

bool progress_wanted(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* term = std::getenv("TERM");
  bool dumb = term && std::strcmp(term, "dumb") == 0;
  return isatty(2) && !std::getenv("CI") && !dumb;
}

void ProgressBar::update(const Progress& progress) {
  auto now = std::chrono::steady_clock::now();
  bool last = progress.done == progress.total;
  if (!last && drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  drawn_ = true;
  long filled = progress.total > 0 ? progress.done * kWidth / progress.total : kWidth;
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.resize(kWidth, '.');
  std::fprintf(stderr, "\r[%s] %s %ld/%ld\033[K", bar.c_str(), progress.stage, progress.done, progress.total);
  std::fflush(stderr);
}

void ProgressBar::finish() {
  if (!drawn_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace claimcheck
