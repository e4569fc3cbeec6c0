// unique-event: all claims of one event type for a (subject, object) fall on the same days.
#include "ground/kinds/kinds.h"

namespace claimcheck {

namespace {

Constraint same_days(int a, int b) {
  return all_of({{start_of(a), start_of(b), 0},
                 {start_of(b), start_of(a), 0},
                 {end_of(a), end_of(b), 0},
                 {end_of(b), end_of(a), 0}});
}

}  // namespace

void ground_unique_event(const GroundInput& input, std::vector<RuleInstance>& out) {
  auto groups = claims_by_key(input, input.claims.named(ClaimKind::event, input.rule.event), [&](const Claim& c) {
    return c.kind == ClaimKind::event && c.name == input.rule.event;
  });
  for (auto& [key, claims] : groups) {
    if (claims.size() < 2) continue;
    RuleInstance instance = instance_for(input.rule_index, key, claims);
    for (std::size_t k = 1; k < claims.size(); ++k) instance.constraints.push_back(same_days(claims[0], claims[k]));
    out.push_back(std::move(instance));
  }
}

}  // namespace claimcheck
