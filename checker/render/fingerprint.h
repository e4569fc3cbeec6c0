// Baseline wording shared by the renderers: a stale entry named by its rule and claims.
#pragma once

#include <string>

#include "claimcheck/report.h"

namespace claimcheck {

// "baseline entry for rule one-toll on claims ap/a and afp/b (fingerprint 0123…) matches no
// finding any more: ap/a was edited since it was accepted"
std::string describe_stale_entry(const StaleBaselineEntry& entry);

}  // namespace claimcheck
