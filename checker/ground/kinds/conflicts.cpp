// conflicts-with and requires: what `this` excludes, at the same time or ever, and which state
// values `this` needs at its own time (a claim of another value then contradicts it).
#include <algorithm>

#include "ground/kinds/kinds.h"

namespace claimcheck {

namespace {

// Claims of `other`'s state whose value is not one `other` requires.
ClaimSelector other_values_of(const ClaimSelector& required, const ClaimTable& claims) {
  ClaimSelector selector{"", required.state, {}, required.object, required.range};
  for (int i : claims.named(ClaimKind::state, required.state))
    if (const Claim& claim = claims[i]; claim.kind == ClaimKind::state && claim.name == required.state &&
        std::find(required.values.begin(), required.values.end(), claim.value.text) == required.values.end() &&
        std::find(selector.values.begin(), selector.values.end(), claim.value.text) == selector.values.end())
      selector.values.push_back(claim.value.text);
  return selector;
}

// Every pair (a from `these`, b from `those`) with the same key gets `constraint(a, b)`.
template <typename MakeConstraint>
void ground_pairs(const GroundInput& input, const ClaimSelector& these, const ClaimSelector& those,
                  MakeConstraint constraint, std::vector<RuleInstance>& out) {
  auto left = claims_by_key(input, input.claims.named_by(these), [&](const Claim& c) { return selects(these, c); });
  auto right = claims_by_key(input, input.claims.named_by(those), [&](const Claim& c) { return selects(those, c); });
  for (auto& [key, a_claims] : left) {
    auto b_claims = right.find(key);
    if (b_claims == right.end()) continue;
    RuleInstance instance = instance_for(input.rule_index, key);
    for (int a : a_claims) {
      for (int b : b_claims->second) {
        if (a == b) continue;
        instance.constraints.push_back(constraint(a, b));
        instance.claims.insert(instance.claims.end(), {a, b});
      }
    }
    if (finish_instance(instance)) out.push_back(std::move(instance));
  }
}

}  // namespace

void ground_conflicts_with(const GroundInput& input, std::vector<RuleInstance>& out) {
  bool ever = input.rule.ever;
  ground_pairs(input, input.rule.first, input.rule.second,
               [ever](int a, int b) { return ever ? never(a, b) : disjoint(a, b); }, out);
}

void ground_requires(const GroundInput& input, std::vector<RuleInstance>& out) {
  ClaimSelector excluded = other_values_of(input.rule.second, input.claims);
  if (excluded.values.empty()) return;
  ground_pairs(input, input.rule.first, excluded, [](int a, int b) { return disjoint(a, b); }, out);
}

}  // namespace claimcheck
