// Pre-check: Bellman-Ford over a group's difference constraints; a verified model proves consistency.
#include "solve/precheck.h"

#include <cmath>
#include <cstdint>
#include <optional>
#include <unordered_map>
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
  DifferenceSystem(const std::vector<int>& claims, const std::vector<int>& published_sources) {
    for (int claim : claims) node_of_claim_.emplace(claim, static_cast<int>(node_of_claim_.size()) * 2 + 1);
    int first_source_node = static_cast<int>(node_of_claim_.size()) * 2 + 1;
    for (int source : published_sources)
      node_of_source_.emplace(source, first_source_node + static_cast<int>(node_of_source_.size()));
  }

  bool knows(const TimeVar& v) const {
    if (v.published >= 0) return node_of_source_.count(v.published) > 0;
    return v.claim < 0 || node_of_claim_.count(v.claim) > 0;
  }
  int node(const TimeVar& v) const {
    if (v.published >= 0) return node_of_source_.at(v.published);
    if (v.claim < 0) return 0;
    return node_of_claim_.at(v.claim) + (v.endpoint == Endpoint::end ? 1 : 0);
  }
  int node_count() const {
    return static_cast<int>(node_of_claim_.size()) * 2 + 1 + static_cast<int>(node_of_source_.size());
  }

  void add(const Difference& d) { edges_.push_back({node(d.b), node(d.a), d.bound}); }
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
  std::int64_t day(const TimeVar& v, const Model& model) const { return model[static_cast<std::size_t>(node(v))]; }

  // A linear atom under the model, as Lowering states it to Z3. False whenever the pre-check
  // cannot evaluate it exactly (a stated number that is not one exact integer, a claim outside
  // the group): false only sends the group to Z3, so it is never an unsound answer.
  bool holds(const LinearAtom& atom, const Model& model, const Dataset& dataset) const {
    std::int64_t sum = 0;
    for (const LinearTerm& t : atom.terms) {
      std::optional<std::int64_t> value = term_value(t, model, dataset);
      std::int64_t product = 0;
      // Z3 computes without bounds; past 64 bits the pre-check cannot, so it leaves the group.
      if (!value || __builtin_mul_overflow(t.coefficient, *value, &product) ||
          __builtin_add_overflow(sum, product, &sum))
        return false;
    }
    switch (atom.comparison) {
      case Comparison::less: return sum < atom.constant;
      case Comparison::less_equal: return sum <= atom.constant;
      case Comparison::equal: return sum == atom.constant;
    }
    return false;
  }

  std::optional<std::int64_t> term_value(const LinearTerm& t, const Model& model, const Dataset& dataset) const {
    switch (t.kind) {
      case LinearTerm::Kind::day:
        if (!knows(t.day)) return std::nullopt;
        return day(t.day, model);
      case LinearTerm::Kind::value: return exact_number(t.claim, dataset);
      case LinearTerm::Kind::holds: {
        if (!knows(t.day)) return std::nullopt;
        std::int64_t on = day(t.day, model) + t.day_offset;
        for (int holder : t.holders) {
          if (!knows(TimeVar{holder, Endpoint::start})) return std::nullopt;
          if (day(TimeVar{holder, Endpoint::start}, model) <= on && on <= day(TimeVar{holder, Endpoint::end}, model))
            return 1;
        }
        return 0;
      }
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

  std::unordered_map<int, int> node_of_claim_;
  std::unordered_map<int, int> node_of_source_;
  std::vector<Edge> edges_;
};

std::vector<const Constraint*> instance_constraints(const Group& group, const Grounding& grounding) {
  std::vector<const Constraint*> out;
  for (int instance : group.instances)
    for (const Constraint& c : grounding.instances[static_cast<std::size_t>(instance)].constraints) out.push_back(&c);
  return out;
}

// The proof: the model satisfies every claim's own constraints and every other constraint
// (instances', and claims' publication links).
bool verified(const DifferenceSystem& system, const Model& model, const Group& group,
              const std::vector<const Constraint*>& constraints, const Dataset& dataset) {
  for (int claim : group.claims)
    if (system.violation(claim_constraints(claim, dataset.claims[static_cast<std::size_t>(claim)].time), model) > 0)
      return false;
  for (const Constraint* c : constraints)
    if (!system.satisfies(*c, model, dataset)) return false;
  return true;
}

const std::vector<Difference>& closest_option(const DifferenceSystem& system, const Constraint& c, const Model& model) {
  const std::vector<Difference>* best = &c.any_of.front();
  std::int64_t best_violation = system.violation(*best, model);
  for (const auto& option : c.any_of) {
    std::int64_t v = system.violation(option, model);
    if (v < best_violation) {
      best = &option;
      best_violation = v;
    }
  }
  return *best;
}

}  // namespace

PrecheckResult precheck_group(const Group& group, const Grounding& grounding, const Dataset& dataset) {
  DifferenceSystem system(group.claims, publication_sources(group.claims, dataset));
  std::vector<Constraint> links;  // claims read against an uncertain publication day: disjunctions
  for (int claim : group.claims) {
    const Claim& data = dataset.claims[static_cast<std::size_t>(claim)];
    system.add_all(claim_constraints(claim, data.time));
    if (std::optional<Constraint> link = publication_link(claim, data)) links.push_back(std::move(*link));
  }
  std::vector<const Constraint*> constraints = instance_constraints(group, grounding);
  // Linear atoms (counts, stated numbers) are beyond difference logic: the model below ignores
  // them, and the final verification evaluates them on it; only a model that satisfies them
  // too proves the group consistent. Otherwise Z3 decides.
  for (const Constraint& link : links) constraints.push_back(&link);
  std::vector<const Constraint*> open;  // disjunctions not yet committed to one option
  for (const Constraint* c : constraints) {
    if (c->any_of.size() == 1)
      system.add_all(c->any_of.front());
    else if (!c->any_of.empty())
      open.push_back(c);
  }
  for (int round = 0; round < kMaxRounds; ++round) {
    std::optional<Model> model = system.solve();
    if (!model) return PrecheckResult::undecided;  // maybe only a bad choice of options: ask Z3
    std::vector<const Constraint*> still_open;
    for (const Constraint* c : open) {
      if (system.satisfies(*c, *model, dataset)) {
        still_open.push_back(c);
        continue;
      }
      system.add_all(closest_option(system, *c, *model));
    }
    if (still_open.size() == open.size())
      return verified(system, *model, group, constraints, dataset) ? PrecheckResult::consistent
                                                                   : PrecheckResult::undecided;
    open = std::move(still_open);
  }
  return PrecheckResult::undecided;
}

}  // namespace claimcheck
