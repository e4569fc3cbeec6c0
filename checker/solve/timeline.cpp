// Derived timeline: Z3's optimizer finds each claim's earliest and latest first and last day;
// where that is tighter than the claim alone, an unsat core over the other claims and rule
// instances (shrunk to a minimal one) says what narrowed it.
#include "solve/timeline.h"

#include <algorithm>
#include <set>
#include <string>

#include "solve/lowering.h"

namespace claimcheck {

namespace {

struct OutOfTime {};

enum class Goal { minimise, maximise };

class TimelineProblem {
 public:
  TimelineProblem(z3::context& ctx, const std::vector<int>& active, const Group& group, const Grounding& grounding,
                  const Dataset& dataset, long long deadline)
      : ctx_(ctx),
        lowering_(ctx, group, dataset, grounding),
        optimizer_(ctx),
        cores_(ctx, z3::solver::simple()),
        deadline_(deadline),
        active_(active),
        group_instances_(group.instances) {
    int symbol = 2 * static_cast<int>(group.claims.size());
    for (int claim : active) {
      optimizer_.add(lowering_.claim_time(claim));
      z3::expr literal = ctx.constant(ctx.int_symbol(symbol++), ctx.bool_sort());
      cores_.add(z3::implies(literal, lowering_.claim_time(claim)));
      literals_.push_back(literal);
    }
    for (int instance : group.instances) {
      z3::expr constraints = lowering_.instance(grounding.instances[static_cast<std::size_t>(instance)]);
      optimizer_.add(constraints);
      z3::expr literal = ctx.constant(ctx.int_symbol(symbol++), ctx.bool_sort());
      cores_.add(z3::implies(literal, constraints));
      literals_.push_back(literal);
    }
  }

  // Whether the claims left are consistent; a timeout, however Z3 words it, is OutOfTime.
  bool feasible() {
    limit_time(optimizer_);
    z3::check_result result = optimizer_.check();
    if (result == z3::unknown) throw_unknown();
    return result == z3::sat;
  }

  // The extreme value of a claim's first or last day.
  Day extreme(const z3::expr& day, Goal goal) {
    optimizer_.push();
    if (goal == Goal::minimise)
      optimizer_.minimize(day);
    else
      optimizer_.maximize(day);
    limit_time(optimizer_);
    z3::check_result result = optimizer_.check();
    if (result != z3::sat) throw_unknown();  // the claims were feasible: only a stop ends here
    Day value = static_cast<Day>(optimizer_.get_model().eval(day, true).get_numeral_int64());
    optimizer_.pop();
    return value;
  }

  // Positions (in active claims, then instances) of a minimal set that forbids `day` from
  // passing `bound` when `claim`'s own time holds.
  std::vector<std::size_t> why_bounded(int claim, const z3::expr& day, Day bound, Goal goal) {
    cores_.push();
    cores_.add(lowering_.claim_time(claim));
    cores_.add(goal == Goal::minimise ? day < ctx_.int_val(bound) : day > ctx_.int_val(bound));
    std::vector<std::size_t> kept;
    for (std::size_t k = 0; k < literals_.size(); ++k)
      if (k >= active_.size() || active_[k] != claim) kept.push_back(k);
    // Deletion: drop each literal the bound does not need.
    for (std::size_t i = 0; i < kept.size();) {
      std::vector<std::size_t> rest = kept;
      rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(i));
      if (check_unsat(rest))
        kept = std::move(rest);
      else
        ++i;
    }
    cores_.pop();
    return kept;
  }

  const Lowering& lowering() const { return lowering_; }
  std::size_t claim_count() const { return active_.size(); }
  int claim_at(std::size_t k) const { return active_[k]; }
  int instance_at(std::size_t k) const { return group_instances_[k - active_.size()]; }

 private:
  // The optimizer answered unknown. No resource limit is set, so "canceled" (all Z3 says when its
  // timer fires) or an answer at the deadline is the timeout; anything else is Z3's own reason.
  [[noreturn]] void throw_unknown() {
    std::string reason = Z3_optimize_get_reason_unknown(ctx_, optimizer_);
    if (reason == "canceled" || reason == "timeout" || remaining_ms(deadline_) == 0) throw OutOfTime{};
    throw z3::exception(reason.c_str());
  }

  template <typename Solver>
  void limit_time(Solver& solver) {
    unsigned left = remaining_ms(deadline_);
    if (left == 0) throw OutOfTime{};
    z3::params params(ctx_);
    params.set("timeout", left);
    solver.set(params);
  }

  bool check_unsat(const std::vector<std::size_t>& positions) {
    z3::expr_vector assumptions(ctx_);
    for (std::size_t k : positions) assumptions.push_back(literals_[k]);
    limit_time(cores_);
    z3::check_result result = cores_.check(assumptions);
    if (result == z3::unknown) throw OutOfTime{};
    return result == z3::unsat;
  }

