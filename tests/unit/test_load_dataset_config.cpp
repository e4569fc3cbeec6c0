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

TEST_CASE("claimcheck.yaml tunes rules by id or kind and gives option defaults", "[load]") {
  Diagnostics diagnostics;
  auto config = read_dataset_config(SourceFile{"claimcheck.yaml",
                                               "select: [expression, one-date]\n"
                                               "ignore: summits-are-short\n"
                                               "severity:\n"
                                               "  death-toll-does-not-fall: info\n"
                                               "  expression: error\n"
                                               "exceptions:\n"
                                               "  one-date: [daily/vote-day, wire/vote-day]\n"
                                               "format: sarif\n"
                                               "fail-on: warning\n"
                                               "timeout: 30s\n"},
                                    diagnostics);
  REQUIRE(config);
  CHECK(diagnostics.all().empty());
  REQUIRE(config->select.size() == 2);
  CHECK(config->select[1].name == "one-date");
  CHECK(config->select[1].range.line == 1);
  CHECK(config->select[1].range.column == 22);
  REQUIRE(config->ignore.size() == 1);
  CHECK(config->ignore[0].name == "summits-are-short");
  // A kind's severity comes first, so the id's, written before it, still wins.
  REQUIRE(config->severities.size() == 2);
  CHECK(config->severities[0].rule.name == "expression");
  CHECK(config->severities[1].rule.name == "death-toll-does-not-fall");
  CHECK(config->severities[1].severity == Severity::info);
  CHECK(config->severities[1].rule.range.line == 4);
  REQUIRE(config->exceptions.size() == 1);
  CHECK(config->exceptions[0].rule.name == "one-date");
  REQUIRE(config->exceptions[0].claims.size() == 2);
  CHECK(config->exceptions[0].claims[1].name == "wire/vote-day");
  CHECK(config->exceptions[0].claims[1].range.line == 7);
  REQUIRE(config->format);
  CHECK(config->format->text == "sarif");
  CHECK(config->fail_on->text == "warning");
  CHECK(config->timeout->text == "30s");
  CHECK(config->timeout->range.line == 10);
}

TEST_CASE("claimcheck.yaml's tuning keys are checked where they are written", "[load]") {
  Diagnostics diagnostics;
  CHECK_FALSE(read_dataset_config(
      SourceFile{"claimcheck.yaml", "severity:\n  one-date: wraning\nexceptions: [a]\nselect: {a: b}\nfail_on: x\n"},
      diagnostics));
  std::vector<Diagnostic> sorted = diagnostics.sorted();
  REQUIRE(sorted.size() == 4);
  CHECK(sorted[0].code == "invalid-severity");
  CHECK(sorted[0].range.line == 2);
  CHECK_THAT(sorted[0].message, Catch::Contains("did you mean 'warning'?"));
  CHECK(sorted[1].code == "wrong-type");
  CHECK(sorted[1].range.line == 3);
  CHECK(sorted[2].code == "wrong-type");
  CHECK(sorted[3].code == "unknown-field");
  CHECK_THAT(sorted[3].message, Catch::Contains("did you mean 'fail-on'?"));
}

TEST_CASE("several configs: the first to set a key wins", "[load]") {
  DatasetConfig first;
  first.select = {RuleName{"one-date", {}}};
  first.fail_on = ConfigValue{"warning", {}};
  DatasetConfig second;
  second.select = {RuleName{"precedes", {}}};
  second.ignore = {RuleName{"one-date", {}}};
  second.fail_on = ConfigValue{"never", {}};
  second.timeout = ConfigValue{"1m", {}};
  merge_dataset_config(first, second);
  REQUIRE(first.select.size() == 1);
  CHECK(first.select[0].name == "one-date");
  REQUIRE(first.ignore.size() == 1);
  CHECK(first.fail_on->text == "warning");
  CHECK(first.timeout->text == "1m");
}
