// Deadline: the moment a group's work (or the whole run) must end by, checked cooperatively.
#pragma once

#include <algorithm>
#include <chrono>

namespace claimcheck {

class Deadline {
 public:
  using Clock = std::chrono::steady_clock;

  Deadline() = default;  // never
  explicit Deadline(Clock::time_point at) : at_(at) {}
  static Deadline after(std::chrono::milliseconds budget) { return Deadline(Clock::now() + budget); }

  bool is_set() const { return at_ != Clock::time_point::max(); }
  bool passed() const { return is_set() && Clock::now() >= at_; }
  // Milliseconds left (0 when passed); a large number when never.
  long long remaining_ms() const {
    if (!is_set()) return 1LL << 40;
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(at_ - Clock::now()).count();
    return std::max(0LL, static_cast<long long>(left));
  }
  // The earlier of the two.
  Deadline and_by(const Deadline& other) const { return Deadline(std::min(at_, other.at_)); }
  Clock::time_point at() const { return at_; }

 private:
  Clock::time_point at_ = Clock::time_point::max();
};

}  // namespace claimcheck
