// lifecycle: a state's values follow the declared transitions; a claim of value v after a claim
// of value u needs a path u → … → v, and a `via` step needs a claimed event between the two.
#include <algorithm>
#include <map>
#include <set>

#include "ground/kinds.h"
#include "model/value.h"

namespace claimcheck::kinds::lifecycle {

namespace {

// The values the transitions name, each once (`1` and `1.0` are one value): a value is known
// by its index here, so steps and claims compare values only through compare_values.
class LifecycleValues {
 public:
  explicit LifecycleValues(const std::vector<Transition>& transitions) {
    for (const Transition& t : transitions) {
      add(t.from);
      add(t.to);
    }
  }
  // The index of the named value a claim's value surely is; -1 when it is none of them (or a
  // hedged number that may or may not be one): such a claim is not constrained.
  int find(const Value& value) const {
    for (std::size_t i = 0; i < values_.size(); ++i)
      if (compare_values(values_[i], value) == Sameness::same) return static_cast<int>(i);
    return -1;
  }

 private:
  void add(const Value& value) {
    if (find(value) < 0) values_.push_back(value);
  }

  std::vector<Value> values_;
};

using Reach = std::set<std::pair<int, int>>;

// The transitive closure of the steps (only plain steps unless `with_via`).
Reach reachable(const std::vector<Transition>& transitions, const LifecycleValues& values, bool with_via) {
  Reach reach;
  for (const Transition& t : transitions)
    if (with_via || t.via.empty()) reach.insert({values.find(t.from), values.find(t.to)});
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

struct Lifecycle {
  Reach plain;
  Reach any;
  std::set<std::string> via_events;
  // The via events of the steps on some way from u to v: only a claim of one of these lets v
  // follow u (an event of an unrelated step says nothing about this change).
  std::map<std::pair<int, int>, std::set<std::string>> via_between;
};

std::map<std::pair<int, int>, std::set<std::string>> via_steps_between(const std::vector<Transition>& transitions,
                                                                       const LifecycleValues& values,
                                                                       const Reach& any) {
  std::map<std::pair<int, int>, std::set<std::string>> out;
  auto leads = [&](int a, int b) { return a == b || any.count({a, b}) > 0; };
  for (const auto& [u, v] : any)
    for (const Transition& t : transitions)
      if (!t.via.empty() && leads(u, values.find(t.from)) && leads(values.find(t.to), v)) out[{u, v}].insert(t.via);
  return out;
}

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
  LifecycleValues values(rule.transitions);
  Lifecycle life{reachable(rule.transitions, values, false), reachable(rule.transitions, values, true), {}, {}};
  for (const Transition& t : rule.transitions)
    if (!t.via.empty()) life.via_events.insert(t.via);
  life.via_between = via_steps_between(rule.transitions, values, life.any);
  auto states = claims_by_key(input, input.claims.named(ClaimKind::state, rule.state), [&](const Claim& c) {
    return c.kind == ClaimKind::state && c.name == rule.state && values.find(c.value) >= 0;
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
    std::vector<int> value_of;  // each claim's value, as an index into `values`
    for (int claim : claims) value_of.push_back(values.find(claim_at(input.claims, claim).value));
    for (std::size_t i = 0; i < claims.size(); ++i) {
      for (std::size_t j = 0; j < claims.size(); ++j) {
        int a = claims[i], b = claims[j], u = value_of[i], v = value_of[j];
        if (u == v || life.plain.count({u, v})) continue;
        bool via_allows = life.any.count({u, v}) > 0;
        std::vector<int> usable;  // claims of the via events of a way from u to v
        if (via_allows) {
          const std::set<std::string>& names = life.via_between.at({u, v});
          for (int e : via_claims)
            if (names.count(claim_at(input.claims, e).name)) usable.push_back(e);
        }
        instance.constraints.push_back(not_after(a, b, usable, via_allows));
        instance.claims.insert(instance.claims.end(), {a, b});
        instance.claims.insert(instance.claims.end(), usable.begin(), usable.end());
      }
    }
    if (finish_instance(instance)) out.push_back(std::move(instance));
  }
}

const KindGrounding grounding{.ground = ground_lifecycle};

}  // namespace claimcheck::kinds::lifecycle
