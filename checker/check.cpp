// The pipeline driver: reads like a table of contents of claimcheck.
#include "claimcheck/check.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <future>
#include <iterator>
#include <mutex>
#include <numeric>
#include <optional>
#include <set>
#include <unordered_set>

#include "cache/claim_cache.h"
#include "cache/run_snapshot.h"
#include "cache/verdict_cache.h"
#include "explain/attribution.h"
#include "explain/blame.h"
#include "explain/explain.h"
#include "explain/timeline.h"
#include "ground/ground.h"
#include "load/entities.h"
#include "load/facts_loader.h"
#include "load/rule_tuning.h"
#include "load/rules_loader.h"
#include "parallel/parallel_for.h"
#include "platform/hash.h"
#include "platform/release_memory.h"
#include "recheck/recheck.h"
#include "solve/precheck.h"
#include "solve/repair.h"
#include "solve/solver.h"
#include "solve/timeline.h"
#include "time/anchors.h"
#include "validate/similar_names.h"
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

// Merging moves every converted claim into one vector while the per-file vectors are freed;
// releasing that memory as we go keeps the claims from being resident twice at the end of
// loading (measured at 10^6 claims: docs/benchmarks.md). Cached claims never take that detour.
constexpr std::size_t kReleaseEveryBytes = 32u << 20;

// One facts file: either converted here (its source is index 0 of `dataset`) or found in the
// cache, whose entry is decoded later straight into the report's dataset.
struct LoadedFile {
  Dataset dataset;
  Diagnostics diagnostics;
  std::optional<ClaimCache::Entry> entry;         // with --cache: its entry, named once from its text
  std::optional<std::size_t> cached_claims;       // a cache hit: how many claims its entry holds
  bool damaged = false;                           // its entry failed to decode: converted after all
  std::size_t first_source = 0, first_claim = 0;  // where its sources and claims go in the report
  std::size_t sources() const { return cached_claims ? 1 : dataset.sources.size(); }
  std::size_t claims() const { return cached_claims ? *cached_claims : dataset.claims.size(); }
};

// One facts file: a cache hit when its text was converted before (only its entry's header is
// read here), else parsed (and stored when it converted cleanly, so a file with problems reports
// them again next time).
void convert(const SourceFile& file, const std::optional<ClaimCache>& cache, const YamlLimits& limits,
             std::size_t max_claims, LoadedFile& out, std::atomic<int>& written) {
  if (cache) {
    out.entry = cache->entry_of(file);
    if ((out.cached_claims = cache->count(*out.entry))) return;
  }
  load_facts_file(file, out.dataset, out.diagnostics, limits, max_claims);
  // An entity registry file has no source: it is read on every run (it is small) and never cached.
  bool registry = out.dataset.sources.empty();
  if (cache && !registry && out.diagnostics.all().empty() && cache->write(*out.entry, out.dataset)) ++written;
}

// Lays the files out in the report's dataset in file order: a converted file's source and
// claims are moved in (its vector freed, the memory handed back every 32 MB), a cache hit gets
// a slice of default claims that decode() fills later. Nothing is moved twice, and the claim
// vector is reserved once, its pages touched in order.
void lay_out(std::vector<LoadedFile>& loaded, Report& report) {
  Dataset& dataset = report.dataset;
  std::size_t claims = 0;
  for (const LoadedFile& file : loaded) claims += file.claims();
  dataset.claims.reserve(dataset.claims.size() + claims);
  std::size_t freed_bytes = 0;
  for (LoadedFile& file : loaded) {
    file.first_source = dataset.sources.size();
    file.first_claim = dataset.claims.size();
    if (file.cached_claims) {
      dataset.sources.emplace_back();
      dataset.claims.resize(dataset.claims.size() + *file.cached_claims);
      continue;
    }
    int offset = static_cast<int>(file.first_source);
    for (Source& source : file.dataset.sources) dataset.sources.push_back(std::move(source));
    for (Claim& claim : file.dataset.claims) {
      claim.source += offset;
      dataset.claims.push_back(std::move(claim));
    }
    for (UnloadedClaim& claim : file.dataset.unloaded_claims) {
      claim.source += offset;
      dataset.unloaded_claims.push_back(std::move(claim));
    }
    std::move(file.dataset.entities.begin(), file.dataset.entities.end(), std::back_inserter(dataset.entities));
    std::move(file.dataset.distinct.begin(), file.dataset.distinct.end(), std::back_inserter(dataset.distinct));
    freed_bytes += file.dataset.claims.capacity() * sizeof(Claim);
    file.dataset = Dataset{};
    if (freed_bytes >= kReleaseEveryBytes) {
      release_freed_memory();
      freed_bytes = 0;
    }
  }
}

