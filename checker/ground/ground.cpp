// Grounding: rules × matching claims → RuleInstances of difference constraints → groups.
#include "ground/ground.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <utility>

namespace claimcheck {

namespace {

using PairKey = std::pair<std::string, std::string>;  // (subject, object)

TimeVar start_of(int claim) { return {claim, Endpoint::start}; }
TimeVar end_of(int claim) { return {claim, Endpoint::end}; }

Constraint all_of(std::vector<Difference> differences) { return Constraint{{std::move(differences)}}; }

// a and b are the same days: both endpoints equal.
Constraint same_days(int a, int b) {
  return all_of({{start_of(a), start_of(b), 0},
                 {start_of(b), start_of(a), 0},
                 {end_of(a), end_of(b), 0},
                 {end_of(b), end_of(a), 0}});
}

// a's span and b's span share no day.
Constraint disjoint(int a, int b) {
  return Constraint{{{{end_of(a), start_of(b), -1}}, {{end_of(b), start_of(a), -1}}}};
}

// `state` ends no later than the day `event` starts.
Constraint ends_by_start_of(int state, int event) { return all_of({{end_of(state), start_of(event), 0}}); }

template <typename Predicate>
std::map<PairKey, std::vector<int>> claims_by_pair(const Dataset& dataset, Predicate matches) {
  std::map<PairKey, std::vector<int>> out;
  for (int i = 0; i < static_cast<int>(dataset.claims.size()); ++i) {
    const Claim& claim = dataset.claims[static_cast<std::size_t>(i)];
    if (matches(claim)) out[{claim.subject, claim.object}].push_back(i);
  }
  return out;
}

void ground_unique_event(int rule_index, const Rule& rule, const Dataset& dataset, std::vector<RuleInstance>& out) {
  auto groups = claims_by_pair(dataset, [&](const Claim& c) {
    return c.kind == ClaimKind::event && c.name == rule.event;
  });
  for (auto& [key, claims] : groups) {
    if (claims.size() < 2) continue;
    RuleInstance instance{rule_index, key.first, key.second, claims, {}};
    for (std::size_t k = 1; k < claims.size(); ++k) instance.constraints.push_back(same_days(claims[0], claims[k]));
    out.push_back(std::move(instance));
  }
}

void ground_single_value(int rule_index, const Rule& rule, const Dataset& dataset, std::vector<RuleInstance>& out) {
  auto groups = claims_by_pair(dataset, [&](const Claim& c) {
    return c.kind == ClaimKind::state && c.name == rule.state;
  });
  for (auto& [key, claims] : groups) {
    RuleInstance instance{rule_index, key.first, key.second, {}, {}};
    for (std::size_t i = 0; i < claims.size(); ++i) {
      for (std::size_t j = i + 1; j < claims.size(); ++j) {
        const Claim& a = dataset.claims[static_cast<std::size_t>(claims[i])];
        const Claim& b = dataset.claims[static_cast<std::size_t>(claims[j])];
        if (a.value.same_as(b.value)) continue;
        instance.constraints.push_back(disjoint(claims[i], claims[j]));
        instance.claims.push_back(claims[i]);
        instance.claims.push_back(claims[j]);
      }
    }
    if (instance.constraints.empty()) continue;
    std::sort(instance.claims.begin(), instance.claims.end());
    instance.claims.erase(std::unique(instance.claims.begin(), instance.claims.end()), instance.claims.end());
    out.push_back(std::move(instance));
  }
}

void ground_after_event(int rule_index, const Rule& rule, const Dataset& dataset, std::vector<RuleInstance>& out) {
  auto events = claims_by_pair(dataset, [&](const Claim& c) {
    return c.kind == ClaimKind::event && c.name == rule.event;
  });
  auto states = claims_by_pair(dataset, [&](const Claim& c) {
    return c.kind == ClaimKind::state && c.name == rule.state &&
           std::find(rule.allowed.begin(), rule.allowed.end(), c.value.text) == rule.allowed.end();
  });
  for (auto& [key, event_claims] : events) {
    auto forbidden = states.find(key);
    if (forbidden == states.end()) continue;
    RuleInstance instance{rule_index, key.first, key.second, {}, {}};
    for (int event : event_claims)
      for (int state : forbidden->second) instance.constraints.push_back(ends_by_start_of(state, event));
    instance.claims = event_claims;
    instance.claims.insert(instance.claims.end(), forbidden->second.begin(), forbidden->second.end());
    std::sort(instance.claims.begin(), instance.claims.end());
    out.push_back(std::move(instance));
  }
}

class UnionFind {
 public:
  explicit UnionFind(int n) : parent_(static_cast<std::size_t>(n)) { std::iota(parent_.begin(), parent_.end(), 0); }
  int find(int x) {
    while (parent_[static_cast<std::size_t>(x)] != x) {
      parent_[static_cast<std::size_t>(x)] = parent_[static_cast<std::size_t>(parent_[static_cast<std::size_t>(x)])];
      x = parent_[static_cast<std::size_t>(x)];
    }
    return x;
  }
  void unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a != b) parent_[static_cast<std::size_t>(std::max(a, b))] = std::min(a, b);
  }

