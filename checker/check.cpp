// The pipeline driver: reads like a table of contents of claimcheck.
#include "claimcheck/check.h"

#include "explain/explain.h"
#include "ground/ground.h"
#include "load/facts_loader.h"
#include "load/rules_loader.h"
#include "solve/solver.h"
#include "time/anchors.h"
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

// solve + explain: each independent group on its own; conflicts become findings.
void solve_and_explain(const Grounding& grounding, const CheckOptions& options, Report& report) {
  GroupSolver solver(SolveOptions{options.max_conflicts, options.timeout_ms});
  for (const Group& group : grounding.groups) {
    GroupVerdict verdict = solver.solve(group, grounding, report.dataset);
    if (verdict.status == GroupVerdict::Status::unknown) {
      report.unknown.push_back(UnknownGroup{group.claims, verdict.reason});
      continue;
    }
    for (const Conflict& conflict : verdict.conflicts)
      report.findings.push_back(explain_conflict(conflict, grounding, report.dataset, report.rules));
    if (verdict.truncated) report.truncated.push_back(TruncatedGroup{group.claims, options.max_conflicts});
  }
  sort_findings(report.findings, report.dataset);
  separate_suppressed(report.findings, report.suppressed);  // exceptions: shown apart, never dropped
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
  solve_and_explain(grounding, options, report);
  report.checked = true;
  summarize(report, static_cast<int>(grounding.groups.size()));
  return report;
}

const char* version() { return CLAIMCHECK_VERSION; }

}  // namespace claimcheck
