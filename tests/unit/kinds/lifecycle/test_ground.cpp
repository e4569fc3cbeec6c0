// lifecycle from YAML: cases it must flag, and near misses it must not.
#include <catch2/catch.hpp>

#include "kinds/kind_rules.h"

using namespace claimcheck;
using namespace claimcheck::testing;
using namespace claimcheck::testing::kind_rules;

namespace {

const char* kLifecycle = R"(
  - id: membership-lifecycle
    kind: lifecycle
    state: membership
    transitions:
      - member -> frozen
      - frozen -> member
      - member -> withdrawing
      - withdrawing -> withdrawn
      - withdrawn -> member via rejoin
)";

}  // namespace

TEST_CASE("lifecycle flags withdrawn before member without a rejoin", "[rules]") {
  Report report = run(kLifecycle, state("gone", "withdrawn", "at: 2020") + state("back", "member", "at: 2023"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule == "membership-lifecycle");
  CHECK(ids_of(report, 0) == std::vector<std::string>{"gone", "back"});
}

TEST_CASE("lifecycle accepts a return through a rejoin between the two", "[rules]") {
  Report report = run(kLifecycle, state("gone", "withdrawn", "at: 2020") + event("rejoined", "rejoin", "at: 2022") +
                                      state("back", "member", "at: 2023"));
  CHECK(report.findings.empty());
}

TEST_CASE("lifecycle flags a rejoin that is not between the two", "[rules]") {
  Report report = run(kLifecycle, state("gone", "withdrawn", "at: 2020") + event("rejoined", "rejoin", "at: 2019") +
                                      state("back", "member", "at: 2023"));
  REQUIRE(report.findings.size() == 1);
  // Minimal: the misplaced rejoin is not needed for the conflict, so it is not part of it.
  CHECK(ids_of(report, 0) == std::vector<std::string>{"gone", "back"});
}

TEST_CASE("lifecycle accepts the allowed order and flags skipping back", "[rules]") {
  CHECK(run(kLifecycle, state("m", "member", "at: 2020") + state("f", "frozen", "at: 2021") +
                            state("m2", "member", "at: 2022") + state("w", "withdrawing", "at: 2023") +
                            state("x", "withdrawn", "at: 2024"))
            .findings.empty());
  Report report = run(kLifecycle, state("w", "withdrawing", "at: 2020") + state("f", "frozen", "at: 2023"));
  CHECK(report.findings.size() == 1);
}

TEST_CASE("lifecycle accepts claims whose order the dates leave open", "[rules]") {
  CHECK(run(kLifecycle, state("gone", "withdrawn", "at: 2020") + state("back", "member", "at: 2020")).findings.empty());
}

TEST_CASE("lifecycle: only an event of a via step on the way from u to v lets v follow u", "[rules]") {
  const char* rules = R"(
vocabulary:
  events: [r1, r2]
  states: {s: [a, b, c, d]}
rules:
  - id: lc
    kind: lifecycle
    state: s
    transitions:
      - a -> c via r1
      - b -> d via r2
)";
  auto facts_with = [](const std::string& event) {
    return std::string("source: {id: s, published: 2024-09-01}\nclaims:\n") +
           "  - {id: c1, quote: q, subject: X, state: s, value: a, at: 2024-03-01}\n"
           "  - {id: c2, quote: q, subject: X, state: s, value: c, at: 2024-03-07}\n"
           "  - {id: e, quote: q, subject: X, event: " +
           event + ", at: 2024-03-04}\n";
  };
  Run unrelated = run_check({{"f.yaml", facts_with("r2")}}, rules);
  REQUIRE(unrelated.report.findings.size() == 1);  // r2 is the way from b to d, not from a to c
  CHECK(claim_ids(unrelated.report, unrelated.report.findings[0]) == std::vector<std::string>{"c1", "c2"});
  CHECK(run_check({{"f.yaml", facts_with("r1")}}, rules).report.findings.empty());
}
