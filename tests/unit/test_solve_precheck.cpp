// The pre-check proves groups consistent without Z3, and never claims a conflicting group is.
#include <catch2/catch.hpp>
#include <random>

#include "ground/ground.h"
#include "helpers.h"
#include "solve/precheck.h"
#include "solve/solver.h"
#include "solve_helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string claim(const std::string& id, const std::string& what, const std::string& time) {
  return "  - {id: " + id + ", quote: q, subject: Armenia, object: CSTO, " + what + ", " + time + "}\n";
}

// The one group of a dataset whose claims all share (Armenia, CSTO), and its grounding.
struct OneGroup {
  Run run;
  Grounding grounding;
  const Group& group() const {
    for (const Group& g : grounding.groups)
      if (!g.instances.empty()) return g;
    return grounding.groups.front();
  }
};

OneGroup grounded(const std::string& claims) {
  OneGroup out{run_check({{"f.yaml", facts(claims)}}, kMembershipRules), {}};
  REQUIRE(out.run.report.diagnostics.all().empty());
  out.grounding = ground(out.run.report.dataset, out.run.report.rules);
  return out;
}

PrecheckResult precheck(const OneGroup& g) {
  return precheck_group(g.group(), g.grounding, g.run.report.dataset);
}

}  // namespace

TEST_CASE("agreeing dates of one event are proved consistent without the solver", "[solve][precheck]") {
  OneGroup g = grounded(claim("a", "event: announce-withdrawal", "at: 2024-02") +
                        claim("b", "event: announce-withdrawal", "at: 2024-02-10") +
                        claim("c", "event: announce-withdrawal", "at: 2024"));
  CHECK(precheck(g) == PrecheckResult::consistent);
}

TEST_CASE("dates of one event that cannot meet are left to the solver", "[solve][precheck]") {
  OneGroup g = grounded(claim("a", "event: announce-withdrawal", "at: 2024-02") +
                        claim("b", "event: announce-withdrawal", "at: 2024-06"));
  CHECK(precheck(g) == PrecheckResult::undecided);
}

TEST_CASE("spans of different values that can be put in order are proved consistent", "[solve][precheck]") {
  // Coarse ends make the latest-day model overlap; the pre-check must pick an order.
  OneGroup g = grounded(claim("m", "state: membership, value: member", "from: 2020, until: 2024-03") +
                        claim("w", "state: membership, value: withdrawing", "from: 2024-03, until: 2024-09") +
                        claim("n", "state: membership, value: withdrawn", "from: 2024-09") +
                        claim("e", "event: announce-withdrawal", "at: 2024-03"));
  CHECK(precheck(g) == PrecheckResult::consistent);
}

TEST_CASE("overlapping spans of different values are left to the solver", "[solve][precheck]") {
  OneGroup g = grounded(claim("m", "state: membership, value: member", "from: 2020, until: 2024-03") +
                        claim("f", "state: membership, value: frozen", "at: 2023-06"));
  CHECK(precheck(g) == PrecheckResult::undecided);
}

TEST_CASE("the pre-check never calls a group consistent that Z3 finds conflicting", "[solve][precheck]") {
  std::mt19937 random(7);
  const std::vector<std::string> months = {"2023-01", "2023-02", "2023-03", "2023-04", "2023", "2023-02/2023-03"};
  const std::vector<std::string> values = {"member", "frozen", "withdrawing", "withdrawn"};
  auto pick = [&](const std::vector<std::string>& items) { return items[random() % items.size()]; };
  int proved = 0, conflicting = 0;
  for (int round = 0; round < 150; ++round) {
    std::string claims;
    int n = 2 + static_cast<int>(random() % 4);
    for (int i = 0; i < n; ++i) {
      std::string id = 'c' + std::to_string(i);
      if (random() % 3 == 0)
        claims += claim(id, "event: announce-withdrawal", "at: " + pick(months));
      else if (random() % 2 == 0)
        claims += claim(id, "state: membership, value: " + pick(values), "at: " + pick(months));
      else
        claims += claim(id, "state: membership, value: " + pick(values),
                        "from: " + pick(months) + ", until: " + pick(months));
    }
    Run run = run_check({{"f.yaml", facts(claims)}}, kMembershipRules);
    if (!run.report.diagnostics.all().empty()) continue;  // e.g. a span that ends before it starts
    Grounding grounding = ground(run.report.dataset, run.report.rules);
    GroupSolver solver(SolveOptions{});
    for (const Group& group : grounding.groups) {
      if (group.instances.empty()) continue;
      bool z3_conflicting =
          solver.solve(group, grounding, run.report.dataset).status == GroupVerdict::Status::conflicting;
      bool pre_consistent = precheck_group(group, grounding, run.report.dataset) == PrecheckResult::consistent;
      CHECK(!(z3_conflicting && pre_consistent));
      proved += pre_consistent;
      conflicting += z3_conflicting;
    }
  }
  // Both outcomes occur, so the property above was actually exercised.
  CHECK(proved > 10);
  CHECK(conflicting > 10);
}

