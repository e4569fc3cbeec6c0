// Pre-check: Bellman-Ford over a group's difference constraints; a verified model proves consistency.
#include "solve/precheck.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <deque>
#include <iterator>
#include <memory>
#include <optional>
#include <stdexcept>
#include <unordered_set>
#include <vector>

#include "solve/graph.h"
#include "solve/model_check.h"

namespace claimcheck {

namespace {

constexpr int kMaxRounds = 16;  // rounds of fixing violated disjunctions before handing over to Z3

// A model of the differences: a day per node of DayNodes (node 0 the constant, in a model as
// Bellman-Ford leaves it, so possibly not 0: differences do not mind a shift).
using Model = std::vector<std::int64_t>;

// x_to − x_from ≤ weight
struct Edge {
  int from = 0;
  int to = 0;
  std::int64_t weight = 0;
};

// The claims' numbers the pre-check can evaluate: those stated exactly (no hedge), the only
// value the solver may then choose. Any other stays unknown to the model (nullopt), so a term
// reading it fails and the group goes to Z3.
std::vector<std::optional<Fraction>> exact_numbers(const DayNodes& nodes, const Dataset& dataset) {
  std::vector<std::optional<Fraction>> out;
  out.reserve(nodes.claims().size());
  for (int claim : nodes.claims()) {
    const std::optional<NumberRange>& range = dataset.claims[static_cast<std::size_t>(claim)].value.range;
    bool exact = range && range->low == range->high && !range->low_open && !range->high_open;
    out.push_back(exact ? fraction_of_double(range->low) : std::nullopt);
  }
  return out;
}

class DifferenceSystem {
 public:
  // Only `assumed` claims hold on a day, as in the lowering: the model it finds leaves every
  // other claim out (false), which proves the assumed ones consistent all the same.
  DifferenceSystem(const DayNodes& nodes, const Dataset& dataset, const AssumedClaims& assumed)
      : nodes_(nodes), values_(exact_numbers(nodes, dataset)), assumed_(assumed) {}

  const DayNodes& nodes() const { return nodes_; }
  int node(const TimeVar& v) const { return nodes_.node(v); }
  int node_count() const { return nodes_.node_count(); }

  void add(const Difference& d) { edges_.push_back({node(d.b), node(d.a), d.bound}); }
  // Differences added after mark() are taken back by truncate().
  std::size_t mark() const { return edges_.size(); }
  void truncate(std::size_t mark) { edges_.resize(mark); }
  void add_all(const std::vector<Difference>& ds) {
    for (const Difference& d : ds) add(d);
  }

  // Shortest distances from a virtual source joined to every node by 0-weight edges: they
  // satisfy every edge, unless a negative cycle makes the system infeasible (then nullopt).
  // Past the deadline it stops with nothing (the caller reads the clock again).
  std::optional<Model> solve(const Deadline& deadline) const { return shortest_distances(edges_, deadline); }

  // Places every claim's instants inside the model's days, in the order the differences between
  // instants demand (TimeVar::instant); false when no order fits (Z3 then decides).
  bool place_instants(Model& model, const Deadline& deadline) const {
    int first = nodes_.first_instant_node();
    std::vector<Edge> between;
    for (const Edge& e : edges_)
      if (e.from >= first || e.to >= first) between.push_back(e);
    const std::vector<int>& claims = nodes_.claims();
    auto day = [&](int node) { return model[static_cast<std::size_t>(node)] - model.front(); };
    if (between.empty()) {  // nothing orders them: the first tick of each start, the next of each end
      for (std::size_t k = 0; k < claims.size(); ++k) {
        int start = first + 2 * static_cast<int>(k);
        model[static_cast<std::size_t>(start)] = model.front() + kTicksPerDay * day(1 + 2 * static_cast<int>(k));
        model[static_cast<std::size_t>(start) + 1] =
            model.front() + kTicksPerDay * day(2 + 2 * static_cast<int>(k)) + 1;
      }
      return true;
    }
    if (claims.size() > kMaxClaimsWithInstants) return false;
    for (std::size_t k = 0; k < claims.size(); ++k) {
      int start = first + 2 * static_cast<int>(k);
      std::int64_t first_day = day(1 + 2 * static_cast<int>(k)), last_day = day(2 + 2 * static_cast<int>(k));
      between.push_back({0, start, kTicksPerDay * first_day + kTicksPerDay - 1});
      between.push_back({start, 0, -kTicksPerDay * first_day});
      between.push_back({0, start + 1, kTicksPerDay * last_day + kTicksPerDay});
      between.push_back({start + 1, 0, -(kTicksPerDay * last_day + 1)});
    }
    std::optional<Model> ticks = shortest_distances(between, deadline);
    if (!ticks) return false;
    for (int node = first; node < node_count(); ++node)
      model[static_cast<std::size_t>(node)] = model.front() + (*ticks)[static_cast<std::size_t>(node)] - ticks->front();
    return true;
  }

