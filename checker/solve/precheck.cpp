// Pre-check: Bellman-Ford over a group's difference constraints; a verified model proves consistency.
#include "solve/precheck.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <unordered_set>
#include <vector>

namespace claimcheck {

namespace {

constexpr int kMaxRounds = 16;  // rounds of fixing violated disjunctions before handing over to Z3

using Model = std::vector<std::int64_t>;  // a day per node; node 0 is the constant 0

// x_to − x_from ≤ weight
struct Edge {
  int from = 0;
  int to = 0;
  std::int64_t weight = 0;
};

class DifferenceSystem {
 public:
  // Node 0 is the constant, then two nodes per claim, then one per uncertain publication day.
  // `claims` (a group's) and `published_sources` are sorted: a node is found by binary search,
  // which for the small groups most datasets have beats building a hash map per group.
  DifferenceSystem(const std::vector<int>& claims, std::vector<int> published_sources)
      : claims_(claims), sources_(std::move(published_sources)) {}

  bool knows(const TimeVar& v) const {
    if (v.published >= 0) return std::binary_search(sources_.begin(), sources_.end(), v.published);
    return v.claim < 0 || std::binary_search(claims_.begin(), claims_.end(), v.claim);
  }
  int node(const TimeVar& v) const {
    if (v.published >= 0) return first_source_node() + position(sources_, v.published);
    if (v.claim < 0) return 0;
    return 1 + 2 * position(claims_, v.claim) + (v.endpoint == Endpoint::end ? 1 : 0);
  }
  int node_count() const { return first_source_node() + static_cast<int>(sources_.size()); }

  void add(const Difference& d) { edges_.push_back({node(d.b), node(d.a), d.bound}); }
  // Differences added after mark() are taken back by truncate().
  std::size_t mark() const { return edges_.size(); }
  void truncate(std::size_t mark) { edges_.resize(mark); }
  void add_all(const std::vector<Difference>& ds) {
    for (const Difference& d : ds) add(d);
  }

  // Shortest distances from a virtual source joined to every node by 0-weight edges: they
  // satisfy every edge, unless a negative cycle makes the system infeasible (then nullopt).
  std::optional<Model> solve() const {
    Model dist(static_cast<std::size_t>(node_count()), 0);
    for (int round = 0; round < node_count(); ++round) {
      bool changed = false;
      for (const Edge& e : edges_) {
        std::int64_t through = dist[static_cast<std::size_t>(e.from)] + e.weight;
        if (through < dist[static_cast<std::size_t>(e.to)]) {
          dist[static_cast<std::size_t>(e.to)] = through;
          changed = true;
        }
      }
      if (!changed) return dist;
    }
    return std::nullopt;
  }

  // How far the model is from satisfying a conjunction (0 when it does).
  std::int64_t violation(const std::vector<Difference>& conjunction, const Model& model) const {
    std::int64_t total = 0;
    for (const Difference& d : conjunction) {
      std::int64_t excess = model[static_cast<std::size_t>(node(d.a))] - model[static_cast<std::size_t>(node(d.b))] - d.bound;
      if (excess > 0) total += excess;
    }
    return total;
  }

  // Whether every linear atom holds on the model, evaluated exactly.
  bool atoms_hold(const std::vector<LinearAtom>& atoms, const Model& model, const Dataset& dataset) const {
    for (const LinearAtom& atom : atoms)
      if (!holds(atom, model, dataset)) return false;
    return true;
  }

  // The atom's left-hand side on the model, when it can be evaluated exactly.
  std::optional<std::int64_t> sum(const LinearAtom& atom, const Model& model, const Dataset& dataset) const {
    std::int64_t total = 0;
    for (const LinearTerm& t : atom.terms) {
      std::optional<std::int64_t> value = term_value(t, model, dataset);
      std::int64_t product = 0;
      if (!value || __builtin_mul_overflow(t.coefficient, *value, &product) ||
          __builtin_add_overflow(total, product, &total))
        return std::nullopt;
    }
    return total;
  }

  std::int64_t day(const TimeVar& v, const Model& model) const { return model[static_cast<std::size_t>(node(v))]; }
  bool holds_on(int holder, std::int64_t on, const Model& model) const {
    return day(TimeVar{holder, Endpoint::start}, model) <= on && on <= day(TimeVar{holder, Endpoint::end}, model);
  }

  // An option holds when its differences hold and so do its linear atoms, evaluated exactly.
  bool satisfies(const Constraint& c, const Model& model, const Dataset& dataset) const {
    for (std::size_t i = 0; i < c.any_of.size(); ++i) {
      if (violation(c.any_of[i], model) != 0) continue;
      bool atoms_hold = true;
      if (i < c.linear.size())
        for (const LinearAtom& atom : c.linear[i]) atoms_hold = atoms_hold && holds(atom, model, dataset);
      if (atoms_hold) return true;
    }
    return false;
  }

