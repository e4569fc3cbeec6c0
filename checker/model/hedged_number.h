// Hedged numbers in claim values: "about 8,000", "more than 40", "at least 3", "3-5" → a range.
#pragma once

#include <optional>
#include <string>

#include "claimcheck/model.h"
#include "claimcheck/rules.h"

namespace claimcheck {

// The range a number or a hedged number can mean; nullopt when the text is neither.
std::optional<NumberRange> read_hedged_number(const std::string& text);

// True when some value lies in both ranges, each widened by the tolerance first.
bool ranges_agree(const NumberRange& a, const NumberRange& b, const Tolerance& tolerance);

}  // namespace claimcheck
