// The pipeline driver: reads like a table of contents of claimcheck.
#include "claimcheck/check.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <set>

#include "cache/claim_cache.h"
#include "cache/verdict_cache.h"
#include "explain/attribution.h"
#include "explain/blame.h"
#include "explain/explain.h"
#include "explain/timeline.h"
#include "ground/ground.h"
#include "load/facts_loader.h"
#include "load/rules_loader.h"
#include "parallel/parallel_for.h"
#include "platform/release_memory.h"
#include "solve/precheck.h"
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

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Counts finished items of a stage and reports them, one call at a time, from any thread.
class ProgressCounter {
 public:
  ProgressCounter(const CheckOptions& options, const char* stage, long total)
      : callback_(options.on_progress), stage_(stage), total_(total) {
    if (callback_) callback_(Progress{stage_, 0, total_});
  }
  void tick() {
    if (!callback_) return;
    std::lock_guard<std::mutex> lock(mutex_);
    callback_(Progress{stage_, ++done_, total_});
  }

 private:
  const std::function<void(const Progress&)>& callback_;
  const char* stage_;
  long total_;
  long done_ = 0;
  std::mutex mutex_;
};

YamlLimits yaml_limits(const CheckOptions& options) {
  YamlLimits limits;
  limits.max_file_bytes = options.max_file_bytes;
  limits.max_depth = options.max_depth;
  return limits;
}

// Merging moves every claim into one vector while the per-file vectors are freed; releasing
// that memory as we go keeps the claims from being resident twice at the end of loading
// (measured at 10^6 claims: docs/benchmarks.md).
constexpr std::size_t kReleaseEveryBytes = 32u << 20;

// One facts file converted on its own (its source is index 0 of `dataset`).
struct LoadedFile {
  Dataset dataset;
  Diagnostics diagnostics;
};

// Appends a file's source and claims, renumbering the claims' source index.
void merge(LoadedFile& file, Report& report) {
  int offset = static_cast<int>(report.dataset.sources.size());
  for (Source& source : file.dataset.sources) report.dataset.sources.push_back(std::move(source));
  for (Claim& claim : file.dataset.claims) {
    claim.source += offset;
    report.dataset.claims.push_back(std::move(claim));
  }
  report.diagnostics.append(file.diagnostics);
  file = LoadedFile{};
}

// One facts file: from the cache when its text was converted before, else parsed (and stored
// when it converted cleanly, so a file with problems reports them again next time).
void convert(const SourceFile& file, const std::optional<ClaimCache>& cache, const YamlLimits& limits,
             std::size_t max_claims, LoadedFile& out, std::atomic<int>& hits, std::atomic<int>& written) {
  if (cache) {
    if (std::optional<Dataset> cached = cache->read(file)) {
      out.dataset = std::move(*cached);
      ++hits;
      return;
    }
  }
  load_facts_file(file, out.dataset, out.diagnostics, limits, max_claims);
  if (cache && out.diagnostics.all().empty() && cache->write(file, out.dataset)) ++written;
}

std::optional<ClaimCache> cache_of(const CheckOptions& options) {
  if (options.cache.empty()) return std::nullopt;
  return ClaimCache(options.cache, "limits " + std::to_string(options.max_file_bytes) + " " +
                                      std::to_string(options.max_depth) + " " +
                                      std::to_string(options.max_claims_per_file));
}

