// The driver's own passes, shared by check.cpp and the re-check: grounding, solving, the summary.
#pragma once

#include <optional>
#include <vector>

#include "claimcheck/check.h"
#include "claimcheck/report.h"
#include "claimcheck/source_manager.h"
#include "ground/ground.h"
#include "solve/solver.h"

namespace claimcheck {

// The rules grounded over the report's dataset (--stats: ground_seconds and its parts).
Grounding ground_dataset(const CheckOptions& options, Report& report);

// ground + decide + explain on the report's dataset: every claim, or on a re-check only the
// claims an edit can reach (then `keep_earlier_verdicts`, so the cache keeps the others' verdicts).
struct Solved {
  Grounding grounding;
  std::vector<GroupVerdict> verdicts;
};

// `grounded`: the dataset's grounding when it was made already (alongside validation).
Solved solve_dataset(const CheckOptions& options, bool keep_earlier_verdicts, Report& report,
                     std::optional<Grounding> grounded = std::nullopt);

// explain: conflicts become findings with repairs and blame, undecided groups stay unknown,
// in group order. Returns, per group, the index of its repairs in the report (kNoRepairs,
// kUndecided: explain/derived_timelines.h).
struct VerdictMemory;
std::vector<int> explain_groups(const std::vector<Group>& groups, const std::vector<GroupVerdict>& verdicts,
                                const Grounding& grounding, const CheckOptions& options, VerdictMemory& memory,
                                Report& report);

void summarize(Report& report, int groups);

// A check with --cache after the last clean one: only the groups an edit can reach are read,
// grounded and decided, with the groups the report cites; the rest is the same as last time.
// nullopt when the snapshot cannot serve or the options want a full check (no --cache, a
// monolithic strategy, not incremental, timelines asked for): the caller checks everything.
std::optional<Report> recheck(const SourceManager& sources, const std::vector<int>& facts,
                              const std::vector<int>& rules, const CheckOptions& options);

}  // namespace claimcheck
