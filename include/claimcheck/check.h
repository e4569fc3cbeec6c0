// The library's entry point: load → validate → ground → solve → explain, returning a Report.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "claimcheck/defaults.h"
#include "claimcheck/report.h"
#include "claimcheck/source_manager.h"

namespace claimcheck {

// How groups are solved: each independent group on its own (pre-check first, then Z3), or
// every claim in one solver (the slow reference the benchmark compares against).
enum class Strategy { split, monolithic };

// A long run reports how far it is: `done` of `total` items of a stage.
struct Progress {
  const char* stage = "";  // "loading files", "solving groups"
  long done = 0;
  long total = 0;
};

struct CheckOptions {
  int max_conflicts = defaults::max_conflicts;  // minimal conflict sets enumerated per group
  // The time each group's work (pre-check, lowering, deciding, listing its conflicts, repairs,
  // its timeline) may take; past it the group is `unknown`, or, when conflicts were already
  // found, they are its findings with a note that time cut the list.
  int timeout_ms = defaults::timeout_ms;
  // The whole run's end (--deadline): groups not decided by then are `unknown`. Never by default.
  std::chrono::steady_clock::time_point run_deadline = std::chrono::steady_clock::time_point::max();
  // Z3's resource limit (rlimit) per solver call deciding a group; 0: none. Past it the group is
  // `unknown`. Unlike the timeout it gives the same answer on every machine.
  unsigned solver_rlimit = defaults::solver_rlimit;
  // The memory a group may take to decide in Z3, estimated before it is lowered
  // (ground/ground.h, estimated_solver_bytes); a group over it that the pre-check cannot prove
  // consistent is `unknown` with that reason, never lowered. 0: no limit.
  std::size_t max_group_memory = defaults::max_group_memory;
  // Input limits: going past one is an error diagnostic for that file, never a crash.
  std::size_t max_file_bytes = defaults::max_file_bytes;
  int max_depth = defaults::max_depth;  // YAML nesting levels
  std::size_t max_claims_per_file = defaults::max_claims_per_file;
  int max_repairs = defaults::max_repairs;  // repairs listed per conflicting group, lightest first
  bool timelines = false;                   // derive each group's tightest windows (Report::timelines)
  std::string timeline_subject;             // only groups with a claim about this subject or object; empty: all
  // Also derive the timelines of groups that some rule relates and that have a claim about the
  // subject of some finding (what the HTML report draws by default); a conflicting group loses
  // its best repair first. Cheaper than `timelines` on a large dataset: only subjects in findings.
  bool timelines_of_findings = false;
  int jobs = defaults::jobs;  // solver threads (one Z3 context each); 0 = every core. Output never depends on it.
  Strategy strategy = Strategy::split;
  // A folder of converted facts files (docs/scaling.md); empty: no cache.
  std::string cache{};
  // With `cache`: a check after a clean one re-reads, grounds and decides only the groups an
  // edit can reach, plus the groups the report cites (docs/scaling.md, "Re-checks"). Findings,
  // repairs and the summary are those of a full check, but Report::dataset then holds only the
  // claims read: leave it off when every claim is rendered (the HTML claims table, JUnit).
  bool incremental = false;
  // The dataset's tuning of the loaded packs (claimcheck.yaml, --select, --ignore, --severity),
  // applied before validation; part of every cache key.
  RuleTuning tuning{};
  // Called (one call at a time, from any thread) as files load and groups are decided.
  std::function<void(const Progress&)> on_progress{};
};

// Loads facts (every file in `facts`) and rules (every file in `rules`) from the source
// manager, validates them and, when the input is sound, checks every group of claims.
Report check(const SourceManager& sources, const std::vector<int>& facts, const std::vector<int>& rules,
             const CheckOptions& options);

// Loads and validates only (no solving): what `claimcheck validate` runs.
Report validate_only(const SourceManager& sources, const std::vector<int>& facts, const std::vector<int>& rules,
                     const CheckOptions& options = {});

// Every `count`-th facts file, starting at `index`: what one machine of a sharded index converts.
struct Shard {
  int index = 0;
  int count = 1;
};

// Converts the shard's facts files into options.cache without checking anything; the report
// carries their diagnostics (a file with problems is not stored) and stats.cache_* counts.
Report index_files(const SourceManager& sources, const std::vector<int>& facts, const Shard& shard,
                   const CheckOptions& options);

// Whether `folder` can serve as CheckOptions::cache (it is created when missing): "" when it
// can, else why not. A cache that cannot be written costs only speed in a check, but is all an
// index run is for, so the caller decides what it means.
std::string cache_folder_problem(const std::string& folder);

const char* version();

}  // namespace claimcheck
