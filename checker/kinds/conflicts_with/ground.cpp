// conflicts-with: what `this` excludes, at the same time or ever.
#include "ground/kinds.h"

namespace claimcheck::kinds::conflicts_with {

void ground_conflicts_with(const GroundInput& input, std::vector<RuleInstance>& out) {
  const Rule& rule = input.rule;
  bool ever = rule.ever;
  ground_pairs(
      input, input.claims.named_by(rule.first), [&](const Claim& c) { return selects(rule.first, c); },
      input.claims.named_by(rule.second), [&](const Claim& c) { return selects(rule.second, c); },
      [ever](int a, int b) { return ever ? never(a, b) : disjoint(a, b); }, !ever, out);
}

const KindGrounding grounding{.ground = ground_conflicts_with};

}  // namespace claimcheck::kinds::conflicts_with
