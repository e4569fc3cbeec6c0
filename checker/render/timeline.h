// Timelines: an SVG per finding, one bar per claim over its resolved days, the rule drawn on top.
#pragma once

#include <string>

#include "claimcheck/report.h"

namespace claimcheck {

// A self-contained <svg> (no external references); every text in it is escaped.
std::string timeline_svg(const Finding& finding, const Report& report);

}  // namespace claimcheck
