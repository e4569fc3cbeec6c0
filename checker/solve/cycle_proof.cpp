// Cycle proof: a long cycle of plain differences proved a minimal conflict without Z3.
#include "solve/cycle_proof.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <stdexcept>

#include "solve/graph.h"
#include "solve/model_check.h"

namespace claimcheck {

namespace {

// x_a − x_b ≤ bound, binding while every claim of `needs` (indices into the proof's claims) is
// assumed.
struct Binding {
  Difference difference;
  std::vector<int> needs;
  int instance = -1;  // position in group.instances; -1 for a claim's own days and links
};

// Every difference that binds while some subset of the claims is assumed; nullopt when one that
// binds is not a plain difference.
class Collector {
 public:
  Collector(const Group& group, const std::vector<int>& claims) : group_(group), claims_(claims) {}

  std::optional<std::vector<Binding>> collect(const Grounding& grounding, const Dataset& dataset) {
    for (std::size_t j = 0; j < claims_.size(); ++j) {
      int claim = group_.claims[static_cast<std::size_t>(claims_[j])];
      const Claim& data = dataset.claims[static_cast<std::size_t>(claim)];
      if (publication_link(claim, data)) return std::nullopt;  // one option per reading: a disjunction
      std::vector<Difference> own;
      append_own_constraints(claim, data.time, own);
      add_all(own, {static_cast<int>(j)}, -1);
      if (std::optional<Constraint> link = anchor_link(claim, data.time)) {
        std::optional<std::vector<int>> needs = needs_of(link->about);
        if (needs && !add_constraint(*link, *needs, -1)) return std::nullopt;
      }
    }
    for (std::size_t i = 0; i < group_.instances.size(); ++i)
      for (const Constraint& c : grounding.instances[static_cast<std::size_t>(group_.instances[i])].constraints) {
        std::optional<std::vector<int>> needs = needs_of(c.about);
        if (needs && !add_constraint(c, *needs, static_cast<int>(i))) return std::nullopt;
      }
    return std::move(out_);
  }

