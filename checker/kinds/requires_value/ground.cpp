// requires: which state values `this` needs at its own time (a claim of another value then
// contradicts it).
#include "ground/kinds.h"
#include "model/value.h"

namespace claimcheck::kinds::requires_value {

namespace {

// A claim of `required`'s state (and object) surely of none of the values it requires. A hedged
// value that may be a required one (`about 6` against 6) contradicts nothing.
bool breaks_requirement(const ClaimSelector& required, const Claim& claim) {
  if (!required.object.empty() && claim.object != required.object) return false;
  return claim.kind == ClaimKind::state && claim.name == required.state &&
         surely_unlisted(required.values, claim.value);
}

}  // namespace

void ground_requires(const GroundInput& input, std::vector<RuleInstance>& out) {
  const Rule& rule = input.rule;
  ground_pairs(
      input, input.claims.named_by(rule.first), [&](const Claim& c) { return selects(rule.first, c); },
      input.claims.named(ClaimKind::state, rule.second.state),
      [&](const Claim& c) { return breaks_requirement(rule.second, c); }, [](int a, int b) { return disjoint(a, b); },
      true, out);
}
const KindGrounding grounding{.ground = ground_requires};

}  // namespace claimcheck::kinds::requires_value
