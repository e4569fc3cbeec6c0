// Natural phrases ("in February", "since mid-2023", "two weeks ago") → windows, against publication.
#pragma once

#include <optional>
#include <string_view>

#include "time/resolve.h"

namespace claimcheck {

// nullopt when no phrase form matches, so the caller can report an unknown expression.
std::optional<WindowResult> resolve_phrase(std::string_view text, const TimeContext& context);

}  // namespace claimcheck
