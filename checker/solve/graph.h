// Graph walks shared by the pre-check and the cycle proof: depth-first reverse postorder, cycles of parent links.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace claimcheck {

// Every node, in the reverse postorder of a depth-first search along the edges: a topological
// order where the graph has none of its cycles. `out_edges[v]` lists node v's edges (numbered
// any way the caller likes) and `target(edge)` is the node an edge leads to. Roots are taken in
// node order and edges in list order, so the order depends on the input alone. No recursion: on
// a chain of 10^5 nodes the search is 10^5 deep.
template <typename Target>
std::vector<int> reverse_postorder(const std::vector<std::vector<std::size_t>>& out_edges, Target target) {
  std::size_t n = out_edges.size();
  std::vector<int> order(n);
  std::size_t unplaced = n;  // nodes are placed from the back as they finish
  std::vector<bool> seen(n, false);
  std::vector<std::pair<int, std::size_t>> calls;  // node, its next edge to follow
  for (std::size_t root = 0; root < n; ++root) {
    if (seen[root]) continue;
    seen[root] = true;
    calls.push_back({static_cast<int>(root), 0});
    while (!calls.empty()) {
      auto& [v, next] = calls.back();
      const std::vector<std::size_t>& out = out_edges[static_cast<std::size_t>(v)];
      if (next == out.size()) {
        order[--unplaced] = v;
        calls.pop_back();
        continue;
      }
      auto to = static_cast<std::size_t>(target(out[next++]));
      if (seen[to]) continue;
      seen[to] = true;
      calls.push_back({static_cast<int>(to), 0});
    }
  }
  return order;
}

// The nodes 0 .. count-1, as the `starts` of node_on_parent_cycle. (std::views::iota does not
// build with clang 14 over libstdc++ 12, the fuzz build's pair.)
struct FirstNodes {
  int count = 0;
  struct Iterator {
    int node;
    int operator*() const { return node; }
    Iterator& operator++() {
      ++node;
      return *this;
    }
    bool operator!=(const Iterator& other) const { return node != other.node; }
  };
  Iterator begin() const { return {0}; }
  Iterator end() const { return {count}; }
};

// A node on a cycle of parent links, or -1 when there is none. From each node of `starts` in
// turn, a walk follows `parent(v)` (-1: no parent) while `keep(v)` holds, and stops where an
// earlier walk went: the first node a walk reaches twice is on a cycle. Each node is walked
// once, O(|starts|). `walk_of` is scratch with an entry per node; every node a walk can reach
// (keep(v) true) must be among `starts`.
template <typename Starts, typename Parent, typename Keep>
int node_on_parent_cycle(const Starts& starts, Parent parent, Keep keep, std::vector<int>& walk_of) {
  for (int v : starts) walk_of[static_cast<std::size_t>(v)] = -1;
  int walk = 0;
  for (int start : starts) {
    for (int v = start; v >= 0 && keep(v); v = parent(v)) {
      int& seen = walk_of[static_cast<std::size_t>(v)];
      if (seen == walk) return v;
      if (seen >= 0) break;
      seen = walk;
    }
    ++walk;
  }
  return -1;
}

// The cycle of parent links through `on` (a node node_on_parent_cycle found): `on`, its parent,
// that one's parent, and so on until the walk is back at `on`.
template <typename Parent>
std::vector<int> parent_cycle(int on, Parent parent) {
  std::vector<int> cycle;
  int v = on;
  do {
    cycle.push_back(v);
    v = parent(v);
  } while (v != on);
  return cycle;
}

}  // namespace claimcheck