  // Queue-based Bellman-Ford from a virtual source joined to every node, remembering the edge that
  // last lowered each node. A cycle among those edges is a negative cycle, so it is looked for
  // after every node_count() relaxations (O(nodes) each time): an infeasible system is known
  // about one lap of its cycle after the cycle's distances start falling, where counting passes
  // needs a pass over every edge per node. Neither a model nor a cycle: out of time.
  struct Relaxation {
    std::optional<Model> model;
    std::vector<int> cycle;  // its nodes
  };
  Relaxation relax(const Deadline& deadline) const {
    auto n = static_cast<std::size_t>(node_count());
    std::vector<std::vector<std::size_t>> out_of(n);
    for (std::size_t k = 0; k < edges_.size(); ++k) out_of[static_cast<std::size_t>(edges_[k].from)].push_back(k);
    Model dist(n, 0);
    std::vector<int> lowered_by(n, -1), walk_of(n, -1);
    std::vector<bool> queued(n, true);
    // A first pass in the graph's reverse postorder lowers a chain of relations end to end
    // instead of one link per pass.
    std::vector<int> order = reverse_postorder(out_of, [&](std::size_t k) { return edges_[k].to; });
    std::deque<int> queue(order.begin(), order.end());
    std::size_t relaxations = 0, steps = 0;
    while (!queue.empty()) {
      int v = queue.front();
      queue.pop_front();
      queued[static_cast<std::size_t>(v)] = false;
      if (++steps % 4096 == 0 && deadline.passed()) return {};
      for (std::size_t k : out_of[static_cast<std::size_t>(v)]) {
        const Edge& e = edges_[k];
        auto to = static_cast<std::size_t>(e.to);
        std::int64_t through = dist[static_cast<std::size_t>(v)] + e.weight;
        if (through >= dist[to]) continue;
        dist[to] = through;
        lowered_by[to] = static_cast<int>(k);
        if (!queued[to]) queued[to] = true, queue.push_back(e.to);
        if (++relaxations % n != 0) continue;
        if (std::vector<int> cycle = cycle_among(lowered_by, walk_of); !cycle.empty()) return {std::nullopt, cycle};
        if (deadline.passed()) return {};
      }
    }
    return {dist, {}};
  }

  std::optional<Model> shortest_distances(const std::vector<Edge>& edges, const Deadline& deadline) const;

  // How far the model is from satisfying a conjunction (0 when it does).
  std::int64_t violation(const std::vector<Difference>& conjunction, const Model& model) const {
    std::int64_t total = 0;
    for (const Difference& d : conjunction) {
      std::int64_t excess =
          model[static_cast<std::size_t>(node(d.a))] - model[static_cast<std::size_t>(node(d.b))] - d.bound;
      if (excess > 0) total += excess;
    }
    return total;
  }

  // Whether every linear atom holds on the model, evaluated exactly.
  bool atoms_hold(const std::vector<LinearAtom>& atoms, const Model& model) const {
    ModelEvaluator evaluator = evaluate(model);
    return std::all_of(atoms.begin(), atoms.end(), [&](const LinearAtom& atom) { return evaluator.holds(atom); });
  }

  // The atom's left-hand side on the model, when it is a whole number.
  std::optional<std::int64_t> sum(const LinearAtom& atom, const Model& model) const {
    std::optional<Fraction> total = evaluate(model).sum(atom);
    if (!total || total->den != 1 || total->num > INT64_MAX || total->num < INT64_MIN) return std::nullopt;
    return static_cast<std::int64_t>(total->num);
  }

