// A long cycle of plain differences proved a minimal conflict without Z3: unsat by its cycle,
// each claim needed by a checked model of the rest.
#include <catch2/catch.hpp>

#include "ground/ground.h"
#include "solve/cycle_proof.h"
#include "solve_helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char* kStepRules = R"(
vocabulary:
  events: [step]
rules:
  - id: relations
    kind: allen
)";

// Y0's founding on 2000-01-01, each next subject's two days after the one before; `planted`
// dates the last subject's founding again on 2000-01-03, which the chain puts later.
std::string anchor_chain(int n, bool planted) {
  std::string claims = "  - {id: a0, quote: q, subject: Y0, event: founding, at: 2000-01-01}\n";
  for (int i = 1; i < n; ++i)
    claims += "  - {id: a" + std::to_string(i) + ", quote: q, subject: Y" + std::to_string(i) +
              ", event: founding, at: {after: s/a" + std::to_string(i - 1) + ", by: 2 days}}\n";
  if (planted)
    claims += "  - {id: planted, quote: q, subject: Y" + std::to_string(n - 1) + ", event: founding, at: 2000-01-03}\n";
  return facts(claims);
}

// A sanitized build on a loaded machine proves a long chain in far more than the default
// --timeout; the proof's cost is measured by bench/, not here.
Report checked_with_long_timeout(const std::string& facts_text, const char* rules) {
  CheckOptions options;
  options.timeout_ms = 300000;
  return testing::checked(facts_text, rules, options);
}

// The group that holds the rule instances, and every claim of it (positions).
struct WholeGroup {
  const Group* group = nullptr;
  std::vector<int> positions;
};

WholeGroup group_with_rules(const Grounding& grounding) {
  WholeGroup out;
  out.group = &only_group_with_rules(grounding);
  for (std::size_t i = 0; i < out.group->claims.size(); ++i) out.positions.push_back(static_cast<int>(i));
  return out;
}

}  // namespace

TEST_CASE("a chain of anchors that cannot end where a claim puts it is proved minimal", "[solve][cycle-proof]") {
  Report report = checked_with_long_timeout(anchor_chain(6, true), kFoundingRules);
  Grounding grounding = ground(report.dataset, report.rules);
  WholeGroup whole = group_with_rules(grounding);
  std::optional<CycleProof> proof =
      prove_minimal_cycle(*whole.group, whole.positions, grounding, report.dataset, Deadline());
  REQUIRE(proof);
  CHECK(proof->instances.size() == 1);  // the unique event's instance closes the cycle
}

TEST_CASE("a claim the cycle does without is no part of a proof", "[solve][cycle-proof]") {
  // A second source's word for Y0's day shares the group, but no cycle needs it.
  std::string extra = "  - {id: z, quote: q, subject: Y0, event: founding, at: 2000-01-01}\n";
  Report report = checked_with_long_timeout(anchor_chain(6, true) + extra, kFoundingRules);
  Grounding grounding = ground(report.dataset, report.rules);
  WholeGroup whole = group_with_rules(grounding);
  CHECK_FALSE(prove_minimal_cycle(*whole.group, whole.positions, grounding, report.dataset, Deadline()));
}

TEST_CASE("claims that can all hold are no proof", "[solve][cycle-proof]") {
  std::string same_day = "  - {id: again, quote: q, subject: Y5, event: founding, at: 2000-01-11}\n";
  Report report = checked_with_long_timeout(anchor_chain(6, false) + same_day, kFoundingRules);
  Grounding grounding = ground(report.dataset, report.rules);
  WholeGroup whole = group_with_rules(grounding);
  CHECK_FALSE(prove_minimal_cycle(*whole.group, whole.positions, grounding, report.dataset, Deadline()));
}

TEST_CASE("differences between instants are left to the solver", "[solve][cycle-proof]") {
  std::string claims =
      "  - {id: e0, quote: q, subject: Chain, event: step, at: 2000-01-01}\n"
      "  - {id: e1, quote: q, subject: Chain, event: step, relation: after, other: s/e0}\n"
      "  - {id: e2, quote: q, subject: Chain, event: step, relation: after, other: s/e1, "
      "at: 1999-12-31}\n";
  Report report = checked_with_long_timeout(facts(claims), kStepRules);
  REQUIRE(report.findings.size() == 1);  // Z3 finds it
  Grounding grounding = ground(report.dataset, report.rules);
  WholeGroup whole = group_with_rules(grounding);
  CHECK_FALSE(prove_minimal_cycle(*whole.group, whole.positions, grounding, report.dataset, Deadline()));
}

TEST_CASE("a large group's long anchor chain is listed alone with every claim", "[solve][cycle-proof][narrow]") {
  Report report = checked_with_long_timeout(anchor_chain(1200, true), kFoundingRules);
  REQUIRE(report.findings.size() == 1);
  CHECK(claim_ids(report, report.findings[0]).size() == 1201);
  REQUIRE(report.truncated.size() == 1);
  CHECK(report.truncated[0].listed_alone);
  CHECK(report.unknown.empty());
  CHECK(unnamed_findings(report).empty());
}

TEST_CASE("the long anchor chain without the planted claim is consistent", "[solve][cycle-proof][narrow]") {
  Report report = checked_with_long_timeout(anchor_chain(1200, false), kFoundingRules);
  CHECK(report.findings.empty());
  CHECK(report.unknown.empty());
}