 private:
  std::vector<int> parent_;
};

std::vector<Group> split_into_groups(const Dataset& dataset, const std::vector<RuleInstance>& instances) {
  int claim_count = static_cast<int>(dataset.claims.size());
  UnionFind sets(claim_count);
  for (const RuleInstance& instance : instances)
    for (int claim : instance.claims) sets.unite(instance.claims.front(), claim);
  // A claim dated relative to another shares its variables, so both are solved together.
  for (int claim = 0; claim < claim_count; ++claim)
    if (const auto& anchor = dataset.claims[static_cast<std::size_t>(claim)].time.anchor; anchor && anchor->claim >= 0)
      sets.unite(claim, anchor->claim);
  std::map<int, Group> by_root;
  for (int claim = 0; claim < claim_count; ++claim) by_root[sets.find(claim)].claims.push_back(claim);
  for (int i = 0; i < static_cast<int>(instances.size()); ++i)
    by_root[sets.find(instances[static_cast<std::size_t>(i)].claims.front())].instances.push_back(i);
  std::vector<Group> groups;
  for (auto& [root, group] : by_root) groups.push_back(std::move(group));
  return groups;
}

}  // namespace

namespace {

// "after X by D": this claim's first day − X's last day ∈ D; "before X by D": X's first − this last ∈ D.
void add_anchor(int claim, const TimeAnchor& anchor, std::vector<Difference>& out) {
  if (anchor.claim < 0) return;
  TimeVar later = anchor.after ? start_of(claim) : start_of(anchor.claim);
  TimeVar earlier = anchor.after ? end_of(anchor.claim) : end_of(claim);
  out.push_back({later, earlier, anchor.gap.max});
  out.push_back({earlier, later, -std::max<std::int64_t>(0, anchor.gap.min)});
}

}  // namespace

std::vector<Difference> claim_constraints(int claim, const ClaimTime& time) {
  std::vector<Difference> own = own_constraints(claim, time);
  if (time.anchor) add_anchor(claim, *time.anchor, own);
  return own;
}

std::vector<Difference> own_constraints(int claim, const ClaimTime& time) {
  TimeVar zero{};
  return {
      {start_of(claim), zero, time.start_window.latest},
      {zero, start_of(claim), -static_cast<std::int64_t>(time.start_window.earliest)},
      {end_of(claim), zero, time.end_window.latest},
      {zero, end_of(claim), -static_cast<std::int64_t>(time.end_window.earliest)},
      {end_of(claim), start_of(claim), time.length.max},
      {start_of(claim), end_of(claim), -std::max<std::int64_t>(0, time.length.min)},
  };
}

Grounding ground(const Dataset& dataset, const RuleSet& rules) {
  Grounding grounding;
  for (int r = 0; r < static_cast<int>(rules.rules.size()); ++r) {
    const Rule& rule = rules.rules[static_cast<std::size_t>(r)];
    switch (rule.kind) {
      case RuleKind::unique_event: ground_unique_event(r, rule, dataset, grounding.instances); break;
      case RuleKind::single_value: ground_single_value(r, rule, dataset, grounding.instances); break;
      case RuleKind::after_event: ground_after_event(r, rule, dataset, grounding.instances); break;
    }
  }
  grounding.groups = split_into_groups(dataset, grounding.instances);
  return grounding;
}

}  // namespace claimcheck
