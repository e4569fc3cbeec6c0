// Repairs: Z3's optimizer keeps as much claim weight as it can (a soft constraint per claim);
// the claims it drops form a minimal correction set. Blocking each found set and asking again
// lists the next lightest one.
#include "solve/repair.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>

#include "solve/lowering.h"

namespace claimcheck {

std::int64_t removal_cost(const Claim& claim, const Dataset& dataset) {
  double reliability = dataset.sources[static_cast<std::size_t>(claim.source)].reliability;
  return std::max<std::int64_t>(1, std::llround(reliability * claim.confidence * 1000.0));
}

namespace {

struct OutOfTime {};

// The optimizer with the group's rules as hard constraints and one soft "keep" literal per claim.
struct RepairProblem {
  z3::context& ctx;
  z3::optimize optimizer;
  std::vector<z3::expr> keep;  // parallel to group.claims

  RepairProblem(z3::context& c, const Group& group, const Grounding& grounding, const Dataset& dataset)
      : ctx(c), optimizer(c) {
    Lowering lowering(ctx, group, dataset, grounding);
    int symbol = 2 * static_cast<int>(group.claims.size());
    for (std::size_t k = 0; k < group.claims.size(); ++k)
      keep.push_back(ctx.constant(ctx.int_symbol(symbol++), ctx.bool_sort()));
    // A constraint binds only while its claims are kept: tracked before any claim's time is
    // lowered.
    lowering.track_claims(keep);
    for (std::size_t k = 0; k < group.claims.size(); ++k) {
      const Claim& claim = dataset.claims[static_cast<std::size_t>(group.claims[k])];
      optimizer.add(z3::implies(keep[k], lowering.claim_time(group.claims[k])));
      optimizer.add_soft(keep[k], static_cast<unsigned>(removal_cost(claim, dataset)));
    }
    for (int instance : group.instances)
      optimizer.add(lowering.instance(grounding.instances[static_cast<std::size_t>(instance)]));
  }

  // The claims the last model drops, as positions in the group.
  std::vector<std::size_t> dropped() {
    z3::model model = optimizer.get_model();
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < keep.size(); ++k)
      if (model.eval(keep[k], true).is_false()) out.push_back(k);
    return out;
  }

  // Later answers must keep at least one claim of this set: no superset of it is listed again.
  void block(const std::vector<std::size_t>& positions) {
    z3::expr_vector any_kept(ctx);
    for (std::size_t k : positions) any_kept.push_back(keep[k]);
    optimizer.add(z3::mk_or(any_kept));
  }
};

// Repairs found before the optimizer gave up are still exact; only the rest is missing.
void gave_up(RepairSearch& search, const std::string& reason) {
  search.gave_up = true;
  search.cut_reason = reason;
  if (search.repairs.empty())
    search.unknown_reason = reason;
  else
    search.more = true;
}

// Why the optimizer answered unknown. It sets no resource limit, so "canceled" (all Z3 says when
// its timer fires) or an answer at the deadline is the timeout; anything else is Z3's own reason.
[[noreturn]] void throw_unknown(const std::string& reason, long long deadline) {
  if (reason == "canceled" || reason == "timeout" || remaining_ms(deadline) == 0) throw OutOfTime{};
  throw z3::exception(reason.c_str());
}

// How many repairs past --max-repairs that tie the last listed one are searched to choose among
// them by their claims; beyond it the choice is the optimizer's (a pathological group).
constexpr int kMaxTiesPastLimit = 256;

// Equally light repairs come in whatever order the optimizer's state (shared across groups)
// finds them; ordering them by their claims makes a group's repairs the same whichever groups
// were searched before it, and the same whether searched now or read from --cache.
void in_canonical_order(std::vector<RepairSet>& repairs) {
  std::stable_sort(repairs.begin(), repairs.end(), [](const RepairSet& a, const RepairSet& b) {
    return std::tie(a.cost, a.claims) < std::tie(b.cost, b.claims);
  });
}

// Lists the lightest `max_repairs` of `search.repairs` in canonical order; when some are left
// out (or `first_past` was found beyond them), says so and whether the first left out ties the
// best. Both ways of finding repairs end here, so they cut alike.
void cut_at_limit(RepairSearch& search, std::optional<RepairSet> first_past, int max_repairs) {
  in_canonical_order(search.repairs);
  auto limit = static_cast<std::size_t>(std::max(0, max_repairs));
  if (search.repairs.size() > limit) first_past = search.repairs[limit];  // the lightest left out
  search.repairs.resize(std::min(search.repairs.size(), limit));
  if (first_past) {
    search.more = true;
    search.more_as_light = !search.repairs.empty() && first_past->cost == search.repairs.front().cost;
  }
}

}  // namespace

