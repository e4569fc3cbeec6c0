// Re-check: which claims an edit can reach, and the snapshot after re-checking them.
#include "recheck/recheck.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "ground/reads.h"
#include "load/facts_loader.h"
#include "parallel/parallel_for.h"

namespace claimcheck {

namespace {

// Labels numbered 0.. in order of first appearance, so they stay small over many re-checks.
int renumber_labels(std::vector<int>& labels) {
  std::unordered_map<int, int> dense;
  for (int& label : labels) label = dense.emplace(label, static_cast<int>(dense.size())).first->second;
  return static_cast<int>(dense.size());
}

}  // namespace

std::vector<int> first_claims(const std::vector<SnapshotFile>& files) {
  std::vector<int> first(files.size() + 1, 0);
  for (std::size_t f = 0; f < files.size(); ++f) first[f + 1] = first[f] + files[f].claims;
  return first;
}

void keys_of_claims(const std::vector<const Claim*>& claims, const RuleSet& rules, int jobs, RunSnapshot& out) {
  std::vector<std::vector<ReadKey>> keys(claims.size());
  parallel_for_slices(claims.size(), 4096, jobs, [&](int, std::size_t first, std::size_t last) {
    for (std::size_t c = first; c < last; ++c) keys[c] = read_keys(*claims[c], rules);
  });
  out.key_offsets.assign(1, 0);
  out.keys.clear();
  for (const std::vector<ReadKey>& k : keys) {
    out.keys.insert(out.keys.end(), k.begin(), k.end());
    out.key_offsets.push_back(static_cast<std::uint32_t>(out.keys.size()));
  }
}

std::vector<KeptFile> kept_files(const std::vector<Group>& groups, const std::vector<char>& keep,
                                 const Dataset& dataset, const std::vector<int>& global_of,
                                 const std::vector<int>& first) {
  std::map<int, KeptFile> by_file;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (!keep[g]) continue;
    for (int c : groups[g].claims) {
      int global = global_of[static_cast<std::size_t>(c)];
      int file = static_cast<int>(std::upper_bound(first.begin(), first.end(), global) - first.begin()) - 1;
      const Claim& claim = dataset.claims[static_cast<std::size_t>(c)];
      KeptFile& kept = by_file[file];
      kept.file = file;
      kept.source = dataset.sources[static_cast<std::size_t>(claim.source)];
      kept.positions.push_back(global - first[static_cast<std::size_t>(file)]);
      kept.claims.push_back(claim);
    }
  }
  std::vector<KeptFile> out;
  for (auto& entry : by_file) {
    KeptFile& kept = entry.second;  // a named reference: clang 14 cannot capture a structured binding
    std::vector<std::size_t> order(kept.positions.size());  // groups interleave: sort by position
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return kept.positions[a] < kept.positions[b]; });
    KeptFile sorted{kept.file, kept.source, {}, {}};
    for (std::size_t i : order) {
      sorted.positions.push_back(kept.positions[i]);
      sorted.claims.push_back(std::move(kept.claims[i]));
    }
    out.push_back(std::move(sorted));
  }
  return out;
}

bool find_edits(const SourceManager& sources, const std::vector<int>& facts, const RunSnapshot& snapshot,
                const ClaimCache& cache, const YamlLimits& limits, const CheckOptions& options,
                std::vector<RecheckedFile>& out, std::atomic<int>& written) {
  out.assign(facts.size(), RecheckedFile{});
  std::atomic<bool> usable{true};
  parallel_for(static_cast<int>(facts.size()), options.jobs, [&](int, int i) {
    auto f = static_cast<std::size_t>(i);
    SourceFile file = sources.file(facts[f]);
    const SnapshotFile& was = snapshot.files[f];
    RecheckedFile& now = out[f];
    now.entry = cache.entry_of(file);
    if (file.path != was.entry.facts_file) usable = false;
    if (!usable || (now.entry.path == was.entry.path && now.entry.text_size == was.entry.text_size &&
                    now.entry.text_hash == was.entry.text_hash))
      return;
    Dataset converted;
    Diagnostics problems;
    load_facts_file(file, converted, problems, limits, options.max_claims_per_file);
    std::optional<std::size_t> old_count = cache.count(was.entry);
    Dataset before;
    before.sources.resize(1);
    before.claims.resize(old_count ? *old_count : 0);
    bool same_ids = old_count && *old_count == converted.claims.size() && converted.sources.size() == 1 &&
                    cache.read_into(was.entry, before.sources.front(), before.claims.data(), *old_count, 0);
    for (std::size_t c = 0; same_ids && c < converted.claims.size(); ++c)
      same_ids = converted.claims[c].full_id == before.claims[c].full_id;
    if (!problems.all().empty() || !same_ids || static_cast<int>(converted.claims.size()) != was.claims) {
      usable = false;
      return;
    }
    if (cache.write(now.entry, converted)) ++written;
    now.converted = std::move(converted);
  });
  return usable;
}

