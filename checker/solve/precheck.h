// Pre-check: proves a group consistent without Z3 by finding a model of its difference constraints.
#pragma once

#include <optional>
#include <vector>

#include "ground/ground.h"
#include "solve/deadline.h"

namespace claimcheck {

// `consistent` is a proof: a concrete day for every claim endpoint that the model check
// (solve/model_check.h) verified against every claim's own constraints and every constraint of
// every rule instance of the group (disjunctions included).
// `undecided` proves nothing: the group goes to the solver. Linear atoms (count, expression) are
// evaluated exactly on the model found for the difference constraints; a group is consistent
// only when they hold there too, and undecided whenever one cannot be evaluated exactly (a
// hedged or fractional stated number).
enum class PrecheckResult { consistent, undecided };

// Exact for conjunctive constraints (no negative cycle in the constraint graph ⇔ consistent;
// Bellman-Ford's distances are the model). With disjunctions it picks, for each violated one,
// the option the current model is closest to satisfying, and retries a bounded number of times.
// Past `deadline` it gives up (undecided).
PrecheckResult precheck_group(const Group& group, const Grounding& grounding, const Dataset& dataset,
                              const Deadline& deadline = Deadline());

// The same proof for part of a group: only the claims at positions `claims` of group.claims and
// the instances at positions `instances` of group.instances are assumed, with what binds under
// those assumptions exactly as the solver states it (the others' claims are free). The solver
// asks this before Z3 while it enumerates conflicts: most of its checks are satisfiable.
PrecheckResult precheck_assumed(const Group& group, const std::vector<int>& claims, const std::vector<int>& instances,
                                const Grounding& grounding, const Dataset& dataset,
                                const Deadline& deadline = Deadline());

// When every constraint binding in the group is a plain difference (no disjunction, no linear
// atom) and they have no model: the claims (positions in group.claims) of one negative cycle of
// the constraint graph, shrunk by deletion to a set none of whose claims can go (a cycle of more
// than a few dozen claims is returned as found). A candidate, not a proof: the solver confirms it
// unsat and minimal (on a fresh solver, or a long one by solve/cycle_proof) before reporting it.
// nullopt when the group is not of that form, has a model, or time runs out.
std::optional<std::vector<int>> difference_conflict(const Group& group, const Grounding& grounding,
                                                    const Dataset& dataset, const Deadline& deadline = Deadline());

// The claims (positions in group.claims) of the first constraint that no choice satisfies (one
// with no option: a count no number of holders can reach, two claims a rule never allows
// together): it fails whenever they are all assumed. A candidate conflict, confirmed minimal like
// difference_conflict's. nullopt when the group has none.
std::optional<std::vector<int>> failing_constraint_claims(const Group& group, const Grounding& grounding);

}  // namespace claimcheck
