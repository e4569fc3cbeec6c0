// Time anchors: resolve target ids across sources, then walk the anchor links to find cycles.
#include "time/anchors.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "validate/suggest.h"

namespace claimcheck {

namespace {

// Views into the dataset's ids: no copy of a million ids. First wins; duplicates are reported elsewhere.
std::unordered_map<std::string_view, int> claims_by_full_id(const Dataset& dataset) {
  std::unordered_map<std::string_view, int> ids;
  ids.reserve(dataset.claims.size());
  for (int i = 0; i < static_cast<int>(dataset.claims.size()); ++i)
    ids.emplace(dataset.claims[static_cast<std::size_t>(i)].full_id, i);
  return ids;
}

// Claims that did not load: a reference to one is not unknown (its own error says enough), and
// it has no days to link to.
std::unordered_set<std::string_view> unloaded_ids(const Dataset& dataset) {
  std::unordered_set<std::string_view> ids;
  for (const UnloadedClaim& claim : dataset.unloaded_claims) ids.insert(claim.full_id);
  return ids;
}

// Every claim id, sorted: the candidates of "did you mean", listed only when some id is unknown.
std::vector<std::string> sorted_ids(const Dataset& dataset) {
  std::vector<std::string> ids;
  for (const Claim& claim : dataset.claims) ids.push_back(claim.full_id);
  for (const UnloadedClaim& claim : dataset.unloaded_claims) ids.push_back(claim.full_id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

void resolve_targets(Dataset& dataset, Diagnostics& diagnostics) {
  std::unordered_map<std::string_view, int> ids = claims_by_full_id(dataset);
  std::unordered_set<std::string_view> unloaded = unloaded_ids(dataset);
  std::optional<std::vector<std::string>> known;
  for (Claim& claim : dataset.claims) {
    if (!claim.time.anchor) continue;
    TimeAnchor& anchor = *claim.time.anchor;
    auto found = ids.find(anchor.target);
    if (found != ids.end()) {
      anchor.claim = found->second;
      continue;
    }
    if (unloaded.count(anchor.target)) continue;
    if (!known) known = sorted_ids(dataset);
    diagnostics.error("unknown-claim", "'at' refers to claim '" + anchor.target + "', which no facts file defines" +
                                           did_you_mean(anchor.target, *known, claim.full_id),
                      anchor.range);
  }
}

int next_of(const Dataset& dataset, int claim) {
  const auto& anchor = dataset.claims[static_cast<std::size_t>(claim)].time.anchor;
  return anchor ? anchor->claim : -1;
}

// Each claim has at most one anchor, so following anchors from any claim either stops or enters
// exactly one cycle. Colours: 0 unseen, 1 on the current walk, 2 done.
void report_cycles(Dataset& dataset, Diagnostics& diagnostics) {
  std::vector<int> colour(dataset.claims.size(), 0);
  for (int first = 0; first < static_cast<int>(dataset.claims.size()); ++first) {
    std::vector<int> walk;
    int at = first;
    while (at >= 0 && colour[static_cast<std::size_t>(at)] == 0) {
      colour[static_cast<std::size_t>(at)] = 1;
      walk.push_back(at);
      at = next_of(dataset, at);
    }
    if (at >= 0 && colour[static_cast<std::size_t>(at)] == 1) {
      std::vector<int> cycle(std::find(walk.begin(), walk.end(), at), walk.end());
      const Claim& head = dataset.claims[static_cast<std::size_t>(cycle.front())];
      Diagnostic& d = diagnostics.error(
          "time-reference-cycle",
          "claims are dated relative to each other in a cycle, so none of them has a date (" +
              std::to_string(cycle.size()) + (cycle.size() == 1 ? " claim)" : " claims)"),
          head.time.anchor->range);
      for (int c : cycle) {
        const Claim& claim = dataset.claims[static_cast<std::size_t>(c)];
        d.notes.push_back({claim.time.anchor->range, claim.full_id + " is dated " + claim.time.anchor->description});
      }
      for (int c : cycle) dataset.claims[static_cast<std::size_t>(c)].time.anchor->claim = -1;  // no link into a cycle
    }
    for (int c : walk) colour[static_cast<std::size_t>(c)] = 2;
  }
}

}  // namespace

void link_time_anchors(Dataset& dataset, Diagnostics& diagnostics) {
  resolve_targets(dataset, diagnostics);
  report_cycles(dataset, diagnostics);
}

}  // namespace claimcheck
