// Loading a dataset: facts files converted in parallel, or their slices decoded from --cache.
#include "cache/load_dataset.h"

#include <algorithm>
#include <atomic>
#include <iterator>

#include "cache/settings.h"
#include "load/entities.h"
#include "load/facts_loader.h"
#include "load/rule_packs.h"
#include "parallel/parallel_for.h"
#include "parallel/progress_counter.h"
#include "platform/release_memory.h"
#include "platform/scoped_timer.h"

namespace claimcheck {

namespace {

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

}  // namespace

std::optional<ClaimCache> claim_cache_of(const CheckOptions& options) {
  if (options.cache.empty()) return std::nullopt;
  return ClaimCache(options.cache, cache_settings(options, Cached::converted_files));
}

void load_dataset(const SourceManager& sources, const std::vector<int>& facts, const std::vector<int>& rules,
                  const CheckOptions& options, Report& report, std::vector<SnapshotFile>* files) {
  ScopedTimer timer(report.stats.load_seconds);
  YamlLimits limits = yaml_limits(options);
  load_rules(sources, rules, options, limits, report);
  std::vector<LoadedFile> loaded(facts.size());
  std::optional<ClaimCache> cache = claim_cache_of(options);
  std::atomic<int> written{0};
  // Read from disk on each call (SourceManager keeps no texts): call once per use.
  auto file_of = [&](int i) -> SourceFile { return sources.file(facts[static_cast<std::size_t>(i)]); };
  ProgressCounter progress(options.on_progress, "loading files", static_cast<long>(facts.size()));
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

}  // namespace claimcheck
