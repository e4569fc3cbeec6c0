// The library's entry point: load → validate → ground → solve → explain, returning a Report.
#pragma once

#include <string>
#include <vector>

#include "claimcheck/report.h"
#include "claimcheck/source_manager.h"

namespace claimcheck {

struct CheckOptions {
  int max_conflicts = 20;   // minimal conflict sets enumerated per group
  int timeout_ms = 10000;   // solver time per group; past it the group is `unknown`
};

// Loads facts (every file in `facts`) and rules (every file in `rules`) from the source
// manager, validates them and, when the input is sound, checks every group of claims.
Report check(const SourceManager& sources, const std::vector<int>& facts,
             const std::vector<int>& rules, const CheckOptions& options);

// Loads and validates only (no solving): what `claimcheck validate` runs.
Report validate_only(const SourceManager& sources, const std::vector<int>& facts,
                     const std::vector<int>& rules);

const char* version();

}  // namespace claimcheck
