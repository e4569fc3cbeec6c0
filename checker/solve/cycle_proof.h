// Cycle proof: a long cycle of plain differences proved a minimal conflict without Z3.
#pragma once

#include <optional>
#include <vector>

#include "ground/ground.h"
#include "solve/deadline.h"

namespace claimcheck {

struct CycleProof {
  std::vector<int> instances;  // positions in group.instances of the rules the negative cycle runs through
};

// `claims`: positions in group.claims, sorted. A proof that they are a minimal conflict, when
// every constraint that binds while they are assumed is a plain difference between days (one
// option, no linear atom, no instant): a negative cycle among the differences that bind under
// all of them, its sum checked edge by edge (unsat); and for each claim, a model of the
// differences that bind without it, checked against every one of them (needed). The models come
// from one potential repaired as claims are taken out and put back (divide and conquer), so a
// chain of 10^4 claims costs seconds, not the 10^4 solver calls of a claim-by-claim check.
// nullopt when the claims are not of that form, one of them is not needed, or time runs out.
std::optional<CycleProof> prove_minimal_cycle(const Group& group, const std::vector<int>& claims,
                                              const Grounding& grounding, const Dataset& dataset,
                                              const Deadline& deadline);

}  // namespace claimcheck
