// Text no time form reads: what to say instead of "cannot read" alone (numeric dates, phrases
// that need a claim, misspellings, the closest forms).
#pragma once

#include <string>
#include <vector>

#include "time/resolve.h"

namespace claimcheck {

// The error for `text`, which neither EDTF nor any phrase form reads.
TimeError unreadable_time(const std::string& text);

// One example of each form docs/time.md lists, in its order: the candidates of "the closest forms".
const std::vector<std::string>& time_form_examples();

}  // namespace claimcheck