// Decodes a cache hit's entry straight into its slice (the facts file is not read again); false
// when the entry turns out damaged.
bool decode(const ClaimCache& cache, const LoadedFile& file, Report& report) {
  Dataset& dataset = report.dataset;
  return cache.read_into(*file.entry, dataset.sources[file.first_source], dataset.claims.data() + file.first_claim,
                         *file.cached_claims, static_cast<int>(file.first_source));
}

// A damaged entry's file, converted from its text, takes the place of its slice, whose size was
// the entry's count; later claims' source indices follow when its source count differs.
void replace_slice(LoadedFile& file, Report& report) {
  Dataset& dataset = report.dataset;
  auto first_source = static_cast<std::ptrdiff_t>(file.first_source);
  auto first_claim = static_cast<std::ptrdiff_t>(file.first_claim);
  dataset.sources.erase(dataset.sources.begin() + first_source);
  dataset.sources.insert(dataset.sources.begin() + first_source, std::make_move_iterator(file.dataset.sources.begin()),
                         std::make_move_iterator(file.dataset.sources.end()));
  for (Claim& claim : file.dataset.claims) claim.source += static_cast<int>(first_source);
  auto at = dataset.claims.begin() + first_claim;
  at = dataset.claims.erase(at, at + static_cast<std::ptrdiff_t>(*file.cached_claims));
  at = dataset.claims.insert(at, std::make_move_iterator(file.dataset.claims.begin()),
                             std::make_move_iterator(file.dataset.claims.end()));
  int shift = static_cast<int>(file.dataset.sources.size()) - 1;
  if (shift != 0) {
    for (at += static_cast<std::ptrdiff_t>(file.dataset.claims.size()); at != dataset.claims.end(); ++at)
      at->source += shift;
    for (UnloadedClaim& claim : dataset.unloaded_claims)
      if (claim.source > static_cast<int>(first_source)) claim.source += shift;
  }
  // Kept in file order only by source: validate_ids sorts them with the claims when it needs to.
  for (UnloadedClaim& claim : file.dataset.unloaded_claims) {
    claim.source += static_cast<int>(first_source);
    dataset.unloaded_claims.push_back(std::move(claim));
  }
  file.dataset = Dataset{};
}

std::optional<ClaimCache> cache_of(const CheckOptions& options) {
  if (options.cache.empty()) return std::nullopt;
  return ClaimCache(options.cache, "limits " + std::to_string(options.max_file_bytes) + " " +
                                       std::to_string(options.max_depth) + " " +
                                       std::to_string(options.max_claims_per_file));
}

// The packs, then the dataset's tuning of them (select/ignore, severities, exceptions).
void load_rules(const SourceManager& sources, const std::vector<int>& rules, const CheckOptions& options,
                const YamlLimits& limits, Report& report) {
  for (int file : rules) load_rules_file(sources.file(file), report.rules, report.diagnostics, limits);
  apply_rule_tuning(report.rules, options.tuning, report.diagnostics);
}

