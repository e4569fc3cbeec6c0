// The driver's solving pass: ground, decide (with --cache's verdicts), explain, derive timelines.
#include <algorithm>
#include <iterator>

#include "cache/reuse.h"
#include "check/passes.h"
#include "explain/attribution.h"
#include "explain/blame.h"
#include "explain/derived_timelines.h"
#include "explain/explain.h"
#include "parallel/parallel_for.h"
#include "platform/release_memory.h"
#include "platform/scoped_timer.h"
#include "solve/decide_groups.h"

namespace claimcheck {

namespace {

// One conflicting group explained on some worker: its findings and the lightest repairs, from
// --cache while its verdict key, its claims' removal costs and --max-repairs are unchanged, else
// from that worker's optimizer.
struct ExplainedGroup {
  std::vector<Finding> findings;
  RepairsFound repairs;
};

ExplainedGroup explain_group(std::optional<RepairSolver>& repairer, std::size_t g, const Group& group,
                             const GroupVerdict& verdict, const Grounding& grounding, const CheckOptions& options,
                             const VerdictMemory& memory, const Report& report) {
  ExplainedGroup out;
  for (const Conflict& conflict : verdict.conflicts)
    out.findings.push_back(explain_conflict(conflict, grounding, report.dataset, report.rules));
  out.repairs = search_repairs(repairer, g, group, verdict, grounding, options, memory, report.dataset);
  return out;
}

// Explains the conflicting groups, in group order, on `jobs` workers (each with its own
// optimizer, created on first need); each result lands at its group's place, so nothing depends
// on --jobs.
std::vector<ExplainedGroup> explain_conflicting(const std::vector<Group>& groups,
                                                const std::vector<GroupVerdict>& verdicts, const Grounding& grounding,
                                                const CheckOptions& options, const VerdictMemory& memory,
                                                const Report& report) {
  std::vector<int> conflicting;
  for (std::size_t g = 0; g < groups.size(); ++g)
    if (is_conflicting(verdicts[g])) conflicting.push_back(static_cast<int>(g));
  std::vector<ExplainedGroup> out(conflicting.size());
  int jobs = std::min(effective_jobs(options.jobs), std::max(1, static_cast<int>(conflicting.size())));
  std::vector<std::optional<RepairSolver>> repairers(static_cast<std::size_t>(jobs));
  parallel_for(static_cast<int>(conflicting.size()), jobs, [&](int worker, int k) {
    auto g = static_cast<std::size_t>(conflicting[static_cast<std::size_t>(k)]);
    out[static_cast<std::size_t>(k)] = explain_group(repairers[static_cast<std::size_t>(worker)], g, groups[g],
                                                     verdicts[g], grounding, options, memory, report);
  });
  return out;
}

// repair + blame: the lightest sets of claims to remove, and the claims most likely wrong.
void repair_group(const RepairSearch& search, const Group& group, std::vector<Finding>& findings, bool truncated,
                  Report& report) {
  int index = static_cast<int>(report.repairs.size());
  report.repairs.push_back(explain_repairs(group, search, findings, truncated, report.dataset));
  for (Finding& f : findings) f.group = index;
}
}  // namespace

Grounding ground_dataset(const CheckOptions& options, Report& report) {
  ScopedTimer timer(report.stats.ground_seconds);
  Grounding grounding = ground(report.dataset, report.rules, options.jobs, options.max_group_memory);
  if (options.strategy == Strategy::monolithic)
    grounding.groups = one_group(grounding, static_cast<int>(report.dataset.claims.size()));
  return grounding;
}

std::vector<int> explain_groups(const std::vector<Group>& groups, const std::vector<GroupVerdict>& verdicts,
                                const Grounding& grounding, const CheckOptions& options, VerdictMemory& memory,
                                Report& report) {
  std::vector<ExplainedGroup> explained = explain_conflicting(groups, verdicts, grounding, options, memory, report);
  auto next_explained = explained.begin();  // the conflicting groups' results, in group order
  std::vector<int> repairs_of_group(groups.size(), kNoRepairs);
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const GroupVerdict& verdict = verdicts[g];
    const Group& group = groups[g];
    if (verdict.status == GroupVerdict::Status::unknown) {
      report.unknown.push_back(UnknownGroup{group.claims, verdict.reason});
      repairs_of_group[g] = kUndecided;
      continue;
    }
    if (verdict.truncated)
      report.truncated.push_back(
          TruncatedGroup{group.claims, options.max_conflicts, verdict.cut_reason, verdict.listed_alone});
    if (!is_conflicting(verdict)) continue;
    ExplainedGroup& done = *next_explained++;
    remember_repairs(memory, g, group, done.repairs, report);
    repairs_of_group[g] = static_cast<int>(report.repairs.size());
    repair_group(done.repairs.search, group, done.findings, verdict.truncated, report);
    for (Finding& f : done.findings) mark_attribution(f, report.dataset);
    report.findings.insert(report.findings.end(), std::make_move_iterator(done.findings.begin()),
                           std::make_move_iterator(done.findings.end()));
    done = ExplainedGroup{};
  }
  sort_findings(report.findings, report.dataset);
  separate_suppressed(report.findings, report.suppressed);  // exceptions: shown apart, never dropped
  report.attributions = attribution_chains(report.findings, report.dataset);
  return repairs_of_group;
}

Solved solve_dataset(const CheckOptions& options, bool keep_earlier_verdicts, Report& report,
                     std::optional<Grounding> grounded) {
  FreedMemoryHeld held;
  Solved solved;
  Grounding& grounding = solved.grounding;
  grounding = grounded ? std::move(*grounded) : ground_dataset(options, report);
  report.stats.mirrors_seconds = grounding.times.mirrors_seconds;
  report.stats.rules_seconds = grounding.times.rules_seconds;
  report.stats.groups_seconds = grounding.times.groups_seconds;
  ScopedTimer solving(report.stats.solve_seconds);
  std::optional<ScopedTimer> deciding(std::in_place, report.stats.decide_seconds);
  VerdictMemory memory = verdict_memory_of(options);
  OversizedGroups oversized = set_aside_oversized(grounding, options, report.dataset);
  solved.verdicts = decide_remembering(grounding.groups, grounding, options, memory, report);
  put_back(oversized, grounding, solved.verdicts);
  deciding.reset();
  std::vector<int> repairs_of_group =
      explain_groups(grounding.groups, solved.verdicts, grounding, options, memory, report);
  if (memory.cache && keep_earlier_verdicts) memory.cache->keep_loaded();
  store_verdicts(memory, report);
  if (options.timelines || options.timelines_of_findings)
    derive_timelines(grounding, solved.verdicts, repairs_of_group, options, report);
  report.checked = true;
  return solved;
}

void summarize(Report& report, int groups) {
  report.summary =
      Summary{static_cast<int>(report.dataset.sources.size()), static_cast<int>(report.dataset.claims.size()),
              static_cast<int>(report.rules.rules.size()),     groups,
              static_cast<int>(report.findings.size()),        static_cast<int>(report.unknown.size())};
}

}  // namespace claimcheck
