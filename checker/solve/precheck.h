// Pre-check: proves a group consistent without Z3 by finding a model of its difference constraints.
#pragma once

#include "ground/ground.h"

namespace claimcheck {

// `consistent` is a proof: a concrete day for every claim endpoint satisfies every claim's own
// constraints and every constraint of every rule instance of the group (disjunctions included).
// `undecided` proves nothing: the group goes to the solver. Linear atoms (count, expression) are
// evaluated exactly on the model found for the difference constraints; a group is consistent
// only when they hold there too, and undecided whenever one cannot be evaluated exactly (a
// hedged or fractional stated number).
enum class PrecheckResult { consistent, undecided };

// Exact for conjunctive constraints (no negative cycle in the constraint graph ⇔ consistent;
// Bellman-Ford's distances are the model). With disjunctions it picks, for each violated one,
// the option the current model is closest to satisfying, and retries a bounded number of times.
PrecheckResult precheck_group(const Group& group, const Grounding& grounding, const Dataset& dataset);

}  // namespace claimcheck