// load: YAML text → sources, claims, vocabulary and rules. Every file, every problem. Facts
// files convert in parallel (each YAML tree is dropped as soon as its file is converted) and
// merge in file order, so the result never depends on --jobs.
void load(const SourceManager& sources, const std::vector<int>& facts, const std::vector<int>& rules,
          const CheckOptions& options, Report& report, std::vector<SnapshotFile>* files = nullptr) {
  YamlLimits limits = yaml_limits(options);
  load_rules(sources, rules, options, limits, report);
  std::vector<LoadedFile> loaded(facts.size());
  std::optional<ClaimCache> cache = cache_of(options);
  std::atomic<int> written{0};
  // Read from disk on each call (SourceManager keeps no texts): call once per use.
  auto file_of = [&](int i) -> SourceFile { return sources.file(facts[static_cast<std::size_t>(i)]); };
  ProgressCounter progress(options, "loading files", static_cast<long>(facts.size()));
  parallel_for(static_cast<int>(facts.size()), options.jobs, [&](int, int i) {
    LoadedFile& file = loaded[static_cast<std::size_t>(i)];
    convert(file_of(i), cache, limits, options.max_claims_per_file, file, written);
    if (!file.cached_claims) progress.tick();
  });
  std::vector<int> counts;  // lay_out empties the converted files
  for (const LoadedFile& file : loaded) counts.push_back(static_cast<int>(file.claims()));
  lay_out(loaded, report);
  parallel_for(static_cast<int>(facts.size()), options.jobs, [&](int, int i) {
    LoadedFile& file = loaded[static_cast<std::size_t>(i)];
    if (!file.cached_claims) return;
    // A damaged entry (its header was fine) is converted from its text after all: rare, and the
    // result never depends on the cache.
    if (!decode(*cache, file, report)) {
      SourceFile text = file_of(i);
      file.damaged = true;
      load_facts_file(text, file.dataset, file.diagnostics, limits, options.max_claims_per_file);
      if (file.diagnostics.all().empty() && cache->write(text, file.dataset)) ++written;  // heals the entry
    }
    progress.tick();
  });
  for (auto file = loaded.rbegin(); file != loaded.rend(); ++file)  // last first: earlier slices stay put
    if (file->damaged) replace_slice(*file, report);
  for (LoadedFile& file : loaded) report.diagnostics.append(file.diagnostics);
  resolve_entities(report.dataset, report.rules, report.diagnostics);  // before anything compares names
  bool healed = std::any_of(loaded.begin(), loaded.end(), [](const LoadedFile& f) { return f.damaged; });
  if (files && cache && !healed)  // a healed file's count is its entry's: the next run re-reads everything
    for (std::size_t f = 0; f < loaded.size(); ++f) files->push_back(SnapshotFile{*loaded[f].entry, counts[f]});
  report.stats.cache_hits = static_cast<int>(
      std::count_if(loaded.begin(), loaded.end(), [](const LoadedFile& f) { return f.cached_claims && !f.damaged; }));
  report.stats.cache_written = written;
  report.stats.files = static_cast<int>(facts.size());
  report.stats.jobs = std::min(effective_jobs(options.jobs), std::max(1, static_cast<int>(facts.size())));
}

// validate: what no single file can tell: ids, vocabulary, rule references, impossible times.
// Linking time anchors is the one step that changes the dataset; every other only reads it, so
// `alongside` (e.g. grounding, which only reads it too) runs on a thread of its own from then
// on. Validation is one thread's work: at 10^6 claims a second of a core that would idle. The
// diagnostics keep their order whatever runs alongside; what `alongside` throws on a dataset
// with errors is dropped with its result (nothing is checked on bad input).
// Returns the seconds validation took, without waiting for `alongside`.
double validate(Report& report, bool exceptions = true, const std::function<void()>& alongside = {}) {
  Clock::time_point start = Clock::now();
  Diagnostics rules_and_ids, anchors, claims;
  link_time_anchors(report.dataset, anchors);
  std::future<void> side;
  if (alongside) side = std::async(std::launch::async, alongside);
  validate_rules(report.rules, rules_and_ids);
  validate_ids(report.dataset, rules_and_ids);
  validate_claims_against_vocabulary(report.dataset, report.rules.vocabulary, claims);
  warn_thousands_separators(report.dataset, report.rules.vocabulary, claims);
  validate_claim_times(report.dataset, claims);
  validate_relations(report.dataset, claims);
  if (exceptions) validate_rule_exceptions(report.rules, report.dataset, claims);
  warn_similar_names(report.dataset, claims);
  bool valid =
      !report.diagnostics.has_errors() && !rules_and_ids.has_errors() && !anchors.has_errors() && !claims.has_errors();
  double seconds = seconds_since(start);
  if (side.valid()) {
    try {
      side.get();
    } catch (...) {
      if (valid) throw;
    }
  }
  report.diagnostics.append(rules_and_ids);
  report.diagnostics.append(anchors);
  report.diagnostics.append(claims);
  return seconds;
}

