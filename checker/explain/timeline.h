// Timeline: the solver's derived bounds for a group as DerivedWindows naming the narrowing rules.
#pragma once

#include <vector>

#include "claimcheck/report.h"
#include "ground/ground.h"
#include "solve/timeline.h"

namespace claimcheck {

// Orders the windows by earliest start (then location) and names the rules of the narrowing instances.
GroupTimeline explain_timeline(const Group& group, const std::vector<int>& dropped, const TimelineSearch& search,
                               const Grounding& grounding, const Dataset& dataset, const RuleSet& rules);

}  // namespace claimcheck
