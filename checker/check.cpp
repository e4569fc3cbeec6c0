// The pipeline driver: reads like a table of contents of claimcheck.
#include "claimcheck/check.h"

#include <algorithm>

#include "explain/attribution.h"
#include "explain/blame.h"
#include "explain/explain.h"
#include "explain/timeline.h"
#include "ground/ground.h"
#include "load/facts_loader.h"
#include "load/rules_loader.h"
#include "solve/repair.h"
#include "solve/solver.h"
#include "time/anchors.h"
#include "solve/timeline.h"
#include "validate/validate.h"

#ifndef CLAIMCHECK_VERSION
#define CLAIMCHECK_VERSION "0.0.0"
#endif

namespace claimcheck {

namespace {

YamlLimits yaml_limits(const CheckOptions& options) {
  YamlLimits limits;
  limits.max_file_bytes = options.max_file_bytes;
  limits.max_depth = options.max_depth;
  return limits;
}

// load: YAML text → sources, claims, vocabulary and rules. Every file, every problem.
void load(const SourceManager& sources, const std::vector<int>& facts, const std::vector<int>& rules,
          const CheckOptions& options, Report& report) {
  YamlLimits limits = yaml_limits(options);
  for (int file : rules) load_rules_file(sources.file(file), report.rules, report.diagnostics, limits);
  for (int file : facts)
    load_facts_file(sources.file(file), report.dataset, report.diagnostics, limits, options.max_claims_per_file);
}

// validate: what no single file can tell: ids, vocabulary, rule references, impossible times.
void validate(Report& report) {
  validate_rules(report.rules, report.diagnostics);
  validate_ids(report.dataset, report.diagnostics);
  link_time_anchors(report.dataset, report.diagnostics);
  validate_claims_against_vocabulary(report.dataset, report.rules.vocabulary, report.diagnostics);
  validate_claim_times(report.dataset, report.diagnostics);
  validate_relations(report.dataset, report.diagnostics);
  validate_rule_exceptions(report.rules, report.dataset, report.diagnostics);
}

constexpr int kNoRepairs = -1;  // a consistent group
constexpr int kUndecided = -2;  // the solver gave up on the group

// repair + blame: the lightest sets of claims to remove, and the claims most likely wrong.
void repair_group(RepairSolver& repairer, const Group& group, std::vector<Finding>& findings, bool truncated,
                  const Grounding& grounding, Report& report) {
  RepairSearch search = repairer.find_repairs(group, grounding, report.dataset);
  int index = static_cast<int>(report.repairs.size());
  report.repairs.push_back(explain_repairs(group, search, findings, truncated, report.dataset));
  for (Finding& f : findings) f.group = index;
}

// solve + explain: each independent group on its own; conflicts become findings with repairs.
// Returns, per group, the index of its repairs in the report (kNoRepairs, kUndecided).
std::vector<int> solve_and_explain(const Grounding& grounding, const CheckOptions& options, Report& report) {
  GroupSolver solver(SolveOptions{options.max_conflicts, options.timeout_ms});
  RepairSolver repairer(RepairOptions{options.max_repairs, options.timeout_ms});
  std::vector<int> repairs_of_group;
  for (const Group& group : grounding.groups) {
    repairs_of_group.push_back(kNoRepairs);
    GroupVerdict verdict = solver.solve(group, grounding, report.dataset);
    if (verdict.status == GroupVerdict::Status::unknown) {
      report.unknown.push_back(UnknownGroup{group.claims, verdict.reason});
      repairs_of_group.back() = kUndecided;
      continue;
    }
    std::vector<Finding> findings;
    for (const Conflict& conflict : verdict.conflicts)
      findings.push_back(explain_conflict(conflict, grounding, report.dataset, report.rules));
    if (verdict.truncated) report.truncated.push_back(TruncatedGroup{group.claims, options.max_conflicts});
    if (!findings.empty()) {
      repairs_of_group.back() = static_cast<int>(report.repairs.size());
      repair_group(repairer, group, findings, verdict.truncated, grounding, report);
    }
    for (Finding& f : findings) mark_attribution(f, report.dataset);
    report.findings.insert(report.findings.end(), findings.begin(), findings.end());
  }
  sort_findings(report.findings, report.dataset);
  separate_suppressed(report.findings, report.suppressed);  // exceptions: shown apart, never dropped
  report.attributions = attribution_chains(report.findings, report.dataset);
  return repairs_of_group;
}

bool is_about(const Group& group, const std::string& subject, const Dataset& dataset) {
  if (subject.empty()) return true;
  return std::any_of(group.claims.begin(), group.claims.end(), [&](int c) {
    const Claim& claim = dataset.claims[static_cast<std::size_t>(c)];
    return claim.subject == subject || claim.object == subject;
  });
}

// timeline: each chosen group's tightest windows; a conflicting group loses its best repair first.
void derive_timelines(const Grounding& grounding, const std::vector<int>& repairs_of_group, const CheckOptions& options,
                      Report& report) {
  TimelineSolver solver(options.timeout_ms);
  for (std::size_t g = 0; g < grounding.groups.size(); ++g) {
    const Group& group = grounding.groups[g];
    if (repairs_of_group[g] == kUndecided || !is_about(group, options.timeline_subject, report.dataset)) continue;
    std::vector<int> dropped;
    if (repairs_of_group[g] >= 0) {
      const GroupRepairs& repairs = report.repairs[static_cast<std::size_t>(repairs_of_group[g])];
      if (repairs.repairs.empty()) continue;  // undecided: no timeline to derive
      dropped = repairs.repairs.front().claims;
    }
    TimelineSearch search = solver.derive(group, dropped, grounding, report.dataset);
    report.timelines.push_back(explain_timeline(group, dropped, search, grounding, report.dataset, report.rules));
  }
}

void summarize(Report& report, int groups) {
  report.summary = Summary{static_cast<int>(report.dataset.sources.size()),
                           static_cast<int>(report.dataset.claims.size()),
                           static_cast<int>(report.rules.rules.size()),
                           groups,
                           static_cast<int>(report.findings.size()),
                           static_cast<int>(report.unknown.size())};
}

}  // namespace

Report validate_only(const SourceManager& sources, const std::vector<int>& facts, const std::vector<int>& rules,
                     const CheckOptions& options) {
  Report report;
  load(sources, facts, rules, options, report);
  validate(report);
  summarize(report, 0);
  return report;
}

Report check(const SourceManager& sources, const std::vector<int>& facts, const std::vector<int>& rules,
             const CheckOptions& options) {
  Report report = validate_only(sources, facts, rules, options);
  if (report.diagnostics.has_errors()) return report;  // nothing is checked on bad input
  Grounding grounding = ground(report.dataset, report.rules);
  std::vector<int> repairs_of_group = solve_and_explain(grounding, options, report);
  if (options.timelines) derive_timelines(grounding, repairs_of_group, options, report);
  report.checked = true;
  summarize(report, static_cast<int>(grounding.groups.size()));
  return report;
}

const char* version() { return CLAIMCHECK_VERSION; }

}  // namespace claimcheck
