// conflicts-with and requires: what `this` excludes, at the same time or ever, and which state
// values `this` needs at its own time (a claim of another value then contradicts it).
#include <algorithm>
#include <cstdint>
#include <utility>

#include "ground/kinds/kinds.h"
#include "model/value.h"

namespace claimcheck {

namespace {

// A claim of `required`'s state (and object) surely of none of the values it requires. A hedged
// value that may be a required one (`about 6` against 6) contradicts nothing.
bool breaks_requirement(const ClaimSelector& required, const Claim& claim) {
  if (!required.object.empty() && claim.object != required.object) return false;
  return claim.kind == ClaimKind::state && claim.name == required.state &&
         surely_unlisted(required.values, claim.value);
}

// The pairs (position in `as`, position in `bs`) of different claims whose reaches share a day,
// in the order of a loop over `as`, then `bs`.
// Stops past `max_pairs`.
std::vector<std::pair<std::size_t, std::size_t>> meeting_pairs(const ClaimTable& table, const std::vector<int>& as,
                                                               const std::vector<int>& bs, std::size_t max_pairs) {
  std::vector<DayWindow> reaches;
  reaches.reserve(as.size() + bs.size());
  for (int a : as) reaches.push_back(reach_of(claim_at(table, a)));
  for (int b : bs) reaches.push_back(reach_of(claim_at(table, b)));
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for_each_meeting_pair(reaches, [&](std::size_t p, std::size_t q) {
    if (p >= as.size() || q < as.size()) return true;  // both from one side
    std::size_t b = q - as.size();
    if (as[p] != bs[b]) out.emplace_back(p, b);
    return out.size() <= max_pairs;
  });
  std::sort(out.begin(), out.end());
  return out;
}

// Every pair (a from `these`, b from `those`) with the same key gets `constraint(a, b)`: `these`
// are the claims `candidates_a` holds that `is_a` accepts, `those` likewise. When the constraint
// says the two share no day (`only_meeting`), pairs whose reaches share none need nothing and
// are never looked at.
template <typename IsA, typename IsB, typename MakeConstraint>
void ground_pairs(const GroundInput& input, const std::vector<int>& candidates_a, IsA is_a,
                  const std::vector<int>& candidates_b, IsB is_b, MakeConstraint constraint, bool only_meeting,
                  std::vector<RuleInstance>& out) {
  auto left = claims_by_key(input, candidates_a, is_a);
  auto right = claims_by_key(input, candidates_b, is_b);
  for (auto& [key, a_claims] : left) {
    auto b_claims = right.find(key);
    if (b_claims == right.end()) continue;
    RuleInstance instance = instance_for(input.rule_index, key);
    auto add = [&](int a, int b) {
      instance.constraints.push_back(constraint(a, b));
      instance.claims.insert(instance.claims.end(), {a, b});
    };
    // Each constraint is kDisjointTerms solver terms, or 3 for a "never".
    std::size_t max_pairs = input.max_terms > 0 ? input.max_terms / kDisjointTerms : SIZE_MAX;
    if (only_meeting) {
      auto pairs = meeting_pairs(input.claims, a_claims, b_claims->second, max_pairs);
      if (pairs.size() > max_pairs) {
        std::vector<int> both(a_claims);
        both.insert(both.end(), b_claims->second.begin(), b_claims->second.end());
        leave_unbuilt(instance, pairs.size() * kDisjointTerms, both);
      } else {
        for (auto [p, q] : pairs) add(a_claims[p], b_claims->second[q]);
      }
    } else if (a_claims.size() * b_claims->second.size() > max_pairs) {
      std::vector<int> both(a_claims);
      both.insert(both.end(), b_claims->second.begin(), b_claims->second.end());
      leave_unbuilt(instance, a_claims.size() * b_claims->second.size() * kDisjointTerms, both);
    } else {
      for (int a : a_claims)
        for (int b : b_claims->second)
          if (a != b) add(a, b);
    }
    if (finish_instance(instance)) out.push_back(std::move(instance));
  }
}

}  // namespace

void ground_conflicts_with(const GroundInput& input, std::vector<RuleInstance>& out) {
  const Rule& rule = input.rule;
  bool ever = rule.ever;
  ground_pairs(
      input, input.claims.named_by(rule.first), [&](const Claim& c) { return selects(rule.first, c); },
      input.claims.named_by(rule.second), [&](const Claim& c) { return selects(rule.second, c); },
      [ever](int a, int b) { return ever ? never(a, b) : disjoint(a, b); }, !ever, out);
}

void ground_requires(const GroundInput& input, std::vector<RuleInstance>& out) {
  const Rule& rule = input.rule;
  ground_pairs(
      input, input.claims.named_by(rule.first), [&](const Claim& c) { return selects(rule.first, c); },
      input.claims.named(ClaimKind::state, rule.second.state),
      [&](const Claim& c) { return breaks_requirement(rule.second, c); }, [](int a, int b) { return disjoint(a, b); },
      true, out);
}

}  // namespace claimcheck