  z3::context& ctx_;
  Lowering lowering_;
  z3::optimize optimizer_;
  z3::solver cores_;
  long long deadline_;
  std::vector<int> active_;
  std::vector<int> group_instances_;
  std::vector<z3::expr> literals_;  // active claims, then the group's instances
};

void explain_narrowing(TimelineProblem& problem, const z3::expr& day, Day own, Day derived, Goal goal,
                       ClaimBounds& bounds, std::set<int>& claims, std::set<int>& instances) {
  if (own == derived) return;
  bounds.narrowed = true;
  for (std::size_t k : problem.why_bounded(bounds.claim, day, derived, goal)) {
    if (k < problem.claim_count())
      claims.insert(problem.claim_at(k));
    else
      instances.insert(problem.instance_at(k));
  }
}

ClaimBounds derive_one(TimelineProblem& problem, int claim, const ClaimTime& time) {
  ClaimBounds own = own_bounds(claim, time);
  ClaimBounds bounds{claim, {}, {}, false, {}, {}};
  z3::expr start = problem.lowering().start(claim);
  z3::expr end = problem.lowering().end(claim);
  bounds.start = {problem.extreme(start, Goal::minimise), problem.extreme(start, Goal::maximise)};
  bounds.end = {problem.extreme(end, Goal::minimise), problem.extreme(end, Goal::maximise)};
  std::set<int> claims, instances;
  explain_narrowing(problem, start, own.start.earliest, bounds.start.earliest, Goal::minimise, bounds, claims,
                    instances);
  explain_narrowing(problem, start, own.start.latest, bounds.start.latest, Goal::maximise, bounds, claims, instances);
  explain_narrowing(problem, end, own.end.earliest, bounds.end.earliest, Goal::minimise, bounds, claims, instances);
  explain_narrowing(problem, end, own.end.latest, bounds.end.latest, Goal::maximise, bounds, claims, instances);
  bounds.narrowing_claims.assign(claims.begin(), claims.end());
  bounds.narrowing_instances.assign(instances.begin(), instances.end());
  return bounds;
}

}  // namespace

ClaimBounds own_bounds(int claim, const ClaimTime& time) {
  const DayWindow& s = time.start_window;
  const DayWindow& e = time.end_window;
  auto lo = [](std::int64_t a, std::int64_t b) { return static_cast<Day>(std::min(a, b)); };
  auto hi = [](std::int64_t a, std::int64_t b) { return static_cast<Day>(std::max(a, b)); };
  std::int64_t min_length = std::max<std::int64_t>(0, time.length.min);
  ClaimBounds out;
  out.claim = claim;
  out.start = {hi(s.earliest, e.earliest - time.length.max), lo(s.latest, e.latest - min_length)};
  out.end = {hi(e.earliest, s.earliest + min_length), lo(e.latest, s.latest + time.length.max)};
  return out;
}

struct TimelineSolver::Impl {
  int timeout_ms = 10000;
  z3::context ctx;
};

TimelineSolver::TimelineSolver(int timeout_ms) : impl_(std::make_unique<Impl>()) {
  impl_->timeout_ms = timeout_ms;
}
TimelineSolver::~TimelineSolver() = default;

TimelineSearch TimelineSolver::derive(const Group& group, const std::vector<int>& dropped, const Grounding& grounding,
                                      const Dataset& dataset) {
  const int timeout_ms = impl_->timeout_ms;
  TimelineSearch search;
  std::vector<int> active;
  for (int claim : group.claims)
    if (std::find(dropped.begin(), dropped.end(), claim) == dropped.end()) active.push_back(claim);
  if (group.instances.empty()) {  // nothing relates the claims: each is what it says
    for (int claim : active)
      search.bounds.push_back(own_bounds(claim, dataset.claims[static_cast<std::size_t>(claim)].time));
    return search;
  }
  try {
    TimelineProblem problem(impl_->ctx, active, group, grounding, dataset, deadline_after(timeout_ms));
    if (!problem.feasible()) {
      search.unknown_reason = "the claims conflict";
      return search;
    }
    for (int claim : active)
      search.bounds.push_back(derive_one(problem, claim, dataset.claims[static_cast<std::size_t>(claim)].time));
  } catch (const OutOfTime&) {
    search.bounds.clear();
    search.unknown_reason = "timeout after " + std::to_string(timeout_ms) + " ms";
  } catch (const z3::exception& e) {
    search.bounds.clear();
    search.unknown_reason = std::string("solver error: ") + e.msg();
  }
  return search;
}

}  // namespace claimcheck
