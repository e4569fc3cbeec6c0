// ProgressCounter: finished items of a stage reported to a progress callback, from any thread.
#pragma once

#include <functional>
#include <mutex>

namespace claimcheck {

// Counts finished items of a stage and reports them, one call at a time, from any thread.
// `Progress` is claimcheck::Progress (claimcheck/check.h), taken as a parameter so that this
// header needs none of the model.
template <typename Progress>
class ProgressCounter {
 public:
  ProgressCounter(const std::function<void(const Progress&)>& callback, const char* stage, long total)
      : callback_(callback), stage_(stage), total_(total) {
    if (callback_) callback_(Progress{stage_, 0, total_});
  }
  void tick() {
    if (!callback_) return;
    std::lock_guard<std::mutex> lock(mutex_);
    callback_(Progress{stage_, ++done_, total_});
  }

 private:
  const std::function<void(const Progress&)>& callback_;
  const char* stage_;
  long total_;
  long done_ = 0;
  std::mutex mutex_;
};

}  // namespace claimcheck
