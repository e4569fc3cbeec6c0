// Time anchors: links "at: {after: CLAIM}" to the claim it names, rejects cycles of such links and
// relative dates that leave the calendar.
#pragma once

#include "claimcheck/diagnostic.h"
#include "claimcheck/model.h"

namespace claimcheck {

// Sets TimeAnchor::claim for every anchored claim. Reports an unknown target (with the closest
// id), every cycle of anchors (one error, each claim of the cycle a note) and every relative date
// that reaches past the calendar (date-out-of-range at its `after:`/`before:`, its target a note).
void link_time_anchors(Dataset& dataset, Diagnostics& diagnostics);

}  // namespace claimcheck
