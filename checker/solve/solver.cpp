// Solver: lowers a group's claims and rule instances to Z3 behind tracking literals, then
// enumerates minimal unsatisfiable claim sets (MARCO: a map solver proposes unexplored seeds,
// unsat seeds shrink to a MUS, sat seeds grow to a maximal satisfiable set).
#include "solve/solver.h"

#include <z3++.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "solve/cycle_proof.h"
#include "solve/lowering.h"
#include "solve/model_check.h"
#include "solve/narrow.h"
#include "solve/precheck.h"

namespace claimcheck {

namespace {

struct OutOfTime {};

std::string out_of_time_reason(const SolveOptions& options) {
  if (options.run_deadline.passed()) return "the run's --deadline passed";
  return "timeout after " + std::to_string(options.timeout_ms) + " ms";
}

constexpr std::size_t kMaxPrecheckedClaims = 64;
// A group larger than this skips the resource-limited first try: taking it in alone can pass the
// probe's limit, and the fresh solver that follows would take it in a second time.
constexpr std::size_t kMaxProbedClaims = 1000;
// A group larger than this lists a conflict the pre-check finds (difference_conflict) alone:
// MARCO over it would not end in time.
constexpr std::size_t kMinCycleListedClaims = 1000;
// A candidate conflict larger than this is not confirmed claim by claim on a solver (one check
// per claim of thousands): solve/cycle_proof proves it, or it is not listed.
constexpr std::size_t kMaxConfirmedClaims = 64;
// Lowering a large group checks the clock once per this many claims or instances.
constexpr std::size_t kInstancesPerClockRead = 256;

// Time a cut enumeration still gets to confirm what it found: a group ends within --timeout
// and this.
constexpr std::chrono::milliseconds kConfirmGrace{500};
// Past the deadline and the grace by this much, Z3 is interrupted wherever it is.
constexpr std::chrono::milliseconds kInterruptSlack{100};

// Interrupts Z3 on one context once a moment has passed: Z3 reads no clock while it takes in an
// assertion or while it is asked under a resource limit only, so the cooperative deadline checks
// cannot reach it there. A context it interrupted is never used again (its owner replaces it).
class Watchdog {
 public:
  Watchdog(z3::context& ctx, const Deadline& at) {
    if (!at.is_set()) return;
    thread_ = std::thread([this, &ctx, when = at.at()] {
      std::unique_lock<std::mutex> lock(guard_);
      if (wake_.wait_until(lock, when, [this] { return stopped_; })) return;
      fired_ = true;
      ctx.interrupt();
    });
  }
  ~Watchdog() { stop(); }
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;

  // Whether it interrupted; it never does after this returns.
  bool stop() {
    if (thread_.joinable()) {
      {
        std::lock_guard<std::mutex> lock(guard_);
        stopped_ = true;
      }
      wake_.notify_one();
      thread_.join();
    }
    return fired_;
  }
  bool fired() const { return fired_; }

 private:
  std::mutex guard_;
  std::condition_variable wake_;
  bool stopped_ = false;
  std::atomic<bool> fired_{false};
  std::thread thread_;
};

// The lowered group: literals for claims and instances, and a deadline-aware check whose every
// `sat` comes with a model that the model check verified.
class Encoding {
 public:
  Encoding(z3::context& ctx, z3::solver& solver, const Group& group, const Grounding& grounding, const Dataset& dataset,
           const Deadline& deadline, const SolveOptions& options)
      : ctx_(ctx),
        solver_(&solver),
        deadline_(deadline),
        rlimit_(options.rlimit),
        probe_rlimit_(std::max(1u, options.probe_rlimit)),
        fail_check_(options.fail_check),
        out_of_time_at_check_(options.out_of_time_at_check),
        corrupt_models_(options.corrupt_models),
        // On a large group (--strategy monolithic holds every claim) a pre-check per check
        // costs more than Z3's incremental checks; only the usual small groups take it.
        precheck_checks_(options.precheck_checks && group.claims.size() <= kMaxPrecheckedClaims),
        probing_(group.claims.size() <= kMaxProbedClaims),
        group_(group),
        grounding_(grounding),
        dataset_(dataset),
        nodes_(group, dataset, grounding),
        lowering_(ctx, group, dataset, grounding),
        background_(ctx) {
    int symbol = 2 * static_cast<int>(group.claims.size());  // after the Lowering's day variables
    for (std::size_t c = 0; c < group.claims.size(); ++c)
      claim_literals_.push_back(ctx.constant(ctx.int_symbol(symbol++), ctx.bool_sort()));
    // A constraint `about` some claims binds only while they are assumed, so dropping one of
    // them from a seed drops the constraint ("never" is not otherwise tied to its claims, nor a
    // time anchor to the claim it is dated from): tracked before any claim's time is lowered.
    lowering_.track_claims(claim_literals_);
    for (std::size_t c = 0; c < group.claims.size(); ++c) {
      if (c % kInstancesPerClockRead == 0 && deadline_.passed()) throw OutOfTime{};
      assert_background(z3::implies(claim_literals_[c], lowering_.claim_time(group.claims[c])));
    }
    for (std::size_t k = 0; k < group.instances.size(); ++k) {
      if (k % kInstancesPerClockRead == 0 && deadline_.passed()) throw OutOfTime{};
      z3::expr literal = ctx.constant(ctx.int_symbol(symbol++), ctx.bool_sort());
      instance_literals_.push_back(literal);
      for (const Constraint& c : grounding.instances[static_cast<std::size_t>(group.instances[k])].constraints)
        assert_background(z3::implies(literal, lowering_.constraint(c)));
    }
  }