 private:

  // A linear atom under the model, as Lowering states it to Z3. False whenever the pre-check
  // cannot evaluate it exactly (a stated number that is not one exact integer, a claim outside
  // the group): false only sends the group to Z3, so it is never an unsound answer.
  // Z3 computes without bounds; past 64 bits the pre-check cannot, so it leaves the group.
  bool holds(const LinearAtom& atom, const Model& model, const Dataset& dataset) const {
    std::optional<std::int64_t> total = sum(atom, model, dataset);
    if (!total) return false;
    switch (atom.comparison) {
      case Comparison::less: return *total < atom.constant;
      case Comparison::less_equal: return *total <= atom.constant;
      case Comparison::equal: return *total == atom.constant;
    }
    return false;
  }

  std::optional<std::int64_t> term_value(const LinearTerm& t, const Model& model, const Dataset& dataset) const {
    if (t.kind == LinearTerm::Kind::holds) {
      if (!knows(t.day)) return std::nullopt;
      for (int holder : t.holders)
        if (!knows(TimeVar{holder, Endpoint::start})) return std::nullopt;
      for (int holder : t.holders)
        if (holds_on(holder, day(t.day, model) + t.day_offset, model)) return 1;
      return 0;
    }
    switch (t.kind) {
      case LinearTerm::Kind::day:
        if (!knows(t.day)) return std::nullopt;
        return day(t.day, model);
      case LinearTerm::Kind::value: return exact_number(t.claim, dataset);
      case LinearTerm::Kind::holds: return std::nullopt;  // above
    }
    return std::nullopt;
  }

  // The claim's stated number when its range is that one integer (no hedge): then the value
  // the solver may choose is fixed, and integer arithmetic is exact.
  static std::optional<std::int64_t> exact_number(int claim, const Dataset& dataset) {
    if (claim < 0 || static_cast<std::size_t>(claim) >= dataset.claims.size()) return std::nullopt;
    const std::optional<NumberRange>& range = dataset.claims[static_cast<std::size_t>(claim)].value.range;
    if (!range || range->low != range->high || range->low_open || range->high_open) return std::nullopt;
    if (!std::isfinite(range->low) || std::fabs(range->low) > 1e12 || std::trunc(range->low) != range->low)
      return std::nullopt;
    return static_cast<std::int64_t>(range->low);
  }

  int first_source_node() const { return 1 + 2 * static_cast<int>(claims_.size()); }
  static int position(const std::vector<int>& sorted, int item) {
    auto found = std::lower_bound(sorted.begin(), sorted.end(), item);
    if (found == sorted.end() || *found != item) throw std::out_of_range("pre-check: a variable outside the group");
    return static_cast<int>(found - sorted.begin());
  }

  const std::vector<int>& claims_;
  std::vector<int> sources_;
  std::vector<Edge> edges_;
};

// The proof: the model satisfies every base difference (the assumed claims' own days and
// anchor links) and every constraint that binds (instances', and claims' publication links).
bool verified(const DifferenceSystem& system, const Model& model, const std::vector<Difference>& base,
              const std::vector<const Constraint*>& constraints, const Dataset& dataset) {
  if (system.violation(base, model) > 0) return false;
  for (const Constraint* c : constraints)
    if (!system.satisfies(*c, model, dataset)) return false;
  return true;
}

// The option the model is closest to satisfying, by its differences.
std::size_t closest_option(const DifferenceSystem& system, const Constraint& c, const Model& model) {
  std::size_t best = 0;
  std::int64_t best_violation = system.violation(c.any_of.front(), model);
  for (std::size_t i = 1; i < c.any_of.size(); ++i) {
    std::int64_t v = system.violation(c.any_of[i], model);
    if (v < best_violation) {
      best = i;
      best_violation = v;
    }
  }
  return best;
}

const std::vector<LinearAtom>& atoms_of(const Constraint& c, std::size_t option) {
  static const std::vector<LinearAtom> none;
  return option < c.linear.size() ? c.linear[option] : none;
}

// Makes a count's atoms hold by moving holders onto or off the day they are counted on, with
// difference constraints of its own ("this holder's last day is before that day"). Such moves
// only narrow the models the system allows: the final verification still checks every
// constraint of the group, so a move can cost a proof, never make a wrong one. Each move is
// kept only when the system stays satisfiable; kMaxMoves bounds the work on one group.
class AtomRepair {
 public:
  AtomRepair(DifferenceSystem& system, const Dataset& dataset) : system_(system), dataset_(dataset) {}

