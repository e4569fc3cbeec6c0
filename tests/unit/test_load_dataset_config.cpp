#include <catch2/catch.hpp>

#include "load/dataset_config.h"

using namespace claimcheck;

TEST_CASE("claimcheck.yaml names rule paths relative to its folder", "[load]") {
  Diagnostics diagnostics;
  auto config = read_dataset_config(
      SourceFile{"data/claimcheck.yaml", "facts: facts\nrules: [packs/a.yaml, ../shared]\n"}, diagnostics);
  REQUIRE(config);
  CHECK(config->rules == std::vector<std::string>{"data/packs/a.yaml", "shared"});
  CHECK(config->facts == std::vector<std::string>{"data/facts"});
  auto one = read_dataset_config(SourceFile{"claimcheck.yaml", "rules: rules\n"}, diagnostics);
  REQUIRE(one);
  CHECK(one->rules == std::vector<std::string>{"rules"});
  CHECK(one->facts.empty());
  CHECK(diagnostics.all().empty());
}

TEST_CASE("a broken claimcheck.yaml is a located error", "[load]") {
  Diagnostics diagnostics;
  CHECK_FALSE(read_dataset_config(SourceFile{"claimcheck.yaml", "rule: [a]\n"}, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.sorted()[0].code == "unknown-field");
  CHECK_THAT(diagnostics.sorted()[0].message, Catch::Contains("did you mean 'rules'?"));
  Diagnostics more;
  CHECK_FALSE(read_dataset_config(SourceFile{"claimcheck.yaml", "rules: {a: b}\n"}, more));
  CHECK(more.all().front().code == "wrong-type");
}