RepairSearch repairs_of_only_conflict(const std::vector<int>& conflict, const Dataset& dataset, int max_repairs) {
  RepairSearch search;
  for (int claim : conflict)
    search.repairs.push_back(
        RepairSet{{claim}, removal_cost(dataset.claims[static_cast<std::size_t>(claim)], dataset)});
  cut_at_limit(search, std::nullopt, max_repairs);
  return search;
}

RepairSearch unsearched_repairs(const std::string& why) {
  RepairSearch search;
  gave_up(search, why);
  return search;
}

struct RepairSolver::Impl {
  RepairOptions options;
  std::optional<z3::context> ctx;
};

RepairSolver::RepairSolver(RepairOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
}
RepairSolver::~RepairSolver() = default;

RepairSearch RepairSolver::find_repairs(const Group& group, const Grounding& grounding, const Dataset& dataset,
                                        long long spent_ms) {
  const RepairOptions& options = impl_->options;
  long long budget_ms = options.timeout_ms - spent_ms;
  if (budget_ms <= 0)
    return unsearched_repairs("not searched: deciding the group took its whole --timeout of " +
                              std::to_string(options.timeout_ms) + " ms");
  RepairSearch search;
  std::optional<RepairSet> first_past;  // the first repair found past the limit and its ties
  long long deadline = deadline_after(static_cast<int>(budget_ms));
  try {
    if (!impl_->ctx) impl_->ctx.emplace();
    z3::context& ctx = *impl_->ctx;
    RepairProblem problem(ctx, group, grounding, dataset);
    // Past the limit the search goes on while repairs tie the last listed one, so which of
    // equally light repairs make the cut is decided by their claims (below), never by the
    // optimizer's state, which depends on the groups searched before on this worker.
    int ties_past = 0;
    for (int round = 0;; ++round) {
      unsigned left = remaining_ms(deadline);
      if (left == 0) throw OutOfTime{};
      z3::params params(ctx);
      params.set("timeout", left);
      problem.optimizer.set(params);
      z3::check_result result = problem.optimizer.check();
      if (result == z3::unsat) break;  // every correction set is listed
      if (result == z3::unknown) throw_unknown(Z3_optimize_get_reason_unknown(ctx, problem.optimizer), deadline);
      std::vector<std::size_t> positions = problem.dropped();
      if (positions.empty()) break;  // the group is consistent: nothing to repair
      RepairSet repair;
      for (std::size_t k : positions) {
        int claim = group.claims[k];
        repair.claims.push_back(claim);
        repair.cost += removal_cost(dataset.claims[static_cast<std::size_t>(claim)], dataset);
      }
      if (round >= options.max_repairs) {
        bool ties_last = !search.repairs.empty() && repair.cost == search.repairs.back().cost;
        if (!ties_last || ++ties_past > kMaxTiesPastLimit) {
          first_past = std::move(repair);
          break;
        }
      }
      search.repairs.push_back(std::move(repair));
      problem.block(positions);
    }
  } catch (const OutOfTime&) {
    gave_up(search, "timeout after " + std::to_string(options.timeout_ms) + " ms");
  } catch (const z3::exception& e) {
    gave_up(search, std::string("optimizer: ") + e.msg());
  }
  cut_at_limit(search, std::move(first_past), options.max_repairs);
  return search;
}

}  // namespace claimcheck