  // Checks the claims at `claims` (positions in the group) with the instances at `instances`.
  // Most checks are tiny: a first try runs under a resource limit only, because Z3 arms a timer
  // thread for every check given a timeout (measured: a third of a tiny check's cost). Once Z3
  // has stopped at a resource limit, nothing that solver says is believed again: the check and
  // every later one of the group run on a fresh solver under the time left. A `sat` counts only
  // with a model that the model check verifies; one that fails it is asked again on a fresh
  // solver, and failing again is an unknown. The last check's answer is kept: MARCO's first seed
  // repeats the check that found the conflict.
  z3::check_result check(const std::vector<int>& claims, const std::vector<int>& instances) {
    if (last_ && last_->claims == claims && last_->instances == instances) return last_->result;
    if (deadline_.passed()) throw OutOfTime{};
    if (checks_ == out_of_time_at_check_) throw OutOfTime{};
    if (checks_++ == fail_check_) throw z3::exception("injected failure");
    // Most checks while enumerating are satisfiable, and the pre-check proves those in
    // microseconds; only what it cannot prove goes to Z3.
    if (precheck_checks_ &&
        precheck_assumed(group_, claims, instances, grounding_, dataset_, deadline_) == PrecheckResult::consistent) {
      last_ = LastCheck{claims, instances, z3::sat};
      return z3::sat;
    }
    z3::check_result result = ask_z3(claims, instances);
    if (result == z3::sat && !model_verified(claims, instances)) {
      start_fresh_solver();
      result = ask_z3(claims, instances);
      if (result == z3::sat && !model_verified(claims, instances)) {
        reason_ = "Z3's model failed claimcheck's model check";
        result = z3::unknown;
      }
    }
    last_ = LastCheck{claims, instances, result};
    return result;
  }

  // Whether the claims at `claims` with the instances have a verified model in which every other
  // claim is false: that proves them satisfiable (a model need not make another claim true), and
  // Z3 finds it without choosing a truth value for each of thousands of other claims. False
  // proves nothing (another claim held true might count).
  bool sat_with_only(const std::vector<int>& claims, const std::vector<int>& instances) {
    struct Restore {
      Encoding& encoding;
      ~Restore() {
        encoding.others_false_ = false;
        encoding.last_.reset();
      }
    } restore{*this};
    others_false_ = true;
    last_.reset();
    return check(claims, instances) == z3::sat;
  }

  // The claim positions in the last unsat core.
  std::vector<int> core_claims() {
    z3::expr_vector core = solver_->unsat_core();
    std::vector<int> out;
    for (unsigned i = 0; i < core.size(); ++i)
      for (std::size_t c = 0; c < claim_literals_.size(); ++c)
        if (z3::eq(core[i], claim_literals_[c])) out.push_back(static_cast<int>(c));
    std::sort(out.begin(), out.end());
    return out;
  }

  // Why the last check answered unknown before the deadline.
  const std::string& last_reason() const { return reason_; }
  int claim_count() const { return static_cast<int>(claim_literals_.size()); }
  int instance_count() const { return static_cast<int>(instance_literals_.size()); }
  // Whether the solver it was given stopped at a resource limit (so its owner replaces it).
  bool tainted() const { return tainted_; }

  // Checks go on a fresh solver from here on, against the same assertions, under the time left.
  void start_fresh_solver() {
    fresh_.emplace_back(ctx_, z3::solver::simple());
    fresh_.back().add(background_);
    solver_ = &fresh_.back();
    applied_ = false;
    probing_ = false;
  }
  // Hands over the fresh solvers it made (a solver a limit cut is slow to free: its owner decides
  // when). Call last.
  void hand_over_solvers(std::vector<z3::solver>& to) {
    for (z3::solver& solver : fresh_) to.push_back(solver);
    fresh_.clear();
    solver_ = nullptr;
  }
  const Deadline& deadline() const { return deadline_; }
  void extend_deadline(const Deadline& deadline) { deadline_ = deadline; }

 private:
  void assert_background(const z3::expr& e) {
    background_.push_back(e);
    solver_->add(e);
  }

  z3::check_result ask_z3(const std::vector<int>& claims, const std::vector<int>& instances) {
    z3::expr_vector assumptions(ctx_);
    for (int c : claims) assumptions.push_back(claim_literals_[static_cast<std::size_t>(c)]);
    for (int i : instances) assumptions.push_back(instance_literals_[static_cast<std::size_t>(i)]);
    if (others_false_)
      for (int c = 0; c < claim_count(); ++c)
        if (!std::binary_search(claims.begin(), claims.end(), c))
          assumptions.push_back(!claim_literals_[static_cast<std::size_t>(c)]);
    bool user_limit_is_final = rlimit_ > 0 && rlimit_ <= probe_rlimit_;
    if (probing_ || user_limit_is_final) {
      limit_to(user_limit_is_final ? rlimit_ : probe_rlimit_, 0);
      z3::check_result result = solver_->check(assumptions);
      if (result != z3::unknown) return result;
      tainted_ = true;
      if (user_limit_is_final) return gave_up();
      start_fresh_solver();
    }
    if (deadline_.passed()) throw OutOfTime{};
    limit_to(rlimit_, static_cast<unsigned>(std::min<long long>(deadline_.remaining_ms(), 1LL << 30)));
    z3::check_result result = solver_->check(assumptions);
    if (result == z3::unknown) {
      if (deadline_.passed()) throw OutOfTime{};
      tainted_ = true;
      return gave_up();
    }
    return result;
  }

