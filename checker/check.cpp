// The pipeline driver: reads like a table of contents of claimcheck.
#include "claimcheck/check.h"

#include <functional>
#include <optional>

#include "cache/load_dataset.h"
#include "check/passes.h"
#include "claimcheck/version.h"
#include "parallel/parallel_for.h"
#include "platform/release_memory.h"
#include "recheck/snapshot_of_run.h"
#include "validate/validate_dataset.h"

namespace claimcheck {

namespace {

// Grounding on a thread of its own while validation runs, when there is more than one (--jobs
// 1 means one thread: ground after validating) and no file has errors; `grounding` gets it.
std::function<void()> ground_alongside(const CheckOptions& options, Report& report,
                                       std::optional<Grounding>& grounding) {
  if (effective_jobs(options.jobs) <= 1 || report.diagnostics.has_errors()) return {};
  return [&options, &report, &grounding] { grounding = ground_dataset(options, report); };
}

// A run stopped by bad input: counted, and the last snapshot forgotten.
Report unchecked(Report report, const CheckOptions& options) {
  summarize(report, 0);
  if (keeps_snapshot(options)) forget_snapshot(options.cache);
  return report;
}

}  // namespace

Report validate_only(const SourceManager& sources, const std::vector<int>& facts, const std::vector<int>& rules,
                     const CheckOptions& options) {
  Report report;
  // load: every file, every problem (cache/load_dataset.h).
  load_dataset(sources, facts, rules, options, report);
  // validate: ids, vocabulary, rule references, impossible times (validate/validate_dataset.h).
  validate_dataset(report);
  summarize(report, 0);
  return report;
}

Report check(const SourceManager& sources, const std::vector<int>& facts, const std::vector<int>& rules,
             const CheckOptions& options) {
  // re-check: after a clean check with --cache, only the groups an edit can reach (check/recheck.cpp).
  if (std::optional<Report> report = recheck(sources, facts, rules, options)) return std::move(*report);
  Report report;
  std::vector<SnapshotFile> files;
  // load: YAML text → sources, claims, vocabulary and rules, converted or from --cache.
  load_dataset(sources, facts, rules, options, report, &files);
  FreedMemoryHeld held;  // from grounding on (solve_dataset() holds it too)
  // validate: what no single file can tell, with grounding alongside when a thread is free for it.
  std::optional<Grounding> grounding;
  validate_dataset(report, true, ground_alongside(options, report, grounding));
  // Nothing is checked on bad input, and no re-check may start from it.
  if (report.diagnostics.has_errors()) return unchecked(std::move(report), options);
  // ground, decide, explain, derive timelines (check/solve_dataset.cpp).
  Solved solved = solve_dataset(options, false, report, std::move(grounding));
  summarize(report, static_cast<int>(solved.grounding.groups.size()));
  // The snapshot the next run's re-check starts from (recheck/snapshot_of_run.h).
  if (keeps_snapshot(options))
    remember_run(std::move(files), solved.grounding.groups, solved.verdicts, run_settings(options, sources, rules),
                 options, facts, report);
  return report;
}

Report index_files(const SourceManager& sources, const std::vector<int>& facts, const Shard& shard,
                   const CheckOptions& options) {
  std::vector<int> mine;
  for (std::size_t i = 0; i < facts.size(); ++i)
    if (static_cast<int>(i % static_cast<std::size_t>(shard.count)) == shard.index) mine.push_back(facts[i]);
  Report report;
  CheckOptions facts_only = options;  // no rules are loaded, so there are none to tune
  facts_only.tuning = RuleTuning{};
  load_dataset(sources, mine, {}, facts_only, report);
  summarize(report, 0);
  return report;
}

const char* version() {
  return kVersion;
}

}  // namespace claimcheck
