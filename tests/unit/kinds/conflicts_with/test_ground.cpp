// conflicts-with from YAML: cases it must flag, and near misses it must not.
#include <catch2/catch.hpp>

#include "kinds/kind_rules.h"

using namespace claimcheck;
using namespace claimcheck::testing;
using namespace claimcheck::testing::kind_rules;

namespace {

const char* kConflicts = R"(
  - id: not-in-two-blocs
    kind: conflicts-with
    this: {state: membership, value: member, object: CSTO}
    other: {state: membership, value: member, object: NATO}
    match: subject
  - id: never-rejoin-after-withdrawing
    kind: conflicts-with
    this: withdraw
    other: rejoin
    when: ever
)";

}  // namespace

TEST_CASE("conflicts-with flags membership of two blocs at the same time", "[rules]") {
  Report report = run(kConflicts, state("csto", "member", "from: 2000, until: 2024-06") +
                                      state("nato", "member", "at: 2023-05", "NATO"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule == "not-in-two-blocs");
}

TEST_CASE("conflicts-with accepts memberships that may follow one another", "[rules]") {
  Report report = run(kConflicts, state("csto", "member", "from: 2000, until: 2024") +
                                      state("nato", "member", "from: 2024, until: published", "NATO"));
  CHECK(report.findings.empty());
}

TEST_CASE("conflicts-with ever flags two events whatever their dates", "[rules]") {
  Report report = run(kConflicts, event("w", "withdraw", "at: 2010") + event("r", "rejoin", "at: 2020"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule == "never-rejoin-after-withdrawing");
  CHECK(ids_of(report, 0) == std::vector<std::string>{"w", "r"});  // "never" stays tied to its claims
  CHECK(
      run(kConflicts, event("w", "withdraw", "at: 2010") + event("r", "rejoin", "at: 2020", "NATO")).findings.empty());
}
