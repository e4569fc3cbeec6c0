// requires from YAML: cases it must flag, and near misses it must not.
#include <catch2/catch.hpp>

#include "kinds/kind_rules.h"

using namespace claimcheck;
using namespace claimcheck::testing;
using namespace claimcheck::testing::kind_rules;

namespace {

const char* kRequires = R"(
  - id: voting-needs-membership
    kind: requires
    this: vote
    other: {state: membership, value: [member]}
)";

}  // namespace

TEST_CASE("requires flags a vote while membership is frozen", "[rules]") {
  Report report = run(
      kRequires, event("vote", "vote", "at: 2024-03-05") + state("frozen", "frozen", "from: 2024-02, until: 2024-04"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule == "voting-needs-membership");
}

TEST_CASE("requires accepts a vote that may precede the freeze", "[rules]") {
  Report report =
      run(kRequires, event("vote", "vote", "at: 2024-02") + state("frozen", "frozen", "from: 2024-02, until: 2024-04") +
                         state("member", "member", "at: 2024-01"));
  CHECK(report.findings.empty());
}

TEST_CASE("requires refuses an event as what is needed", "[rules]") {
  Run r = run_check({{"f.yaml", facts(event("v", "vote", "at: 2024"))}},
                    std::string(kVocabulary) + "  - {id: r, kind: requires, this: vote, other: summit}\n");
  CHECK(codes_of(r.report) == std::vector<std::string>{"unsupported-requirement"});
}
