// Never a silent pass: a group the solver cannot finish in time is `unknown`, never consistent.
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// `count` member counts of one organisation on one day, all different: every pair is a minimal
// conflict, so listing them all takes thousands of solver calls, far more than a millisecond.
std::string many_member_counts(int count) {
  std::string text = "source: {id: s, published: 2024-09-01}\nclaims:\n";
  for (int i = 0; i < count; ++i)
    text += "  - {id: c" + std::to_string(i) +
            ", quote: q, subject: CSTO, state: member-count, value: " + std::to_string(i) + ", at: 2024-01-01}\n";
  return text;
}

}  // namespace

TEST_CASE("a group that runs out of time is unknown, with no findings", "[solve]") {
  CheckOptions options;
  options.timeout_ms = 1;
  options.max_conflicts = 100000;
  Run run = run_check({{"s.yaml", many_member_counts(120)}}, kMembershipRules, options);
  REQUIRE(run.report.checked);
  REQUIRE(run.report.unknown.size() == 1);
  CHECK(run.report.unknown[0].claims.size() == 120);
  CHECK(run.report.unknown[0].reason == "timeout after 1 ms");
  // Half a list of conflicts would read as "these are all": an unknown group reports none.
  CHECK(run.report.findings.empty());
  CHECK(run.report.summary.unknown == 1);
}

TEST_CASE("the same group with time to spare is decided", "[solve]") {
  CheckOptions options;
  options.timeout_ms = 60000;
  options.max_conflicts = 5;
  Run run = run_check({{"s.yaml", many_member_counts(120)}}, kMembershipRules, options);
  CHECK(run.report.unknown.empty());
  CHECK(run.report.findings.size() == 5);
  CHECK(run.report.truncated.size() == 1);
}
