// Loading a dataset: facts files converted in parallel or decoded from --cache, laid out in file order.
#pragma once

#include <optional>
#include <vector>

#include "cache/claim_cache.h"
#include "cache/run_snapshot.h"
#include "claimcheck/check.h"
#include "claimcheck/report.h"
#include "claimcheck/source_manager.h"

namespace claimcheck {

// The cache of converted facts files that options.cache names, keyed by the input limits; none
// without --cache.
std::optional<ClaimCache> claim_cache_of(const CheckOptions& options);

// load: YAML text → sources, claims, vocabulary and rules. Every file, every problem. Facts
// files convert in parallel (each YAML tree is dropped as soon as its file is converted) and
// merge in file order, so the result never depends on --jobs. With --cache, a file converted
// before is decoded straight into its place; `files` (when given) gets each file's entry and
// claim count for the run snapshot, unless a damaged entry had to be healed.
// Sets stats.load_seconds and the cache counts.
void load_dataset(const SourceManager& sources, const std::vector<int>& facts, const std::vector<int>& rules,
                  const CheckOptions& options, Report& report, std::vector<SnapshotFile>* files = nullptr);

}  // namespace claimcheck