  // The nodes of a cycle of the edges that last lowered each node, if there is one (in the
  // direction of the walk back along them). `walk_of` is scratch, an entry per node.
  std::vector<int> cycle_among(const std::vector<int>& lowered_by, std::vector<int>& walk_of) const {
    auto previous = [&](int node) {
      int edge = lowered_by[static_cast<std::size_t>(node)];
      return edge < 0 ? -1 : edges_[static_cast<std::size_t>(edge)].from;
    };
    auto every_node = [](int) { return true; };
    int on = node_on_parent_cycle(FirstNodes{node_count()}, previous, every_node, walk_of);
    return on < 0 ? std::vector<int>{} : parent_cycle(on, previous);
  }

  std::int64_t day(const TimeVar& v, const Model& model) const { return model[static_cast<std::size_t>(node(v))]; }
  bool assumed(int claim) const { return assumed_.contains(claim); }
  bool holds_on(int holder, std::int64_t on, const Model& model) const {
    return assumed(holder) && day(TimeVar{holder, Endpoint::start}, model) <= on &&
           on <= day(TimeVar{holder, Endpoint::end}, model);
  }

  // An option holds when its differences hold and so do its linear atoms, evaluated exactly.
  bool satisfies(const Constraint& c, const Model& model) const { return evaluate(model).holds(c); }

  ModelEvaluator evaluate(const Model& model) const { return ModelEvaluator(nodes_, model, values_, assumed_); }
  // The model as the model check reads it.
  GroupModel group_model(const Model& model) const { return GroupModel{model, values_}; }

