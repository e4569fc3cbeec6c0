// Lowering: claim windows and rule instances → Z3 integer difference constraints.
#include "solve/lowering.h"

#include <chrono>

namespace claimcheck {

Lowering::Lowering(z3::context& ctx, const Group& group, const Dataset& dataset) : ctx_(ctx), dataset_(dataset) {
  int symbol = 0;
  for (int claim : group.claims) {
    local_[claim] = static_cast<int>(starts_.size());
    starts_.push_back(ctx.constant(ctx.int_symbol(symbol++), ctx.int_sort()));
    ends_.push_back(ctx.constant(ctx.int_symbol(symbol++), ctx.int_sort()));
  }
  // Named, so that callers numbering their own symbols after the claims' never collide with them.
  for (int source : publication_sources(group.claims, dataset))
    published_.emplace(source, ctx.int_const(("published:" + std::to_string(source)).c_str()));
}

z3::expr Lowering::var(const TimeVar& v) const {
  if (v.published >= 0) return published_.at(v.published);
  if (v.claim < 0) return ctx_.int_val(0);
  return v.endpoint == Endpoint::start ? start(v.claim) : end(v.claim);
}

z3::expr Lowering::difference(const Difference& d) const {
  return var(d.a) - var(d.b) <= ctx_.int_val(static_cast<int64_t>(d.bound));
}

z3::expr Lowering::constraint(const Constraint& c) const {
  z3::expr_vector options(ctx_);
  for (const auto& conjunction : c.any_of) {
    z3::expr_vector parts(ctx_);
    for (const Difference& d : conjunction) parts.push_back(difference(d));
    options.push_back(z3::mk_and(parts));
  }
  return z3::mk_or(options);
}

z3::expr Lowering::claim_time(int claim) const {
  z3::expr_vector parts(ctx_);
  const Claim& data = dataset_.claims[static_cast<std::size_t>(claim)];
  for (const Difference& d : claim_constraints(claim, data.time)) parts.push_back(difference(d));
  if (std::optional<Constraint> link = publication_link(claim, data)) parts.push_back(constraint(*link));
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

long long deadline_after(int timeout_ms) { return now_ms() + timeout_ms; }

unsigned remaining_ms(long long deadline_ms) {
  long long left = deadline_ms - now_ms();
  return left > 0 ? static_cast<unsigned>(left) : 0;
}

}  // namespace claimcheck
