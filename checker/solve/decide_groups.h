// decide_groups: every group some rule relates, on --jobs workers: a known verdict, the pre-check, else Z3.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/check.h"
#include "claimcheck/report.h"
#include "ground/ground.h"
#include "solve/solver.h"

namespace claimcheck {

bool is_conflicting(const GroupVerdict& verdict);

// Every claim and every rule instance in one group: what --strategy monolithic solves.
std::vector<Group> one_group(const Grounding& grounding, int claim_count);

// Only groups that some rule relates need deciding; the others were checked by validation.
std::vector<int> groups_with_rules(const std::vector<Group>& groups);

// A verdict known before deciding (with --cache, an earlier run's), asked for on the worker that
// decides group `g`; nullopt: decide it.
using KnownVerdict = std::function<std::optional<GroupVerdict>(std::size_t g, const Group& group)>;

// decide_groups: each group of `todo` on some worker, which takes a known verdict when there is one,
// else tries the exact pre-check and only then its own Z3 context. Verdicts land at their
// group's index, so the order never depends on --jobs. Sets the stats of deciding.
std::vector<GroupVerdict> decide_groups(const std::vector<Group>& groups, const std::vector<int>& todo,
                                        const Grounding& grounding, const CheckOptions& options,
                                        const KnownVerdict& known_verdict, Report& report);

// Groups whose estimated solver memory is over --max-group-memory (ground/ground.h): the
// pre-check may still prove one consistent (it needs no Z3); any other is `unknown` with the
// reason, never lowered. Their instances are set aside while `decide_groups` runs (it then sees groups
// without rules) and put back after.
struct OversizedGroups {
  std::vector<std::pair<std::size_t, std::vector<int>>> parked;  // group, its instances
  std::vector<std::pair<std::size_t, std::string>> unknown;      // group, why
};

// Sets the oversized groups' instances aside (their groups then have no rules).
OversizedGroups set_aside_oversized(Grounding& grounding, const CheckOptions& options, const Dataset& dataset);

// Puts their instances back and makes the groups not proved consistent `unknown`.
void put_back(OversizedGroups& oversized, Grounding& grounding, std::vector<GroupVerdict>& verdicts);

}  // namespace claimcheck
