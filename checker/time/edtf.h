// EDTF (Library of Congress, ISO 8601-2) levels 0 and 1 and the news-relevant parts of level 2 → windows.
#pragma once

#include <optional>
#include <string_view>

#include "time/resolve.h"

namespace claimcheck {

// A date, season, interval or one-of set written in EDTF. nullopt when the text is not EDTF-shaped
// (so the caller can try natural phrases); a TimeError when it is EDTF-shaped but wrong.
// `qualifier_units`: how many units of the stated precision ?, ~ and % widen each side.
std::optional<WindowResult> resolve_edtf(std::string_view text, int qualifier_units = kDefaultQualifierUnits);

}  // namespace claimcheck
