// Derived timeline: the tightest days the rules allow for each claim of a consistent group.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ground/ground.h"

namespace claimcheck {

struct ClaimBounds {
  int claim = -1;
  DayWindow start;                       // every day the claim's first day can be, given all the other claims and rules
  DayWindow end;                         // every day its last day can be
  bool narrowed = false;                 // tighter than the claim alone allows
  std::vector<int> narrowing_claims;     // a minimal set of other claims that narrowed it, sorted
  std::vector<int> narrowing_instances;  // the rule instances that did, sorted
};

struct TimelineSearch {
  std::vector<ClaimBounds> bounds;  // one per claim of the group not in `dropped`, in group order
  std::string unknown_reason;       // the solver gave up, or the claims left still conflict
};

// The days a claim allows on its own: its windows intersected with what its length permits.
ClaimBounds own_bounds(int claim, const ClaimTime& time);

// Owns one Z3 context, reused for every group (a fresh context per group costs ~100 ms of CPU).
class TimelineSolver {
 public:
  explicit TimelineSolver(int timeout_ms);
  ~TimelineSolver();
  TimelineSolver(const TimelineSolver&) = delete;
  TimelineSolver& operator=(const TimelineSolver&) = delete;

  // Minimises and maximises each claim's first and last day over the group's claims (except
  // `dropped`) and every rule instance of the group.
  TimelineSearch derive(const Group& group, const std::vector<int>& dropped, const Grounding& grounding,
                        const Dataset& dataset);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimcheck
