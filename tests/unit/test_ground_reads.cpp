// Read keys: claims that some rule instance relates must hold keys that meet (ground/reads.h).
#include <catch2/catch.hpp>
#include <numeric>

#include "ground/ground.h"
#include "ground/reads.h"
#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// Every rule kind that relates claims of different pairs, with the usual ones beside them.
const char* kCrossRules = R"(
vocabulary:
  events: [join, admit, founded, dissolved, visit, summit, announce-withdrawal]
  states:
    membership: [member, withdrawn]
    council-seat: [seated]
    council-size: number
    relations: [normal, severed]
rules:
  - id: one-announcement
    kind: unique-event
    event: announce-withdrawal
  - id: visits-while-it-exists
    kind: contemporary
    relation: visit
    begins: founded
    ends: dissolved
  - id: council-size-covers-seats
    kind: count
    state: council-size
    counts: {state: council-seat, value: [seated]}
    set: at-least
  - id: relations-both-ways
    kind: symmetric
    relation: {state: relations}
  - id: one-relation
    kind: single-value
    state: relations
  - id: admission-is-joining
    kind: inverse
    relation: join
    inverse: admit
  - id: one-join
    kind: unique-event
    event: join
  - id: allen-relations
    kind: allen
)";

const char* kCrossFacts = R"(source:
  id: s
  published: 2024-09-01
claims:
  - {id: found, quote: q, subject: Org, event: founded, at: 2001}
  - {id: end, quote: q, subject: Org, event: dissolved, at: 2020}
  - {id: visit1, quote: q, subject: A, object: Org, event: visit, at: 2000}
  - {id: visit2, quote: q, subject: B, object: Org, event: visit, at: 2005}
  - {id: size, quote: q, subject: Council, state: council-size, value: 1, at: 2010-05-01}
  - {id: seat1, quote: q, subject: A, object: Council, state: council-seat, value: seated, from: 2009, until: 2011}
  - {id: seat2, quote: q, subject: B, object: Council, state: council-seat, value: seated, from: 2009, until: 2011}
  - {id: tie1, quote: q, subject: A, object: B, state: relations, value: normal, from: 2010, until: 2012}
  - {id: tie2, quote: q, subject: B, object: A, state: relations, value: severed, from: 2011, until: 2013}
  - {id: joins, quote: q, subject: A, object: Union, event: join, at: 2015}
  - {id: admits, quote: q, subject: Union, object: A, event: admit, at: 2016}
  - {id: talk, quote: q, subject: C, object: D, event: summit, at: {after: s/joins, by: "2 weeks"}}
  - {id: said, quote: q, subject: E, object: F, event: announce-withdrawal, at: 2016, relation: during, other: s/tie1}
)";

bool claims_meet(const Claim& a, const Claim& b, const RuleSet& rules) {
  std::vector<ReadKey> x = read_keys(a, rules), y = read_keys(b, rules);
  for (ReadKey k : x)
    for (ReadKey l : y)
      if (keys_meet(k, l)) return true;
  return false;
}

const Claim& claim(const Report& report, const std::string& id) {
  for (const Claim& c : report.dataset.claims)
    if (c.id == id) return c;
  FAIL("no claim " << id);
  throw;
}

}  // namespace

TEST_CASE("every rule instance's claims are joined by keys that meet", "[ground][reads]") {
  Report report = run_check({{"s.yaml", kCrossFacts}}, kCrossRules).report;
  REQUIRE(report.diagnostics.all().empty());
  Grounding grounding = ground(report.dataset, report.rules);
  REQUIRE(grounding.instances.size() >= 6);
  for (const RuleInstance& instance : grounding.instances) {
    // Union-find over the instance's claims, joined where two of them hold meeting keys.
    std::vector<std::size_t> parent(instance.claims.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&](std::size_t x) {
      while (parent[x] != x) x = parent[x];
      return x;
    };
    for (std::size_t i = 0; i < instance.claims.size(); ++i)
      for (std::size_t j = i + 1; j < instance.claims.size(); ++j)
        if (claims_meet(report.dataset.claims[static_cast<std::size_t>(instance.claims[i])],
                        report.dataset.claims[static_cast<std::size_t>(instance.claims[j])], report.rules))
          parent[root(j)] = root(i);
    for (std::size_t i = 0; i < instance.claims.size(); ++i) {
      INFO("rule " << report.rules.rules[static_cast<std::size_t>(instance.rule)].id << ", claim "
                   << report.dataset.claims[static_cast<std::size_t>(instance.claims[i])].id);
      CHECK(root(i) == root(0));
    }
  }
}

TEST_CASE("read keys meet exactly where a rule may relate claims of different pairs", "[ground][reads]") {
  Report report = run_check({{"s.yaml", kCrossFacts}}, kCrossRules).report;
  REQUIRE(report.diagnostics.all().empty());
  const RuleSet& rules = report.rules;
  auto meet = [&](const std::string& a, const std::string& b) {
    return claims_meet(claim(report, a), claim(report, b), rules);
  };
  // contemporary: a visit reads its entity's lifetime; two visits of one entity do not meet.
  CHECK(meet("visit1", "found"));
  CHECK(meet("visit2", "end"));
  CHECK_FALSE(meet("visit1", "visit2"));
  // count: the count reads the seats of its council; the seats alone do not meet.
  CHECK(meet("size", "seat1"));
  CHECK(meet("size", "seat2"));
  CHECK_FALSE(meet("seat1", "seat2"));
  // symmetric and inverse: a claim meets the claims of its reversed pair.
  CHECK(meet("tie1", "tie2"));
  CHECK(meet("joins", "admits"));
  // anchors and Allen relations read the claim they name.
  CHECK(meet("talk", "joins"));
  CHECK(meet("said", "tie1"));
  // Nothing else: different pairs under no such rule.
  CHECK_FALSE(meet("talk", "said"));
  CHECK_FALSE(meet("visit1", "seat1"));
}

TEST_CASE("without a symmetric rule a reversed pair is another pair", "[ground][reads]") {
  std::string rules = kCrossRules;
  std::size_t at = rules.find("  - id: relations-both-ways");
  rules.erase(at, rules.find("  - id: one-relation") - at);
  Report report = run_check({{"s.yaml", kCrossFacts}}, rules).report;
  REQUIRE(report.diagnostics.all().empty());
  CHECK_FALSE(claims_meet(claim(report, "tie1"), claim(report, "tie2"), report.rules));
}

TEST_CASE("keys meet by role: shared with shared, reads with provides", "[ground][reads]") {
  ReadKey base = 0xabcdef00;
  auto with = [&](KeyRole role) { return base | static_cast<ReadKey>(role); };
  CHECK(keys_meet(with(KeyRole::shared), with(KeyRole::shared)));
  CHECK(keys_meet(with(KeyRole::reads), with(KeyRole::provides)));
  CHECK(keys_meet(with(KeyRole::provides), with(KeyRole::reads)));
  CHECK_FALSE(keys_meet(with(KeyRole::reads), with(KeyRole::reads)));
  CHECK_FALSE(keys_meet(with(KeyRole::provides), with(KeyRole::provides)));
  CHECK_FALSE(keys_meet(with(KeyRole::shared), with(KeyRole::reads)));
  CHECK_FALSE(keys_meet(with(KeyRole::shared), (base + 4) | static_cast<ReadKey>(KeyRole::shared)));
}