  // Past its resource limit Z3 says only "canceled", so the limit is named too.
  z3::check_result gave_up() {
    reason_ = "Z3 gave up: " + solver_->reason_unknown();
    if (rlimit_ > 0) reason_ += " (resource limit " + std::to_string(rlimit_) + " per check)";
    return z3::unknown;
  }

  // Sets the solver's limits for the next check (0: none), only when they change: setting
  // parameters costs too.
  void limit_to(unsigned rlimit, unsigned timeout_ms) {
    if (applied_ && rlimit == applied_rlimit_ && timeout_ms == applied_timeout_) return;
    z3::params params(ctx_);
    params.set("rlimit", rlimit);
    params.set("timeout", timeout_ms == 0 ? std::numeric_limits<unsigned>::max() : timeout_ms);
    solver_->set(params);
    applied_ = true;
    applied_rlimit_ = rlimit;
    applied_timeout_ = timeout_ms;
  }

  // Z3's model of the last check, read back as days and exact numbers and checked against
  // every constraint that binds under the same assumptions, and under the claims the model makes
  // true besides: a claim not assumed may be true (then it binds, and a count counts it).
  bool model_verified(const std::vector<int>& claims, const std::vector<int>& instances) {
    z3::model model = solver_->get_model();
    std::vector<int> true_claims = claims_true_in(model, claims);
    GroupModel values;
    values.days.assign(static_cast<std::size_t>(nodes_.node_count()), 0);
    values.values.reserve(group_.claims.size());
    for (int claim : group_.claims) {
      std::optional<std::int64_t> start = day_in(model, lowering_.start(claim));
      std::optional<std::int64_t> end = day_in(model, lowering_.end(claim));
      if (!start || !end) return false;
      values.days[static_cast<std::size_t>(nodes_.node(TimeVar{claim, Endpoint::start}))] = *start;
      values.days[static_cast<std::size_t>(nodes_.node(TimeVar{claim, Endpoint::end}))] = *end;
      if (!read_instants(model, claim, *start, *end, values)) return false;
      z3::expr number = model.eval(lowering_.value(claim), true);
      values.values.push_back(number.is_numeral() ? fraction_of_text(Z3_get_numeral_string(ctx_, number))
                                                  : std::nullopt);
    }
    for (int source : nodes_.sources()) {
      std::optional<std::int64_t> day = day_in(model, lowering_.published(source));
      if (!day) return false;
      values.days[static_cast<std::size_t>(nodes_.node(publication_of(source)))] = *day;
    }
    for (int event : nodes_.common_events())
      for (Endpoint endpoint : {Endpoint::start, Endpoint::end}) {
        std::optional<std::int64_t> day = day_in(model, lowering_.common_event_day(event, endpoint));
        if (!day) return false;
        values.days[static_cast<std::size_t>(nodes_.node(common_event_day(event, endpoint)))] = *day;
      }
    if (corrupt_models_)  // every day but the constant's (node 0): a shift of all would change nothing
      for (std::size_t node = 1; node < values.days.size(); ++node) values.days[node] += 1'000'000'000;
    BindingConstraints binding(group_, true_claims, instances, grounding_, dataset_);
    return model_satisfies(binding, nodes_, values, dataset_);
  }

  // The claim's instants as the model gives them; a claim no relation orders has none in Z3,
  // so it is given the first tick of its first day and the first after its last day's midnight.
  bool read_instants(const z3::model& model, int claim, std::int64_t first, std::int64_t last, GroupModel& values) {
    for (Endpoint endpoint : {Endpoint::start, Endpoint::end}) {
      std::optional<std::int64_t> tick;
      if (std::optional<z3::expr> instant = lowering_.instant(claim, endpoint))
        tick = day_in(model, *instant);
      else if (Int128 at = Int128{endpoint == Endpoint::start ? first : last} * kTicksPerDay +
                           (endpoint == Endpoint::start ? 0 : 1);
               at > INT64_MIN && at < INT64_MAX)
        tick = static_cast<std::int64_t>(at);
      if (!tick) return false;
      values.days[static_cast<std::size_t>(nodes_.node(instant_of(claim, endpoint)))] = *tick;
    }
    return true;
  }

  // The assumed claims and those whose literal the model sets, as positions in the group.
  std::vector<int> claims_true_in(const z3::model& model, const std::vector<int>& assumed) const {
    std::vector<bool> is_true(claim_literals_.size(), false);
    for (int c : assumed) is_true[static_cast<std::size_t>(c)] = true;
    std::vector<int> out;
    for (std::size_t c = 0; c < claim_literals_.size(); ++c)
      if (is_true[c] || model.eval(claim_literals_[c], true).is_true()) out.push_back(static_cast<int>(c));
    return out;
  }

  static std::optional<std::int64_t> day_in(const z3::model& model, const z3::expr& variable) {
    z3::expr value = model.eval(variable, true);
    std::int64_t day = 0;
    if (!value.is_numeral_i64(day)) return std::nullopt;
    return day;
  }

