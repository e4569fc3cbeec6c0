// Durations: ISO 8601 (P1Y2M), "N units" and hedged forms ("almost a year") → bounds in days.
#pragma once

#include <string_view>

#include "time/resolve.h"

namespace claimcheck {

LengthResult resolve_duration(std::string_view text);

}  // namespace claimcheck