constexpr int kNoRepairs = -1;  // a consistent group
constexpr int kUndecided = -2;  // the solver gave up on the group

// --cache: the verdicts and repairs of earlier runs, and each group's key in this run.
struct VerdictMemory {
  std::optional<VerdictCache> cache;
  std::vector<GroupKey> keys;  // per group with rules, filled while deciding
};

// One conflicting group explained on some worker: its findings and the lightest repairs, from
// --cache while its verdict key, its claims' removal costs and --max-repairs are unchanged, else
// from that worker's optimizer.
struct ExplainedGroup {
  std::vector<Finding> findings;
  RepairSearch search;
  GroupKey repair_inputs;  // with --cache: what the repairs depend on
  bool reused = false;
};

ExplainedGroup explain_group(std::optional<RepairSolver>& repairer, std::size_t g, const Group& group,
                             const GroupVerdict& verdict, const Grounding& grounding, const CheckOptions& options,
                             const VerdictMemory& memory, const Report& report) {
  ExplainedGroup out;
  for (const Conflict& conflict : verdict.conflicts)
    out.findings.push_back(explain_conflict(conflict, grounding, report.dataset, report.rules));
  std::optional<RepairSearch> search;
  if (memory.cache) {
    out.repair_inputs = repair_key(memory.keys[g], group, report.dataset, options.max_repairs);
    search = memory.cache->find_repairs(memory.keys[g], out.repair_inputs, group);
    out.reused = search.has_value();
  }
  if (!search && verdict.conflicts.size() == 1 && !verdict.truncated)  // most conflicting groups
    search = repairs_of_only_conflict(verdict.conflicts.front().claims, report.dataset, options.max_repairs);
  if (!search && verdict.listed_alone)
    search = unsearched_repairs("not searched: the group's other conflicts were not listed");
  if (!search) {
    if (!repairer) repairer.emplace(RepairOptions{options.max_repairs, options.timeout_ms});
    search = repairer->find_repairs(group, grounding, report.dataset, verdict.spent_ms);
  }
  out.search = std::move(*search);
  return out;
}

