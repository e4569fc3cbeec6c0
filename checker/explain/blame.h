// Blame: ranks the claims of a conflicting group by how likely each is to be the wrong one.
#pragma once

#include <vector>

#include "claimcheck/report.h"
#include "ground/ground.h"
#include "solve/repair.h"

namespace claimcheck {

// A claim's weight: its source's reliability × its confidence. Removing it costs this much.
double claim_weight(const Claim& claim, const Dataset& dataset);

// The group's repairs (lightest first) and its claims ranked by blame: in every best repair,
// then in some best repair, then in more conflicts, then lighter, then by location. When a
// timeout cut the search, nothing is said of the best repairs it did not reach: no claim is in
// every best repair, and the ranking starts at the conflicts.
// `findings` are the group's findings; `truncated` says --max-conflicts cut them.
GroupRepairs explain_repairs(const Group& group, const RepairSearch& search, const std::vector<Finding>& findings,
                             bool truncated, const Dataset& dataset);

}  // namespace claimcheck
