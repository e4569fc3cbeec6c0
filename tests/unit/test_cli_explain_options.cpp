// CLI flags of explanations: --max-repairs, --timelines and --solver-rlimit.
#include <catch2/catch.hpp>
#include <sstream>

#include "cli/options.h"
#include "cli_helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("max-repairs sets how many repairs a group lists", "[cli]") {
  auto defaults = parse({"repair"});
  REQUIRE(defaults);
  CHECK(defaults->check.max_repairs == 8);
  auto three = parse({"repair", "--max-repairs", "3"});
  REQUIRE(three);
  CHECK(three->check.max_repairs == 3);
  std::string errors;
  CHECK_FALSE(parse({"--max-repairs", "0"}, &errors));
  CHECK_THAT(errors, Catch::Contains("--max-repairs must be at least 1"));
  CHECK_FALSE(parse({"--max-repairs", "many"}, &errors));
}

TEST_CASE("the timelines flag is auto, findings, all or none", "[cli]") {
  auto defaults = parse({});
  REQUIRE(defaults);
  CHECK(defaults->timelines == "auto");
  for (const char* which : {"findings", "all", "none"}) {
    auto o = parse({"--timelines", which});
    REQUIRE(o);
    CHECK(o->timelines == which);
  }
  std::string errors;
  CHECK_FALSE(parse({"--timelines", "some"}, &errors));
  CHECK_THAT(errors, Catch::Contains("--timelines must be auto, findings, all or none"));
}

TEST_CASE("solver-rlimit is a non-negative Z3 resource limit", "[cli]") {
  auto defaults = parse({});
  REQUIRE(defaults);
  CHECK(defaults->check.solver_rlimit == 0u);
  auto set = parse({"--solver-rlimit", "5000"});
  REQUIRE(set);
  CHECK(set->check.solver_rlimit == 5000u);
  std::string errors;
  CHECK_FALSE(parse({"--solver-rlimit", "-1"}, &errors));
  CHECK_THAT(errors, Catch::Contains("--solver-rlimit must be between 0"));
}
