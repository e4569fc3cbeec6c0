// Wording: one or two plain sentences saying why a finding's claims cannot all hold.
#pragma once

#include <string>
#include <vector>

#include "claimcheck/report.h"
#include "ground/ground.h"

namespace claimcheck {

// "Nikol Pashinyan via Institute for the Study of War in Business Insider"
std::string who_says(const Claim& claim, const Dataset& dataset);
// "on 2024-08-31", "in 2024-02-01..2024-02-29", "from 2023-05-01..2023-08-31 until 2024-09-01"
std::string when(const ClaimTime& time);
// "Armenia's announce-withdrawal (CSTO)" or "Armenia's membership of CSTO is 'frozen'"
std::string what(const Claim& claim);

// Why the claims of `finding` conflict, from the primary rule instance and the claims' windows.
// `instances` are the grounding instances the conflict needs, primary first.
std::string explain_in_words(const Finding& finding, const std::vector<int>& instances, const Grounding& grounding,
                             const Dataset& dataset, const RuleSet& rules);

}  // namespace claimcheck