// load: YAML text → sources, claims, vocabulary and rules. Every file, every problem. Facts
// files convert in parallel (each YAML tree is dropped as soon as its file is converted) and
// merge in file order, so the result never depends on --jobs.
void load(const SourceManager& sources, const std::vector<int>& facts, const std::vector<int>& rules,
          const CheckOptions& options, Report& report) {
  YamlLimits limits = yaml_limits(options);
  for (int file : rules) load_rules_file(sources.file(file), report.rules, report.diagnostics, limits);
  std::vector<LoadedFile> loaded(facts.size());
  std::optional<ClaimCache> cache = cache_of(options);
  std::atomic<int> hits{0}, written{0};
  ProgressCounter progress(options, "loading files", static_cast<long>(facts.size()));
  parallel_for(static_cast<int>(facts.size()), options.jobs, [&](int, int i) {
    convert(sources.file(facts[static_cast<std::size_t>(i)]), cache, limits, options.max_claims_per_file,
            loaded[static_cast<std::size_t>(i)], hits, written);
    progress.tick();
  });
  report.stats.cache_hits = hits;
  report.stats.cache_written = written;
  std::size_t claims = 0;
  for (const LoadedFile& file : loaded) claims += file.dataset.claims.size();
  report.dataset.claims.reserve(claims);
  std::size_t freed_bytes = 0;
  for (LoadedFile& file : loaded) {
    freed_bytes += file.dataset.claims.capacity() * sizeof(Claim);
    merge(file, report);
    if (freed_bytes >= kReleaseEveryBytes) {
      release_freed_memory();
      freed_bytes = 0;
    }
  }
  report.stats.files = static_cast<int>(facts.size());
  report.stats.jobs = std::min(effective_jobs(options.jobs), std::max(1, static_cast<int>(facts.size())));
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

// Every claim and every rule instance in one group: what --strategy monolithic solves.
std::vector<Group> one_group(const Grounding& grounding, int claim_count) {
  Group all;
  for (int c = 0; c < claim_count; ++c) all.claims.push_back(c);
  for (int i = 0; i < static_cast<int>(grounding.instances.size()); ++i) all.instances.push_back(i);
  return {all};
}

// Only groups that some rule relates need deciding; the others were checked by validation.
std::vector<int> groups_with_rules(const std::vector<Group>& groups) {
  std::vector<int> out;
  for (int g = 0; g < static_cast<int>(groups.size()); ++g)
    if (!groups[static_cast<std::size_t>(g)].instances.empty()) out.push_back(g);
  return out;
}

// --cache: the verdicts of earlier runs, keyed by everything a group's verdict depends on.
std::optional<VerdictCache> verdict_cache_of(const CheckOptions& options) {
  if (options.cache.empty() || options.strategy != Strategy::split) return std::nullopt;
  VerdictCache cache(options.cache);
  cache.load();
  return cache;
}

// The solver options that can change a decided verdict (the timeout only turns one into
// `unknown`, which is never stored).
std::string verdict_settings(const CheckOptions& options) { return "max-conflicts " + std::to_string(options.max_conflicts); }

// Stores this run's decided verdicts for the next one; a cache that cannot be written costs
// only speed, never the result.
void store_verdicts(VerdictCache& cache, const std::vector<int>& todo, const std::vector<GroupKey>& keys,
                    const std::vector<Group>& groups, const std::vector<GroupVerdict>& verdicts, Report& report) {
  for (int g : todo) {
    auto i = static_cast<std::size_t>(g);
    cache.remember(keys[i], groups[i], verdicts[i]);
  }
  if (cache.save()) report.stats.verdicts_stored = static_cast<int>(cache.remembered_entries());
}

// decide: each group on some worker, which reuses a cached verdict when the group's key is
// known, else tries the exact pre-check and only then its own Z3 context. Verdicts land at their
// group's index, so the order never depends on --jobs.
std::vector<GroupVerdict> decide(const std::vector<Group>& groups, const Grounding& grounding,
                                 const CheckOptions& options, Report& report) {
  std::vector<GroupVerdict> verdicts(groups.size());
  std::vector<int> todo = groups_with_rules(groups);
  bool precheck = options.strategy == Strategy::split;
  std::optional<VerdictCache> cache = verdict_cache_of(options);
  std::vector<GroupKey> keys(cache ? groups.size() : 0);
  std::string settings = verdict_settings(options);
  int jobs = std::min(effective_jobs(options.jobs), std::max(1, static_cast<int>(todo.size())));
  std::vector<std::optional<GroupSolver>> solvers(static_cast<std::size_t>(jobs));  // created on first need
  std::vector<int> prechecked(static_cast<std::size_t>(jobs), 0), reused(static_cast<std::size_t>(jobs), 0);
  ProgressCounter progress(options, "solving groups", static_cast<long>(todo.size()));
  parallel_for(static_cast<int>(todo.size()), jobs, [&](int worker, int k) {
    auto g = static_cast<std::size_t>(todo[static_cast<std::size_t>(k)]);
    const Group& group = groups[g];
    auto w = static_cast<std::size_t>(worker);
    std::optional<GroupVerdict> known;
    if (cache) {
      keys[g] = group_key(group, grounding, report.dataset, report.rules, settings);
      known = cache->find(keys[g], group);
    }
    if (known) {
      verdicts[g] = std::move(*known);
      ++reused[w];
    } else if (precheck && precheck_group(group, grounding, report.dataset) == PrecheckResult::consistent) {
      ++prechecked[w];
    } else {
      if (!solvers[w]) solvers[w].emplace(SolveOptions{options.max_conflicts, options.timeout_ms, options.solver_rlimit});
      verdicts[g] = solvers[w]->solve(group, grounding, report.dataset);
    }
    progress.tick();
  });
  if (cache) store_verdicts(*cache, todo, keys, groups, verdicts, report);
  report.stats.jobs = jobs;
  report.stats.groups_with_rules = static_cast<int>(todo.size());
  for (int n : prechecked) report.stats.prechecked += n;
  for (int n : reused) report.stats.verdicts_reused += n;
  report.stats.solved = report.stats.groups_with_rules - report.stats.prechecked - report.stats.verdicts_reused;
  return verdicts;
}

// explain: conflicts become findings with repairs and blame, undecided groups stay unknown,
// in group order. Returns, per group, the index of its repairs in the report (kNoRepairs, kUndecided).
std::vector<int> explain(const std::vector<Group>& groups, const std::vector<GroupVerdict>& verdicts,
                         const Grounding& grounding, const CheckOptions& options, Report& report) {
  RepairSolver repairer(RepairOptions{options.max_repairs, options.timeout_ms});
  std::vector<int> repairs_of_group(groups.size(), kNoRepairs);
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const GroupVerdict& verdict = verdicts[g];
    const Group& group = groups[g];
    if (verdict.status == GroupVerdict::Status::unknown) {
      report.unknown.push_back(UnknownGroup{group.claims, verdict.reason});
      repairs_of_group[g] = kUndecided;
      continue;
    }
    std::vector<Finding> findings;
    for (const Conflict& conflict : verdict.conflicts)
      findings.push_back(explain_conflict(conflict, grounding, report.dataset, report.rules));
    if (verdict.truncated) report.truncated.push_back(TruncatedGroup{group.claims, options.max_conflicts});
    if (!findings.empty()) {
      repairs_of_group[g] = static_cast<int>(report.repairs.size());
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

// The subjects of the claims of every finding (suppressed ones too: they are shown).
std::set<std::string> subjects_of_findings(const Report& report) {
  std::set<std::string> out;
  for (const std::vector<Finding>* list : {&report.findings, &report.suppressed})
    for (const Finding& f : *list)
      for (int c : f.claims) out.insert(report.dataset.claims[static_cast<std::size_t>(c)].subject);
  return out;
}

// `timelines` asks for every group about the subject; `timelines_of_findings` for the groups
// some rule relates that have a claim about the subject of a finding.
bool wants_timeline(const Group& group, const CheckOptions& options, const std::set<std::string>& finding_subjects,
                    const Dataset& dataset) {
  if (options.timelines && is_about(group, options.timeline_subject, dataset)) return true;
  if (!options.timelines_of_findings || group.instances.empty()) return false;
  return std::any_of(group.claims.begin(), group.claims.end(), [&](int c) {
    return finding_subjects.count(dataset.claims[static_cast<std::size_t>(c)].subject) > 0;
  });
}

// timeline: each chosen group's tightest windows; a conflicting group loses its best repair first.
void derive_timelines(const Grounding& grounding, const std::vector<int>& repairs_of_group, const CheckOptions& options,
                      Report& report) {
  TimelineSolver solver(options.timeout_ms);
  std::set<std::string> finding_subjects = subjects_of_findings(report);
  for (std::size_t g = 0; g < grounding.groups.size(); ++g) {
    const Group& group = grounding.groups[g];
    if (repairs_of_group[g] == kUndecided || !wants_timeline(group, options, finding_subjects, report.dataset)) continue;
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
  Clock::time_point start = Clock::now();
  load(sources, facts, rules, options, report);
  report.stats.load_seconds = seconds_since(start);
  start = Clock::now();
  validate(report);
  report.stats.validate_seconds = seconds_since(start);
  summarize(report, 0);
  return report;
}

Report check(const SourceManager& sources, const std::vector<int>& facts, const std::vector<int>& rules,
             const CheckOptions& options) {
  Report report = validate_only(sources, facts, rules, options);
  if (report.diagnostics.has_errors()) return report;  // nothing is checked on bad input
  Clock::time_point start = Clock::now();
  Grounding grounding = ground(report.dataset, report.rules);
  if (options.strategy == Strategy::monolithic)
    grounding.groups = one_group(grounding, static_cast<int>(report.dataset.claims.size()));
  report.stats.ground_seconds = seconds_since(start);
  start = Clock::now();
  std::vector<GroupVerdict> verdicts = decide(grounding.groups, grounding, options, report);
  report.stats.decide_seconds = seconds_since(start);
  std::vector<int> repairs_of_group = explain(grounding.groups, verdicts, grounding, options, report);
  if (options.timelines || options.timelines_of_findings) derive_timelines(grounding, repairs_of_group, options, report);
  report.stats.solve_seconds = seconds_since(start);
  report.checked = true;
  summarize(report, static_cast<int>(grounding.groups.size()));
  return report;
}

Report index_files(const SourceManager& sources, const std::vector<int>& facts, const Shard& shard,
                   const CheckOptions& options) {
  std::vector<int> mine;
  for (std::size_t i = 0; i < facts.size(); ++i)
    if (static_cast<int>(i % static_cast<std::size_t>(shard.count)) == shard.index) mine.push_back(facts[i]);
  Report report;
  Clock::time_point start = Clock::now();
  load(sources, mine, {}, options, report);
  report.stats.load_seconds = seconds_since(start);
  summarize(report, 0);
  return report;
}

const char* version() { return CLAIMCHECK_VERSION; }

}  // namespace claimcheck