  // True when every atom holds on `model` (updated as holders move).
  bool repair(const std::vector<LinearAtom>& atoms, Model& model) {
    for (const LinearAtom& atom : atoms) {
      while (!system_.atoms_hold({atom}, model, dataset_)) {
        std::optional<std::int64_t> total = system_.sum(atom, model, dataset_);
        if (!total || moves_left_-- <= 0) return false;
        bool lower = *total > atom.constant || (atom.comparison == Comparison::less && *total == atom.constant);
        if (!move_one_holder(atom, lower, model)) return false;
      }
    }
    return true;
  }

 private:
  // Flips one holds term in the direction that lowers (or raises) the atom's sum.
  bool move_one_holder(const LinearAtom& atom, bool lower, Model& model) {
    for (const LinearTerm& t : atom.terms) {
      if (t.kind != LinearTerm::Kind::holds) continue;
      std::int64_t on = system_.day(t.day, model) + t.day_offset;
      bool held = std::any_of(t.holders.begin(), t.holders.end(), [&](int h) { return system_.holds_on(h, on, model); });
      bool wants_held = (t.coefficient > 0) != lower;
      if (held == wants_held) continue;
      std::size_t mark = system_.mark();
      if (wants_held ? put_on(t, model) : take_off(t, on, model)) return true;
      system_.truncate(mark);
    }
    return false;
  }

  // One of the term's holders holds on its day: its span is stretched over the day.
  bool put_on(const LinearTerm& t, Model& model) {
    for (int h : t.holders) {
      std::size_t mark = system_.mark();
      system_.add({TimeVar{h, Endpoint::start}, t.day, t.day_offset});
      system_.add({t.day, TimeVar{h, Endpoint::end}, -t.day_offset});
      if (resolve(model)) return true;
      system_.truncate(mark);
    }
    return false;
  }

  // None of the term's holders holds on its day: each ends before it or starts after it.
  bool take_off(const LinearTerm& t, std::int64_t on, Model& model) {
    for (int h : t.holders) {
      if (!system_.holds_on(h, on, model)) continue;
      Difference ends_before{TimeVar{h, Endpoint::end}, t.day, t.day_offset - 1};
      Difference starts_after{t.day, TimeVar{h, Endpoint::start}, -t.day_offset - 1};
      bool nearer_end = on - system_.day(TimeVar{h, Endpoint::start}, model) > system_.day(TimeVar{h, Endpoint::end}, model) - on;
      if (!try_add(nearer_end ? ends_before : starts_after, model) &&
          !try_add(nearer_end ? starts_after : ends_before, model))
        return false;
      on = system_.day(t.day, model) + t.day_offset;  // the day may have moved with the model
    }
    return true;
  }

  bool try_add(const Difference& d, Model& model) {
    std::size_t mark = system_.mark();
    system_.add(d);
    if (resolve(model)) return true;
    system_.truncate(mark);
    return false;
  }

  bool resolve(Model& model) {
    std::optional<Model> next = system_.solve();
    if (!next) return false;
    model = std::move(*next);
    return true;
  }