  z3::context& ctx_;
  z3::solver* solver_;
  std::deque<z3::solver> fresh_;  // every fresh solver, kept: one a limit cut is slow to free
  Deadline deadline_;
  unsigned rlimit_;
  unsigned probe_rlimit_;  // far more than a check of a small group needs, a few ms at most
  int fail_check_;
  int out_of_time_at_check_;
  bool corrupt_models_;
  int checks_ = 0;
  bool precheck_checks_;
  bool probing_;
  bool others_false_ = false;  // every claim not assumed is assumed false (sat_with_only)
  bool tainted_ = false;
  std::string reason_;
  const Group& group_;
  const Grounding& grounding_;
  const Dataset& dataset_;
  DayNodes nodes_;
  // The last check, whose answer and core Z3 still holds.
  struct LastCheck {
    std::vector<int> claims, instances;
    z3::check_result result;
  };
  std::optional<LastCheck> last_;
  bool applied_ = false;
  unsigned applied_rlimit_ = 0, applied_timeout_ = 0;
  Lowering lowering_;
  z3::expr_vector background_;  // every assertion, for a fresh solver
  std::vector<z3::expr> claim_literals_, instance_literals_;
};

std::vector<int> all_of(int n) {
  std::vector<int> out(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out[static_cast<std::size_t>(i)] = i;
  return out;
}

std::vector<int> without(const std::vector<int>& items, int removed) {
  std::vector<int> out;
  for (int x : items)
    if (x != removed) out.push_back(x);
  return out;
}

// Deletion-based shrinking: drop each claim whose removal keeps the set unsat. A claim kept
// once stays needed: later sets are subsets, and subsets of a satisfiable set are satisfiable.
// `claims` must be unsat with `instances`; what it returns still is.
std::vector<int> shrink_to_mus(Encoding& encoding, std::vector<int> claims, const std::vector<int>& instances) {
  const std::vector<int> candidates = claims;
  for (int candidate : candidates) {
    if (!std::binary_search(claims.begin(), claims.end(), candidate)) continue;
    std::vector<int> rest = without(claims, candidate);
    if (encoding.check(rest, instances) != z3::unsat) continue;
    std::vector<int> core = encoding.core_claims();
    std::vector<int> kept;
    std::set_intersection(rest.begin(), rest.end(), core.begin(), core.end(), std::back_inserter(kept));
    claims = kept.empty() ? rest : kept;
  }
  return claims;
}

// Positions of the group's instances reachable from the claims at `claims` through shared
// claims. Instances outside share no variable with them; trying these first keeps a large group
// (--strategy monolithic) from testing every instance of the dataset for every conflict.
std::vector<int> linked_instances(const std::vector<int>& claims, const Group& group, const Grounding& grounding) {
  std::map<int, std::vector<int>> instances_of_claim;
  for (std::size_t i = 0; i < group.instances.size(); ++i)
    for (int claim : grounding.instances[static_cast<std::size_t>(group.instances[i])].claims)
      instances_of_claim[claim].push_back(static_cast<int>(i));
  std::vector<int> pending;
  for (int c : claims) pending.push_back(group.claims[static_cast<std::size_t>(c)]);
  std::vector<bool> taken(group.instances.size(), false);
  std::map<int, bool> seen;
  while (!pending.empty()) {
    int claim = pending.back();
    pending.pop_back();
    if (seen[claim]) continue;
    seen[claim] = true;
    for (int i : instances_of_claim[claim]) {
      if (taken[static_cast<std::size_t>(i)]) continue;
      taken[static_cast<std::size_t>(i)] = true;
      const RuleInstance& instance =
          grounding.instances[static_cast<std::size_t>(group.instances[static_cast<std::size_t>(i)])];
      pending.insert(pending.end(), instance.claims.begin(), instance.claims.end());
    }
  }
  std::vector<int> out;
  for (std::size_t i = 0; i < taken.size(); ++i)
    if (taken[i]) out.push_back(static_cast<int>(i));
  return out;
}

// With the MUS's claims fixed, the fewest rule instances that still make it unsat. Instances
// that read a symmetric/inverse mirror are tried for removal first, so a conflict the rules
// show without a mirror never names the mirror rule (nor falls under its exceptions).
// The MUS is unsat with every instance (shrinking keeps it so), so only a strict subset of the
// instances needs asking; in most groups every instance is linked (at 10^6 claims: 2,000 of
// 2,000 conflicts, a third of the checks Z3 was asked).
std::vector<int> needed_instances(Encoding& encoding, const std::vector<int>& claims, const Group& group,
                                  const Grounding& grounding) {
  std::vector<int> instances = linked_instances(claims, group, grounding);
  bool every_instance_linked = static_cast<int>(instances.size()) == encoding.instance_count();
  if (!every_instance_linked && encoding.check(claims, instances) != z3::unsat)
    instances = all_of(encoding.instance_count());
  std::vector<int> removal_order = instances;
  std::stable_partition(removal_order.begin(), removal_order.end(), [&](int i) {
    return !mirror_rules_of(grounding, group.instances[static_cast<std::size_t>(i)]).empty();
  });
  for (int candidate : removal_order) {
    std::vector<int> rest = without(instances, candidate);
    if (encoding.check(claims, rest) == z3::unsat) instances = rest;
  }
  return instances;
}

bool contains_all(const std::vector<int>& set, const std::vector<int>& subset) {
  return std::includes(set.begin(), set.end(), subset.begin(), subset.end());
}

// `left_out`: claims the seed may not grow by (the accepted ones, while the conflicts that need
// none of them are listed first). A claim set holding a listed conflict is unsatisfiable without
// asking: assuming more claims only adds constraints.
std::vector<int> grow_to_mss(Encoding& encoding, std::vector<int> seed, const std::vector<int>& instances,
                             const std::vector<bool>& left_out, const std::vector<std::vector<int>>& listed) {
  for (int c = 0; c < encoding.claim_count(); ++c) {
    if (left_out[static_cast<std::size_t>(c)] || std::binary_search(seed.begin(), seed.end(), c)) continue;
    std::vector<int> bigger = seed;
    bigger.insert(std::upper_bound(bigger.begin(), bigger.end(), c), c);
    bool holds_conflict = std::any_of(listed.begin(), listed.end(),
                                      [&](const std::vector<int>& mus) { return contains_all(bigger, mus); });
    if (!holds_conflict && encoding.check(bigger, instances) == z3::sat) seed = std::move(bigger);
  }
  return seed;
}

}  // namespace

namespace {

// Contexts in which a check was cut by a limit, kept until the process ends instead of freed:
// freeing one can take far longer than the check did (tens of seconds after a cut count of a few
// hundred holders, measured in Z3_del_context), which no --timeout could bound. Reachable from
// here, so leak checkers do not count them; past kMaxSpared the oldest is freed after all.
constexpr std::size_t kMaxSpared = 8;

struct SparedContext {
  std::vector<z3::solver> solvers;  // freed before their context
  z3::context* context = nullptr;
  ~SparedContext() {
    solvers.clear();
    delete context;
  }
};

void spare(std::unique_ptr<SparedContext> cut) {
  static std::mutex guard;
  static auto* spared = new std::deque<std::unique_ptr<SparedContext>>();
  std::lock_guard<std::mutex> lock(guard);
  spared->push_back(std::move(cut));
  if (spared->size() > kMaxSpared) spared->pop_front();
}

}  // namespace

struct GroupSolver::Impl {
  SolveOptions options;
  z3::context* context = new z3::context();
  z3::context& ctx = *context;
  std::optional<z3::solver> solver_slot{std::in_place, ctx, z3::solver::simple()};
  std::optional<z3::solver> map_slot{std::in_place, ctx, z3::solver::simple()};
  z3::solver& solver = *solver_slot;
  z3::solver& map = *map_slot;
  std::vector<z3::solver> kept_solvers;  // solvers retired after a group, freed with the context
  bool cut = false;                      // some check in this context was stopped by a limit

