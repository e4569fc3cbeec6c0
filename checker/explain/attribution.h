// Attribution: who said and who reported the claims of each finding; sources that contradict themselves.
#pragma once

#include <vector>

#include "claimcheck/report.h"

namespace claimcheck {

// Sets the finding's one_source / one_speaker / many_speakers marks.
void mark_attribution(Finding& finding, const Dataset& dataset);

// One chain per (source, said_by, via) that appears in a finding, ordered by source, speaker and
// reporter; each lists the findings it takes part in.
std::vector<AttributionChain> attribution_chains(const std::vector<Finding>& findings, const Dataset& dataset);

}  // namespace claimcheck
