// Mirrored claims: `symmetric` and `inverse` rules let every other rule read a matching claim
// under its mirrored key too ("A borders B" also as "B borders A"; "A leads B" also as
// "B led-by A"). Grounding runs over the claims plus their mirrors; the mirrors are then folded
// back onto the claims they read, with the same days and tracking literal.
#pragma once

#include <optional>
#include <vector>

#include "claimcheck/model.h"
#include "claimcheck/rules.h"
#include "ground/ground.h"
#include "ground/kinds.h"

namespace claimcheck {

// Grounding reads the dataset's claims followed by `mirrors` (a ClaimTable over both), so claim
// index k >= the dataset's size is mirror k - size, in slices of kMirrorSlice.
struct MirroredDataset {
  int real_claims = 0;           // the dataset's claims, read first
  ClaimSlices mirrors;           // one per (claim, mirror rule), never a copy of the dataset
  std::vector<int> original;     // per claim index: the real claim it reads (itself when real)
  std::vector<int> mirror_rule;  // per claim index: the rule that made the mirror; -1 when real
};

// The claims and their mirrors; nothing when no claim has a mirror. Runs on `jobs` threads
// (0: every core); the result never depends on `jobs`.
std::optional<MirroredDataset> with_mirrors(const Dataset& dataset, const RuleSet& rules, int jobs = 1);

// One rule's instances grounded over the mirrored dataset → instances over the real claims, in
// place. A constraint that reads a mirror moves to an instance of its own that names the mirror
// rules it needs (`RuleInstance::mirror_rules`), so a finding that does not need a mirror does
// not name its rule; a mirrored constraint that repeats a direct one of the same rule is
// dropped. Rules fold independently (a repeat is one of the same rule), so each folds on the
// thread that grounded it.
void fold_mirrors(std::vector<RuleInstance>& instances, const MirroredDataset& mirrored);

}  // namespace claimcheck
