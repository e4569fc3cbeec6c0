// Never a silent pass: a group on which Z3 gives up for any reason but time (its resource limit,
// which gives the same answer on every machine, or an error) is `unknown` with that reason, never consistent.
#include <catch2/catch.hpp>

#include "ground/ground.h"
#include "helpers.h"
#include "solve/solver.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// Three different membership values on one day: the pre-check cannot prove them consistent (they
// are not), so the group goes to Z3.
const char* kThreeStatuses =
    "source: {id: s, published: 2024-09-01}\nclaims:\n"
    "  - {id: m, quote: q, subject: Armenia, object: CSTO, state: membership, value: member, at: 2024-03-05}\n"
    "  - {id: f, quote: q, subject: Armenia, object: CSTO, state: membership, value: frozen, at: 2024-03-05}\n"
    "  - {id: w, quote: q, subject: Armenia, object: CSTO, state: membership, value: withdrawing, at: 2024-03-05}\n";

}  // namespace

TEST_CASE("a group on which Z3 runs out of resources is unknown with the reason", "[solve]") {
  CheckOptions options;
  options.solver_rlimit = 1;
  Run run = run_check({{"s.yaml", kThreeStatuses}}, kMembershipRules, options);
  REQUIRE(run.report.checked);
  REQUIRE(run.report.unknown.size() == 1);
  CHECK(run.report.unknown[0].claims.size() == 3);
  CHECK(run.report.unknown[0].reason == "Z3 gave up: canceled (resource limit 1 per check)");
  CHECK(run.report.findings.empty());
  CHECK(run.report.repairs.empty());
  CHECK(run.report.summary.unknown == 1);
}

TEST_CASE("the same group with resources to spare is decided", "[solve]") {
  CheckOptions options;
  options.solver_rlimit = 10000000;
  Run run = run_check({{"s.yaml", kThreeStatuses}}, kMembershipRules, options);
  CHECK(run.report.unknown.empty());
  CHECK(run.report.findings.size() == 3);
}

TEST_CASE("a Z3 error at any check of a group makes it unknown with the error, never consistent", "[solve]") {
  Run run = run_check({{"s.yaml", kThreeStatuses}}, kMembershipRules);
  REQUIRE(run.report.findings.size() == 3);  // without the failure: three pairwise conflicts
  Grounding grounding = ground(run.report.dataset, run.report.rules);
  REQUIRE(grounding.groups.size() == 1);
  // The first check decides the group; later ones enumerate and shrink its conflicts.
  for (int fail_at : {0, 1, 5}) {
    SolveOptions options;
    options.fail_check = fail_at;
    GroupSolver solver(options);
    GroupVerdict verdict = solver.solve(grounding.groups[0], grounding, run.report.dataset);
    CAPTURE(fail_at);
    CHECK(verdict.status == GroupVerdict::Status::unknown);
    CHECK(verdict.reason == "solver error: injected failure");
    CHECK(verdict.conflicts.empty());  // half a list of conflicts would read as the whole list
  }
  // The solver that failed decides the next group normally: the failure left no state behind.
  // (Belarus's two claims may share a day, so a constraint relates them, and need not.)
  Run two = run_check(
      {{"s.yaml",
        std::string(kThreeStatuses) +
            "  - {id: b1, quote: q, subject: Belarus, object: CSTO, state: membership, value: member, at: 2024-01}\n"
            "  - {id: b2, quote: q, subject: Belarus, object: CSTO, state: membership, value: frozen, at: "
            "2024-01/2024-03}\n"}},
      kMembershipRules);
  Grounding both = ground(two.report.dataset, two.report.rules);
  REQUIRE(both.groups.size() == 2);
  SolveOptions at_fifth;
  at_fifth.fail_check = 4;
  GroupSolver solver(at_fifth);
  CHECK(solver.solve(both.groups[0], both, two.report.dataset).status == GroupVerdict::Status::unknown);
  CHECK(solver.solve(both.groups[1], both, two.report.dataset).status == GroupVerdict::Status::consistent);
}