std::vector<char> reached_labels(const RunSnapshot& snapshot, const std::vector<RecheckedFile>& files,
                                 const std::vector<int>& first, const RuleSet& rules) {
  int labels = 0;
  for (int label : snapshot.group_of_claim) labels = std::max(labels, label + 1);
  std::vector<char> reached(static_cast<std::size_t>(labels), 0);
  std::unordered_set<ReadKey> edited;
  for (std::size_t f = 0; f < files.size(); ++f) {
    if (!files[f].converted) continue;
    for (std::size_t p = 0; p < files[f].converted->claims.size(); ++p) {
      auto global = static_cast<std::size_t>(first[f]) + p;
      reached[static_cast<std::size_t>(snapshot.group_of_claim[global])] = 1;
      edited.insert(snapshot.keys.begin() + snapshot.key_offsets[global],
                    snapshot.keys.begin() + snapshot.key_offsets[global + 1]);
      for (ReadKey key : read_keys(files[f].converted->claims[p], rules)) edited.insert(key);
    }
  }
  for (const KeptFile& kept : snapshot.kept)  // the report cites them
    for (int p : kept.positions)
      reached[static_cast<std::size_t>(
          snapshot.group_of_claim[static_cast<std::size_t>(first[static_cast<std::size_t>(kept.file)] + p)])] = 1;
  if (edited.empty()) return reached;
  auto partner = [](ReadKey key) -> ReadKey {
    KeyRole role = role_of(key);
    KeyRole other = role == KeyRole::shared  ? KeyRole::shared
                    : role == KeyRole::reads ? KeyRole::provides
                                             : KeyRole::reads;
    return (key & ~ReadKey{3}) | static_cast<ReadKey>(other);
  };
  for (std::size_t c = 0; c < snapshot.claims(); ++c)
    for (std::uint32_t k = snapshot.key_offsets[c]; k < snapshot.key_offsets[c + 1]; ++k)
      if (edited.count(partner(snapshot.keys[k]))) {
        reached[static_cast<std::size_t>(snapshot.group_of_claim[c])] = 1;
        break;
      }
  return reached;
}

bool gather_claims(const RunSnapshot& snapshot, const std::vector<RecheckedFile>& files, const std::vector<int>& first,
                   const std::vector<char>& reached, const ClaimCache& cache, Dataset& out,
                   std::vector<int>& global_of) {
  std::map<int, const KeptFile*> kept;
  for (const KeptFile& k : snapshot.kept) kept[k.file] = &k;
  for (std::size_t f = 0; f < files.size(); ++f) {
    std::vector<int> positions;
    for (int p = 0; p < snapshot.files[f].claims; ++p)
      if (reached[static_cast<std::size_t>(snapshot.group_of_claim[static_cast<std::size_t>(first[f] + p)])])
        positions.push_back(p);
    if (positions.empty()) continue;
    Source source;
    std::vector<Claim> claims;        // the file's claims, or only the kept ones
    std::vector<int> at = positions;  // where each chosen claim is in `claims`
    auto in_kept = kept.find(static_cast<int>(f));
    if (files[f].converted) {
      source = files[f].converted->sources.front();
      claims = files[f].converted->claims;
    } else if (in_kept != kept.end() && in_kept->second->positions == positions) {
      source = in_kept->second->source;
      claims = in_kept->second->claims;
      std::iota(at.begin(), at.end(), 0);
    } else {
      claims.resize(static_cast<std::size_t>(snapshot.files[f].claims));
      if (!cache.read_into(files[f].entry, source, claims.data(), claims.size(), 0)) return false;
    }
    int source_index = static_cast<int>(out.sources.size());
    out.sources.push_back(std::move(source));
    for (std::size_t i = 0; i < positions.size(); ++i) {
      Claim& claim = claims[static_cast<std::size_t>(at[i])];
      claim.source = source_index;
      out.claims.push_back(std::move(claim));
      global_of.push_back(first[f] + positions[i]);
    }
  }
  return true;
}

RunSnapshot snapshot_after_recheck(RunSnapshot snapshot, const std::vector<RecheckedFile>& files,
                                   const std::vector<int>& first, const std::vector<Group>& groups,
                                   const std::vector<char>& keep, const std::vector<int>& global_of, int total_groups,
                                   const RuleSet& rules, const Dataset& dataset) {
  int base = 0;
  for (int label : snapshot.group_of_claim) base = std::max(base, label + 1);
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (int c : groups[g].claims)
      snapshot.group_of_claim[static_cast<std::size_t>(global_of[static_cast<std::size_t>(c)])] =
          base + static_cast<int>(g);
  renumber_labels(snapshot.group_of_claim);
  snapshot.groups = total_groups;
  RunSnapshot keys;
  keys.key_offsets.assign(1, 0);
  for (std::size_t f = 0; f < files.size(); ++f) {
    if (files[f].converted) snapshot.files[f].entry = files[f].entry;
    for (int p = 0; p < snapshot.files[f].claims; ++p) {
      auto global = static_cast<std::size_t>(first[f] + p);
      if (files[f].converted) {
        std::vector<ReadKey> now = read_keys(files[f].converted->claims[static_cast<std::size_t>(p)], rules);
        keys.keys.insert(keys.keys.end(), now.begin(), now.end());
      } else {
        keys.keys.insert(keys.keys.end(), snapshot.keys.begin() + snapshot.key_offsets[global],
                         snapshot.keys.begin() + snapshot.key_offsets[global + 1]);
      }
      keys.key_offsets.push_back(static_cast<std::uint32_t>(keys.keys.size()));
    }
  }
  snapshot.keys = std::move(keys.keys);
  snapshot.key_offsets = std::move(keys.key_offsets);
  snapshot.kept = kept_files(groups, keep, dataset, global_of, first);
  return snapshot;
}

}  // namespace claimcheck
