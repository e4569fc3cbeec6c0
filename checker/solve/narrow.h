// Narrowing: the part of a group that the subsets of a few of its claims can see, as a group of
// its own, so a conflict found among a few claims of a huge group is confirmed without lowering
// the rest.
#pragma once

#include <optional>
#include <vector>

#include "claimcheck/model.h"
#include "ground/ground.h"

namespace claimcheck {

struct NarrowedGroup {
  Group group;          // the claims; its instances index `grounding`
  Grounding grounding;  // copies of the instances that bind among the claims, cut to what binds
  // Per instance of `grounding`, its index in the full grounding.
  std::vector<int> original_instances;
};

// Every subset of `claims` (dataset indices, sorted, all in `group`) is satisfiable in the
// narrowed group exactly when it is in the full one, because a claim outside `claims` may always
// be false there: the constraints kept are those whose `about` lies inside `claims`, and none of
// them reads a claim outside. nullopt when one does (a count's holders, an anchor outside the
// claims, an option that needs another claim) or when an instance touching the claims was left
// unbuilt: those subsets are not decided by the claims alone.
std::optional<NarrowedGroup> narrowed_to(const std::vector<int>& claims, const Group& group, const Grounding& grounding,
                                         const Dataset& dataset);

// The claims a constraint reads: its `about`, its options' needs, the claims whose days, instants,
// numbers or holding its differences and linear atoms read (appended, maybe repeated).
void append_read_claims(const Constraint& constraint, std::vector<int>& out);

}  // namespace claimcheck