bool is_conflicting(const GroupVerdict& verdict) {
  return verdict.status != GroupVerdict::Status::unknown && !verdict.conflicts.empty();
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
VerdictMemory verdict_memory_of(const CheckOptions& options) {
  VerdictMemory memory;
  if (options.cache.empty() || options.strategy != Strategy::split) return memory;
  memory.cache.emplace(options.cache);
  memory.cache->load();
  return memory;
}

// The solver options that can change a decided verdict (the timeout only turns one into
// `unknown`, which is never stored), and the dataset's tuning of the rules: a group's key reads
// its rule instances and accepted claims already, but a tuned rule set is never matched against
// a verdict decided under another.
std::string verdict_settings(const CheckOptions& options) {
  return "max-conflicts " + std::to_string(options.max_conflicts) + " tuning " + describe_tuning(options.tuning);
}

// Remembers this run's decided verdicts for the next one (their repairs join them while explaining).
void remember_verdicts(VerdictCache& cache, const std::vector<int>& todo, const std::vector<GroupKey>& keys,
                       const std::vector<Group>& groups, const std::vector<GroupVerdict>& verdicts) {
  for (int g : todo) {
    auto i = static_cast<std::size_t>(g);
    cache.remember(keys[i], groups[i], verdicts[i]);
  }
}

// Writes the remembered verdicts and repairs; a cache that cannot be written costs only speed,
// never the result.
void store_verdicts(const VerdictMemory& memory, Report& report) {
  if (memory.cache && memory.cache->save())
    report.stats.verdicts_stored = static_cast<int>(memory.cache->remembered_entries());
}

// decide_groups: each group on some worker, which reuses a cached verdict when the group's key is
// known, else tries the exact pre-check and only then its own Z3 context. Verdicts land at their
// group's index, so the order never depends on --jobs.
std::vector<GroupVerdict> decide_groups(const std::vector<Group>& groups, const Grounding& grounding,
                                        const CheckOptions& options, VerdictMemory& memory, Report& report) {
  std::vector<GroupVerdict> verdicts(groups.size());
  std::vector<int> todo = groups_with_rules(groups);
  bool precheck = options.strategy == Strategy::split;
  std::optional<VerdictCache>& cache = memory.cache;
  std::vector<GroupKey>& keys = memory.keys;
  keys.assign(cache ? groups.size() : 0, GroupKey{});
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
  if (cache) remember_verdicts(*cache, todo, keys, groups, verdicts);
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
    if (memory.cache) {
      if (done.reused) ++report.stats.repairs_reused;
      memory.cache->remember_repairs(memory.keys[g], done.repair_inputs, group, done.search);
    }
    repairs_of_group[g] = static_cast<int>(report.repairs.size());
    repair_group(done.search, group, done.findings, verdict.truncated, report);
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
// `subject`: the asked-for subject as claims hold it (normalised, an entity's id).
bool wants_timeline(const Group& group, const CheckOptions& options, const std::string& subject,
                    const std::set<std::string>& finding_subjects, const Dataset& dataset) {
  if (options.timelines && is_about(group, subject, dataset)) return true;
  if (!options.timelines_of_findings || group.instances.empty()) return false;
  return std::any_of(group.claims.begin(), group.claims.end(), [&](int c) {
    return finding_subjects.count(dataset.claims[static_cast<std::size_t>(c)].subject) > 0;
  });
}

// Why a group's timeline cannot be derived: it is undecided, or it conflicts and no repair was
// found to leave out first. Empty when it can be.
std::string why_no_timeline(const GroupVerdict& verdict, int repairs_index, const Report& report) {
  if (repairs_index == kUndecided) return "the group is undecided (" + verdict.reason + ")";
  if (repairs_index < 0) return "";
  const GroupRepairs& repairs = report.repairs[static_cast<std::size_t>(repairs_index)];
  if (!repairs.repairs.empty()) return "";
  return "the claims conflict and no repair was found to leave out first" +
         (repairs.unknown_reason.empty() ? std::string() : " (" + repairs.unknown_reason + ")");
}

// timeline: each chosen group's tightest windows; a conflicting group loses its best repair first.
// A chosen group whose timeline cannot be derived is listed with the reason.
void derive_timelines(const Grounding& grounding, const std::vector<GroupVerdict>& verdicts,
                      const std::vector<int>& repairs_of_group, const CheckOptions& options, Report& report) {
  TimelineSolver solver(options.timeout_ms);
  std::set<std::string> finding_subjects = subjects_of_findings(report);
  std::string subject =
      options.timeline_subject.empty() ? "" : name_as_claims_hold_it(options.timeline_subject, report.dataset);
  for (std::size_t g = 0; g < grounding.groups.size(); ++g) {
    const Group& group = grounding.groups[g];
    if (!wants_timeline(group, options, subject, finding_subjects, report.dataset)) continue;
    if (std::string why = why_no_timeline(verdicts[g], repairs_of_group[g], report); !why.empty()) {
      report.timelines.push_back(timeline_not_derived(group, std::move(why)));
      continue;
    }
    std::vector<int> dropped;
    if (repairs_of_group[g] >= 0)
      dropped = report.repairs[static_cast<std::size_t>(repairs_of_group[g])].repairs.front().claims;
    TimelineSearch search = solver.derive(group, dropped, grounding, report.dataset);
    report.timelines.push_back(explain_timeline(group, dropped, search, grounding, report.dataset, report.rules));
  }
}

void summarize(Report& report, int groups) {
  report.summary =
      Summary{static_cast<int>(report.dataset.sources.size()), static_cast<int>(report.dataset.claims.size()),
              static_cast<int>(report.rules.rules.size()),     groups,
              static_cast<int>(report.findings.size()),        static_cast<int>(report.unknown.size())};
}

// ground + decide + explain on the report's dataset: every claim, or on a re-check only the
// claims an edit can reach (then `keep_earlier_verdicts`, so the cache keeps the others' verdicts).
struct Solved {
  Grounding grounding;
  std::vector<GroupVerdict> verdicts;
};

// The rules grounded over the report's dataset (--stats: ground_seconds and its parts).
Grounding ground_dataset(const CheckOptions& options, Report& report) {
  Clock::time_point start = Clock::now();
  Grounding grounding = ground(report.dataset, report.rules, options.jobs, options.max_group_memory);
  if (options.strategy == Strategy::monolithic)
    grounding.groups = one_group(grounding, static_cast<int>(report.dataset.claims.size()));
  report.stats.ground_seconds = seconds_since(start);
  return grounding;
}

// Groups whose estimated solver memory is over --max-group-memory (ground/ground.h): the
// pre-check may still prove one consistent (it needs no Z3); any other is `unknown` with the
// reason, never lowered. Their instances are set aside while `decide_groups` runs (it then sees groups
// without rules) and put back after.
struct OversizedGroups {
  std::vector<std::pair<std::size_t, std::vector<int>>> parked;  // group, its instances
  std::vector<std::pair<std::size_t, std::string>> unknown;      // group, why
};

std::string gib(std::size_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f GiB", static_cast<double>(bytes) / static_cast<double>(std::size_t{1} << 30));
  return text;
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

// `grounded`: the dataset's grounding when it was made already (alongside validation).
Solved solve_dataset(const CheckOptions& options, bool keep_earlier_verdicts, Report& report,
                     std::optional<Grounding> grounded = std::nullopt) {
  FreedMemoryHeld held;
  Solved solved;
  Grounding& grounding = solved.grounding;
  grounding = grounded ? std::move(*grounded) : ground_dataset(options, report);
  report.stats.mirrors_seconds = grounding.times.mirrors_seconds;
  report.stats.rules_seconds = grounding.times.rules_seconds;
  report.stats.groups_seconds = grounding.times.groups_seconds;
  Clock::time_point start = Clock::now();
  VerdictMemory memory = verdict_memory_of(options);
  OversizedGroups oversized = set_aside_oversized(grounding, options, report.dataset);
  solved.verdicts = decide_groups(grounding.groups, grounding, options, memory, report);
  put_back(oversized, grounding, solved.verdicts);
  report.stats.decide_seconds = seconds_since(start);
  std::vector<int> repairs_of_group = explain(grounding.groups, solved.verdicts, grounding, options, memory, report);
  if (memory.cache && keep_earlier_verdicts) memory.cache->keep_loaded();
  store_verdicts(memory, report);
  if (options.timelines || options.timelines_of_findings)
    derive_timelines(grounding, solved.verdicts, repairs_of_group, options, report);
  report.stats.solve_seconds = seconds_since(start);
  report.checked = true;
  return solved;
}

// --- the run snapshot and re-checks (recheck/recheck.h, cache/run_snapshot.h) ---

// Everything besides the facts that decides a report: claimcheck's version (in the snapshot's
// header), the options that change verdicts, repairs or conversion, the dataset's tuning of the rules
// and each rules file's text.
std::string run_settings(const CheckOptions& options, const SourceManager& sources, const std::vector<int>& rules) {
  std::string out = "max-conflicts " + std::to_string(options.max_conflicts) + " max-repairs " +
                    std::to_string(options.max_repairs) + " rlimit " + std::to_string(options.solver_rlimit) +
                    " limits " + std::to_string(options.max_file_bytes) + " " + std::to_string(options.max_depth) +
                    " " + std::to_string(options.max_claims_per_file) + "\n" + "tuning " +
                    describe_tuning(options.tuning) + "\n";
  for (int r : rules) {
    SourceFile file = sources.file(r);
    out += file.path + " " + std::to_string(file.text.size()) + " " + std::to_string(fnv1a(file.text)) + "\n";
  }
  return out;
}

// A group whose claims the next run must hold whatever it edits: its findings, its `unknown` or
// its --max-conflicts cut are in the report.
bool must_keep(const GroupVerdict& verdict) {
  return verdict.status == GroupVerdict::Status::unknown || verdict.truncated || is_conflicting(verdict);
}

std::vector<char> kept_groups(const Solved& solved) {
  std::vector<char> keep;
  for (const GroupVerdict& verdict : solved.verdicts) keep.push_back(must_keep(verdict) ? 1 : 0);
  return keep;
}

// `names` with every subject and object of `dataset` not among them yet.
std::vector<std::string> names_with(std::vector<std::string> names, const Dataset& dataset) {
  std::unordered_set<std::string> seen(names.begin(), names.end());
  for (const Claim& claim : dataset.claims)
    for (const std::string* name : {&claim.subject, &claim.object})
      if (!name->empty() && seen.insert(*name).second) names.push_back(*name);
  return names;
}

// A re-check reads only the claims an edit can reach, but a name they bring may look like one
// used anywhere else: the last run's names are compared with theirs, and a look-alike means a
// full check, which reports it with every use.
bool brings_similar_names(const RunSnapshot& snapshot, const Dataset& reached) {
  Dataset names;
  for (std::string& name : names_with(snapshot.names, reached)) {
    names.claims.emplace_back();
    names.claims.back().subject = std::move(name);
  }
  Diagnostics found;
  warn_similar_names(names, found);
  return !found.all().empty();
}

// After a full check: the snapshot of this run, or none when the next run could not trust it
// (a diagnostic, a file healed from a damaged entry, --strategy monolithic).
void remember_run(std::vector<SnapshotFile> files, const Solved& solved, const std::string& settings,
                  const CheckOptions& options, const std::vector<int>& facts, Report& report) {
  const Dataset& dataset = report.dataset;
  if (!report.diagnostics.all().empty() || files.size() != facts.size() || options.strategy != Strategy::split ||
      dataset.sources.size() != files.size()) {
    forget_snapshot(options.cache);
    return;
  }
  RunSnapshot snapshot;
  snapshot.settings = settings;
  snapshot.files = std::move(files);
  snapshot.sources = static_cast<int>(dataset.sources.size());
  snapshot.group_of_claim.assign(dataset.claims.size(), 0);
  for (std::size_t g = 0; g < solved.grounding.groups.size(); ++g)
    for (int c : solved.grounding.groups[g].claims)
      snapshot.group_of_claim[static_cast<std::size_t>(c)] = static_cast<int>(g);
  snapshot.groups = static_cast<int>(solved.grounding.groups.size());
  std::vector<const Claim*> claims;
  for (const Claim& c : dataset.claims) claims.push_back(&c);
  keys_of_claims(claims, report.rules, options.jobs, snapshot);
  std::vector<int> global_of(dataset.claims.size());
  std::iota(global_of.begin(), global_of.end(), 0);
  snapshot.kept =
      kept_files(solved.grounding.groups, kept_groups(solved), dataset, global_of, first_claims(snapshot.files));
  snapshot.names = names_with(std::move(snapshot.names), dataset);
  if (!write_snapshot(options.cache, snapshot)) forget_snapshot(options.cache);
}

// A check with --cache after the last clean one: only the groups an edit can reach are read,
// grounded and decided, with the groups the report cites; the rest is the same as last time.
// nullopt when the snapshot cannot serve: the caller checks everything.
std::optional<Report> recheck(const SourceManager& sources, const std::vector<int>& facts,
                              const std::vector<int>& rules, const CheckOptions& options) {
  Clock::time_point start = Clock::now();
  std::optional<RunSnapshot> snapshot = read_snapshot(options.cache);
  if (!snapshot || snapshot->files.size() != facts.size() ||
      snapshot->settings != run_settings(options, sources, rules))
    return std::nullopt;
  Report report;
  YamlLimits limits = yaml_limits(options);
  load_rules(sources, rules, options, limits, report);
  if (!report.diagnostics.all().empty()) return std::nullopt;
  std::optional<ClaimCache> cache = cache_of(options);
  std::vector<RecheckedFile> files;
  std::atomic<int> written{0};
  if (!find_edits(sources, facts, *snapshot, *cache, limits, options, files, written)) return std::nullopt;
  std::vector<int> first = first_claims(snapshot->files);
  std::vector<char> reached = reached_labels(*snapshot, files, first, report.rules);
  std::vector<int> global_of;
  if (!gather_claims(*snapshot, files, first, reached, *cache, report.dataset, global_of)) return std::nullopt;
  if (brings_similar_names(*snapshot, report.dataset)) return std::nullopt;
  report.stats.load_seconds = seconds_since(start);
  start = Clock::now();
  validate(report, false);  // ids are as before, and the exceptions named claims then
  report.stats.validate_seconds = seconds_since(start);
  if (!report.diagnostics.all().empty()) return std::nullopt;
  Solved solved = solve_dataset(options, true, report);
  int groups = snapshot->groups - static_cast<int>(std::count(reached.begin(), reached.end(), 1)) +
               static_cast<int>(solved.grounding.groups.size());
  summarize(report, groups);
  report.summary.sources = snapshot->sources;
  report.summary.claims = static_cast<int>(snapshot->claims());
  int edited = static_cast<int>(
      std::count_if(files.begin(), files.end(), [](const RecheckedFile& f) { return f.converted.has_value(); }));
  report.stats.files = static_cast<int>(facts.size());
  report.stats.cache_hits = static_cast<int>(facts.size()) - edited;
  report.stats.cache_written = written;
  report.stats.rechecked_claims = static_cast<int>(report.dataset.claims.size());
  std::vector<std::string> names = names_with(std::move(snapshot->names), report.dataset);
  RunSnapshot next = snapshot_after_recheck(std::move(*snapshot), files, first, solved.grounding.groups,
                                            kept_groups(solved), global_of, groups, report.rules, report.dataset);
  next.names = std::move(names);
  if (!write_snapshot(options.cache, next)) forget_snapshot(options.cache);
  return report;
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
  bool cached = !options.cache.empty() && options.strategy == Strategy::split;
  if (cached && options.incremental && !options.timelines && !options.timelines_of_findings)
    if (std::optional<Report> report = recheck(sources, facts, rules, options)) return std::move(*report);
  Report report;
  std::vector<SnapshotFile> files;
  Clock::time_point start = Clock::now();
  load(sources, facts, rules, options, report, &files);
  report.stats.load_seconds = seconds_since(start);
  FreedMemoryHeld held;  // from grounding on (solve_dataset() holds it too)
  std::optional<Grounding> grounding;
  // --jobs 1 means one thread: ground after validating; a file with errors means no check at all.
  std::function<void()> ground_alongside;
  if (effective_jobs(options.jobs) > 1 && !report.diagnostics.has_errors())
    ground_alongside = [&] { grounding = ground_dataset(options, report); };
  report.stats.validate_seconds = validate(report, true, ground_alongside);
  if (report.diagnostics.has_errors()) {  // nothing is checked on bad input
    summarize(report, 0);
    if (cached) forget_snapshot(options.cache);
    return report;
  }
  Solved solved = solve_dataset(options, false, report, std::move(grounding));
  summarize(report, static_cast<int>(solved.grounding.groups.size()));
  if (cached) remember_run(std::move(files), solved, run_settings(options, sources, rules), options, facts, report);
  return report;
}

Report index_files(const SourceManager& sources, const std::vector<int>& facts, const Shard& shard,
                   const CheckOptions& options) {
  std::vector<int> mine;
  for (std::size_t i = 0; i < facts.size(); ++i)
    if (static_cast<int>(i % static_cast<std::size_t>(shard.count)) == shard.index) mine.push_back(facts[i]);
  Report report;
  Clock::time_point start = Clock::now();
  CheckOptions facts_only = options;  // no rules are loaded, so there are none to tune
  facts_only.tuning = RuleTuning{};
  load(sources, mine, {}, facts_only, report);
  report.stats.load_seconds = seconds_since(start);
  summarize(report, 0);
  return report;
}

const char* version() {
  return CLAIMCHECK_VERSION;
}

}  // namespace claimcheck