namespace {

const char* kCountRules = R"(
vocabulary:
  states:
    membership: [member]
    member-count: number
rules:
  - id: member-count
    kind: count
    state: member-count
    counts: {state: membership}
)";

}  // namespace

TEST_CASE("pre-check: a count that holds on its model is proved, one that fails or is hedged goes to Z3",
          "[solve][precheck]") {
  auto grounded_count = [&](const std::string& number) {
    std::string claims =
        "  - {id: n, quote: q, subject: Pact, state: member-count, value: " + number +
        ", at: 2024-04-01}\n"
        "  - {id: a, quote: q, subject: A, object: Pact, state: membership, value: member, at: 2024-04-01}\n";
    OneGroup out{run_check({{"f.yaml", facts(claims)}}, kCountRules), {}};
    REQUIRE(out.run.report.diagnostics.all().empty());
    out.grounding = ground(out.run.report.dataset, out.run.report.rules);
    return out;
  };
  struct Case {
    const char* number;
    PrecheckResult precheck;
    GroupVerdict::Status z3;
  };
  for (Case c : {Case{"0", PrecheckResult::undecided, GroupVerdict::Status::conflicting},
                 Case{"1", PrecheckResult::consistent, GroupVerdict::Status::consistent},
                 Case{"about 1", PrecheckResult::undecided, GroupVerdict::Status::consistent}}) {
    INFO(c.number);
    OneGroup g = grounded_count(c.number);
    REQUIRE(g.group().instances.size() == 1);
    CHECK(precheck_group(g.group(), g.grounding, g.run.report.dataset) == c.precheck);
    GroupSolver solver(SolveOptions{});
    CHECK(solver.solve(g.group(), g.grounding, g.run.report.dataset).status == c.z3);
  }
}

TEST_CASE("the pre-check never calls a count group consistent that Z3 finds conflicting", "[solve][precheck]") {
  std::mt19937 random(11);
  const std::vector<std::string> times = {"at: 2023-01-10",
                                          "at: 2023-02",
                                          "at: 2023",
                                          "from: 2023-01, until: 2023-03",
                                          "from: 2023-02-01, until: 2023-02-20",
                                          "from: 2022-12, until: 2023-12"};
  const std::vector<std::string> sets = {"", "    set: at-most\n", "    set: closed\n"};
  auto pick = [&](const std::vector<std::string>& items) { return items[random() % items.size()]; };
  int proved = 0, conflicting = 0;
  for (int round = 0; round < 120; ++round) {
    std::string claims =
        "  - {id: n, quote: q, subject: Pact, state: member-count, value: " + std::to_string(random() % 4) + ", " +
        pick(times) + "}\n";
    int holders = 1 + static_cast<int>(random() % 4);
    for (int i = 0; i < holders; ++i)
      claims += "  - {id: m" + std::to_string(i) + ", quote: q, subject: C" + std::to_string(random() % 3) +
                ", object: Pact, state: membership, value: member, " + pick(times) + "}\n";
    Run run = run_check({{"f.yaml", facts(claims)}}, std::string(kCountRules) + pick(sets));
    if (!run.report.diagnostics.all().empty()) continue;
    Grounding grounding = ground(run.report.dataset, run.report.rules);
    GroupSolver solver(SolveOptions{});
    for (const Group& group : grounding.groups) {
      if (group.instances.empty()) continue;
      bool z3_conflicting =
          solver.solve(group, grounding, run.report.dataset).status == GroupVerdict::Status::conflicting;
      bool pre_consistent = precheck_group(group, grounding, run.report.dataset) == PrecheckResult::consistent;
      CHECK(!(z3_conflicting && pre_consistent));
      proved += pre_consistent;
      conflicting += z3_conflicting;
    }
  }
  CHECK(proved > 10);
  CHECK(conflicting > 10);
}

// The model of the differences stretches an observed holder over every day it may hold, so a
// count the data allows can fail on it; the pre-check moves such holders off the counted day.
TEST_CASE("pre-check: a count that holds once a holder is moved off the day is proved", "[solve][precheck]") {
  std::string claims =
      "  - {id: n, quote: q, subject: Pact, state: member-count, value: 1, at: 2024-04-01}\n"
      "  - {id: a, quote: q, subject: A, object: Pact, state: membership, value: member, from: 2024-03, until: 2024}\n"
      "  - {id: b, quote: q, subject: B, object: Pact, state: membership, value: member, at: 2024-04-01}\n";
  Run run = run_check({{"f.yaml", facts(claims)}}, kCountRules);
  REQUIRE(run.report.diagnostics.all().empty());
  Grounding grounding = ground(run.report.dataset, run.report.rules);
  const Group* counted = nullptr;
  for (const Group& g : grounding.groups)
    if (!g.instances.empty()) counted = &g;
  REQUIRE(counted != nullptr);
  CAPTURE(counted->claims.size());
  REQUIRE(counted->claims.size() == 3);
  CHECK(GroupSolver(SolveOptions{}).solve(*counted, grounding, run.report.dataset).status ==
        GroupVerdict::Status::consistent);
  CHECK(precheck_group(*counted, grounding, run.report.dataset) == PrecheckResult::consistent);
}

