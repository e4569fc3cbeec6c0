// The graph walks of the pre-check and the cycle proof: depth-first reverse postorder, cycles of parent links.
#include <catch2/catch.hpp>
#include <cstddef>
#include <utility>
#include <vector>

#include "solve/graph.h"

using namespace claimcheck;

namespace {

// A graph as its edge list (from, to), with each node's out-edges in the order listed.
struct Graph {
  std::vector<std::pair<int, int>> edges;
  std::vector<std::vector<std::size_t>> out_edges;

  Graph(int nodes, std::vector<std::pair<int, int>> edge_list)
      : edges(std::move(edge_list)), out_edges(static_cast<std::size_t>(nodes)) {
    for (std::size_t e = 0; e < edges.size(); ++e) out_edges[static_cast<std::size_t>(edges[e].first)].push_back(e);
  }

  std::vector<int> order() const {
    return reverse_postorder(out_edges, [&](std::size_t e) { return edges[e].second; });
  }
};

bool every_edge_goes_forward(const Graph& graph, const std::vector<int>& order) {
  std::vector<std::size_t> place(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) place[static_cast<std::size_t>(order[k])] = k;
  for (const auto& [from, to] : graph.edges)
    if (place[static_cast<std::size_t>(from)] >= place[static_cast<std::size_t>(to)]) return false;
  return true;
}

// Parent links as a table: parent[v], -1 for none.
struct Parents {
  std::vector<int> parent;
  std::vector<int> walk_of = std::vector<int>(parent.size(), -1);

  int operator()(int v) const { return parent[static_cast<std::size_t>(v)]; }

  template <typename Starts, typename Keep>
  int on_cycle(const Starts& starts, Keep keep) {
    return node_on_parent_cycle(starts, *this, keep, walk_of);
  }
  int on_cycle() {
    return on_cycle(FirstNodes{static_cast<int>(parent.size())}, [](int) { return true; });
  }
};

}  // namespace

TEST_CASE("reverse postorder of a DAG follows the depth-first search, edges in list order", "[solve][graph]") {
  Graph graph(5, {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {4, 0}});
  std::vector<int> order = graph.order();
  // From 0: 1, then 3 (done), 1 done; 2 (3 seen), 2 done; 0 done. Then root 4.
  CHECK(order == std::vector<int>{4, 0, 2, 1, 3});
  CHECK(every_edge_goes_forward(graph, order));
}

TEST_CASE("reverse postorder takes out-edges in the order they are listed", "[solve][graph]") {
  Graph graph(4, {{0, 2}, {0, 1}, {1, 3}, {2, 3}});
  CHECK(graph.order() == std::vector<int>{0, 1, 2, 3});
  Graph swapped(4, {{0, 1}, {0, 2}, {1, 3}, {2, 3}});
  CHECK(swapped.order() == std::vector<int>{0, 2, 1, 3});
}

TEST_CASE("reverse postorder lists every node of a cycle once", "[solve][graph]") {
  Graph graph(4, {{0, 1}, {1, 2}, {2, 0}, {2, 3}});
  CHECK(graph.order() == std::vector<int>{0, 1, 2, 3});
  Graph from_the_middle(4, {{1, 2}, {2, 0}, {0, 1}, {3, 1}});
  CHECK(from_the_middle.order() == std::vector<int>{3, 0, 1, 2});
}

TEST_CASE("reverse postorder of a long chain needs no recursion", "[solve][graph]") {
  constexpr int n = 200000;
  std::vector<std::pair<int, int>> chain;
  for (int v = n - 1; v > 0; --v) chain.push_back({v - 1, v});
  std::vector<int> order = Graph(n, std::move(chain)).order();
  REQUIRE(order.size() == static_cast<std::size_t>(n));
  bool in_chain_order = true;
  for (int k = 0; k < n; ++k) in_chain_order = in_chain_order && order[static_cast<std::size_t>(k)] == k;
  CHECK(in_chain_order);
}

TEST_CASE("a cycle of parent links is found, and walked from the node found", "[solve][graph]") {
  Parents parents{{-1, 0, 3, 4, 2}};  // 1 → 0, and 2 → 3 → 4 → 2
  int on = parents.on_cycle();
  CHECK(on == 2);  // the first start whose walk comes back to itself
  CHECK(parent_cycle(on, parents) == std::vector<int>{2, 3, 4});
}

TEST_CASE("parent links without a cycle have none", "[solve][graph]") {
  Parents chain{{-1, 0, 1, 2, 1}};
  CHECK(chain.on_cycle() == -1);
  Parents roots{{-1, -1, -1}};
  CHECK(roots.on_cycle() == -1);
}

TEST_CASE("a walk stops at a node the filter leaves out", "[solve][graph]") {
  Parents parents{{-1, 0, 3, 4, 2}};
  auto all_but_4 = [](int v) { return v != 4; };
  CHECK(parents.on_cycle(FirstNodes{5}, all_but_4) == -1);
  auto all_but_0 = [](int v) { return v != 0; };
  CHECK(parents.on_cycle(FirstNodes{5}, all_but_0) == 2);
}

TEST_CASE("the cycle found is the first one a start in order reaches", "[solve][graph]") {
  Parents parents{{-1, 2, 1, 4, 3}};  // two cycles: 1 ↔ 2 and 3 ↔ 4
  CHECK(parents.on_cycle(std::vector<int>{3, 4, 1, 2}, [](int) { return true; }) == 3);
  CHECK(parents.on_cycle(std::vector<int>{0, 2, 1, 3, 4}, [](int) { return true; }) == 2);
}

TEST_CASE("scratch left by an earlier search does not change the next", "[solve][graph]") {
  Parents parents{{-1, 0, 1, 2}};
  parents.walk_of.assign(4, 0);  // as if walk 0 had reached every node
  CHECK(parents.on_cycle() == -1);
  parents.parent = {-1, 2, 3, 1};  // 1 → 2 → 3 → 1
  CHECK(parents.on_cycle() == 1);
  CHECK(parent_cycle(1, parents) == std::vector<int>{1, 2, 3});
}
