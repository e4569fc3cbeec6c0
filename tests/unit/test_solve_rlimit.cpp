// Never a silent pass: a group on which Z3 gives up for any reason but time (here its resource
// limit, which gives the same answer on every machine) is `unknown` with that reason, never consistent.
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// Three different membership values on one day: the pre-check cannot prove them consistent (they
// are not), so the group goes to Z3.
const char* kThreeStatuses =
    "source: {id: s, published: 2024-09-01}\nclaims:\n"
    "  - {id: m, quote: q, subject: Armenia, object: CSTO, state: membership, value: member, at: 2024-03-05}\n"
    "  - {id: f, quote: q, subject: Armenia, object: CSTO, state: membership, value: frozen, at: 2024-03-05}\n"
    "  - {id: w, quote: q, subject: Armenia, object: CSTO, state: membership, value: withdrawing, at: 2024-03-05}\n";

}  // namespace

TEST_CASE("a group on which Z3 runs out of resources is unknown with the reason", "[solve]") {
  CheckOptions options;
  options.solver_rlimit = 1;
  Run run = run_check({{"s.yaml", kThreeStatuses}}, kMembershipRules, options);
  REQUIRE(run.report.checked);
  REQUIRE(run.report.unknown.size() == 1);
  CHECK(run.report.unknown[0].claims.size() == 3);
  CHECK(run.report.unknown[0].reason == "Z3 gave up: canceled (resource limit 1 per check)");
  CHECK(run.report.findings.empty());
  CHECK(run.report.repairs.empty());
  CHECK(run.report.summary.unknown == 1);
}

TEST_CASE("the same group with resources to spare is decided", "[solve]") {
  CheckOptions options;
  options.solver_rlimit = 10000000;
  Run run = run_check({{"s.yaml", kThreeStatuses}}, kMembershipRules, options);
  CHECK(run.report.unknown.empty());
  CHECK(run.report.findings.size() == 3);
}