  static constexpr int kMaxMoves = 64;
  DifferenceSystem& system_;
  const Dataset& dataset_;
  int moves_left_ = kMaxMoves;
};

// The rounds of the pre-check: a model of the differences, a fix for each constraint it
// violates (committing a disjunction to its closest option, or moving holders for an atom),
// until nothing is violated (then the model is verified) or nothing can be fixed.
PrecheckResult decide(DifferenceSystem& system, const std::vector<Difference>& base,
                      const std::vector<const Constraint*>& constraints, const Dataset& dataset) {
  system.add_all(base);
  std::vector<const Constraint*> open;        // disjunctions not yet committed to one option
  std::vector<const Constraint*> with_atoms;  // conjunctions whose atoms must hold too
  for (const Constraint* c : constraints) {
    if (c->any_of.size() == 1) {
      system.add_all(c->any_of.front());
      if (!atoms_of(*c, 0).empty()) with_atoms.push_back(c);
    } else if (!c->any_of.empty()) {
      open.push_back(c);
    } else {
      return PrecheckResult::undecided;  // no option at all: only the solver may say what that means
    }
  }
  AtomRepair atoms(system, dataset);
  for (int round = 0; round < kMaxRounds; ++round) {
    std::optional<Model> model = system.solve();
    if (!model) return PrecheckResult::undecided;  // maybe only a bad choice of options: ask Z3
    bool changed = false;
    std::vector<const Constraint*> still_open;
    for (const Constraint* c : open) {
      if (system.satisfies(*c, *model, dataset)) {
        still_open.push_back(c);
        continue;
      }
      changed = true;
      std::size_t option = closest_option(system, *c, *model);
      if (system.violation(c->any_of[option], *model) > 0 || atoms_of(*c, option).empty()) {
        system.add_all(c->any_of[option]);  // committed: its differences hold from now on
        continue;
      }
      // Only the option's atoms fail: moving holders may make them hold.
      if (!atoms.repair(atoms_of(*c, option), *model)) return PrecheckResult::undecided;
      still_open.push_back(c);
    }
    for (const Constraint* c : with_atoms) {
      if (system.atoms_hold(atoms_of(*c, 0), *model, dataset)) continue;
      changed = true;
      if (!atoms.repair(atoms_of(*c, 0), *model)) return PrecheckResult::undecided;
    }
    if (!changed)
      return verified(system, *model, base, constraints, dataset) ? PrecheckResult::consistent
                                                                  : PrecheckResult::undecided;
    open = std::move(still_open);
  }
  return PrecheckResult::undecided;
}

// Which claims of a group are assumed. With all of them (the whole group), every test is true
// without a lookup: `about` and `option_needs` only name claims of the group.
class AssumedClaims {
 public:
  AssumedClaims(const Group& group, const std::vector<int>& claims) : all_(claims.size() == group.claims.size()) {
    if (all_) return;
    for (int c : claims) assumed_.insert(group.claims[static_cast<std::size_t>(c)]);
  }
  bool all_of(const std::vector<int>& claims) const {
    return all_ || std::all_of(claims.begin(), claims.end(), [&](int c) { return assumed_.count(c) > 0; });
  }

 private:
  bool all_;
  std::unordered_set<int> assumed_;  // dataset claim indices, when not all
};

}  // namespace

PrecheckResult precheck_group(const Group& group, const Grounding& grounding, const Dataset& dataset) {
  std::vector<int> claims(group.claims.size()), instances(group.instances.size());
  for (std::size_t i = 0; i < claims.size(); ++i) claims[i] = static_cast<int>(i);
  for (std::size_t i = 0; i < instances.size(); ++i) instances[i] = static_cast<int>(i);
  return precheck_assumed(group, claims, instances, grounding, dataset);
}

// What binds is what the solver's lowering (solve/lowering.cpp) states under the same
// assumptions: an assumed claim's own days, its anchor link while the claim it is dated from is
// assumed too, and its readings against an uncertain publication day; an assumed instance's
// constraints whose `about` claims are all assumed, without the options whose `option_needs`
// are not. A claim not assumed is a free interval, its stated number any value.
PrecheckResult precheck_assumed(const Group& group, const std::vector<int>& claims, const std::vector<int>& instances,
                                const Grounding& grounding, const Dataset& dataset) {
  AssumedClaims assumed(group, claims);
  std::vector<Difference> base;
  base.reserve(claims.size() * 8);
  std::vector<std::unique_ptr<Constraint>> owned;  // built here: links, constraints with closed options
  std::vector<const Constraint*> constraints;
  for (int c : claims) {
    int claim = group.claims[static_cast<std::size_t>(c)];
    const Claim& data = dataset.claims[static_cast<std::size_t>(claim)];
    append_own_constraints(claim, data.time, base);
    if (std::optional<Constraint> link = anchor_link(claim, data.time); link && assumed.all_of(link->about))
      base.insert(base.end(), link->any_of.front().begin(), link->any_of.front().end());
    if (std::optional<Constraint> link = publication_link(claim, data)) {
      owned.push_back(std::make_unique<Constraint>(std::move(*link)));
      constraints.push_back(owned.back().get());
    }
  }
  for (int i : instances) {
    const RuleInstance& instance = grounding.instances[static_cast<std::size_t>(group.instances[static_cast<std::size_t>(i)])];
    for (const Constraint& c : instance.constraints) {
      if (!assumed.all_of(c.about)) continue;
      if (c.option_needs.empty()) {
        constraints.push_back(&c);
        continue;
      }
      auto open = std::make_unique<Constraint>();  // the options whose claims are assumed
      for (std::size_t k = 0; k < c.any_of.size(); ++k) {
        if (k < c.option_needs.size() && !assumed.all_of(c.option_needs[k])) continue;
        open->any_of.push_back(c.any_of[k]);
        open->linear.push_back(atoms_of(c, k));
      }
      constraints.push_back(open.get());
      owned.push_back(std::move(open));
    }
  }
  DifferenceSystem system(group.claims, publication_sources(group.claims, dataset));
  return decide(system, base, constraints, dataset);
}

}  // namespace claimcheck
