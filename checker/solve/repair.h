// Repairs: the lightest sets of claims whose removal makes a group consistent (MaxSMT).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ground/ground.h"

namespace claimcheck {

struct RepairOptions {
  int max_repairs = 8;     // repairs listed per group, lightest first
  int timeout_ms = 10000;  // for the whole search
};

// Removing a claim costs its source's reliability × its confidence, counted in thousandths so
// that ties are exact; every claim costs at least 1.
std::int64_t removal_cost(const Claim& claim, const Dataset& dataset);

struct RepairSet {
  std::vector<int> claims;  // dataset claim indices, sorted
  std::int64_t cost = 0;    // Σ removal_cost
};

struct RepairSearch {
  std::vector<RepairSet> repairs;  // minimal correction sets, lightest first
  bool more = false;               // the limit cut the list
  bool more_as_light = false;      // the first repair past the limit weighs as little as the lightest
  std::string unknown_reason;      // the optimizer gave up before the first repair
  bool gave_up = false;            // a timeout or error cut the search: partial, never cached
  std::string cut_reason;          // with gave_up, why ("timeout after 200 ms"), repairs found or not
};

// The repairs of a group whose only minimal conflict is `conflict` (the enumeration of the
// group's conflicts was complete and found just this one), without the optimizer: a correction
// set must remove a claim of every minimal conflict, so the minimal ones are the conflict's
// claims one by one, lightest first, exactly what find_repairs lists for such a group.
RepairSearch repairs_of_only_conflict(const std::vector<int>& conflict, const Dataset& dataset, int max_repairs);

// No search: `why` says what keeps it from proving any repair.
RepairSearch unsearched_repairs(const std::string& why);

// Owns one Z3 context, reused for every group (a fresh context per group costs ~100 ms of CPU),
// made on the first search: a warm --cache run that reuses every repair never pays for it.
class RepairSolver {
 public:
  explicit RepairSolver(RepairOptions options);
  ~RepairSolver();
  RepairSolver(const RepairSolver&) = delete;
  RepairSolver& operator=(const RepairSolver&) = delete;

  // Minimal correction sets of the group in order of weight: each is the lightest set of claims
  // whose removal makes the rest consistent and that contains no earlier one. Rules stay fixed.
  // `spent_ms` of the group's --timeout went to deciding it: the search gets the rest.
  RepairSearch find_repairs(const Group& group, const Grounding& grounding, const Dataset& dataset,
                            long long spent_ms = 0);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimcheck
