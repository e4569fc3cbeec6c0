// timeline: which groups' tightest windows a run derives (--timelines, `timeline SUBJECT`), derived.
#pragma once

#include <vector>

#include "claimcheck/check.h"
#include "claimcheck/report.h"
#include "ground/ground.h"
#include "solve/solver.h"

namespace claimcheck {

// Per group, the index of its repairs in Report::repairs, or one of these.
constexpr int kNoRepairs = -1;  // a consistent group
constexpr int kUndecided = -2;  // the solver gave up on the group

// timeline: each chosen group's tightest windows; a conflicting group loses its best repair first.
// A chosen group whose timeline cannot be derived is listed with the reason.
void derive_timelines(const Grounding& grounding, const std::vector<GroupVerdict>& verdicts,
                      const std::vector<int>& repairs_of_group, const CheckOptions& options, Report& report);

}  // namespace claimcheck
