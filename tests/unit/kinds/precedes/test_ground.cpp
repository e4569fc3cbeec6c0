// precedes from YAML: cases it must flag, and near misses it must not.
#include <catch2/catch.hpp>

#include "kinds/kind_rules.h"

using namespace claimcheck;
using namespace claimcheck::testing;
using namespace claimcheck::testing::kind_rules;

namespace {

const char* kPrecedes = R"(
  - id: notice-period
    kind: precedes
    first: announce-withdrawal
    then: {event: withdraw}
    min: 1 year
)";

}  // namespace

TEST_CASE("precedes flags a withdrawal too soon after its announcement", "[rules]") {
  Report report = run(
      kPrecedes, event("announced", "announce-withdrawal", "at: 2024-02") + event("left", "withdraw", "at: 2024-09"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule == "notice-period");
  CHECK(ids_of(report, 0) == std::vector<std::string>{"announced", "left"});
}

TEST_CASE("precedes accepts a withdrawal a year after the announcement", "[rules]") {
  Report report =
      run(kPrecedes, event("announced", "announce-withdrawal", "at: 2023") + event("left", "withdraw", "at: 2024-02"));
  CHECK(report.findings.empty());
}

TEST_CASE("precedes with max flags a gap that is too long, and not one that may fit", "[rules]") {
  const char* rules = R"(
  - id: quick-exit
    kind: precedes
    first: announce-withdrawal
    then: withdraw
    max: 30 days
)";
  CHECK(run(rules, event("a", "announce-withdrawal", "at: 2024-01") + event("w", "withdraw", "at: 2024-06"))
            .findings.size() == 1);
  CHECK(run(rules, event("a", "announce-withdrawal", "at: 2024-01") + event("w", "withdraw", "at: 2024-02"))
            .findings.empty());
  CHECK(run(rules, event("w", "withdraw", "at: 2023-12") + event("a", "announce-withdrawal", "at: 2024-01-15"))
            .findings.size() == 1);
}

TEST_CASE("precedes with max never relates two `then` claims without a `first` one", "[rules]") {
  const char* rules = R"(
  - id: three-days
    kind: precedes
    first: announce-withdrawal
    then: withdraw
    min: 3 days
    max: 3 days
)";
  std::string withdrawals = event("w2", "withdraw", "at: 2024-01-02") + event("w5", "withdraw", "at: 2024-01-05");
  CHECK(run(rules, withdrawals).findings.empty());
  // With the announcement, the conflict is all three: without it, the two withdrawals agree.
  Report report = run(rules, event("a", "announce-withdrawal", "at: 2023-12-30/2024-01-03") + withdrawals);
  REQUIRE(report.findings.size() == 1);
  CHECK(claim_ids(report, report.findings[0]) == std::vector<std::string>{"a", "w2", "w5"});
}

TEST_CASE("precedes relates only claims of the same subject and object", "[rules]") {
  Report report = run(kPrecedes, event("announced", "announce-withdrawal", "at: 2024-02") +
                                     event("left", "withdraw", "at: 2024-03", "NATO"));
  CHECK(report.findings.empty());
}
