// Attribution: findings grouped by (source, said_by, via).
#include "explain/attribution.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace claimcheck {

namespace {

using Key = std::tuple<std::string, std::string, std::string>;  // source id, said_by, via

Key key_of(int claim, const Dataset& dataset) {
  const Claim& c = dataset.claims[static_cast<std::size_t>(claim)];
  return {dataset.sources[static_cast<std::size_t>(c.source)].id, c.said_by, c.via};
}

}  // namespace

void mark_attribution(Finding& finding, const Dataset& dataset) {
  std::set<int> sources;
  std::set<std::string> speakers;
  for (int c : finding.claims) {
    const Claim& claim = dataset.claims[static_cast<std::size_t>(c)];
    sources.insert(claim.source);
    speakers.insert(claim.said_by);
  }
  finding.one_source = sources.size() == 1;
  finding.one_speaker = speakers.size() == 1 && !speakers.begin()->empty();
  speakers.erase("");
  finding.many_speakers = speakers.size() > 1;
}

std::vector<AttributionChain> attribution_chains(const std::vector<Finding>& findings, const Dataset& dataset) {
  std::map<Key, AttributionChain> chains;
  for (int f = 0; f < static_cast<int>(findings.size()); ++f) {
    const std::vector<int>& claims = findings[static_cast<std::size_t>(f)].claims;
    std::set<Key> keys;
    for (int c : claims) keys.insert(key_of(c, dataset));
    for (const Key& key : keys) {
      AttributionChain& chain = chains[key];
      std::tie(chain.source, chain.said_by, chain.via) = key;
      chain.findings.push_back(f);
      // Every claim of this finding has the same attribution: that voice contradicts itself.
      if (keys.size() == 1) chain.self_contradiction = true;
    }
  }
  std::vector<AttributionChain> out;
  for (auto& [key, chain] : chains) out.push_back(std::move(chain));
  return out;
}

}  // namespace claimcheck
