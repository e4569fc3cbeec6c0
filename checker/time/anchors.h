// Time anchors: links "at: {after: CLAIM}" to the claim it names and rejects cycles of such links.
#pragma once

#include "claimcheck/diagnostic.h"
#include "claimcheck/model.h"

namespace claimcheck {

// Sets TimeAnchor::claim for every anchored claim. Reports an unknown target (with the closest
// id) and every cycle of anchors (one error, each claim of the cycle a note).
void link_time_anchors(Dataset& dataset, Diagnostics& diagnostics);

}  // namespace claimcheck
