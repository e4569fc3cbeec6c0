// unique-event: all claims of one event type for a (subject, object) fall on the same days.
#include "ground/kinds.h"

namespace claimcheck::kinds::unique_event {

namespace {

// Claim `claim` is the common event: its first and last days are the event's, while the claim is
// assumed. The event is named by the instance's first claim (unique among the rule's instances,
// mirrors included) until grounding numbers the common events of every rule.
Constraint is_the_common_event(int event, int claim) {
  TimeVar first = common_event_day(event, Endpoint::start), last = common_event_day(event, Endpoint::end);
  Constraint c = all_of(
      {{start_of(claim), first, 0}, {first, start_of(claim), 0}, {end_of(claim), last, 0}, {last, end_of(claim), 0}});
  c.about = {claim};
  return c;
}

}  // namespace

void ground_unique_event(const GroundInput& input, std::vector<RuleInstance>& out) {
  auto groups = claims_by_key(input, input.claims.named(ClaimKind::event, input.rule.event),
                              [&](const Claim& c) { return c.kind == ClaimKind::event && c.name == input.rule.event; });
  for (auto& [key, claims] : groups) {
    if (claims.size() < 2) continue;
    RuleInstance instance = instance_for(input.rule_index, key, claims);
    for (int claim : claims) instance.constraints.push_back(is_the_common_event(claims.front(), claim));
    out.push_back(std::move(instance));
  }
}

const KindGrounding grounding{.ground = ground_unique_event, .common_events = true};

}  // namespace claimcheck::kinds::unique_event