 private:
  // The indices of `about` among the proof's claims; nullopt when one is not among them (then
  // the constraint binds for none of their subsets).
  std::optional<std::vector<int>> needs_of(const std::vector<int>& about) const {
    std::vector<int> out;
    for (int claim : about) {
      auto in_group = std::lower_bound(group_.claims.begin(), group_.claims.end(), claim);
      if (in_group == group_.claims.end() || *in_group != claim) return std::nullopt;
      int position = static_cast<int>(in_group - group_.claims.begin());
      auto in_proof = std::lower_bound(claims_.begin(), claims_.end(), position);
      if (in_proof == claims_.end() || *in_proof != position) return std::nullopt;
      out.push_back(static_cast<int>(in_proof - claims_.begin()));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  bool add_constraint(const Constraint& c, const std::vector<int>& needs, int instance) {
    if (c.any_of.size() != 1 || !c.option_needs.empty() || c.has_linear()) return false;
    add_all(c.any_of.front(), needs, instance);
    return true;
  }

  void add_all(const std::vector<Difference>& differences, const std::vector<int>& needs, int instance) {
    for (const Difference& d : differences) out_.push_back({d, needs, instance});
  }

  const Group& group_;
  const std::vector<int>& claims_;
  std::vector<Binding> out_;
};

// x_to − x_from ≤ weight, over DayNodes' numbering.
struct Edge {
  int from = 0;
  int to = 0;
  std::int64_t weight = 0;
  const Binding* binding = nullptr;
};

// The differences as edges. Instants are placed inside their days after the days are chosen
// (not a plain difference), so a claim set whose differences read an instant is left to the
// solver: nullopt.
std::optional<std::vector<Edge>> edges_of(const std::vector<Binding>& bindings, const DayNodes& nodes) {
  std::vector<Edge> out;
  for (const Binding& b : bindings) {
    if (b.difference.a.instant || b.difference.b.instant) return std::nullopt;
    out.push_back({nodes.node(b.difference.b), nodes.node(b.difference.a), b.difference.bound, &b});
  }
  return out;
}

// A potential over the nodes that satisfies every edge whose claims are all in, repaired as
// claims go out and come back in.
class PotentialGraph {
 public:
  PotentialGraph(std::vector<Edge> edges, std::size_t node_count, std::size_t claim_count, const Deadline& deadline)
      : edges_(std::move(edges)), deadline_(deadline) {
    out_of_.resize(node_count);
    for (std::size_t e = 0; e < edges_.size(); ++e) out_of_[static_cast<std::size_t>(edges_[e].from)].push_back(e);
    edges_of_claim_.resize(claim_count);
    blocked_.resize(edges_.size());
    for (std::size_t e = 0; e < edges_.size(); ++e) {
      blocked_[e] = static_cast<int>(edges_[e].binding->needs.size());
      for (int j : edges_[e].binding->needs) edges_of_claim_[static_cast<std::size_t>(j)].push_back(e);
    }
    dist_.assign(node_count, 0);
    queued_.assign(node_count, false);
    parent_edge_.assign(node_count, -1);
    lowered_in_.assign(node_count, 0);
    walk_of_.assign(node_count, -1);
    rank_ = reverse_postorder_ranks();
  }

  // With every claim out: the edges that need none.
  bool start() {
    std::vector<std::size_t> free_edges;
    for (std::size_t e = 0; e < edges_.size(); ++e)
      if (blocked_[e] == 0) free_edges.push_back(e);
    return repair(free_edges) == Repair::feasible;
  }

  // Unsat: with every claim in, the edges close a negative cycle, checked edge by edge. The
  // instances its edges come from.
  std::optional<std::vector<int>> negative_cycle_instances() {
    std::vector<std::size_t> every;
    for (std::size_t j = 0; j < edges_of_claim_.size(); ++j) append_unblocked(j, every);
    if (repair(every) != Repair::negative_cycle || !closes_negative(cycle_)) return std::nullopt;
    std::vector<int> instances;
    for (std::size_t e : cycle_)
      if (edges_[e].binding->instance >= 0) instances.push_back(edges_[e].binding->instance);
    std::sort(instances.begin(), instances.end());
    instances.erase(std::unique(instances.begin(), instances.end()), instances.end());
    return instances;
  }

  // The nodes of the negative cycle found, in the direction its edges lower them.
  std::vector<int> cycle_nodes() const {
    std::vector<int> out;
    for (std::size_t e : cycle_) out.push_back(edges_[e].from);
    return out;
  }

  // Repairs take the nodes they lower first in this order (the rest after, in the graph's
  // reverse postorder): along a negative cycle's direction, one pass lowers a chain of it end
  // to end where another order lowers it one link per pass.
  void prefer_order(const std::vector<int>& nodes) {
    std::vector<int> rank(rank_.size());
    for (std::size_t v = 0; v < rank.size(); ++v) rank[v] = static_cast<int>(nodes.size()) + rank_[v];
    for (std::size_t k = 0; k < nodes.size(); ++k) rank[static_cast<std::size_t>(nodes[k])] = static_cast<int>(k);
    rank_ = std::move(rank);
  }

  // Needed: for each claim, with only it out, a potential that satisfies every other edge.
  bool each_claim_needed() { return each_needed(0, static_cast<int>(edges_of_claim_.size())); }

 private:
  enum class Repair { feasible, negative_cycle, out_of_time, out_of_range };

  void append_unblocked(std::size_t claim, std::vector<std::size_t>& out) {
    for (std::size_t e : edges_of_claim_[claim])
      if (--blocked_[e] == 0) out.push_back(e);
  }
  void block(std::size_t claim) {
    for (std::size_t e : edges_of_claim_[claim]) ++blocked_[e];
  }

  bool violated(std::size_t e) const {
    const Edge& edge = edges_[e];
    return dist_[static_cast<std::size_t>(edge.from)] + edge.weight < dist_[static_cast<std::size_t>(edge.to)];
  }

  // False when the distance would leave the range any calendar reaches (the repair stops).
  bool lower(std::size_t e) {
    constexpr std::int64_t kFloor = -(std::int64_t{1} << 60);
    const Edge& edge = edges_[e];
    auto to = static_cast<std::size_t>(edge.to);
    std::int64_t through = dist_[static_cast<std::size_t>(edge.from)] + edge.weight;
    if (through < kFloor) return false;
    undo_.push_back({edge.to, dist_[to]});
    dist_[to] = through;
    parent_edge_[to] = static_cast<int>(e);
    if (lowered_in_[to] != epoch_) lowered_in_[to] = epoch_, lowered_.push_back(edge.to);
    if (!queued_[to]) {
      queued_[to] = true;
      queue_.push_back({rank_[to], edge.to});
      std::push_heap(queue_.begin(), queue_.end(), std::greater<>());
    }
    return true;
  }

  // Lowers the potential until every unblocked edge holds again, starting from the edges just
  // unblocked (the others held before). The node of least rank goes first: along a negative
  // cycle's direction (prefer_order), a chain of it is lowered end to end in one sweep, where
  // first-in-first-out lowers it one link per pass. A cycle among the edges that last lowered
  // nodes this repair is a negative cycle (kept in cycle_); looked for after every
  // node_count() lowerings.
  Repair repair(const std::vector<std::size_t>& unblocked) {
    ++epoch_;
    lowered_.clear();
    struct Unqueue {  // queued_ is all false between repairs
      PotentialGraph& graph;
      ~Unqueue() {
        for (const auto& [rank, v] : graph.queue_) graph.queued_[static_cast<std::size_t>(v)] = false;
        graph.queue_.clear();
      }
    } unqueue{*this};
    std::size_t lowerings = 0, steps = 0;
    std::optional<Repair> stop;
    auto lower_counted = [&](std::size_t e) {
      if (!lower(e))
        stop = Repair::out_of_range;
      else if (++lowerings % dist_.size() == 0 && find_cycle())
        stop = Repair::negative_cycle;
      return stop.has_value();
    };
    for (std::size_t e : unblocked)
      if (violated(e) && lower_counted(e)) return *stop;
    while (!queue_.empty()) {
      std::pop_heap(queue_.begin(), queue_.end(), std::greater<>());
      int v = queue_.back().second;
      queue_.pop_back();
      queued_[static_cast<std::size_t>(v)] = false;
      if (++steps % 4096 == 0 && deadline_.passed()) return Repair::out_of_time;
      for (std::size_t e : out_of_[static_cast<std::size_t>(v)])
        if (blocked_[e] == 0 && violated(e) && lower_counted(e)) return *stop;
    }
    return Repair::feasible;
  }

  // Each node's place in the graph's reverse postorder (solve/graph.h) along every edge.
  std::vector<int> reverse_postorder_ranks() const {
    std::vector<int> order = reverse_postorder(out_of_, [&](std::size_t e) { return edges_[e].to; });
    std::vector<int> rank(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) rank[static_cast<std::size_t>(order[k])] = static_cast<int>(k);
    return rank;
  }

  // A cycle of parent edges among the nodes lowered this repair, into cycle_ (in the direction
  // its edges lower them).
  bool find_cycle() {
    auto parent = [&](int v) {
      return edges_[static_cast<std::size_t>(parent_edge_[static_cast<std::size_t>(v)])].from;
    };
    auto lowered_this_repair = [&](int v) { return lowered_in_[static_cast<std::size_t>(v)] == epoch_; };
    int on = node_on_parent_cycle(lowered_, parent, lowered_this_repair, walk_of_);
    if (on < 0) return false;
    std::vector<int> walked_back = parent_cycle(on, parent);
    cycle_.clear();
    for (auto v = walked_back.rbegin(); v != walked_back.rend(); ++v)
      cycle_.push_back(static_cast<std::size_t>(parent_edge_[static_cast<std::size_t>(*v)]));
    return true;
  }

  // The certificate of unsat, checked on its own: unblocked edges, each starting where the last
  // one ended, back to the first, with a negative sum.
  bool closes_negative(const std::vector<std::size_t>& cycle) const {
    if (cycle.empty()) return false;
    Int128 sum = 0;
    for (std::size_t k = 0; k < cycle.size(); ++k) {
      const Edge& edge = edges_[cycle[k]];
      const Edge& next = edges_[cycle[(k + 1) % cycle.size()]];
      if (blocked_[cycle[k]] != 0 || edge.to != next.from) return false;
      sum += edge.weight;
    }
    return sum < 0;
  }

  // Claims [lo, hi) are out (their edges blocked) and the potential satisfies every other edge:
  // each of them is needed when, for each, the potential with the rest of them put back still
  // satisfies every unblocked edge.
  bool each_needed(int lo, int hi) {
    if (deadline_.passed()) return false;
    if (hi - lo == 1) return every_unblocked_edge_holds();
    int mid = lo + (hi - lo) / 2;
    return with_put_back(mid, hi, [&] { return each_needed(lo, mid); }) &&
           with_put_back(lo, mid, [&] { return each_needed(mid, hi); });
  }

  template <typename Then>
  bool with_put_back(int lo, int hi, Then then) {
    std::size_t mark = undo_.size();
    std::vector<std::size_t> unblocked;
    for (int j = lo; j < hi; ++j) append_unblocked(static_cast<std::size_t>(j), unblocked);
    bool ok = repair(unblocked) == Repair::feasible && then();
    undo_to(mark);
    for (int j = lo; j < hi; ++j) block(static_cast<std::size_t>(j));
    return ok;
  }

  // The model check of one leave-one-out potential: every difference that binds, evaluated on
  // the days read from the distances (relative to node 0, the constant).
  bool every_unblocked_edge_holds() const {
    for (std::size_t e = 0; e < edges_.size(); ++e) {
      if (blocked_[e] != 0) continue;
      const Edge& edge = edges_[e];
      Int128 difference = Int128{day(edge.to)} - day(edge.from);
      if (difference > edge.binding->difference.bound) return false;
    }
    return true;
  }

  std::int64_t day(int node) const { return dist_[static_cast<std::size_t>(node)] - dist_.front(); }

  void undo_to(std::size_t mark) {
    while (undo_.size() > mark) {
      dist_[static_cast<std::size_t>(undo_.back().node)] = undo_.back().dist;
      undo_.pop_back();
    }
  }

  struct Undo {
    int node;
    std::int64_t dist;
  };

  std::vector<Edge> edges_;
  const Deadline& deadline_;
  std::vector<std::vector<std::size_t>> out_of_;
  std::vector<std::vector<std::size_t>> edges_of_claim_;
  std::vector<int> blocked_;  // per edge: how many of the claims it needs are out
  std::vector<std::int64_t> dist_;
  std::vector<int> parent_edge_;
  std::vector<int> lowered_in_;  // the repair (epoch) that last lowered each node
  std::vector<int> lowered_;     // the nodes lowered this repair
  int epoch_ = 0;
  std::vector<Undo> undo_;
  std::vector<std::size_t> cycle_;
  std::vector<bool> queued_;
  std::vector<std::pair<int, int>> queue_;  // a heap of (rank, node), least rank on top
  std::vector<int> walk_of_;
  std::vector<int> rank_;  // reverse_postorder_ranks
};

}  // namespace

std::optional<CycleProof> prove_minimal_cycle(const Group& group, const std::vector<int>& claims,
                                              const Grounding& grounding, const Dataset& dataset,
                                              const Deadline& deadline) {
  if (claims.empty()) return std::nullopt;
  try {
    std::optional<std::vector<Binding>> bindings = Collector(group, claims).collect(grounding, dataset);
    if (!bindings) return std::nullopt;
    DayNodes nodes(group, dataset, grounding);
    auto node_count = static_cast<std::size_t>(nodes.node_count());
    std::optional<std::vector<Edge>> exact = edges_of(*bindings, nodes);
    if (!exact) return std::nullopt;
    PotentialGraph unsat(*exact, node_count, claims.size(), deadline);
    if (!unsat.start()) return std::nullopt;
    std::optional<std::vector<int>> instances = unsat.negative_cycle_instances();
    if (!instances) return std::nullopt;
    PotentialGraph needed(std::move(*exact), node_count, claims.size(), deadline);
    needed.prefer_order(unsat.cycle_nodes());
    if (!needed.start() || !needed.each_claim_needed()) return std::nullopt;
    return CycleProof{std::move(*instances)};
  } catch (const std::out_of_range&) {
    return std::nullopt;  // a variable outside the group's days
  }
}

}  // namespace claimcheck
