// lifecycle: a state's values follow the declared transitions; a claim of value v after a claim
// of value u needs a path u → … → v, and a `via` step needs a claimed event between the two.
#include <algorithm>
#include <set>

#include "ground/kinds/kinds.h"

namespace claimcheck {

namespace {

using Reach = std::set<std::pair<std::string, std::string>>;

// The transitive closure of the steps (only plain steps unless `with_via`).
Reach reachable(const std::vector<Transition>& transitions, bool with_via) {
  Reach reach;
  for (const Transition& t : transitions)
    if (with_via || t.via.empty()) reach.insert({t.from, t.to});
  for (bool grew = true; grew;) {
    grew = false;
    Reach next = reach;
    for (const auto& [a, b] : reach)
      for (const auto& [c, d] : reach)
        if (b == c) grew = next.insert({a, d}).second || grew;
    reach = std::move(next);
  }
  return reach;
}

bool mentioned(const std::vector<Transition>& transitions, const std::string& value) {
  return std::any_of(transitions.begin(), transitions.end(),
                     [&](const Transition& t) { return t.from == value || t.to == value; });
}

struct Lifecycle {
  Reach plain;
  Reach any;
  std::set<std::string> via_events;
};

// b (value v) is not after a (value u): every day of b is on or before every day of a; or,
// when only a `via` step leads from u to v, a claimed via-event lies between them.
Constraint not_after(int a, int b, const std::vector<int>& via_claims, bool via_allows) {
  Constraint constraint{{{ends_before_start(b, a)}}, {a, b}, {{}}};
  if (!via_allows) return constraint;
  for (int e : via_claims) {
    constraint.any_of.push_back({ends_before_start(a, e), ends_before_start(e, b)});
    constraint.option_needs.push_back({e});
  }
  return constraint;
}

}  // namespace

void ground_lifecycle(const GroundInput& input, std::vector<RuleInstance>& out) {
  const Rule& rule = input.rule;
  Lifecycle life{reachable(rule.transitions, false), reachable(rule.transitions, true), {}};
  for (const Transition& t : rule.transitions)
    if (!t.via.empty()) life.via_events.insert(t.via);
  auto states = claims_by_key(input, input.claims.named(ClaimKind::state, rule.state), [&](const Claim& c) {
    return c.kind == ClaimKind::state && c.name == rule.state && mentioned(rule.transitions, c.value.text);
  });
  std::vector<int> via_candidates;
  for (const std::string& event : life.via_events) {
    const std::vector<int>& named = input.claims.named(ClaimKind::event, event);
    via_candidates.insert(via_candidates.end(), named.begin(), named.end());
  }
  std::sort(via_candidates.begin(), via_candidates.end());  // table order, as claims_by_key expects
  auto events = claims_by_key(input, via_candidates, [&](const Claim& c) {
    return c.kind == ClaimKind::event && life.via_events.count(c.name) > 0;
  });
  for (auto& [key, claims] : states) {
    const std::vector<int>& via_claims = events.of(key);
    RuleInstance instance = instance_for(input.rule_index, key);
    for (int a : claims) {
      for (int b : claims) {
        const std::string& u = claim_at(input.claims, a).value.text;
        const std::string& v = claim_at(input.claims, b).value.text;
        if (u == v || life.plain.count({u, v})) continue;
        bool via_allows = life.any.count({u, v}) > 0;
        instance.constraints.push_back(not_after(a, b, via_claims, via_allows));
        instance.claims.insert(instance.claims.end(), {a, b});
        if (via_allows) instance.claims.insert(instance.claims.end(), via_claims.begin(), via_claims.end());
      }
    }
    if (finish_instance(instance)) out.push_back(std::move(instance));
  }
}

}  // namespace claimcheck
