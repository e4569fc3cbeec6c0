// Progress bar: one redrawn line on stderr while files load and groups are decided.
#pragma once

#include <chrono>
#include <string>

#include "claimcheck/check.h"

namespace claimcheck {

// "auto" shows the bar only when stderr is a terminal and no CI variable is set, so logs and
// pipes never receive carriage returns; "always" and "never" override.
bool progress_wanted(const std::string& mode);

class ProgressBar {
 public:
  // Redraws at most every 100 ms, and always on a stage's last item.
  void update(const Progress& progress);
  // Erases the bar so the report starts on a clean line.
  void finish();

 private:
  std::chrono::steady_clock::time_point last_draw_{};
  bool drawn_ = false;
};

}  // namespace claimcheck
