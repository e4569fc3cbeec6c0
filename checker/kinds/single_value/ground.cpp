// single-value: a state has one value per (subject, object) at a time; other values' spans are disjoint.
#include <algorithm>
#include <utility>

#include "ground/kinds.h"
#include "model/value.h"

namespace claimcheck::kinds::single_value {

namespace {

// Numbers (hedged or not) agree when one true value fits both within the tolerance; words when
// they are the same word (a word never agrees with a number). Pairwise agreement is enough:
// ranges on a line that meet pairwise share a point (Helly), so the claims overlapping in time
// can all be right together.
bool values_agree(const Value& a, const Value& b, const Tolerance& tolerance) {
  return compare_values(a, b, tolerance) != Sameness::different;
}

}  // namespace

// Two claims whose reaches share no day are disjoint whatever days they take, so their pair
// needs no constraint: only pairs that meet are looked at (a daily series of one state has none).
// The pairs kept come out in the order of the claims, as a loop over every pair would make them.
void ground_single_value(const GroundInput& input, std::vector<RuleInstance>& out) {
  auto groups = claims_by_key(input, input.claims.named(ClaimKind::state, input.rule.state),
                              [&](const Claim& c) { return c.kind == ClaimKind::state && c.name == input.rule.state; });
  for (auto& [key, claims_of_key] : groups) {
    const auto& claims = claims_of_key;  // a plain reference: lambdas may not capture a binding (clang 14)
    std::vector<DayWindow> reaches;
    reaches.reserve(claims.size());
    for (int claim : claims) reaches.push_back(reach_of(claim_at(input.claims, claim)));
    std::vector<std::pair<std::size_t, std::size_t>> differing;
    bool over_budget = false;
    for_each_meeting_pair(reaches, [&](std::size_t p, std::size_t q) {
      if (!values_agree(claim_at(input.claims, claims[p]).value, claim_at(input.claims, claims[q]).value,
                        input.rule.tolerance))
        differing.emplace_back(p, q);
      over_budget = input.over_budget(differing.size() * kDisjointTerms);
      return !over_budget;
    });
    RuleInstance instance = instance_for(input.rule_index, key);
    if (over_budget) {
      leave_unbuilt(instance, differing.size() * kDisjointTerms, claims);
      if (finish_instance(instance)) out.push_back(std::move(instance));
      continue;
    }
    std::sort(differing.begin(), differing.end());
    for (auto [p, q] : differing) {
      instance.constraints.push_back(disjoint(claims[p], claims[q]));
      instance.claims.push_back(claims[p]);
      instance.claims.push_back(claims[q]);
    }
    if (finish_instance(instance)) out.push_back(std::move(instance));
  }
}

const KindGrounding grounding{.ground = ground_single_value};

}  // namespace claimcheck::kinds::single_value
