// A repair search that runs out of time says so in the words of --timeout, however Z3 stops.
#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>

#include "ground/ground.h"
#include "helpers.h"
#include "solve/repair.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// `count` announcements of one withdrawal on different days: every pair conflicts, and each of
// the `count` best repairs keeps one claim, so listing them takes far longer than the timeout.
std::string announcements(int count) {
  std::string text = "source: {id: s, published: 2024-09-01}\nclaims:\n";
  for (int i = 0; i < count; ++i)
    text += "  - {id: c" + std::to_string(i) +
            ", quote: q, subject: Armenia, object: CSTO, event: announce-withdrawal, at: " + "2023-" +
            (i / 28 < 9 ? "0" : "") + std::to_string(1 + i / 28) + "-" + (i % 28 < 9 ? "0" : "") +
            std::to_string(1 + i % 28) + "}\n";
  return text;
}

}  // namespace

TEST_CASE("a repair search cut by its timeout says 'timeout after N ms', never Z3's 'canceled'", "[solve][repair]") {
  int claims = GENERATE(60, 120, 200);
  int timeout_ms = GENERATE(50, 200);
  INFO(claims << " claims, timeout " << timeout_ms << " ms");
  CheckOptions options;
  options.max_conflicts = 1;  // deciding is quick; the repairs are what takes long
  Run run = run_check({{"s.yaml", announcements(claims)}}, kMembershipRules, options);
  REQUIRE(run.report.findings.size() == 1);
  Grounding grounding = ground(run.report.dataset, run.report.rules);
  auto group = std::max_element(grounding.groups.begin(), grounding.groups.end(),
                                [](const Group& a, const Group& b) { return a.claims.size() < b.claims.size(); });
  REQUIRE(group->claims.size() == static_cast<std::size_t>(claims));
  RepairSolver solver(RepairOptions{8, timeout_ms});
  auto start = std::chrono::steady_clock::now();
  RepairSearch search = solver.find_repairs(*group, grounding, run.report.dataset);
  auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  INFO("took " << took << " ms, " << search.repairs.size() << " repairs, unknown '" << search.unknown_reason << "'");
  std::string timeout = "timeout after " + std::to_string(timeout_ms) + " ms";
  REQUIRE(search.gave_up);
  CHECK(search.cut_reason == timeout);
  if (search.repairs.empty())
    CHECK(search.unknown_reason == timeout);
  else
    CHECK(search.unknown_reason.empty());
}
