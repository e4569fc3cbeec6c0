// Re-check: after a clean check with --cache, the claims an edit can reach, read from the edited
// files, the snapshot's kept claims and the cache's entries (docs/scaling.md, "Re-checks").
#pragma once

#include <atomic>
#include <optional>
#include <vector>

#include "cache/claim_cache.h"
#include "cache/run_snapshot.h"
#include "claimcheck/check.h"
#include "claimcheck/model.h"
#include "claimcheck/rules.h"
#include "claimcheck/source_manager.h"
#include "ground/ground.h"
#include "yaml/yaml_document.h"

namespace claimcheck {

// Where each file's claims start among all claims (files in order, each with one source).
std::vector<int> first_claims(const std::vector<SnapshotFile>& files);

// Every claim's read keys, computed on `jobs` threads, flattened in claim order into `out`.
void keys_of_claims(const std::vector<const Claim*>& claims, const RuleSet& rules, int jobs, RunSnapshot& out);

// The claims of the groups marked in `keep`, by file; `global_of` maps the dataset's claims to
// their indices among all claims, `first` is first_claims().
std::vector<KeptFile> kept_files(const std::vector<Group>& groups, const std::vector<char>& keep,
                                 const Dataset& dataset, const std::vector<int>& global_of,
                                 const std::vector<int>& first);

// One facts file on a re-check: unchanged since the snapshot, or converted again.
struct RecheckedFile {
  ClaimCache::Entry entry;
  std::optional<Dataset> converted;  // an edited file's claims
};

// Names every file's entry and converts the edited ones (storing them in the cache); false when
// the snapshot cannot serve: another file list, an edit that adds, removes or renames claims, a
// file with a diagnostic.
bool find_edits(const SourceManager& sources, const std::vector<int>& facts, const RunSnapshot& snapshot,
                const ClaimCache& cache, const YamlLimits& limits, const CheckOptions& options,
                std::vector<RecheckedFile>& out, std::atomic<int>& written);

// The groups (labels) an edit can reach, marked: the edited claims' own, every group with a
// claim whose keys meet an edited claim's keys before or after the edit, and the kept groups.
std::vector<char> reached_labels(const RunSnapshot& snapshot, const std::vector<RecheckedFile>& files,
                                 const std::vector<int>& first, const RuleSet& rules);

// The reached groups' claims into `out`, in file order; `global_of` gets each one's index among
// all claims. False when an entry cannot be read.
bool gather_claims(const RunSnapshot& snapshot, const std::vector<RecheckedFile>& files, const std::vector<int>& first,
                   const std::vector<char>& reached, const ClaimCache& cache, Dataset& out,
                   std::vector<int>& global_of);

// The snapshot after a re-check that grounded `groups` over the claims gathered: the edited
// files' entries, the re-checked claims' groups and keys, the groups marked in `keep` as kept.
RunSnapshot snapshot_after_recheck(RunSnapshot snapshot, const std::vector<RecheckedFile>& files,
                                   const std::vector<int>& first, const std::vector<Group>& groups,
                                   const std::vector<char>& keep, const std::vector<int>& global_of, int total_groups,
                                   const RuleSet& rules, const Dataset& dataset);

}  // namespace claimcheck
