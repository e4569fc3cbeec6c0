// duration from YAML: cases it must flag, and near misses it must not.
#include <catch2/catch.hpp>

#include "kinds/kind_rules.h"

using namespace claimcheck;
using namespace claimcheck::testing;
using namespace claimcheck::testing::kind_rules;

namespace {

const char* kDuration = R"(
  - id: summits-are-short
    kind: duration
    event: summit
    min: 3 days
    max: 5 days
  - id: freeze-at-most-two-years
    kind: duration
    state: membership
    value: frozen
    max: 2 years
)";

}  // namespace

TEST_CASE("duration flags an event that lasts too long and one too short", "[rules]") {
  Report report = run(kDuration, event("long", "summit", "from: 2024-03-01, until: 2024-03-20") +
                                     event("one-day", "summit", "from: 2024-05-02, until: 2024-05-02", "NATO"));
  REQUIRE(report.findings.size() == 2);
  CHECK(report.findings[0].rule == "summits-are-short");
}

TEST_CASE("duration's min leaves an event dated with at alone: it says when, not how long", "[rules]") {
  // "The summit was in January" (or "on 2 May") is a day the summit happened, not its length.
  CHECK(run(kDuration, event("jan", "summit", "at: 2024-01") + event("may", "summit", "at: 2024-05-02", "NATO"))
            .findings.empty());
}

TEST_CASE("duration accepts a span that may fit its bounds", "[rules]") {
  Report report = run(kDuration, event("summit", "summit", "from: 2024-03, for: 3 days") +
                                     state("frozen", "frozen", "from: 2023, until: 2024-06"));
  CHECK(report.findings.empty());
}

TEST_CASE("duration of a state flags a claim longer than its max", "[rules]") {
  Report report = run(kDuration, state("frozen", "frozen", "from: 2020-01, until: 2024-06"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule == "freeze-at-most-two-years");
}
