// precedes: every `first` claim ends before every `then` claim starts, `min`..`max` days apart.
#include "ground/kinds.h"

namespace claimcheck::kinds::precedes {

namespace {

// then.start − first.end ∈ [min, max] in days; min defaults to 0: the same day is allowed (a
// source rarely orders events within a day), and then the first ends before the then-claim
// starts in time, as Allen's `before` (docs/rules.md#allen).
std::vector<Difference> gap_between(int first, int then, const Rule& rule) {
  std::vector<Difference> parts{ends_before_start(first, then, rule.min_days.value_or(0))};
  if (rule.max_days) parts.push_back({start_of(then), end_of(first), *rule.max_days});
  if (rule.min_days.value_or(0) == 0) ends_before_start_in_time(parts, first, then, true);
  return parts;
}

}  // namespace

void ground_precedes(const GroundInput& input, std::vector<RuleInstance>& out) {
  const Rule& rule = input.rule;
  auto firsts =
      claims_by_key(input, input.claims.named_by(rule.first), [&](const Claim& c) { return selects(rule.first, c); });
  auto thens =
      claims_by_key(input, input.claims.named_by(rule.second), [&](const Claim& c) { return selects(rule.second, c); });
  for (auto& [key, first_claims] : firsts) {
    auto then_claims = thens.find(key);
    if (then_claims == thens.end()) continue;
    RuleInstance instance = instance_for(input.rule_index, key);
    for (int first : first_claims) {
      for (int then : then_claims->second) {
        if (first == then) continue;
        // Bound on both sides (a `max`), the gaps of one `first` to several `then` claims would
        // tie those claims to each other through the first's days even with the first dropped
        // ("b on the 2nd and b on the 5th" is no conflict without an `a`): binds only while both hold.
        Constraint gap = all_of(gap_between(first, then, rule));
        if (rule.max_days) gap.about = {first, then};
        instance.constraints.push_back(std::move(gap));
        instance.claims.insert(instance.claims.end(), {first, then});
      }
    }
    if (finish_instance(instance)) out.push_back(std::move(instance));
  }
}

const KindGrounding grounding{.ground = ground_precedes};

}  // namespace claimcheck::kinds::precedes
