// decide_groups: every group some rule relates, on --jobs workers; groups too large to lower set aside.
#include "solve/decide_groups.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "parallel/parallel_for.h"
#include "parallel/progress_counter.h"
#include "solve/deadline.h"
#include "solve/precheck.h"

namespace claimcheck {

namespace {

std::string gib(std::size_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f GiB", static_cast<double>(bytes) / static_cast<double>(std::size_t{1} << 30));
  return text;
}

}  // namespace

bool is_conflicting(const GroupVerdict& verdict) {
  return verdict.status != GroupVerdict::Status::unknown && !verdict.conflicts.empty();
}

std::vector<Group> one_group(const Grounding& grounding, int claim_count) {
  Group all;
  for (int c = 0; c < claim_count; ++c) all.claims.push_back(c);
  for (int i = 0; i < static_cast<int>(grounding.instances.size()); ++i) all.instances.push_back(i);
  return {all};
}

std::vector<int> groups_with_rules(const std::vector<Group>& groups) {
  std::vector<int> out;
  for (int g = 0; g < static_cast<int>(groups.size()); ++g)
    if (!groups[static_cast<std::size_t>(g)].instances.empty()) out.push_back(g);
  return out;
}

std::vector<GroupVerdict> decide_groups(const std::vector<Group>& groups, const std::vector<int>& todo,
                                        const Grounding& grounding, const CheckOptions& options,
                                        const KnownVerdict& known_verdict, Report& report) {
  std::vector<GroupVerdict> verdicts(groups.size());
  bool precheck = options.strategy == Strategy::split;
  int jobs = std::min(effective_jobs(options.jobs), std::max(1, static_cast<int>(todo.size())));
  std::vector<std::optional<GroupSolver>> solvers(static_cast<std::size_t>(jobs));  // created on first need
  std::vector<int> prechecked(static_cast<std::size_t>(jobs), 0), reused(static_cast<std::size_t>(jobs), 0);
  ProgressCounter progress(options.on_progress, "solving groups", static_cast<long>(todo.size()));
  parallel_for(static_cast<int>(todo.size()), jobs, [&](int worker, int k) {
    auto g = static_cast<std::size_t>(todo[static_cast<std::size_t>(k)]);
    const Group& group = groups[g];
    auto w = static_cast<std::size_t>(worker);
    std::optional<GroupVerdict> known;
    if (known_verdict) known = known_verdict(g, group);
    if (known) {
      verdicts[g] = std::move(*known);
      ++reused[w];
    } else {
      Deadline deadline =
          Deadline::after(std::chrono::milliseconds(options.timeout_ms)).and_by(Deadline(options.run_deadline));
      if (precheck && precheck_group(group, grounding, report.dataset, deadline) == PrecheckResult::consistent) {
        ++prechecked[w];
      } else {
        SolveOptions solve_options;
        solve_options.max_conflicts = options.max_conflicts;
        solve_options.timeout_ms = options.timeout_ms;
        solve_options.rlimit = options.solver_rlimit;
        solve_options.run_deadline = Deadline(options.run_deadline);
        if (!solvers[w]) solvers[w].emplace(solve_options);
        verdicts[g] = solvers[w]->solve(group, grounding, report.dataset, deadline);
        // Cut at --max-conflicts, the list holds the conflicts this worker's solver met first, and
        // its context remembers the groups it solved before; a fresh solver makes the list depend
        // on the group alone, never on --jobs or on the groups that shared the worker. Should
        // time cut that second listing, the first stands.
        if (verdicts[g].truncated && verdicts[g].cut_reason.empty()) {
          GroupVerdict again = GroupSolver(solve_options).solve(group, grounding, report.dataset, deadline);
          if (again.status != GroupVerdict::Status::unknown && again.cut_reason.empty()) verdicts[g] = std::move(again);
        }
      }
    }
    progress.tick();
  });
  report.stats.jobs = jobs;
  report.stats.groups_with_rules = static_cast<int>(todo.size());
  for (int n : prechecked) report.stats.prechecked += n;
  for (int n : reused) report.stats.verdicts_reused += n;
  report.stats.solved = report.stats.groups_with_rules - report.stats.prechecked - report.stats.verdicts_reused;
  return verdicts;
}

OversizedGroups set_aside_oversized(Grounding& grounding, const CheckOptions& options, const Dataset& dataset) {
  OversizedGroups out;
  if (options.max_group_memory == 0) return out;
  for (std::size_t g = 0; g < grounding.groups.size(); ++g) {
    Group& group = grounding.groups[g];
    if (group.instances.empty()) continue;
    std::size_t bytes = estimated_solver_bytes(group, grounding);
    if (bytes <= options.max_group_memory) continue;
    // A group with an instance too large to build lacks constraints: only Z3 on all of them could
    // prove it consistent.
    bool proved = options.strategy == Strategy::split && !has_unbuilt_instance(group, grounding) &&
                  precheck_group(group, grounding, dataset) == PrecheckResult::consistent;
    if (!proved)
      out.unknown.emplace_back(g, "deciding it would take about " + gib(bytes) + " (" +
                                      std::to_string(estimated_solver_terms(group, grounding)) +
                                      " solver terms), over --max-group-memory " + gib(options.max_group_memory));
    out.parked.emplace_back(g, std::move(group.instances));
    group.instances.clear();
  }
  return out;
}

void put_back(OversizedGroups& oversized, Grounding& grounding, std::vector<GroupVerdict>& verdicts) {
  for (auto& [g, instances] : oversized.parked) grounding.groups[g].instances = std::move(instances);
  for (auto& [g, reason] : oversized.unknown) {
    verdicts[g] = GroupVerdict{};
    verdicts[g].status = GroupVerdict::Status::unknown;
    verdicts[g].reason = std::move(reason);
  }
}

}  // namespace claimcheck
