// Lowering: claim windows, numbers and rule instances → Z3 integer and real constraints.
#include "solve/lowering.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>

#include "solve/model_check.h"

namespace claimcheck {

namespace {

// Real variables for stated numbers get names apart from the day and literal symbols (small
// integers) and the MARCO seeds (1,000,000 + c); names are reused per group, which Z3 needs to
// avoid leaking.
constexpr int kValueSymbolBase = 2'000'000;
// Common events' days likewise, numbered within the group: a name must not depend on what else
// the dataset holds, since Z3's search (and so which conflicts a cut lists) follows its names.
constexpr int kCommonSymbolBase = 3'000'000;
// Instants likewise (two per claim of the group that has them).
constexpr int kInstantSymbolBase = 4'000'000;

// A double as an exact Z3 real: the decimal text the model check reads it as too.
z3::expr real_of(z3::context& ctx, double x) {
  return ctx.real_val(decimal_text(x).c_str());
}

}  // namespace

Lowering::Lowering(z3::context& ctx, const Group& group, const Dataset& dataset, const Grounding& grounding)
    : ctx_(ctx), dataset_(dataset), definitions_(ctx) {
  int symbol = 0;
  for (int claim : group.claims) {
    local_[claim] = static_cast<int>(starts_.size());
    values_.push_back(
        ctx.constant(ctx.int_symbol(kValueSymbolBase + static_cast<int>(starts_.size())), ctx.real_sort()));
    starts_.push_back(ctx.constant(ctx.int_symbol(symbol++), ctx.int_sort()));
    ends_.push_back(ctx.constant(ctx.int_symbol(symbol++), ctx.int_sort()));
  }
  // Named, so that callers numbering their own symbols after the claims' never collide with them.
  for (int source : publication_sources(group.claims, dataset))
    published_.emplace(source, ctx.int_const(("published:" + std::to_string(source)).c_str()));
  int common_symbol = kCommonSymbolBase;
  for (int event : common_events_of(group, grounding)) {
    z3::expr first = ctx.constant(ctx.int_symbol(common_symbol++), ctx.int_sort());
    z3::expr last = ctx.constant(ctx.int_symbol(common_symbol++), ctx.int_sort());
    common_.emplace(event, std::make_pair(first, last));
  }
  int instant_symbol = kInstantSymbolBase;
  for (int claim : claims_with_instants(group, grounding)) {
    z3::expr start = ctx.constant(ctx.int_symbol(instant_symbol++), ctx.int_sort());
    z3::expr end = ctx.constant(ctx.int_symbol(instant_symbol++), ctx.int_sort());
    instants_.emplace(claim, std::make_pair(start, end));
  }
}

std::optional<z3::expr> Lowering::instant(int claim, Endpoint endpoint) const {
  auto found = instants_.find(claim);
  if (found == instants_.end()) return std::nullopt;
  return endpoint == Endpoint::start ? found->second.first : found->second.second;
}

z3::expr Lowering::common_event_day(int event, Endpoint endpoint) const {
  const auto& days = common_.at(event);
  return endpoint == Endpoint::start ? days.first : days.second;
}

z3::expr Lowering::var(const TimeVar& v) const {
  if (v.published >= 0) return published_.at(v.published);
  if (v.common >= 0) return common_event_day(v.common, v.endpoint);
  if (v.claim < 0) return ctx_.int_val(0);
  if (v.instant) return *instant(v.claim, v.endpoint);  // every instant a constraint reads has one
  return v.endpoint == Endpoint::start ? start(v.claim) : end(v.claim);
}

z3::expr Lowering::difference(const Difference& d) const {
  return var(d.a) - var(d.b) <= ctx_.int_val(static_cast<int64_t>(d.bound));
}

// Only a claim that is true holds on a day: one left out of a seed may be true or not, and when
// true its own time binds (claim_time under its literal), so it never counts on a day its time
// cannot reach.
z3::expr Lowering::holds_on(int claim, const z3::expr& day) const {
  return assumed({claim}) && start(claim) <= day && day <= end(claim);
}

// A fresh 0/1 variable for "some holder holds on the term's day", defined beside the sum
// (definitions_) rather than inside it: Z3's rewriter took seconds over a sum of ten thousand
// if-then-else terms inside Z3_solver_assert, where no deadline reaches.
z3::expr Lowering::indicator(const LinearTerm& t) const {
  z3::expr day = var(t.day) + ctx_.int_val(static_cast<int64_t>(t.day_offset));
  z3::expr_vector any(ctx_);
  for (int holder : t.holders) any.push_back(holds_on(holder, day));
  z3::expr flag(ctx_, Z3_mk_fresh_const(ctx_, "holds", ctx_.real_sort()));
  definitions_.push_back(flag == z3::ite(z3::mk_or(any), ctx_.real_val(1), ctx_.real_val(0)));
  return flag;
}

z3::expr Lowering::term(const LinearTerm& t) const {
  z3::expr coefficient = ctx_.real_val(static_cast<int64_t>(t.coefficient));
  switch (t.kind) {
    case LinearTerm::Kind::day:
      return coefficient * z3::to_real(var(t.day));
    case LinearTerm::Kind::value:
      return coefficient * value(t.claim);
    case LinearTerm::Kind::holds:
      return coefficient * indicator(t);
  }
  return ctx_.real_val(0);
}

namespace {

z3::expr compare(const z3::expr& sum, Comparison comparison, const z3::expr& constant) {
  switch (comparison) {
    case Comparison::less:
      return sum < constant;
    case Comparison::less_equal:
      return sum <= constant;
    case Comparison::equal:
      return sum == constant;
  }
  return sum <= constant;
}

}  // namespace

// With "holds" terms, the atom also states what it implies with each of them at the end of its
// 0..1 range that favours the atom: a count of n holders is then at most n, and 1001 against
// 1000 holders fails in arithmetic alone, where Z3 would otherwise split on every holder's
// indicator (a count the holders cannot reach took past any timeout at 1,000 holders).
// Sums are built flat (one n-ary addition): a chain of binary ones over a count's thousands of
// holders made Z3 spend seconds flattening it again inside Z3_solver_assert, where no deadline reaches.
z3::expr Lowering::linear(const LinearAtom& atom) const {
  z3::expr_vector all(ctx_), others(ctx_);
  std::int64_t lowest = 0, highest = 0;  // of the holds terms together
  bool counts = false;
  for (const LinearTerm& t : atom.terms) {
    all.push_back(term(t));
    if (t.kind != LinearTerm::Kind::holds) {
      others.push_back(all.back());
      continue;
    }
    counts = true;
    (t.coefficient < 0 ? lowest : highest) += t.coefficient;
  }
  z3::expr sum = all.empty() ? ctx_.real_val(0) : z3::sum(all);
  z3::expr rest = others.empty() ? ctx_.real_val(0) : z3::sum(others);
  z3::expr constant = ctx_.real_val(static_cast<int64_t>(atom.constant));
  z3::expr exact = compare(sum, atom.comparison, constant);
  if (!counts) return exact;
  exact = exact && z3::mk_and(definitions_);
  definitions_.resize(0);
  z3::expr at_lowest = rest + ctx_.real_val(static_cast<int64_t>(lowest));
  z3::expr at_highest = rest + ctx_.real_val(static_cast<int64_t>(highest));
  z3::expr implied = atom.comparison == Comparison::equal ? at_lowest <= constant && at_highest >= constant
                                                          : compare(at_lowest, atom.comparison, constant);
  return exact && implied;
}

// All of `claims` assumed (true when claims are not tracked).
z3::expr Lowering::assumed(const std::vector<int>& claims) const {
  z3::expr_vector parts(ctx_);
  if (!literals_.empty())
    for (int claim : claims) parts.push_back(literals_.at(local(claim)));
  return z3::mk_and(parts);
}

z3::expr Lowering::option(const Constraint& c, std::size_t i) const {
  z3::expr_vector parts(ctx_);
  for (const Difference& d : c.any_of[i]) parts.push_back(difference(d));
  if (i < c.linear.size())
    for (const LinearAtom& atom : c.linear[i]) parts.push_back(linear(atom));
  if (i < c.option_needs.size()) parts.push_back(assumed(c.option_needs[i]));
  return z3::mk_and(parts);
}

z3::expr Lowering::constraint(const Constraint& c) const {
  z3::expr_vector options(ctx_);
  for (std::size_t i = 0; i < c.any_of.size(); ++i) options.push_back(option(c, i));
  return z3::implies(assumed(c.about), z3::mk_or(options));
}

// "about 8,000" is 7,200..8,800; infinite bounds ("more than 40") leave that side open.
z3::expr Lowering::value_range(int claim) const {
  const auto& range = dataset_.claims[static_cast<std::size_t>(claim)].value.range;
  z3::expr_vector parts(ctx_);
  if (range) {
    z3::expr v = value(claim);
    if (std::isfinite(range->low))
      parts.push_back(range->low_open ? v > real_of(ctx_, range->low) : v >= real_of(ctx_, range->low));
    if (std::isfinite(range->high))
      parts.push_back(range->high_open ? v < real_of(ctx_, range->high) : v <= real_of(ctx_, range->high));
  }
  return z3::mk_and(parts);
}

z3::expr Lowering::claim_time(int claim) const {
  z3::expr_vector parts(ctx_);
  const Claim& data = dataset_.claims[static_cast<std::size_t>(claim)];
  for (const Difference& d : own_constraints(claim, data.time)) parts.push_back(difference(d));
  if (std::optional<Constraint> link = anchor_link(claim, data.time)) parts.push_back(constraint(*link));
  if (std::optional<Constraint> link = publication_link(claim, data)) parts.push_back(constraint(*link));
  parts.push_back(value_range(claim));
  if (auto start_instant = instant(claim, Endpoint::start)) {
    z3::expr ticks = ctx_.int_val(static_cast<int64_t>(kTicksPerDay));
    z3::expr start_offset = *start_instant - ticks * start(claim);
    z3::expr end_offset = *instant(claim, Endpoint::end) - ticks * end(claim);
    parts.push_back(start_offset >= 0 && start_offset <= ticks - 1);
    parts.push_back(end_offset >= 1 && end_offset <= ticks);
  }
  return z3::mk_and(parts);
}

z3::expr Lowering::instance(const RuleInstance& instance) const {
  z3::expr_vector parts(ctx_);
  for (const Constraint& c : instance.constraints) parts.push_back(constraint(c));
  return z3::mk_and(parts);
}

namespace {
long long now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}
}  // namespace

long long deadline_after(int timeout_ms) {
  return now_ms() + timeout_ms;
}

unsigned remaining_ms(long long deadline_ms) {
  long long left = deadline_ms - now_ms();
  return left > 0 ? static_cast<unsigned>(left) : 0;
}

}  // namespace claimcheck
