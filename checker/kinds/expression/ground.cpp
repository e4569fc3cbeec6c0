// expression: the rule's `assert` (linear atoms in disjunctive normal form) over every
// combination of distinct claims bound to its names that share the match key.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <utility>

#include "ground/kinds.h"

namespace claimcheck::kinds::expression {

namespace {

using Combination = std::vector<int>;  // a claim per binding

TimeVar day_of(const FormulaTerm& term, const Combination& claims) {
  int claim = claims[static_cast<std::size_t>(term.binding)];
  return term.kind == FormulaTerm::Kind::start ? start_of(claim) : end_of(claim);
}

// Σ ±day ≤ k over at most two days with opposite unit coefficients is a difference constraint,
// which keeps such a rule in difference logic (and the pre-check). Days are whole, so T < k is
// T ≤ k − 1.
bool as_differences(const FormulaAtom& atom, const Combination& claims, std::vector<Difference>& out) {
  TimeVar plus{}, minus{};
  int pluses = 0, minuses = 0;
  for (const FormulaTerm& term : atom.terms) {
    if (term.kind == FormulaTerm::Kind::value) return false;
    if (term.coefficient == 1 && pluses++ == 0)
      plus = day_of(term, claims);
    else if (term.coefficient == -1 && minuses++ == 0)
      minus = day_of(term, claims);
    else
      return false;
  }
  if (pluses > 1 || minuses > 1) return false;
  std::int64_t bound = atom.constant;
  if (atom.op == FormulaAtom::Op::less && bound == INT64_MIN) return false;
  if (atom.op == FormulaAtom::Op::less) --bound;
  out.push_back({plus, minus, bound});
  if (atom.op == FormulaAtom::Op::equal) {
    if (bound == INT64_MIN) return false;
    out.push_back({minus, plus, -bound});
  }
  return true;
}

LinearAtom as_linear(const FormulaAtom& atom, const Combination& claims) {
  LinearAtom out;
  for (const FormulaTerm& term : atom.terms) {
    LinearTerm t;
    t.coefficient = term.coefficient;
    if (term.kind == FormulaTerm::Kind::value) {
      t.kind = LinearTerm::Kind::value;
      t.claim = claims[static_cast<std::size_t>(term.binding)];
    } else {
      t.kind = LinearTerm::Kind::day;
      t.day = day_of(term, claims);
    }
    out.terms.push_back(std::move(t));
  }
  out.comparison = atom.op == FormulaAtom::Op::less         ? Comparison::less
                   : atom.op == FormulaAtom::Op::less_equal ? Comparison::less_equal
                                                            : Comparison::equal;
  out.constant = atom.constant;
  return out;
}

// The assertion for one combination; it binds only while all its claims are assumed.
Constraint instantiate(const Rule& rule, const Combination& claims) {
  Constraint c;
  c.about = claims;
  for (const auto& conjunction : rule.formula_options) {
    std::vector<Difference> differences;
    std::vector<LinearAtom> linear;
    for (const FormulaAtom& atom : conjunction) {
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

// The solver terms one combination's assertion makes, as estimated_solver_terms counts them.
std::size_t terms_per_combination(const Rule& rule) {
  std::size_t terms = 1 + rule.bindings.size();
  for (const auto& conjunction : rule.formula_options)
    for (const FormulaAtom& atom : conjunction) terms += atom.terms.size();
  return terms;
}

// Bindings whose stated number the assertion reads: their claims must state a number.
std::vector<bool> reads_value(const Rule& rule) {
  std::vector<bool> out(rule.bindings.size(), false);
  for (const auto& conjunction : rule.formula_options)
    for (const FormulaAtom& atom : conjunction)
      for (const FormulaTerm& term : atom.terms)
        if (term.kind == FormulaTerm::Kind::value) out[static_cast<std::size_t>(term.binding)] = true;
  return out;
}

// --- which combinations need their assertion ---
//
// An assertion that every choice of days inside its claims' windows and every number inside
// their ranges satisfies binds nothing: the claims' own constraints (asserted wherever they are
// assumed, and the assertion binds only while they all are) already imply it. Such a combination
// is not instantiated. Bounds are taken term by term over each claim's windows and range, which
// only over-approximates what a combination can reach, so an assertion is skipped only when it
// surely holds; one that may fail, or that nothing can satisfy, is kept.

// The largest and smallest a sum of terms may be. Days and integral numbers below 2^53 add up
// exactly in a long double of 64 digits; otherwise `exact` is false and comparisons keep a
// margin for rounding.
struct Bounds {
  long double high = 0, low = 0;
  bool exact = true;
};

constexpr bool kExactLongDouble = std::numeric_limits<long double>::digits >= 64;
constexpr long double kExactLimit = 9007199254740992.0L;  // 2^53

bool exact_number(long double x) {
  return kExactLongDouble && std::isfinite(x) && std::fabs(x) < kExactLimit && x == std::floor(x);
}

// Adds coefficient × (something in [low, high]) to `into`.
void add_term(Bounds& into, std::int64_t coefficient, long double low, long double high) {
  auto c = static_cast<long double>(coefficient);
  into.exact = into.exact && exact_number(low) && exact_number(high) && std::fabs(c) < 1024;
  long double a = c * low, b = c * high;  // ±inf × 0 cannot happen: coefficients are nonzero
  into.high += std::max(a, b);
  into.low += std::min(a, b);
}

void add_term(Bounds& into, const FormulaTerm& term, const Claim& claim) {
  const ClaimTime& time = claim.time;
  switch (term.kind) {
    case FormulaTerm::Kind::start:
      add_term(into, term.coefficient, time.start_window.earliest, time.start_window.latest);
      break;
    case FormulaTerm::Kind::end:
      add_term(into, term.coefficient, time.end_window.earliest, time.end_window.latest);
      break;
    case FormulaTerm::Kind::value: {
      const auto& range = claim.value.range;
      long double infinity = std::numeric_limits<long double>::infinity();
      add_term(into, term.coefficient, range ? range->low : -infinity, range ? range->high : infinity);
      break;
    }
  }
}

// The sum of `atom`'s terms of binding `binding` (all bindings when -1) for these claims.
template <typename ClaimOf>
Bounds bounds_of(const FormulaAtom& atom, int binding, ClaimOf claim_of) {
  Bounds out;
  for (const FormulaTerm& term : atom.terms)
    if (binding < 0 || term.binding == binding) add_term(out, term, claim_of(term.binding));
  return out;
}

// Every value in `sum` satisfies `sum op constant`.
bool surely_holds(const Bounds& sum, FormulaAtom::Op op, std::int64_t constant) {
  auto k = static_cast<long double>(constant);
  if (!std::isfinite(sum.high) || !std::isfinite(sum.low)) return false;
  long double margin = sum.exact ? 0 : 1e-9L * (1 + std::fabs(sum.high) + std::fabs(sum.low) + std::fabs(k));
  switch (op) {
    case FormulaAtom::Op::less:
      return sum.high + margin < k;
    case FormulaAtom::Op::less_equal:
      return sum.high + margin <= k;
    case FormulaAtom::Op::equal:
      return sum.exact && sum.high == k && sum.low == k;
  }
  return false;
}

// Some alternative of the assertion surely holds for this combination.
bool surely_satisfied(const Rule& rule, const ClaimTable& table, const Combination& claims) {
  auto claim_of = [&](int binding) -> const Claim& {
    return claim_at(table, claims[static_cast<std::size_t>(binding)]);
  };
  for (const auto& conjunction : rule.formula_options) {
    bool all = true;
    for (const FormulaAtom& atom : conjunction)
      if (!(all = surely_holds(bounds_of(atom, -1, claim_of), atom.op, atom.constant))) break;
    if (all) return true;
  }
  return false;
}

// Every combination of distinct claims, one from each binding's list, in binding order, whose
// assertion may fail.
// Returns false once the combinations are over the budget (then `out` is incomplete).
bool combine(const GroundInput& input, const std::vector<const std::vector<int>*>& lists, Combination& current,
             std::vector<Combination>& out) {
  if (current.size() == lists.size()) {
    if (!surely_satisfied(input.rule, input.claims, current)) out.push_back(current);
    return !input.over_budget(out.size() * terms_per_combination(input.rule));
  }
  for (int claim : *lists[current.size()]) {
    if (std::find(current.begin(), current.end(), claim) != current.end()) continue;
    current.push_back(claim);
    bool within = combine(input, lists, current, out);
    current.pop_back();
    if (!within) return false;
  }
  return true;
}

// --- two bindings: a sweep instead of every pair ---
//
// An alternative of one atom `f(x) + g(y) op k` surely holds when high(f(x)) + high(g(y)) op k,
// so a pair needs its assertion only if, for each such alternative, high(f(x)) ≥ k − high(g(y)):
// a threshold on a number of x alone. With two such alternatives the pairs that pass both are
// found by sorting on one threshold and keeping x ordered by the other (a sweep); with one, by
// sorting; with none, every pair is looked at (in time, never in memory). The candidates are a
// superset (a margin for rounding); surely_satisfied decides each one.

constexpr long double kInfinity = std::numeric_limits<long double>::infinity();

// An alternative that is one `≤` or `<` atom: the x side's high and the y side's threshold.
struct Threshold {
  std::vector<long double> x_high;   // per position in the x list
  std::vector<long double> y_floor;  // per position in the y list: x passes when x_high ≥ it
};

Threshold threshold_of(const FormulaAtom& atom, const ClaimTable& table, const std::vector<int>& xs,
                       const std::vector<int>& ys) {
  Threshold out;
  for (int x : xs)
    out.x_high.push_back(bounds_of(atom, 0, [&](int) -> const Claim& { return claim_at(table, x); }).high);
  auto k = static_cast<long double>(atom.constant);
  for (int y : ys) {
    long double y_high = bounds_of(atom, 1, [&](int) -> const Claim& { return claim_at(table, y); }).high;
    if (!std::isfinite(y_high)) {
      out.y_floor.push_back(-kInfinity);
      continue;
    }
    long double margin = 1e-9L * (1 + std::fabs(k) + std::fabs(y_high));
    out.y_floor.push_back(k - y_high - margin);
  }
  return out;
}

std::vector<Threshold> thresholds_of(const Rule& rule, const ClaimTable& table, const std::vector<int>& xs,
                                     const std::vector<int>& ys) {
  std::vector<Threshold> out;
  for (const auto& conjunction : rule.formula_options) {
    if (conjunction.size() != 1 || conjunction.front().op == FormulaAtom::Op::equal) continue;
    out.push_back(threshold_of(conjunction.front(), table, xs, ys));
    if (out.size() == 2) break;
  }
  return out;
}

// Positions 0..n-1 ordered by `key`, largest first.
std::vector<std::size_t> largest_first(const std::vector<long double>& key) {
  std::vector<std::size_t> order(key.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key[a] > key[b]; });
  return order;
}

// Calls visit(px, py) for every pair that passes every threshold (at most two are used).
template <typename Visit>
void for_each_candidate(const std::vector<Threshold>& thresholds, std::size_t x_count, std::size_t y_count,
                        Visit visit) {
  if (thresholds.empty()) {
    for (std::size_t px = 0; px < x_count; ++px)
      for (std::size_t py = 0; py < y_count; ++py) visit(px, py);
    return;
  }
  const Threshold& first = thresholds.front();
  std::vector<std::size_t> xs = largest_first(first.x_high);
  // y's from the highest floor down, so the x's passing the first threshold only ever join.
  std::vector<std::size_t> ys = largest_first(first.y_floor);
  std::multimap<long double, std::size_t> passing;  // those x's, by their high in the second
  std::size_t next_x = 0;
  for (std::size_t py : ys) {
    while (next_x < xs.size() && first.x_high[xs[next_x]] >= first.y_floor[py]) {
      std::size_t px = xs[next_x++];
      passing.emplace(thresholds.size() > 1 ? thresholds[1].x_high[px] : 0.0L, px);
    }
    auto from = thresholds.size() > 1 ? passing.lower_bound(thresholds[1].y_floor[py]) : passing.begin();
    for (auto at = from; at != passing.end(); ++at) visit(at->second, py);
  }
}

// Returns false once the pairs are over the budget (then `out` is incomplete).
bool combine_pairs(const GroundInput& input, const std::vector<int>& xs, const std::vector<int>& ys,
                   std::vector<Combination>& out) {
  std::vector<Threshold> thresholds = thresholds_of(input.rule, input.claims, xs, ys);
  std::vector<std::pair<std::size_t, std::size_t>> kept;
  Combination pair(2);
  std::size_t per = terms_per_combination(input.rule);
  bool within = true;
  for_each_candidate(thresholds, xs.size(), ys.size(), [&](std::size_t px, std::size_t py) {
    if (xs[px] == ys[py] || !within) return;
    pair = {xs[px], ys[py]};
    if (!surely_satisfied(input.rule, input.claims, pair)) kept.emplace_back(px, py);
    within = !input.over_budget(kept.size() * per);
  });
  std::sort(kept.begin(), kept.end());  // the order a loop over x, then y, gives
  for (auto [px, py] : kept) out.push_back({xs[px], ys[py]});
  return within;
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
    bool within = lists.size() == 2 ? combine_pairs(input, *lists[0], *lists[1], combinations)
                                    : combine(input, lists, current, combinations);
    RuleInstance instance = instance_for(input.rule_index, key);
    if (!within) {
      std::vector<int> claims;
      for (const std::vector<int>* list : lists) claims.insert(claims.end(), list->begin(), list->end());
      leave_unbuilt(instance, combinations.size() * terms_per_combination(rule), claims);
      if (finish_instance(instance)) out.push_back(std::move(instance));
      continue;
    }
    for (const Combination& claims : combinations) {
      instance.constraints.push_back(instantiate(rule, claims));
      instance.claims.insert(instance.claims.end(), claims.begin(), claims.end());
    }
    if (finish_instance(instance)) out.push_back(std::move(instance));
  }
}

const KindGrounding grounding{.ground = ground_expression};

}  // namespace claimcheck::kinds::expression
