// Phrases dated from another claim ("the day before", "two days later") → which side of it, how far.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "time/resolve.h"

namespace claimcheck {

// A claim's day relative to another claim's: after its last day or before its first, by `gap`
// days (as `at: {after|before: CLAIM, by: D}`).
struct ClaimRelative {
  bool after = true;
  DayCount gap;
  std::string rule;  // the row of docs/time.md, e.g. "the day before: exactly one day before"
};

// nullopt when the text is no such phrase ("two days later" is one; "two dayz later" is not).
std::optional<ClaimRelative> resolve_claim_relative(std::string_view text);

// One example of each form, for "the closest forms" of an unknown one.
const std::vector<std::string>& claim_relative_examples();

}  // namespace claimcheck
