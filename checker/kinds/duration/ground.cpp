// duration: an event's span, or a state claim's span, lasts `min`..`max` days (last day − first
// day). On a state, `max` bounds each claim's span; `min` bounds the episode a claim belongs to,
// which other values of the same state shut in (a claim of another value before and one after).
#include "ground/kinds.h"
#include "model/value.h"

namespace claimcheck::kinds::duration {

namespace {

void bound_each_span(const GroundInput& input, const MatchKey& key, const std::vector<int>& claims,
                     std::vector<RuleInstance>& out) {
  const Rule& rule = input.rule;
  int rule_index = input.rule_index;
  for (int claim : claims) {
    // One instance per claim: each claim's span is measured on its own.
    RuleInstance instance = instance_for(rule_index, key, {claim});
    std::vector<Difference> bounds;
    if (rule.max_days) bounds.push_back({end_of(claim), start_of(claim), *rule.max_days});
    // An event dated with `at` happened on some day of a window: that says nothing of how long
    // it lasted (as a state's observation says nothing against a minimum), so only a span is bounded below.
    bool span = !claim_at(input.claims, claim).time.is_point;
    if (rule.min_days && rule.first.state.empty() && span)
      bounds.push_back({start_of(claim), end_of(claim), -*rule.min_days});
    if (bounds.empty()) continue;
    instance.constraints.push_back(all_of(bounds));
    if (finish_instance(instance)) out.push_back(std::move(instance));
  }
}

// Surely another value: hedged numbers differ only when no number fits both ranges.
bool differs(const Value& a, const Value& b) {
  return compare_values(a, b) == Sameness::different;
}

// `before` might end on or before the day `after` starts: their windows allow that order.
bool may_precede(const Claim& before, const Claim& after) {
  return before.time.end_window.earliest <= after.time.start_window.latest;
}

// `before` and `after` may be less than `min` apart: otherwise their own windows already keep
// the episode long enough, and the constraint could never break.
bool may_be_close(const Claim& before, const Claim& after, std::int64_t min) {
  return after.time.start_window.earliest - before.time.end_window.latest < min;
}

// The episode of `during`'s value, shut in by `before` and `after` (other values), lasts at
// most from before's last day to after's first day (counting the changeover days, since a source
// rarely orders a change within a day). Either the two do not shut it in, or that is ≥ min:
//   before.end > during.start  ∨  after.start < during.end  ∨  after.start − before.end ≥ min.
Constraint long_enough_between(int before, int during, int after, std::int64_t min) {
  return Constraint{{{{start_of(during), end_of(before), -1}},
                     {{start_of(after), end_of(during), -1}},
                     {{end_of(before), start_of(after), -min}}},
                    {},
                    {}};
}

// min on a state: for each claim of a selected value, every pair of claims of other values of
// the same state and (subject, object) that may come before and after it.
void bound_each_episode(const GroundInput& input, std::int64_t min, std::vector<RuleInstance>& out) {
  const Rule& rule = input.rule;
  auto selected =
      claims_by_key(input, input.claims.named_by(rule.first), [&](const Claim& c) { return selects(rule.first, c); });
  auto all_values = claims_by_key(input, input.claims.named(ClaimKind::state, rule.first.state), [&](const Claim& c) {
    return c.kind == ClaimKind::state && c.name == rule.first.state;
  });
  for (auto& [key, claims] : selected) {
    const std::vector<int>& neighbours = all_values.of(key);
    for (int during : claims) {
      const Claim& episode = claim_at(input.claims, during);
      RuleInstance instance = instance_for(input.rule_index, key);
      for (int before : neighbours) {
        const Claim& b = claim_at(input.claims, before);
        if (!differs(b.value, episode.value) || !may_precede(b, episode)) continue;
        for (int after : neighbours) {
          const Claim& a = claim_at(input.claims, after);
          if (after == before || !differs(a.value, episode.value) || !may_precede(episode, a) ||
              !may_be_close(b, a, min))
            continue;
          instance.constraints.push_back(long_enough_between(before, during, after, min));
          instance.claims.insert(instance.claims.end(), {before, during, after});
        }
      }
      if (finish_instance(instance)) out.push_back(std::move(instance));
    }
  }
}

}  // namespace

void ground_duration(const GroundInput& input, std::vector<RuleInstance>& out) {
  const Rule& rule = input.rule;
  auto matching =
      claims_by_key(input, input.claims.named_by(rule.first), [&](const Claim& c) { return selects(rule.first, c); });
  for (auto& [key, claims] : matching) bound_each_span(input, key, claims, out);
  if (!rule.first.state.empty() && rule.min_days) bound_each_episode(input, *rule.min_days, out);
}

const KindGrounding grounding{.ground = ground_duration};

}  // namespace claimcheck::kinds::duration
