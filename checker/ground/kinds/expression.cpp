// expression: the rule's `assert` (linear atoms in disjunctive normal form) over every
// combination of distinct claims bound to its names that share the match key.
#include <algorithm>
#include <cstdint>

#include "ground/kinds/kinds.h"

namespace claimcheck {

namespace {

using Combination = std::vector<int>;  // a claim per binding

TimeVar day_of(const ExpressionTerm& term, const Combination& claims) {
  int claim = claims[static_cast<std::size_t>(term.binding)];
  return term.kind == ExpressionTerm::Kind::start ? start_of(claim) : end_of(claim);
}

// Σ ±day ≤ k over at most two days with opposite unit coefficients is a difference constraint,
// which keeps such a rule in difference logic (and the pre-check). Days are whole, so T < k is
// T ≤ k − 1.
bool as_differences(const ExpressionAtom& atom, const Combination& claims, std::vector<Difference>& out) {
  TimeVar plus{}, minus{};
  int pluses = 0, minuses = 0;
  for (const ExpressionTerm& term : atom.terms) {
    if (term.kind == ExpressionTerm::Kind::value) return false;
    if (term.coefficient == 1 && pluses++ == 0)
      plus = day_of(term, claims);
    else if (term.coefficient == -1 && minuses++ == 0)
      minus = day_of(term, claims);
    else
      return false;
  }
  if (pluses > 1 || minuses > 1) return false;
  std::int64_t bound = atom.constant;
  if (atom.op == ExpressionAtom::Op::less && bound == INT64_MIN) return false;
  if (atom.op == ExpressionAtom::Op::less) --bound;
  out.push_back({plus, minus, bound});
  if (atom.op == ExpressionAtom::Op::equal) {
    if (bound == INT64_MIN) return false;
    out.push_back({minus, plus, -bound});
  }
  return true;
}

LinearAtom as_linear(const ExpressionAtom& atom, const Combination& claims) {
  LinearAtom out;
  for (const ExpressionTerm& term : atom.terms) {
    LinearTerm t;
    t.coefficient = term.coefficient;
    if (term.kind == ExpressionTerm::Kind::value) {
      t.kind = LinearTerm::Kind::value;
      t.claim = claims[static_cast<std::size_t>(term.binding)];
    } else {
      t.kind = LinearTerm::Kind::day;
      t.day = day_of(term, claims);
    }
    out.terms.push_back(std::move(t));
  }
  out.comparison = atom.op == ExpressionAtom::Op::less         ? Comparison::less
                   : atom.op == ExpressionAtom::Op::less_equal ? Comparison::less_equal
                                                               : Comparison::equal;
  out.constant = atom.constant;
  return out;
}

// The assertion for one combination; it binds only while all its claims are assumed.
Constraint instantiate(const Rule& rule, const Combination& claims) {
  Constraint c;
  c.about = claims;
  for (const auto& conjunction : rule.expression_options) {
    std::vector<Difference> differences;
    std::vector<LinearAtom> linear;
    for (const ExpressionAtom& atom : conjunction) {
      std::vector<Difference> these;
      if (as_differences(atom, claims, these))
        differences.insert(differences.end(), these.begin(), these.end());
      else
        linear.push_back(as_linear(atom, claims));
    }
    c.any_of.push_back(std::move(differences));
    c.linear.push_back(std::move(linear));
  }
  return c;
}

// Bindings whose stated number the assertion reads: their claims must state a number.
std::vector<bool> reads_value(const Rule& rule) {
  std::vector<bool> out(rule.bindings.size(), false);
  for (const auto& conjunction : rule.expression_options)
    for (const ExpressionAtom& atom : conjunction)
      for (const ExpressionTerm& term : atom.terms)
        if (term.kind == ExpressionTerm::Kind::value) out[static_cast<std::size_t>(term.binding)] = true;
  return out;
}

// Every combination of distinct claims, one from each binding's list, in binding order.
void combine(const std::vector<const std::vector<int>*>& lists, Combination& current,
             std::vector<Combination>& out) {
  if (current.size() == lists.size()) {
    out.push_back(current);
    return;
  }
  for (int claim : *lists[current.size()]) {
    if (std::find(current.begin(), current.end(), claim) != current.end()) continue;
    current.push_back(claim);
    combine(lists, current, out);
    current.pop_back();
  }
}

}  // namespace

void ground_expression(const GroundInput& input, std::vector<RuleInstance>& out) {
  const Rule& rule = input.rule;
  std::vector<bool> numeric = reads_value(rule);
  std::vector<ClaimsByKey> bound;
  for (std::size_t b = 0; b < rule.bindings.size(); ++b)
    bound.push_back(claims_by_key(input, input.claims.named_by(rule.bindings[b].selector), [&](const Claim& c) {
      return selects(rule.bindings[b].selector, c) && (!numeric[b] || c.value.range.has_value());
    }));
  if (bound.empty()) return;
  for (const auto& [key, first_claims] : bound.front()) {
    std::vector<const std::vector<int>*> lists;
    for (const auto& by_key : bound) {
      auto found = by_key.find(key);
      if (found == by_key.end()) break;
      lists.push_back(&found->second);
    }
    if (lists.size() != bound.size()) continue;
    std::vector<Combination> combinations;
    Combination current;
    combine(lists, current, combinations);
    RuleInstance instance = instance_for(input.rule_index, key);
    for (const Combination& claims : combinations) {
      instance.constraints.push_back(instantiate(rule, claims));
      instance.claims.insert(instance.claims.end(), claims.begin(), claims.end());
    }
    if (finish_instance(instance)) out.push_back(std::move(instance));
  }
}

}  // namespace claimcheck
