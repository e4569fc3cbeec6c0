// A group with one minimal conflict gets its repairs without the optimizer: they must be exactly
// the optimizer's, for every --max-repairs, ties and cut-offs included.
#include <algorithm>
#include <catch2/catch.hpp>

#include "ground/ground.h"
#include "helpers.h"
#include "solve/repair.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char* kCountRules = R"(
vocabulary:
  states:
    membership: [member, frozen, withdrawing, withdrawn]
    member-count: number
rules:
  - id: member-count
    kind: count
    state: member-count
    counts: {state: membership, value: [member, frozen]}
)";

// One source per claim, so each claim has its own removal cost.
std::pair<std::string, std::string> source(const std::string& id, double reliability, const std::string& claim) {
  return {id + ".yaml", "source:\n  id: " + id + "\n  published: 2024-09-01\n  reliability: " +
                            std::to_string(reliability) + "\nclaims:\n  - {id: x, quote: q, " + claim + "}\n"};
}

std::string member(const std::string& subject, const std::string& value) {
  return "subject: " + subject + ", object: Pact, state: membership, value: " + value + ", at: 2024-04-01";
}

void require_same(const RepairSearch& shortcut, const RepairSearch& optimizer) {
  REQUIRE(shortcut.repairs.size() == optimizer.repairs.size());
  for (std::size_t i = 0; i < shortcut.repairs.size(); ++i) {
    CHECK(shortcut.repairs[i].claims == optimizer.repairs[i].claims);
    CHECK(shortcut.repairs[i].cost == optimizer.repairs[i].cost);
  }
  CHECK(shortcut.more == optimizer.more);
  CHECK(shortcut.more_as_light == optimizer.more_as_light);
  CHECK_FALSE(optimizer.gave_up);
}

// Checks every --max-repairs from 0 to past the conflict's size on the group of the only finding.
void compare_for_every_limit(const std::vector<std::pair<std::string, std::string>>& facts, const char* rules,
                             std::size_t conflict_size) {
  Run run = run_check(facts, rules);
  REQUIRE(run.report.findings.size() == 1);
  const std::vector<int>& conflict = run.report.findings[0].claims;
  REQUIRE(conflict.size() == conflict_size);
  Grounding grounding = ground(run.report.dataset, run.report.rules);
  auto group = std::find_if(grounding.groups.begin(), grounding.groups.end(), [&](const Group& g) {
    return std::binary_search(g.claims.begin(), g.claims.end(), conflict.front());
  });
  REQUIRE(group != grounding.groups.end());
  for (int limit = 0; limit <= static_cast<int>(conflict_size) + 1; ++limit) {
    INFO("max repairs " << limit);
    RepairSolver optimizer(RepairOptions{limit, 10000});
    require_same(repairs_of_only_conflict(conflict, run.report.dataset, limit),
                 optimizer.find_repairs(*group, grounding, run.report.dataset));
  }
}

}  // namespace

TEST_CASE("one conflict of four claims with tied costs: the shortcut lists what the optimizer lists",
          "[solve][repair]") {
  compare_for_every_limit({source("count", 0.9, "subject: Pact, state: member-count, value: 2, at: 2024-04-01"),
                           source("a", 0.5, member("Aland", "member")), source("b", 0.5, member("Borl", "frozen")),
                           source("c", 0.3, member("Cyra", "member"))},
                          kCountRules, 4);
}

TEST_CASE("one conflict of two equally trusted claims: both are listed, the cut says it ties", "[solve][repair]") {
  compare_for_every_limit({source("a", 0.7, "subject: Armenia, object: CSTO, event: announce-withdrawal, at: 2024-02"),
                           source("b", 0.7, "subject: Armenia, object: CSTO, event: announce-withdrawal, at: 2024-06")},
                          kMembershipRules, 2);
}
