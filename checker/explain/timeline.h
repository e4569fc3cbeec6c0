// Timeline: the solver's derived bounds for a group as DerivedWindows naming the narrowing rules.
#pragma once

#include <string>
#include <vector>

#include "claimcheck/report.h"
#include "ground/ground.h"
#include "solve/timeline.h"

namespace claimcheck {

// Orders the windows by earliest start (then location) and names the rules of the narrowing instances.
GroupTimeline explain_timeline(const Group& group, const std::vector<int>& dropped, const TimelineSearch& search,
                               const Grounding& grounding, const Dataset& dataset, const RuleSet& rules);

// A timeline asked for but not derived ("the group is undecided (timeout after 200 ms)"): it is
// listed with the reason, never left out, so a report never reads as if nothing was asked.
GroupTimeline timeline_not_derived(const Group& group, std::string reason);

}  // namespace claimcheck