  ~Impl() {
    if (!cut) {
      kept_solvers.clear();
      solver_slot.reset();
      map_slot.reset();
      delete context;
      return;
    }
    auto spared = std::make_unique<SparedContext>();
    spared->solvers = std::move(kept_solvers);
    spared->solvers.push_back(*solver_slot);
    spared->solvers.push_back(*map_slot);
    solver_slot.reset();
    map_slot.reset();
    spared->context = context;
    spare(std::move(spared));
  }
};

GroupSolver::GroupSolver(SolveOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
}
GroupSolver::~GroupSolver() = default;

namespace {

// MARCO over one group's claims: the map solver proposes seeds (sets of claims) not yet covered;
// a satisfiable seed grows to a maximal satisfiable set whose complement must be hit next, an
// unsatisfiable one shrinks to a minimal conflict that is blocked and listed.
class Marco {
 public:
  Marco(z3::context& ctx, z3::solver& map, Encoding& encoding, const Group& group, const Grounding& grounding,
        int max_conflicts, GroupVerdict& verdict)
      : ctx_(ctx),
        map_(map),
        encoding_(encoding),
        group_(group),
        grounding_(grounding),
        max_conflicts_(max_conflicts),
        verdict_(verdict),
        every_instance_(all_of(encoding.instance_count())) {
    for (int c = 0; c < encoding.claim_count(); ++c)
      seeds_.push_back(ctx.constant(ctx.int_symbol(1'000'000 + c), ctx.bool_sort()));
  }

  // Lists the conflicts among the claims not `left_out`; false when it had to stop (the
  // --max-conflicts cut, or unknown).
  bool enumerate(const std::vector<bool>& left_out) {
    while (true) {
      if (encoding_.deadline().passed()) throw OutOfTime{};
      if (map_.check() != z3::sat) break;
      z3::model model = map_.get_model();
      std::vector<int> seed;
      for (int c = 0; c < encoding_.claim_count(); ++c)
        if (!left_out[static_cast<std::size_t>(c)] && !model.eval(seeds_[static_cast<std::size_t>(c)]).is_false())
          seed.push_back(c);
      z3::check_result result = encoding_.check(seed, every_instance_);
      if (result == z3::unknown) {
        verdict_.status = GroupVerdict::Status::unknown;
        verdict_.reason = encoding_.last_reason();
        return false;
      }
      if (result == z3::sat) {
        std::vector<int> mss = grow_to_mss(encoding_, seed, every_instance_, left_out, listed_);
        z3::expr_vector block(ctx_);
        for (int c = 0; c < encoding_.claim_count(); ++c)
          if (!left_out[static_cast<std::size_t>(c)] && !std::binary_search(mss.begin(), mss.end(), c))
            block.push_back(seeds_[static_cast<std::size_t>(c)]);
        if (block.empty()) return true;
        map_.add(z3::mk_or(block));
        continue;
      }
      if (static_cast<int>(verdict_.conflicts.size()) >= max_conflicts_) {
        verdict_.truncated = true;
        return false;
      }
      std::vector<int> mus = shrink_to_mus(encoding_, encoding_.core_claims(), every_instance_);
      if (mus.empty()) {  // loading rejects the rules known to do this; never report a finding of no claims
        verdict_.status = GroupVerdict::Status::unknown;
        verdict_.reason = "its rules cannot all hold whatever the claims say (a rule contradicts itself)";
        return false;
      }
      map_.add(blocking(mus));
      listed_.push_back(mus);
      Conflict conflict;
      for (int c : mus) conflict.claims.push_back(group_.claims[static_cast<std::size_t>(c)]);
      for (int i : needed_instances(encoding_, mus, group_, grounding_))
        conflict.instances.push_back(group_.instances[static_cast<std::size_t>(i)]);
      verdict_.conflicts.push_back(std::move(conflict));
    }
    return true;
  }

