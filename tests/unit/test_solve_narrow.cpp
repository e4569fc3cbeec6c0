// Large groups: a conflict the pre-check finds is confirmed on the claims it reads alone and
// listed alone; narrowing keeps exactly what binds among those claims.
#include <catch2/catch.hpp>

#include "ground/ground.h"
#include "solve/narrow.h"
#include "solve/precheck.h"
#include "solve_helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char* kSeatRules = R"(
vocabulary:
  states:
    membership: [member]
    seats: number
rules:
  - id: seats-match-members
    kind: count
    state: seats
    counts: {state: membership, value: [member]}
    set: closed
)";

std::string founding(const std::string& id, const std::string& at) {
  return "  - {id: " + id + ", quote: q, subject: Club, event: founding, at: " + at + "}\n";
}

std::string seats(const std::string& value) {
  return "  - {id: seats, quote: q, subject: Assembly, state: seats, value: " + value +
         ", from: 2020-01-01, until: 2020-12-31}\n";
}

std::string holders(int n) {
  std::string out;
  for (int i = 0; i < n; ++i)
    out += "  - {id: m" + std::to_string(i) + ", quote: q, subject: Member " + std::to_string(i) +
           ", object: Assembly, state: membership, value: member, from: 2020-01-01, until: 2020-12-31}\n";
  return out;
}

// `n` claims of one unique event "in 2020", plus `extra`.
std::string foundings_in_2020(int n, const std::string& extra = "") {
  std::string claims;
  for (int i = 0; i < n; ++i) claims += founding('u' + std::to_string(i), "2020");
  return facts(claims + extra);
}

int claim_index(const Report& report, const std::string& id) {
  for (std::size_t i = 0; i < report.dataset.claims.size(); ++i)
    if (report.dataset.claims[i].id == id) return static_cast<int>(i);
  FAIL("no claim " << id);
  return -1;
}

}  // namespace

TEST_CASE("a large group's conflict is listed alone, proved, with no repair claimed", "[solve][narrow]") {
  Report report = checked(foundings_in_2020(1200, founding("planted", "2021-03-01")), kFoundingRules);
  REQUIRE(report.findings.size() == 1);
  std::vector<std::string> ids = claim_ids(report, report.findings[0]);
  REQUIRE(ids.size() == 2);
  CHECK(ids[1] == "planted");
  REQUIRE(report.truncated.size() == 1);
  CHECK(report.truncated[0].listed_alone);
  CHECK(report.unknown.empty());
  REQUIRE(report.repairs.size() == 1);
  CHECK(report.repairs[0].repairs.empty());
  CHECK(report.repairs[0].unknown_reason.find("not searched") != std::string::npos);
  CHECK(unnamed_findings(report).empty());
}

TEST_CASE("the same large group without the planted claim is consistent", "[solve][narrow]") {
  Report report = checked(foundings_in_2020(1200), kFoundingRules);
  CHECK(report.findings.empty());
  CHECK(report.unknown.empty());
  CHECK(report.truncated.empty());
}

TEST_CASE("a count no roster can reach is its claim alone, small group or large", "[solve][narrow][count]") {
  int holders_in_roster = GENERATE(3, 1100);
  Report report = checked(facts(seats(std::to_string(holders_in_roster + 1)) + holders(holders_in_roster)), kSeatRules);
  REQUIRE(report.findings.size() == 1);
  CHECK(claim_ids(report, report.findings[0]) == std::vector<std::string>{"seats"});
  // The explanation still counts the holders the number was compared with.
  CHECK(report.findings[0].explanation.find(std::to_string(holders_in_roster) + " subjects in all") !=
        std::string::npos);
  CHECK(report.unknown.empty());
}

TEST_CASE("a count the roster can reach is no conflict", "[solve][narrow][count]") {
  Report report = checked(facts(seats("1100") + holders(1100)), kSeatRules);
  CHECK(report.findings.empty());
  CHECK(report.unknown.empty());
}

TEST_CASE("a constraint no option satisfies names its claims as a candidate", "[solve][narrow]") {
  Report report = checked(facts(seats("4") + holders(3)), kSeatRules);
  Grounding grounding = ground(report.dataset, report.rules);
  const Group& group = only_group_with_rules(grounding);
  std::optional<std::vector<int>> candidate = failing_constraint_claims(group, grounding);
  REQUIRE(candidate);
  REQUIRE(candidate->size() == 1);
  CHECK(group.claims[static_cast<std::size_t>(candidate->front())] == claim_index(report, "seats"));

  Report reachable = checked(facts(seats("3") + holders(3)), kSeatRules);
  Grounding reachable_grounding = ground(reachable.dataset, reachable.rules);
  CHECK_FALSE(failing_constraint_claims(only_group_with_rules(reachable_grounding), reachable_grounding));
}

TEST_CASE("narrowing keeps the constraints that bind among the claims, and only them", "[solve][narrow]") {
  Report report =
      checked(facts(founding("a", "2020") + founding("b", "2020-05") + founding("c", "2021-03-01")), kFoundingRules);
  Grounding grounding = ground(report.dataset, report.rules);
  const Group& group = only_group_with_rules(grounding);
  std::vector<int> pair{claim_index(report, "a"), claim_index(report, "c")};
  std::optional<NarrowedGroup> narrowed = narrowed_to(pair, group, grounding, report.dataset);
  REQUIRE(narrowed);
  CHECK(narrowed->group.claims == pair);
  REQUIRE(narrowed->group.instances.size() == 1);
  const RuleInstance& kept = narrowed->grounding.instances[0];
  CHECK(kept.claims == pair);
  for (const Constraint& c : kept.constraints) {
    std::vector<int> read;
    append_read_claims(c, read);
    for (int claim : read) CHECK((claim == pair[0] || claim == pair[1]));
  }
  CHECK(narrowed->original_instances == group.instances);
}

TEST_CASE("narrowing refuses claims whose constraints read claims outside them", "[solve][narrow][count]") {
  // The count's atoms read every holder: a subset holding the count but not its holders is
  // not decided by its own claims.
  Report report = checked(facts(seats("2") + holders(3)), kSeatRules);
  Grounding grounding = ground(report.dataset, report.rules);
  const Group& group = only_group_with_rules(grounding);
  std::vector<int> count_and_one{claim_index(report, "seats"), claim_index(report, "m0")};
  std::sort(count_and_one.begin(), count_and_one.end());
  CHECK_FALSE(narrowed_to(count_and_one, group, grounding, report.dataset));
}
