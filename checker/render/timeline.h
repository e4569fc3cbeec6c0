// Timelines: an SVG per finding, one bar per claim over its resolved days, the rule drawn on top;
// and an SVG per derived timeline, what each claim says alone against what the rules allow.
#pragma once

#include <string>
#include <vector>

#include "claimcheck/report.h"

namespace claimcheck {

// A self-contained <svg> (no external references); every text in it is escaped.
std::string timeline_svg(const Finding& finding, const Report& report);

// A derived timeline: per claim, the days it allows on its own (dashed outline) and the tightest
// days the rules allow (filled, solid where it surely holds); a narrowed row is marked, and its
// title names the claims and rules that narrowed it.
std::string derived_timeline_svg(const GroupTimeline& timeline, const Report& report);

// "the rules allow 2024-03-15..2024-12-31 (the claim alone: in 2024-01-01..2024-12-31); narrowed by
// s/a with rule r": a derived window in words, for titles and captions.
std::string describe_derived_window(const DerivedWindow& window, const Report& report);

// The colour a source's claims are drawn in (one of six, by source index).
const char* timeline_colour(int source);

// A story's overview: one bar per claim (at most 40) in its source's colour; a claim in a finding
// is outlined, marked "!" and links to that finding (`finding_of`: per claim index, the finding
// index or -1).
std::string story_timeline_svg(const std::vector<int>& claims, const std::vector<int>& finding_of,
                               const Report& report);

// The figures of one number state among `claims` drawn as a value track: time across, the value
// up; a hedged figure ("about 8,000", "3-5") is a box over the range it allows. "" without figures.
std::string value_track_svg(const std::string& state, const std::vector<int>& claims,
                            const std::vector<int>& finding_of, const Report& report);

}  // namespace claimcheck