  // The claims listed conflicts may not all hold again: what a new scope of the map needs.
  void block_listed() {
    for (const std::vector<int>& mus : listed_) map_.add(blocking(mus));
  }

  const std::vector<z3::expr>& seeds() const { return seeds_; }

 private:
  z3::expr blocking(const std::vector<int>& mus) const {
    z3::expr_vector block(ctx_);
    for (int c : mus) block.push_back(!seeds_[static_cast<std::size_t>(c)]);
    return z3::mk_or(block);
  }

  z3::context& ctx_;
  z3::solver& map_;
  Encoding& encoding_;
  const Group& group_;
  const Grounding& grounding_;
  int max_conflicts_;
  GroupVerdict& verdict_;
  std::vector<int> every_instance_;
  std::vector<z3::expr> seeds_;
  std::vector<std::vector<int>> listed_;
};

// Positions in the group of the claims some rule's exceptions accept.
std::vector<bool> accepted_in(const Group& group, const Grounding& grounding) {
  std::vector<bool> out(group.claims.size(), false);
  for (std::size_t c = 0; c < group.claims.size(); ++c)
    out[c] = std::binary_search(grounding.accepted.begin(), grounding.accepted.end(), group.claims[c]);
  return out;
}

}  // namespace

namespace {

// A reported conflict, checked again on a fresh solver: its claims must be unsat with its
// instances, and each claim needed (the rest, with every instance of the group, has a verified
// model). A claim that is not needed is dropped, so what is returned is a minimal conflict;
// nullopt when the checks could not finish (time, an unknown).
std::optional<Conflict> confirmed(Encoding& fresh, const Conflict& conflict, const Group& group) {
  auto positions_in = [](const std::vector<int>& ids, const std::vector<int>& all) {
    std::vector<int> out;
    for (int id : ids) out.push_back(static_cast<int>(std::lower_bound(all.begin(), all.end(), id) - all.begin()));
    return out;
  };
  std::vector<int> claims = positions_in(conflict.claims, group.claims);
  std::vector<int> instances = positions_in(conflict.instances, group.instances);
  std::vector<int> every_instance = all_of(fresh.instance_count());
  if (fresh.check(claims, instances) != z3::unsat) return std::nullopt;
  for (int candidate : std::vector<int>(claims)) {
    std::vector<int> rest = without(claims, candidate);
    if (fresh.sat_with_only(rest, every_instance)) continue;
    z3::check_result result = fresh.check(rest, every_instance);
    if (result == z3::unknown) return std::nullopt;
    if (result == z3::unsat) claims = rest;
  }
  if (claims.size() != conflict.claims.size() && fresh.check(claims, instances) != z3::unsat) return std::nullopt;
  Conflict out;
  for (int c : claims) out.claims.push_back(group.claims[static_cast<std::size_t>(c)]);
  out.instances = conflict.instances;
  return out;
}

// A large group's conflict from the pre-check's negative cycle (difference_conflict), listed
// alone: MARCO over thousands of claims would not end in time. Confirmed like any other.
void list_cycle(Encoding& encoding, const std::vector<int>& claims, const Group& group, const Grounding& grounding,
                GroupVerdict& verdict) {
  Conflict conflict;
  for (int c : claims) conflict.claims.push_back(group.claims[static_cast<std::size_t>(c)]);
  for (int i : needed_instances(encoding, claims, group, grounding))
    conflict.instances.push_back(group.instances[static_cast<std::size_t>(i)]);
  verdict.status = GroupVerdict::Status::conflicting;
  verdict.conflicts.push_back(std::move(conflict));
  verdict.truncated = true;
  verdict.cut_reason = "one conflict of a group of " + std::to_string(group.claims.size()) +
                       " claims, found by the pre-check; others were not searched";
}

// The one conflict a large group lists: the others were not searched.
void list_alone(Conflict conflict, const Group& group, GroupVerdict& verdict) {
  verdict.status = GroupVerdict::Status::conflicting;
  verdict.conflicts.push_back(std::move(conflict));
  verdict.truncated = true;
  verdict.cut_reason = "one conflict of a group of " + std::to_string(group.claims.size()) +
                       " claims, found by the pre-check; others were not searched";
  verdict.listed_alone = true;
}

// A large group's conflict found by the pre-check (a constraint that fails on its own claims, or
// difference_conflict's cycle), confirmed unsat and minimal on a fresh solver that holds only the
// claims the conflict reads (narrowed_to): lowering thousands of claims, let alone MARCO over
// them, would not end in time. A candidate too long to confirm claim by claim on a solver is
// proved by solve/cycle_proof instead, or not at all. Listed alone; false when there is no such candidate, it needs an
// accepted claim (those conflicts come after the ones that need none), or it cannot be narrowed.
bool list_narrowed_conflict(z3::context& ctx, const Group& group, const Grounding& grounding, const Dataset& dataset,
                            const SolveOptions& options, const Deadline& deadline,
                            const std::optional<std::vector<int>>& cycle, GroupVerdict& verdict,
                            std::vector<z3::solver>& retired) {
  std::optional<std::vector<int>> candidate = failing_constraint_claims(group, grounding);
  if (!candidate) candidate = cycle;
  if (!candidate) return false;
  Conflict found;
  for (int c : *candidate) found.claims.push_back(group.claims[static_cast<std::size_t>(c)]);
  for (int claim : found.claims)
    if (std::binary_search(grounding.accepted.begin(), grounding.accepted.end(), claim)) return false;
  if (candidate->size() > kMaxConfirmedClaims) {
    std::optional<CycleProof> proof = prove_minimal_cycle(group, *candidate, grounding, dataset, deadline);
    if (!proof) return false;
    for (int i : proof->instances) found.instances.push_back(group.instances[static_cast<std::size_t>(i)]);
    list_alone(std::move(found), group, verdict);
    return true;
  }
  std::optional<NarrowedGroup> narrowed = narrowed_to(found.claims, group, grounding, dataset);
  if (!narrowed) return false;
  found.instances = narrowed->group.instances;
  z3::solver solver(ctx, z3::solver::simple());
  retired.push_back(solver);
  SolveOptions confirming = options;
  confirming.fail_check = -1;
  confirming.out_of_time_at_check = -1;
  Encoding encoding(ctx, solver, narrowed->group, narrowed->grounding, dataset, deadline, confirming);
  struct HandOver {
    Encoding& encoding;
    std::vector<z3::solver>& to;
    ~HandOver() { encoding.hand_over_solvers(to); }
  } hand_over{encoding, retired};
  std::optional<Conflict> checked = confirmed(encoding, found, narrowed->group);
  if (!checked) return false;
  std::vector<int> positions;
  for (int claim : checked->claims)
    positions.push_back(
        static_cast<int>(std::lower_bound(narrowed->group.claims.begin(), narrowed->group.claims.end(), claim) -
                         narrowed->group.claims.begin()));
  Conflict conflict;
  conflict.claims = checked->claims;
  for (int i : needed_instances(encoding, positions, narrowed->group, narrowed->grounding))
    conflict.instances.push_back(narrowed->original_instances[static_cast<std::size_t>(i)]);
  list_alone(std::move(conflict), group, verdict);
  return true;
}

// Lowers the whole group and lists its minimal conflicts (MARCO; a large group's pre-check
// `cycle` alone when it has one). Returns whether a check stopped at a limit: the solver is then
// never asked again.
bool enumerate_lowered(z3::context& ctx, z3::solver& solver, z3::solver& map, const Group& group,
                       const Grounding& grounding, const Dataset& dataset, const SolveOptions& options,
                       const Deadline& deadline, const std::optional<std::vector<int>>& cycle, GroupVerdict& verdict,
                       std::vector<z3::solver>& retired) {
  // Lowering reads no clock, and a large group takes seconds to lower: not begun past the deadline.
  if (deadline.passed()) throw OutOfTime{};
  Encoding encoding(ctx, solver, group, grounding, dataset, deadline, options);
  try {
    z3::check_result first =
        cycle ? z3::unsat : encoding.check(all_of(encoding.claim_count()), all_of(encoding.instance_count()));
    if (cycle) {
      list_cycle(encoding, *cycle, group, grounding, verdict);
    } else if (first == z3::unknown) {
      verdict.status = GroupVerdict::Status::unknown;
      verdict.reason = encoding.last_reason();
    } else if (first == z3::unsat) {
      verdict.status = GroupVerdict::Status::conflicting;
      Marco marco(ctx, map, encoding, group, grounding, options.max_conflicts, verdict);
      std::vector<bool> accepted = accepted_in(group, grounding);
      bool go_on = true;
      // The conflicts that need no accepted claim first: an exception may suppress every other
      // one, so a cut must never leave these unlisted (docs/rules.md, exceptions).
      if (std::find(accepted.begin(), accepted.end(), true) != accepted.end()) {
        map.push();
        go_on = marco.enumerate(accepted);
        map.pop();  // its blocks hold only without the accepted claims
        marco.block_listed();
      }
      if (go_on) marco.enumerate(std::vector<bool>(group.claims.size(), false));
    }
  } catch (...) {
    encoding.hand_over_solvers(retired);  // the caller's catch counts the group's solvers as cut
    throw;
  }
  bool tainted = encoding.tainted();
  encoding.hand_over_solvers(retired);
  return tainted;
}

// What was found before time ran out is kept, and said to be cut by time.
void cut_by_time(GroupVerdict& verdict, const std::string& reason) {
  if (verdict.conflicts.empty()) {
    verdict.status = GroupVerdict::Status::unknown;
    verdict.reason = reason;
  } else {
    verdict.status = GroupVerdict::Status::conflicting;
    verdict.truncated = true;
    verdict.cut_reason = reason;
  }
}

// Keeps the conflicts that check out again on a fresh solver (each once).
void confirm_conflicts(z3::context& ctx, const Group& group, const Grounding& grounding, const Dataset& dataset,
                       const SolveOptions& options, const Deadline& deadline, GroupVerdict& verdict,
                       std::vector<z3::solver>& kept_solvers) {
  if (verdict.conflicts.empty()) return;
  Deadline until = deadline.passed() ? Deadline::after(kConfirmGrace) : deadline;
  z3::solver solver(ctx, z3::solver::simple());
  SolveOptions confirming = options;
  confirming.fail_check = -1;
  confirming.out_of_time_at_check = -1;
  std::vector<Conflict> kept;
  std::vector<z3::solver> used{solver};
  try {
    Encoding fresh(ctx, solver, group, grounding, dataset, until, confirming);
    struct HandOver {
      Encoding& encoding;
      std::vector<z3::solver>& to;
      ~HandOver() { encoding.hand_over_solvers(to); }
    } hand_over{fresh, used};
    for (const Conflict& conflict : verdict.conflicts) {
      std::optional<Conflict> checked = confirmed(fresh, conflict, group);
      if (!checked) {
        verdict.cut_reason = "a conflict could not be confirmed on a fresh solver";
        continue;
      }
      bool repeat =
          std::any_of(kept.begin(), kept.end(), [&](const Conflict& k) { return k.claims == checked->claims; });
      if (!repeat) kept.push_back(std::move(*checked));
    }
  } catch (const OutOfTime&) {
    verdict.cut_reason = "timeout after " + std::to_string(options.timeout_ms) + " ms";
  } catch (const z3::exception& e) {
    verdict.cut_reason = until.passed() ? "timeout after " + std::to_string(options.timeout_ms) + " ms"
                                        : std::string("solver error: ") + e.msg();
  }
  verdict.conflicts = std::move(kept);
  // A cut solver is slow to free: it goes with its context (GroupSolver), the others now.
  if (!verdict.cut_reason.empty()) kept_solvers.insert(kept_solvers.end(), used.begin(), used.end());
}

}  // namespace

GroupVerdict GroupSolver::solve(const Group& group, const Grounding& grounding, const Dataset& dataset,
                                std::optional<Deadline> given) {
  GroupVerdict verdict;
  if (group.instances.empty()) return verdict;  // every claim was checked on its own by validation
  auto started = std::chrono::steady_clock::now();
  const SolveOptions& options = impl_->options;
  Deadline deadline =
      given ? *given : Deadline::after(std::chrono::milliseconds(options.timeout_ms)).and_by(options.run_deadline);
  if (deadline.passed()) {
    verdict.status = GroupVerdict::Status::unknown;
    verdict.reason = out_of_time_reason(options);
    return verdict;
  }
  z3::context& ctx = impl_->ctx;
  Watchdog watchdog(ctx, deadline.is_set() ? Deadline(deadline.at() + kConfirmGrace + kInterruptSlack) : Deadline());
  impl_->solver.push();
  impl_->map.push();
  bool tainted = false;
  bool narrowed = false;            // listed and confirmed on a narrowed group
  std::vector<z3::solver> retired;  // the fresh solvers the group's checks moved to
  try {
    bool large = group.claims.size() > kMinCycleListedClaims;
    std::optional<std::vector<int>> cycle =
        large ? difference_conflict(group, grounding, dataset, deadline) : std::nullopt;
    narrowed =
        large && list_narrowed_conflict(ctx, group, grounding, dataset, options, deadline, cycle, verdict, retired);
    if (cycle && cycle->size() > kMaxConfirmedClaims) cycle.reset();  // not confirmed: MARCO decides
    if (!narrowed)
      tainted = enumerate_lowered(ctx, impl_->solver, impl_->map, group, grounding, dataset, options, deadline, cycle,
                                  verdict, retired);
  } catch (const OutOfTime&) {
    cut_by_time(verdict, out_of_time_reason(options));
    tainted = true;
  } catch (const z3::exception& e) {
    if (watchdog.fired() || deadline.passed()) {
      cut_by_time(verdict, out_of_time_reason(options));  // Z3 interrupted, or a check past the deadline
    } else {
      verdict.status = GroupVerdict::Status::unknown;
      verdict.reason = std::string("solver error: ") + e.msg();
    }
    tainted = true;
  }
  try {
    if (!watchdog.fired()) {
      impl_->solver.pop();
      impl_->map.pop();
    }
  } catch (const z3::exception&) {  // interrupted just now: the context is replaced below
  }
  // A solver stopped at a limit, or left mid-check, is never asked again.
  if (tainted) {
    impl_->kept_solvers.insert(impl_->kept_solvers.end(), retired.begin(), retired.end());
    impl_->cut = true;
    if (!watchdog.fired()) {
      impl_->kept_solvers.push_back(impl_->solver);
      impl_->solver = z3::solver(ctx, z3::solver::simple());
    }
  }
  if (verdict.status == GroupVerdict::Status::unknown) verdict.conflicts.clear();
  if (verdict.status == GroupVerdict::Status::conflicting && !narrowed) {
    std::size_t found = verdict.conflicts.size();
    confirm_conflicts(ctx, group, grounding, dataset, options, deadline, verdict, impl_->kept_solvers);
    if (!verdict.cut_reason.empty()) impl_->cut = true;
    if (verdict.conflicts.size() < found) verdict.truncated = true;
    if (verdict.conflicts.empty()) {
      verdict.status = GroupVerdict::Status::unknown;
      verdict.reason = verdict.cut_reason.empty() ? "no conflict could be confirmed" : verdict.cut_reason;
      verdict.truncated = false;
      verdict.cut_reason.clear();
    }
  }
  if (watchdog.stop()) replace_context();
  verdict.spent_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  return verdict;
}

// An interrupted context is never asked again: its solvers go with it (spared, as a cut one).
void GroupSolver::replace_context() {
  impl_->cut = true;
  auto fresh = std::make_unique<Impl>();
  fresh->options = impl_->options;
  impl_ = std::move(fresh);
}

}  // namespace claimcheck