namespace {

const char* kMixedRules = R"(
vocabulary:
  events: [announce-withdrawal, rejoin]
  states:
    membership: [member, frozen, withdrawing, withdrawn]
    member-count: number
rules:
  - {id: one-withdrawal-announcement, kind: unique-event, event: announce-withdrawal}
  - {id: one-membership-status, kind: single-value, state: membership}
  - id: no-return-after-announcement
    kind: after-event
    event: announce-withdrawal
    state: membership
    allowed: [withdrawing, withdrawn]
  - id: membership-lifecycle
    kind: lifecycle
    state: membership
    transitions: [member -> frozen, frozen -> member, member -> withdrawing, withdrawing -> withdrawn,
                  withdrawn -> member via rejoin]
  - {id: counted, kind: count, state: member-count, counts: {state: membership, value: [member]}}
)";

}  // namespace

// The solver asks the pre-check before Z3 for every check it makes while enumerating; what the
// pre-check proves under a subset of the claims and instances must be what Z3 would answer
// there, or conflicts would be missed or not minimal. Random groups of every construct the
// pre-check reads under assumptions: anchors (bound only while their claim is), uncertain
// publication days, lifecycle `via` options (open only while their event is), counts.
TEST_CASE("the solver lists the same conflicts with and without the pre-check's proofs", "[solve][precheck]") {
  std::mt19937 random(23);
  const std::vector<std::string> times = {
      "at: 2024-01", "at: 2024-02-10",  "from: 2024-01, until: 2024-03", "from: 2024-02, until: 2024-06", "at: March",
      "at: 2024",    "at: {after: c0}", "at: {after: c1, by: 10 days}"};
  const std::vector<std::string> what = {
      "event: announce-withdrawal",          "event: rejoin",
      "state: membership, value: member",    "state: membership, value: frozen",
      "state: membership, value: withdrawn", "state: membership, value: withdrawing"};
  auto pick = [&](const std::vector<std::string>& items) { return items[random() % items.size()]; };
  int conflicting = 0, compared = 0;
  for (int round = 0; round < 150; ++round) {
    std::string published = random() % 3 == 0 ? "2024-05/2024-07" : "2024-09-01";
    std::string claims;
    int n = 2 + static_cast<int>(random() % 5);
    for (int i = 0; i < n; ++i) {
      std::string time = pick(times);
      if (i < 2 && time.find("after") != std::string::npos) time = "at: 2024-02";  // no self-reference
      claims += "  - {id: c" + std::to_string(i) + ", quote: q, subject: Armenia, object: CSTO, " + pick(what) + ", " +
                time + "}\n";
    }
    if (random() % 2 == 0)
      claims += "  - {id: n, quote: q, subject: CSTO, state: member-count, value: " + std::to_string(random() % 2) +
                ", " + pick({"at: 2024-02-10", "from: 2024-01, until: 2024-04"}) + "}\n";
    Run run = run_check({{"f.yaml", "source: {id: s, published: " + published + "}\nclaims:\n" + claims}}, kMixedRules);
    if (!run.report.diagnostics.all().empty()) continue;
    Grounding grounding = ground(run.report.dataset, run.report.rules);
    SolveOptions z3_only;
    z3_only.precheck_checks = false;
    z3_only.max_conflicts = 1000;
    SolveOptions with_proofs = z3_only;
    with_proofs.precheck_checks = true;
    for (const Group& group : grounding.groups) {
      if (group.instances.empty()) continue;
      GroupVerdict expected = GroupSolver(z3_only).solve(group, grounding, run.report.dataset);
      GroupVerdict got = GroupSolver(with_proofs).solve(group, grounding, run.report.dataset);
      INFO(claims);
      REQUIRE(got.status == expected.status);
      auto sets = [](const GroupVerdict& v) {
        std::vector<std::pair<std::vector<int>, std::vector<int>>> out;
        for (const Conflict& c : v.conflicts) out.emplace_back(c.claims, c.instances);
        std::sort(out.begin(), out.end());
        return out;
      };
      CHECK(sets(got) == sets(expected));
      ++compared;
      conflicting += expected.status == GroupVerdict::Status::conflicting;
    }
  }
  CHECK(compared > 100);
  CHECK(conflicting > 20);
}
