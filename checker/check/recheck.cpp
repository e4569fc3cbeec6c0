// The re-check: after a clean check with --cache, only the groups an edit can reach are checked.
#include "recheck/recheck.h"

#include <algorithm>
#include <atomic>

#include "cache/load_dataset.h"
#include "check/passes.h"
#include "load/rule_packs.h"
#include "platform/scoped_timer.h"
#include "recheck/snapshot_of_run.h"
#include "validate/validate_dataset.h"

namespace claimcheck {

std::optional<Report> recheck(const SourceManager& sources, const std::vector<int>& facts,
                              const std::vector<int>& rules, const CheckOptions& options) {
  if (!keeps_snapshot(options) || !options.incremental || options.timelines || options.timelines_of_findings)
    return std::nullopt;
  Report report;
  std::optional<ScopedTimer> loading(std::in_place, report.stats.load_seconds);
  std::optional<RunSnapshot> snapshot = read_snapshot(options.cache);
  if (!snapshot || snapshot->files.size() != facts.size() ||
      snapshot->settings != run_settings(options, sources, rules))
    return std::nullopt;
  YamlLimits limits = yaml_limits(options);
  load_rules(sources, rules, options, limits, report);
  if (!report.diagnostics.all().empty()) return std::nullopt;
  std::optional<ClaimCache> cache = claim_cache_of(options);
  std::vector<RecheckedFile> files;
  std::atomic<int> written{0};
  if (!find_edits(sources, facts, *snapshot, *cache, limits, options, files, written)) return std::nullopt;
  std::vector<int> first = first_claims(snapshot->files);
  std::vector<char> reached = reached_labels(*snapshot, files, first, report.rules);
  std::vector<int> global_of;
  if (!gather_claims(*snapshot, files, first, reached, *cache, report.dataset, global_of)) return std::nullopt;
  if (brings_similar_names(*snapshot, report.dataset)) return std::nullopt;
  loading.reset();
  validate_dataset(report, false);  // ids are as before, and the exceptions named claims then
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
  RunSnapshot next =
      snapshot_after_recheck(std::move(*snapshot), files, first, solved.grounding.groups, kept_groups(solved.verdicts),
                             global_of, groups, report.rules, report.dataset);
  next.names = std::move(names);
  if (!write_snapshot(options.cache, next)) forget_snapshot(options.cache);
  return report;
}

}  // namespace claimcheck
