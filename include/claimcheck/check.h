// The library's entry point: load → validate → ground → solve → explain, returning a Report.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "claimcheck/report.h"
#include "claimcheck/source_manager.h"

namespace claimcheck {

struct CheckOptions {
  int max_conflicts = 20;   // minimal conflict sets enumerated per group
  int timeout_ms = 10000;   // solver time per group; past it the group is `unknown`
  // Input limits: going past one is an error diagnostic for that file, never a crash.
  std::size_t max_file_bytes = std::size_t{64} << 20;  // 64 MiB
  int max_depth = 200;                                 // YAML nesting levels
  std::size_t max_claims_per_file = 100000;
  int max_repairs = 8;      // repairs listed per conflicting group, lightest first
  bool timelines = false;   // derive each group's tightest windows (Report::timelines)
  std::string timeline_subject;  // only groups with a claim about this subject or object; empty: all
};

// Loads facts (every file in `facts`) and rules (every file in `rules`) from the source
// manager, validates them and, when the input is sound, checks every group of claims.
Report check(const SourceManager& sources, const std::vector<int>& facts,
             const std::vector<int>& rules, const CheckOptions& options);

// Loads and validates only (no solving): what `claimcheck validate` runs.
Report validate_only(const SourceManager& sources, const std::vector<int>& facts,
                     const std::vector<int>& rules, const CheckOptions& options = {});

const char* version();

}  // namespace claimcheck
