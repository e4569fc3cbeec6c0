// single-value: a state has one value per (subject, object) at a time; other values' spans are disjoint.
#include "ground/kinds/kinds.h"
#include "load/value.h"

namespace claimcheck {

namespace {

// Numbers (hedged or not) agree when one true value fits both within the tolerance; words when
// they are the same word (a word never agrees with a number). Pairwise agreement is enough:
// ranges on a line that meet pairwise share a point (Helly), so the claims overlapping in time
// can all be right together.
bool values_agree(const Value& a, const Value& b, const Tolerance& tolerance) {
  return compare_values(a, b, tolerance) != Sameness::different;
}

}  // namespace

void ground_single_value(const GroundInput& input, std::vector<RuleInstance>& out) {
  auto groups = claims_by_key(input, input.claims.named(ClaimKind::state, input.rule.state), [&](const Claim& c) {
    return c.kind == ClaimKind::state && c.name == input.rule.state;
  });
  for (auto& [key, claims] : groups) {
    RuleInstance instance = instance_for(input.rule_index, key);
    for (std::size_t i = 0; i < claims.size(); ++i) {
      for (std::size_t j = i + 1; j < claims.size(); ++j) {
        if (values_agree(claim_at(input.claims, claims[i]).value, claim_at(input.claims, claims[j]).value,
                         input.rule.tolerance))
          continue;
        instance.constraints.push_back(disjoint(claims[i], claims[j]));
        instance.claims.push_back(claims[i]);
        instance.claims.push_back(claims[j]);
      }
    }
    if (finish_instance(instance)) out.push_back(std::move(instance));
  }
}

}  // namespace claimcheck
