// after-event: once the event happened, the state takes only the allowed values.
#include "ground/kinds.h"
#include "model/value.h"

namespace claimcheck::kinds::after_event {

void ground_after_event(const GroundInput& input, std::vector<RuleInstance>& out) {
  const Rule& rule = input.rule;
  auto events = claims_by_key(input, input.claims.named(ClaimKind::event, rule.event),
                              [&](const Claim& c) { return c.kind == ClaimKind::event && c.name == rule.event; });
  // Only claims surely of another value: `about 5` may be an allowed 5, so it is left alone.
  auto states = claims_by_key(input, input.claims.named(ClaimKind::state, rule.state), [&](const Claim& c) {
    return c.kind == ClaimKind::state && c.name == rule.state && surely_unlisted(rule.allowed, c.value);
  });
  for (auto& [key, event_claims] : events) {
    auto forbidden = states.find(key);
    if (forbidden == states.end()) continue;
    RuleInstance instance = instance_for(input.rule_index, key, event_claims);
    // The state may still hold on the event's own day (a source rarely orders a single day),
    // until the event's instant.
    for (int event : event_claims)
      for (int state : forbidden->second) {
        std::vector<Difference> order{ends_before_start(state, event)};
        ends_before_start_in_time(order, state, event, false);
        instance.constraints.push_back(all_of(std::move(order)));
      }
    instance.claims.insert(instance.claims.end(), forbidden->second.begin(), forbidden->second.end());
    if (finish_instance(instance)) out.push_back(std::move(instance));
  }
}

const KindGrounding grounding{.ground = ground_after_event};

}  // namespace claimcheck::kinds::after_event
