// Shared wording for renderers: how a claim's time, source and summary read to a person.
#pragma once

#include <string>

#include "claimcheck/report.h"

namespace claimcheck {

// "2024-02-01..2024-02-29" for a point; "from 2023-05-01..2023-08-31 until 2024-09-01" for a span.
std::string describe_time(const ClaimTime& time);
// The days a claim may touch at all: [earliest start, latest end].
DayWindow overall_window(const ClaimTime& time);
// "Business Insider; said by Nikol Pashinyan; via ISW"
std::string describe_attribution(const Claim& claim, const Source& source);
// "3 findings (3 errors) in 14 claims from 1 source, checked against 3 rules"
std::string describe_summary(const Report& report);

}  // namespace claimcheck