 private:
  const DayNodes& nodes_;
  std::vector<std::optional<Fraction>> values_;
  const AssumedClaims& assumed_;
  std::vector<Edge> edges_;
};

// The strongly connected components of the graph, in topological order (every edge between two
// components goes from an earlier one to a later one). Tarjan's algorithm, without recursion:
// it finds components sinks first.
std::vector<std::vector<int>> components_in_order(int n, const std::vector<std::vector<std::size_t>>& out_of,
                                                  const std::vector<Edge>& edges) {
  std::vector<int> index(static_cast<std::size_t>(n), -1), low(static_cast<std::size_t>(n), 0);
  std::vector<bool> on_stack(static_cast<std::size_t>(n), false);
  std::vector<int> stack;
  std::vector<std::pair<int, std::size_t>> calls;  // node, next out-edge to look at
  std::vector<std::vector<int>> components;
  int next_index = 0;
  for (int root = 0; root < n; ++root) {
    if (index[static_cast<std::size_t>(root)] >= 0) continue;
    calls.push_back({root, 0});
    while (!calls.empty()) {
      auto& [v, next] = calls.back();
      std::size_t vi = static_cast<std::size_t>(v);
      if (next == 0 && index[vi] < 0) {
        index[vi] = low[vi] = next_index++;
        stack.push_back(v);
        on_stack[vi] = true;
      }
      if (next < out_of[vi].size()) {
        int w = edges[out_of[vi][next++]].to;
        std::size_t wi = static_cast<std::size_t>(w);
        if (index[wi] < 0) {
          calls.push_back({w, 0});
        } else if (on_stack[wi]) {
          low[vi] = std::min(low[vi], index[wi]);
        }
        continue;
      }
      if (low[vi] == index[vi]) {
        std::vector<int> component;
        int w = -1;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[static_cast<std::size_t>(w)] = false;
          component.push_back(w);
        } while (w != v);
        components.push_back(std::move(component));
      }
      int done = v;
      calls.pop_back();
      if (!calls.empty()) {
        std::size_t parent = static_cast<std::size_t>(calls.back().first);
        low[parent] = std::min(low[parent], low[static_cast<std::size_t>(done)]);
      }
    }
  }
  std::reverse(components.begin(), components.end());
  return components;
}

// Shortest distances over `edges` from a virtual source joined to every node by 0-weight edges,
// component by component in topological order: one pass over the chains that relations and
// anchors make, and queue-based Bellman-Ford inside a cycle of constraints. nullopt on a
// negative cycle, past the deadline, or when a distance leaves the range any calendar reaches.
std::optional<Model> DifferenceSystem::shortest_distances(const std::vector<Edge>& edges,
                                                          const Deadline& deadline) const {
  if (deadline.passed()) return std::nullopt;  // building the graph alone costs a pass over it
  int n = node_count();
  std::vector<std::vector<std::size_t>> out_of(static_cast<std::size_t>(n));
  for (std::size_t i = 0; i < edges.size(); ++i) out_of[static_cast<std::size_t>(edges[i].from)].push_back(i);
  std::vector<std::vector<int>> components = components_in_order(n, out_of, edges);
  std::vector<int> component_of(static_cast<std::size_t>(n));
  for (std::size_t c = 0; c < components.size(); ++c)
    for (int v : components[c]) component_of[static_cast<std::size_t>(v)] = static_cast<int>(c);
  constexpr std::int64_t kFloor = -(std::int64_t{1} << 60);
  Model dist(static_cast<std::size_t>(n), 0);
  std::vector<std::size_t> relaxed(static_cast<std::size_t>(n), 0);
  std::vector<bool> queued(static_cast<std::size_t>(n), false);
  std::vector<int> parent(static_cast<std::size_t>(n), -1), walk_of(static_cast<std::size_t>(n), -1);
  std::deque<int> queue;
  auto parent_of = [&](int v) { return parent[static_cast<std::size_t>(v)]; };
  auto every_node = [](int) { return true; };  // parents never leave a component: only edges inside it set them
  std::size_t steps = 0;
  for (std::size_t c = 0; c < components.size(); ++c) {
    const std::vector<int>& component = components[c];
    if (++steps % 1024 == 0 && deadline.passed()) return std::nullopt;
    std::size_t relaxations = 0;
    for (int v : component) queue.push_back(v), queued[static_cast<std::size_t>(v)] = true;
    while (!queue.empty()) {  // inside the component; a single node without a loop settles at once
      int v = queue.front();
      queue.pop_front();
      queued[static_cast<std::size_t>(v)] = false;
      if (++steps % 4096 == 0 && deadline.passed()) return std::nullopt;
      for (std::size_t i : out_of[static_cast<std::size_t>(v)]) {
        const Edge& e = edges[i];
        std::size_t to = static_cast<std::size_t>(e.to);
        if (component_of[to] != static_cast<int>(c)) continue;
        std::int64_t through = dist[static_cast<std::size_t>(v)] + e.weight;
        if (through >= dist[to]) continue;
        if (through < kFloor || ++relaxed[to] > component.size()) return std::nullopt;
        dist[to] = through;
        parent[to] = v;
        if (!queued[to]) queued[to] = true, queue.push_back(e.to);
        // A cycle of last relaxations is a negative cycle: looking for one after every |component|
        // relaxations finds it in about that many more, where the count above needs |component|
        // passes over the component's edges.
        if (++relaxations % component.size() == 0 &&
            node_on_parent_cycle(component, parent_of, every_node, walk_of) >= 0)
          return std::nullopt;
      }
    }
    for (int v : component)  // then into the later components
      for (std::size_t i : out_of[static_cast<std::size_t>(v)]) {
        const Edge& e = edges[i];
        std::size_t to = static_cast<std::size_t>(e.to);
        if (component_of[to] == static_cast<int>(c)) continue;
        std::int64_t through = dist[static_cast<std::size_t>(v)] + e.weight;
        if (through < kFloor) return std::nullopt;
        dist[to] = std::min(dist[to], through);
      }
  }
  return dist;
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

// Makes a count's atoms hold by moving holders onto or off the day they are counted on, with
// difference constraints of its own ("this holder's last day is before that day"). Such moves
// only narrow the models the system allows: the final verification still checks every
// constraint of the group, so a move can cost a proof, never make a wrong one. Each move is
// kept only when the system stays satisfiable; kMaxMoves bounds the work on one group.
class AtomRepair {
 public:
  AtomRepair(DifferenceSystem& system, const Deadline& deadline) : system_(system), deadline_(deadline) {}

  // True when every atom holds on `model` (updated as holders move).
  bool repair(const std::vector<LinearAtom>& atoms, Model& model) {
    for (const LinearAtom& atom : atoms) {
      while (!system_.atoms_hold({atom}, model)) {
        if (deadline_.passed()) return false;
        std::optional<std::int64_t> total = system_.sum(atom, model);
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
      bool held =
          std::any_of(t.holders.begin(), t.holders.end(), [&](int h) { return system_.holds_on(h, on, model); });
      bool wants_held = (t.coefficient > 0) != lower;
      if (held == wants_held) continue;
      std::size_t mark = system_.mark();
      if (wants_held ? put_on(t, model) : take_off(t, on, model)) return true;
      system_.truncate(mark);
    }
    return false;
  }

  // One of the term's assumed holders holds on its day: its span is stretched over the day.
  // Each try solves the whole system again: the deadline is read before every one.
  bool put_on(const LinearTerm& t, Model& model) {
    for (int h : t.holders) {
      if (deadline_.passed()) return false;
      if (!system_.assumed(h)) continue;
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
      if (deadline_.passed()) return false;
      if (!system_.holds_on(h, on, model)) continue;
      Difference ends_before{TimeVar{h, Endpoint::end}, t.day, t.day_offset - 1};
      Difference starts_after{t.day, TimeVar{h, Endpoint::start}, -t.day_offset - 1};
      bool nearer_end =
          on - system_.day(TimeVar{h, Endpoint::start}, model) > system_.day(TimeVar{h, Endpoint::end}, model) - on;
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
    std::optional<Model> next = system_.solve(deadline_);
    if (!next) return false;
    model = std::move(*next);
    return true;
  }

  static constexpr int kMaxMoves = 64;
  DifferenceSystem& system_;
  const Deadline& deadline_;
  int moves_left_ = kMaxMoves;
};

// The rounds of the pre-check: a model of the differences, a fix for each constraint it
// violates (committing a disjunction to its closest option, or moving holders for an atom),
// until nothing is violated (then the model check verifies the model) or nothing can be fixed.
PrecheckResult decide_difference_system(DifferenceSystem& system, const BindingConstraints& binding,
                                        const Dataset& dataset, const Deadline& deadline) {
  system.add_all(binding.base());
  std::vector<const Constraint*> open;        // disjunctions not yet committed to one option
  std::vector<const Constraint*> with_atoms;  // conjunctions whose atoms must hold too
  for (const Constraint* c : binding.constraints()) {
    if (c->any_of.size() == 1) {
      system.add_all(c->any_of.front());
      if (!atoms_of(*c, 0).empty()) with_atoms.push_back(c);
    } else if (!c->any_of.empty()) {
      open.push_back(c);
    } else {
      return PrecheckResult::undecided;  // no option at all: only the solver may say what that means
    }
  }
  AtomRepair atoms(system, deadline);
  for (int round = 0; round < kMaxRounds; ++round) {
    std::optional<Model> model = system.solve(deadline);
    if (!model) return PrecheckResult::undecided;  // maybe only a bad choice of options: ask Z3
    bool changed = false;
    std::vector<const Constraint*> still_open;
    for (const Constraint* c : open) {
      if (system.satisfies(*c, *model)) {
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
      if (system.atoms_hold(atoms_of(*c, 0), *model)) continue;
      changed = true;
      if (!atoms.repair(atoms_of(*c, 0), *model)) return PrecheckResult::undecided;
    }
    if (!changed) {
      if (!system.place_instants(*model, deadline)) return PrecheckResult::undecided;
      return model_satisfies(binding, system.nodes(), system.group_model(*model), dataset) ? PrecheckResult::consistent
                                                                                           : PrecheckResult::undecided;
    }
    open = std::move(still_open);
    if (deadline.passed()) return PrecheckResult::undecided;
  }
  return PrecheckResult::undecided;
}

}  // namespace

PrecheckResult precheck_group(const Group& group, const Grounding& grounding, const Dataset& dataset,
                              const Deadline& deadline) {
  std::vector<int> claims(group.claims.size()), instances(group.instances.size());
  for (std::size_t i = 0; i < claims.size(); ++i) claims[i] = static_cast<int>(i);
  for (std::size_t i = 0; i < instances.size(); ++i) instances[i] = static_cast<int>(i);
  return precheck_assumed(group, claims, instances, grounding, dataset, deadline);
}

PrecheckResult precheck_assumed(const Group& group, const std::vector<int>& claims, const std::vector<int>& instances,
                                const Grounding& grounding, const Dataset& dataset, const Deadline& deadline) {
  BindingConstraints binding(group, claims, instances, grounding, dataset);
  DayNodes nodes(group, dataset, grounding);
  DifferenceSystem system(nodes, dataset, binding.assumed());
  return decide_difference_system(system, binding, dataset, deadline);
}

namespace {

constexpr std::size_t kMaxCycleClaims = 64;  // a larger cycle is returned as found, not shrunk

// The group's claims at positions `claims`, every instance assumed, as a difference system:
// a negative cycle's claims (positions), an empty list when the system has a model, nullopt
// when it is not plain differences (a disjunction, a linear atom) or time ran out.
std::optional<std::vector<int>> cycle_claims(const Group& group, const std::vector<int>& claims,
                                             const std::vector<int>& instances, const DayNodes& nodes,
                                             const Grounding& grounding, const Dataset& dataset,
                                             const Deadline& deadline) {
  BindingConstraints binding(group, claims, instances, grounding, dataset);
  DifferenceSystem system(nodes, dataset, binding.assumed());
  system.add_all(binding.base());
  for (const Constraint* c : binding.constraints()) {
    if (c->any_of.size() != 1 || c->has_linear()) return std::nullopt;
    system.add_all(c->any_of.front());
  }
  DifferenceSystem::Relaxation relaxed = system.relax(deadline);
  if (relaxed.model) return std::vector<int>{};
  if (relaxed.cycle.empty()) return std::nullopt;
  std::vector<int> out;
  int claim_nodes = 2 * static_cast<int>(group.claims.size());
  int first_instant = nodes.first_instant_node();
  for (int node : relaxed.cycle) {
    if (node >= 1 && node <= claim_nodes) out.push_back((node - 1) / 2);
    if (node >= first_instant && node < first_instant + claim_nodes) out.push_back((node - first_instant) / 2);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<int> without_position(const std::vector<int>& items, int removed) {
  std::vector<int> out;
  for (int x : items)
    if (x != removed) out.push_back(x);
  return out;
}

}  // namespace

std::optional<std::vector<int>> difference_conflict(const Group& group, const Grounding& grounding,
                                                    const Dataset& dataset, const Deadline& deadline) {
  std::vector<int> every_claim(group.claims.size()), instances(group.instances.size());
  for (std::size_t i = 0; i < every_claim.size(); ++i) every_claim[i] = static_cast<int>(i);
  for (std::size_t i = 0; i < instances.size(); ++i) instances[i] = static_cast<int>(i);
  DayNodes nodes(group, dataset, grounding);
  auto cycle_of = [&](const std::vector<int>& claims) {
    return cycle_claims(group, claims, instances, nodes, grounding, dataset, deadline);
  };
  std::optional<std::vector<int>> found = cycle_of(every_claim);
  if (!found || found->empty()) return std::nullopt;
  if (found->size() > kMaxCycleClaims) return found;  // shrinking claim by claim would not end in time
  // The cycle's claims alone must close a cycle of their own (an edge of it may bind only
  // while a claim off the cycle is assumed too: then the set grows by that claim's cycle).
  std::vector<int> conflict = *found;
  while (true) {
    std::optional<std::vector<int>> again = cycle_of(conflict);
    if (!again || again->empty()) return std::nullopt;
    if (std::includes(conflict.begin(), conflict.end(), again->begin(), again->end())) {
      conflict = *again;
      break;
    }
    std::vector<int> both;
    std::set_union(conflict.begin(), conflict.end(), again->begin(), again->end(), std::back_inserter(both));
    if (both.size() > kMaxCycleClaims) return std::nullopt;
    conflict = std::move(both);
  }
  // Deletion-based: a claim whose removal leaves a cycle goes, with every claim off that cycle.
  for (int candidate : std::vector<int>(conflict)) {
    if (!std::binary_search(conflict.begin(), conflict.end(), candidate)) continue;
    std::vector<int> rest = without_position(conflict, candidate);
    std::optional<std::vector<int>> cycle = cycle_of(rest);
    if (!cycle) return std::nullopt;
    if (cycle->empty()) continue;  // needed
    if (!std::includes(rest.begin(), rest.end(), cycle->begin(), cycle->end())) return std::nullopt;
    conflict = *cycle;
  }
  return conflict;
}

std::optional<std::vector<int>> failing_constraint_claims(const Group& group, const Grounding& grounding) {
  for (int i : group.instances)
    for (const Constraint& c : grounding.instances[static_cast<std::size_t>(i)].constraints) {
      if (!c.any_of.empty() || c.about.empty()) continue;
      std::vector<int> positions;
      for (int claim : c.about) {
        auto at = std::lower_bound(group.claims.begin(), group.claims.end(), claim);
        if (at == group.claims.end() || *at != claim) return std::nullopt;
        positions.push_back(static_cast<int>(at - group.claims.begin()));
      }
      sort_unique(positions);
      return positions;
    }
  return std::nullopt;
}

}  // namespace claimcheck
