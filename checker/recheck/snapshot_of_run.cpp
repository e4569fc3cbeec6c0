// The run snapshot a full check leaves, the settings it holds, and the names a re-check compares.
#include "recheck/snapshot_of_run.h"

#include <numeric>
#include <unordered_set>

#include "cache/settings.h"
#include "platform/hash.h"
#include "recheck/recheck.h"
#include "solve/decide_groups.h"
#include "validate/similar_names.h"

namespace claimcheck {

namespace {

// A group whose claims the next run must hold whatever it edits: its findings, its `unknown` or
// its --max-conflicts cut are in the report.
bool must_keep(const GroupVerdict& verdict) {
  return verdict.status == GroupVerdict::Status::unknown || verdict.truncated || is_conflicting(verdict);
}

}  // namespace

bool keeps_snapshot(const CheckOptions& options) {
  return !options.cache.empty() && options.strategy == Strategy::split;
}

std::string run_settings(const CheckOptions& options, const SourceManager& sources, const std::vector<int>& rules) {
  std::string out = cache_settings(options, Cached::run);
  for (int r : rules) {
    SourceFile file = sources.file(r);
    out += file.path + " " + std::to_string(file.text.size()) + " " + std::to_string(fnv1a(file.text)) + "\n";
  }
  return out;
}

std::vector<char> kept_groups(const std::vector<GroupVerdict>& verdicts) {
  std::vector<char> keep;
  for (const GroupVerdict& verdict : verdicts) keep.push_back(must_keep(verdict) ? 1 : 0);
  return keep;
}

std::vector<std::string> names_with(std::vector<std::string> names, const Dataset& dataset) {
  std::unordered_set<std::string> seen(names.begin(), names.end());
  for (const Claim& claim : dataset.claims)
    for (const std::string* name : {&claim.subject, &claim.object})
      if (!name->empty() && seen.insert(*name).second) names.push_back(*name);
  return names;
}

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

void remember_run(std::vector<SnapshotFile> files, const std::vector<Group>& groups,
                  const std::vector<GroupVerdict>& verdicts, const std::string& settings, const CheckOptions& options,
                  const std::vector<int>& facts, Report& report) {
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
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (int c : groups[g].claims) snapshot.group_of_claim[static_cast<std::size_t>(c)] = static_cast<int>(g);
  snapshot.groups = static_cast<int>(groups.size());
  std::vector<const Claim*> claims;
  for (const Claim& c : dataset.claims) claims.push_back(&c);
  keys_of_claims(claims, report.rules, options.jobs, snapshot);
  std::vector<int> global_of(dataset.claims.size());
  std::iota(global_of.begin(), global_of.end(), 0);
  snapshot.kept = kept_files(groups, kept_groups(verdicts), dataset, global_of, first_claims(snapshot.files));
  snapshot.names = names_with(std::move(snapshot.names), dataset);
  if (!write_snapshot(options.cache, snapshot)) forget_snapshot(options.cache);
}

// A check with --cache after the last clean one: only the groups an edit can reach are read,

}  // namespace claimcheck
