// duration: an event's span, or a state claim's span, lasts `min`..`max` days (last day − first day).
#include "ground/kinds/kinds.h"

namespace claimcheck {

void ground_duration(const GroundInput& input, std::vector<RuleInstance>& out) {
  const Rule& rule = input.rule;
  auto matching = claims_by_key(input, [&](const Claim& c) { return selects(rule.first, c); });
  for (auto& [key, claims] : matching) {
    for (int claim : claims) {
      // One instance per claim: each claim's span is measured on its own.
      RuleInstance instance{input.rule_index, key.first, key.second, {claim}, {}};
      std::vector<Difference> bounds;
      if (rule.max_days) bounds.push_back({end_of(claim), start_of(claim), *rule.max_days});
      if (rule.min_days) bounds.push_back({start_of(claim), end_of(claim), -*rule.min_days});
      instance.constraints.push_back(all_of(bounds));
      if (finish_instance(instance)) out.push_back(std::move(instance));
    }
  }
}

}  // namespace claimcheck
