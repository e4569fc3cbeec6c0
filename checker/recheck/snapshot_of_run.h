// The run snapshot: what a full check leaves for the next one's re-check, and what may void it.
#pragma once

#include <string>
#include <vector>

#include "cache/run_snapshot.h"
#include "claimcheck/check.h"
#include "claimcheck/report.h"
#include "claimcheck/source_manager.h"
#include "ground/ground.h"
#include "solve/solver.h"

namespace claimcheck {

// Whether a run keeps a snapshot for re-checks: --cache with --strategy split.
bool keeps_snapshot(const CheckOptions& options);

// Everything besides the facts that decides a report: claimcheck's version (in the snapshot's
// header), the options that change verdicts, repairs or conversion, the dataset's tuning of the
// rules and each rules file's text.
std::string run_settings(const CheckOptions& options, const SourceManager& sources, const std::vector<int>& rules);

// Per group, whether the next run must hold its claims whatever it edits: its findings, its
// `unknown` or its --max-conflicts cut are in the report.
std::vector<char> kept_groups(const std::vector<GroupVerdict>& verdicts);

// `names` with every subject and object of `dataset` not among them yet.
std::vector<std::string> names_with(std::vector<std::string> names, const Dataset& dataset);

// A re-check reads only the claims an edit can reach, but a name they bring may look like one
// used anywhere else: the last run's names are compared with theirs, and a look-alike means a
// full check, which reports it with every use.
bool brings_similar_names(const RunSnapshot& snapshot, const Dataset& reached);

// After a full check: the snapshot of this run, or none when the next run could not trust it
// (a diagnostic, a file healed from a damaged entry, --strategy monolithic).
void remember_run(std::vector<SnapshotFile> files, const std::vector<Group>& groups,
                  const std::vector<GroupVerdict>& verdicts, const std::string& settings, const CheckOptions& options,
                  const std::vector<int>& facts, Report& report);

}  // namespace claimcheck