TEST_CASE("rules that fail whatever the claims say leave the group unknown, never a finding of no claims", "[solve]") {
  Run run = run_check({{"s.yaml", kThreeStatuses}}, kMembershipRules);
  Grounding grounding = ground(run.report.dataset, run.report.rules);
  REQUIRE(grounding.groups.size() == 1);
  Group& group = grounding.groups[0];
  // A constraint no days satisfy, bound to no claim (a start before itself): a rule that fails
  // whatever the claims say, as a `min` above the `max` would if validation let it through.
  RuleInstance broken = grounding.instances[static_cast<std::size_t>(group.instances.front())];
  broken.constraints = {Constraint{
      {{Difference{{group.claims.front(), Endpoint::start}, {group.claims.front(), Endpoint::start}, -1}}}, {}, {}}};
  grounding.instances.push_back(broken);
  group.instances.push_back(static_cast<int>(grounding.instances.size()) - 1);
  GroupSolver solver(SolveOptions{});
  GroupVerdict verdict = solver.solve(group, grounding, run.report.dataset);
  CHECK(verdict.status == GroupVerdict::Status::unknown);
  CHECK(verdict.conflicts.empty());
  CHECK_THAT(verdict.reason, Catch::Contains("whatever the claims say"));
}

// Checks first run under SolveOptions::probe_rlimit without a timer; one the probe cannot finish
// runs again under the time left. A probe of one unit fails every check, so every answer below
// comes from the second try.
TEST_CASE("a check the probe cannot finish is tried again and decides the same", "[solve]") {
  Run run = run_check({{"s.yaml", kThreeStatuses}}, kMembershipRules);
  Grounding grounding = ground(run.report.dataset, run.report.rules);
  REQUIRE(grounding.groups.size() == 1);
  GroupVerdict usual = GroupSolver(SolveOptions{}).solve(grounding.groups[0], grounding, run.report.dataset);
  SolveOptions tiny_probe;
  tiny_probe.probe_rlimit = 1;
  GroupVerdict retried = GroupSolver(tiny_probe).solve(grounding.groups[0], grounding, run.report.dataset);
  REQUIRE(usual.status == GroupVerdict::Status::conflicting);
  CHECK(retried.status == usual.status);
  REQUIRE(retried.conflicts.size() == 3);
  for (std::size_t i = 0; i < usual.conflicts.size(); ++i)
    CHECK(retried.conflicts[i].claims == usual.conflicts[i].claims);
}

TEST_CASE("the probe's limit is not the user's: a larger --solver-rlimit still decides", "[solve]") {
  Run run = run_check({{"s.yaml", kThreeStatuses}}, kMembershipRules);
  Grounding grounding = ground(run.report.dataset, run.report.rules);
  SolveOptions options;
  options.probe_rlimit = 1;
  options.rlimit = 10000000;
  CHECK(GroupSolver(options).solve(grounding.groups[0], grounding, run.report.dataset).status ==
        GroupVerdict::Status::conflicting);
  options.rlimit = 1;  // no larger than the probe's: the user's limit is final
  GroupVerdict verdict = GroupSolver(options).solve(grounding.groups[0], grounding, run.report.dataset);
  CHECK(verdict.status == GroupVerdict::Status::unknown);
  CHECK(verdict.reason == "Z3 gave up: canceled (resource limit 1 per check)");
}

TEST_CASE("a check tried again after the probe is still bounded by the timeout", "[solve]") {
  std::string facts = "source: {id: s, published: 2024-09-01}\nclaims:\n";
  for (int i = 0; i < 60; ++i)
    facts += "  - {id: c" + std::to_string(i) +
             ", quote: q, subject: Armenia, object: CSTO, state: membership, value: " + (i % 2 ? "member" : "frozen") +
             ", from: 2000, until: 2024}\n";
  Run run = run_check({{"f.yaml", facts}}, kMembershipRules);
  Grounding grounding = ground(run.report.dataset, run.report.rules);
  REQUIRE(grounding.groups.size() == 1);
  SolveOptions options;
  options.probe_rlimit = 1;
  options.timeout_ms = 1;
  options.max_conflicts = 100000;
  GroupVerdict verdict = GroupSolver(options).solve(grounding.groups[0], grounding, run.report.dataset);
  CHECK(verdict.status == GroupVerdict::Status::unknown);
  CHECK(verdict.reason.rfind("timeout after 1 ms", 0) == 0);
}
