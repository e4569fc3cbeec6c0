// --cache while deciding and explaining: earlier runs' verdicts and repairs reused, this run's remembered.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "cache/verdict_cache.h"
#include "claimcheck/check.h"
#include "claimcheck/report.h"
#include "ground/ground.h"
#include "solve/repair.h"
#include "solve/solver.h"

namespace claimcheck {

// --cache: the verdicts and repairs of earlier runs, and each group's key in this run.
struct VerdictMemory {
  std::optional<VerdictCache> cache;
  std::vector<GroupKey> keys;  // per group with rules, filled while deciding
};

// --cache: the verdicts of earlier runs, keyed by everything a group's verdict depends on.
VerdictMemory verdict_memory_of(const CheckOptions& options);

// decide (solve/decide_groups.h) every group some rule relates, reusing a remembered verdict
// where the group's key is known, and remembering this run's for the next one (their repairs
// join them while explaining).
std::vector<GroupVerdict> decide_remembering(const std::vector<Group>& groups, const Grounding& grounding,
                                             const CheckOptions& options, VerdictMemory& memory, Report& report);

// A conflicting group's lightest repairs, from --cache while its verdict key, its claims'
// removal costs and --max-repairs are unchanged, else from the one known conflict, else from
// the worker's optimizer (`repairer`, created on first need).
struct RepairsFound {
  RepairSearch search;
  GroupKey repair_inputs;  // with --cache: what the repairs depend on
  bool reused = false;
};
RepairsFound search_repairs(std::optional<RepairSolver>& repairer, std::size_t g, const Group& group,
                            const GroupVerdict& verdict, const Grounding& grounding, const CheckOptions& options,
                            const VerdictMemory& memory, const Dataset& dataset);

// With --cache: the group's repairs for the next run (stats.repairs_reused counts reused ones).
void remember_repairs(VerdictMemory& memory, std::size_t g, const Group& group, const RepairsFound& found,
                      Report& report);

// Writes the remembered verdicts and repairs; a cache that cannot be written costs only speed,
// never the result.
void store_verdicts(const VerdictMemory& memory, Report& report);

}  // namespace claimcheck
