// unique-event from YAML: cases it must flag, and near misses it must not.
#include <catch2/catch.hpp>

#include "kinds/kind_rules.h"

using namespace claimcheck;
using namespace claimcheck::testing;
using namespace claimcheck::testing::kind_rules;

TEST_CASE("unique-event: claims agree through any one of them, and each pair that cannot meet is a finding",
          "[rules]") {
  // "In 2024" fits both; 1 March and 1 June do not fit each other: one finding of the two, and
  // "in 2024" in none, whichever claim the grounder read first.
  Report report = run(kOneSummitOfAtLeastThreeDays, event("year", "summit", "at: 2024") +
                                                        event("march", "summit", "at: 2024-03-01") +
                                                        event("june", "summit", "at: 2024-06-01"));
  REQUIRE(report.findings.size() == 1);
  CHECK(ids_of(report, 0) == std::vector<std::string>{"march", "june"});
}
