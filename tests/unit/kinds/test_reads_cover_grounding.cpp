// For every rule kind: the read keys (ground/reads.h) join every claim its grounder relates, on random small groups.
#include <catch2/catch.hpp>
#include <numeric>
#include <random>
#include <sstream>

#include "ground/ground.h"
#include "ground/reads.h"
#include "helpers.h"
#include "model/rule_kinds.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char* kVocabulary = R"(vocabulary:
  events: [e1, e2, founded, dissolved, visit, join, admit]
  states:
    s1: [a, b, c]
    n: number
    seat: [seated]
rules:
)";

// One claim shape a random group draws from: `event: NAME` or `state: NAME` with one of `values`.
struct Shape {
  const char* field;
  const char* name;
  std::vector<const char*> values;
};

// A rule of one kind (YAML of one list item), and the claims it may relate.
struct KindCase {
  RuleKind kind;
  const char* rules;
  std::vector<Shape> shapes;
};

const std::vector<KindCase>& kind_cases() {
  static const std::vector<KindCase> cases = {
      {RuleKind::unique_event, "  - {id: r, kind: unique-event, event: e1}\n", {{"event", "e1", {}}}},
      {RuleKind::single_value, "  - {id: r, kind: single-value, state: s1}\n", {{"state", "s1", {"a", "b"}}}},
      {RuleKind::after_event,
       "  - {id: r, kind: after-event, event: e1, state: s1, allowed: [a]}\n",
       {{"event", "e1", {}}, {"state", "s1", {"a", "b"}}}},
      {RuleKind::precedes,
       "  - {id: r, kind: precedes, first: e1, then: e2, match: subject}\n",
       {{"event", "e1", {}}, {"event", "e2", {}}}},
      {RuleKind::duration,
       "  - {id: r, kind: duration, state: s1, value: [a], min: 400 days}\n",
       {{"state", "s1", {"a", "b", "c"}}}},
      {RuleKind::conflicts_with,
       "  - {id: r, kind: conflicts-with, this: e1, other: {state: s1, value: [b]}, when: ever}\n",
       {{"event", "e1", {}}, {"state", "s1", {"a", "b"}}}},
      {RuleKind::requires_value,
       "  - {id: r, kind: requires, this: e1, other: {state: s1, value: [a]}}\n",
       {{"event", "e1", {}}, {"state", "s1", {"a", "b"}}}},
      {RuleKind::lifecycle,
       "  - {id: r, kind: lifecycle, state: s1, transitions: ['a -> b', 'b -> c via e1']}\n",
       {{"state", "s1", {"a", "b", "c"}}, {"event", "e1", {}}}},
      {RuleKind::allen, "  - {id: r, kind: allen}\n", {{"event", "e1", {}}, {"event", "e2", {}}}},
      {RuleKind::contemporary,
       "  - {id: r, kind: contemporary, relation: visit, begins: founded, ends: dissolved}\n",
       {{"event", "visit", {}}, {"event", "founded", {}}, {"event", "dissolved", {}}}},
      {RuleKind::symmetric,
       "  - {id: r, kind: symmetric, relation: {state: s1}}\n  - {id: one, kind: single-value, state: s1}\n",
       {{"state", "s1", {"a", "b"}}}},
      {RuleKind::inverse,
       "  - {id: r, kind: inverse, relation: join, inverse: admit}\n  - {id: once, kind: unique-event, event: join}\n",
       {{"event", "join", {}}, {"event", "admit", {}}}},
      {RuleKind::count,
       "  - {id: r, kind: count, state: n, counts: {state: seat, value: [seated]}, set: closed}\n",
       {{"state", "n", {"0", "1", "2"}}, {"state", "seat", {"seated"}}}},
      {RuleKind::expression,
       "  - id: r\n    kind: expression\n    bind: {x: e1, y: e2}\n    assert: \"end(x) + 30 >= start(y)\"\n",
       {{"event", "e1", {}}, {"event", "e2", {}}}},
  };
  return cases;
}

// 2 to 7 claims of the kind's shapes, between three entities, on a few years.
std::string random_facts(const KindCase& kind, std::mt19937& random) {
  static const char* kEntities[] = {"A", "B", "Org"};
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  std::ostringstream out;
  out << "source:\n  id: s\n  published: 2030-01-01\nclaims:\n";
  std::size_t count = 2 + pick(6);
  for (std::size_t i = 0; i < count; ++i) {
    const Shape& shape = kind.shapes[pick(kind.shapes.size())];
    out << "  - {id: c" << i << ", quote: q, subject: " << kEntities[pick(3)];
    if (pick(4) != 0) out << ", object: " << kEntities[pick(3)];
    out << ", " << shape.field << ": " << shape.name;
    if (!shape.values.empty()) out << ", value: " << shape.values[pick(shape.values.size())];
    int year = 2000 + static_cast<int>(pick(4));
    if (pick(2) == 0)
      out << ", at: " << year;
    else
      out << ", from: " << year << ", until: " << year + static_cast<int>(pick(3));
    if (kind.kind == RuleKind::allen && i > 0 && pick(2) == 0)
      out << ", relation: " << (pick(2) == 0 ? "before" : "during") << ", other: c" << pick(i);
    out << "}\n";
  }
  return out.str();
}

bool claims_meet(const Claim& a, const Claim& b, const RuleSet& rules) {
  std::vector<ReadKey> x = read_keys(a, rules), y = read_keys(b, rules);
  for (ReadKey k : x)
    for (ReadKey l : y)
      if (keys_meet(k, l)) return true;
  return false;
}

// The instance's claims, joined where two of them hold meeting keys, form one set.
bool joined_by_keys(const RuleInstance& instance, const Dataset& dataset, const RuleSet& rules) {
  std::vector<std::size_t> parent(instance.claims.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto root = [&](std::size_t x) {
    while (parent[x] != x) x = parent[x];
    return x;
  };
  for (std::size_t i = 0; i < instance.claims.size(); ++i)
    for (std::size_t j = i + 1; j < instance.claims.size(); ++j)
      if (claims_meet(dataset.claims[static_cast<std::size_t>(instance.claims[i])],
                      dataset.claims[static_cast<std::size_t>(instance.claims[j])], rules))
        parent[root(j)] = root(i);
  for (std::size_t i = 0; i < instance.claims.size(); ++i)
    if (root(i) != root(0)) return false;
  return true;
}

}  // namespace

TEST_CASE("every kind's read keys join every claim its grounder relates", "[ground][reads][kinds]") {
  REQUIRE(kind_cases().size() == std::size(kRuleKinds));
  for (const KindCase& kind : kind_cases()) {
    std::mt19937 random(static_cast<unsigned>(kind.kind) * 7919u + 1u);
    std::size_t relating = 0;  // instances of more than one claim: the property was put to the test
    for (int round = 0; round < 60; ++round) {
      std::string facts = random_facts(kind, random);
      Run run = run_check({{"s.yaml", facts}}, std::string(kVocabulary) + kind.rules);
      INFO("kind " << to_string(kind.kind) << ", facts:\n" << facts);
      REQUIRE(run.report.diagnostics.error_count() == 0);
      Grounding grounding = ground(run.report.dataset, run.report.rules);
      for (const RuleInstance& instance : grounding.instances) {
        relating += instance.claims.size() > 1;
        CHECK(joined_by_keys(instance, run.report.dataset, run.report.rules));
      }
    }
    INFO("kind " << to_string(kind.kind));
    CHECK(relating > 0);
  }
}
