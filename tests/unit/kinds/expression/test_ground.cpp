// The expression rule kind from YAML: flags what its assertion forbids, and nothing else.
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string rules(const std::string& assertion, const std::string& extra = "") {
  return R"(
vocabulary:
  events: [announce-withdrawal, withdraw]
  states:
    casualties: number
rules:
  - id: r
    kind: expression
    bind:
      a: announce-withdrawal
      b: {event: withdraw}
    assert: ")" +
         assertion + "\"\n" + extra;
}

const char* kTolls = R"yaml(
vocabulary:
  states:
    casualties: number
rules:
  - id: tolls-rise
    kind: expression
    bind: {earlier: {state: casualties}, later: {state: casualties}}
    assert: "end(earlier) >= start(later) or value(earlier) <= value(later)"
)yaml";

std::string facts(const std::string& claims) {
  return "source:\n  id: s\n  published: 2024-09-01\nclaims:" + (claims.empty() ? " []\n" : "\n" + claims);
}

std::string event(const std::string& id, const std::string& name, const std::string& time,
                  const std::string& subject = "Armenia") {
  return "  - {id: " + id + ", quote: q, subject: " + subject + ", object: CSTO, event: " + name + ", " + time + "}\n";
}

std::string toll(const std::string& id, const std::string& value, const std::string& time) {
  return "  - {id: " + id + ", quote: q, subject: flood, state: casualties, value: " + value + ", " + time + "}\n";
}

Report run(const std::string& rule_text, const std::string& claims) {
  Run r = run_check({{"f.yaml", facts(claims)}}, rule_text);
  INFO(codes_of(r.report).size());
  REQUIRE(r.report.diagnostics.sorted().empty());
  REQUIRE(r.report.checked);
  return std::move(r.report);
}

}  // namespace

TEST_CASE("expression: a notice period on days is flagged when too short", "[rules][expression]") {
  std::string claims = event("said", "announce-withdrawal", "at: 2024-02") + event("left", "withdraw", "at: 2024-09");
  Report report = run(rules("start(b) >= end(a) + 1 year"), claims);
  REQUIRE(report.findings.size() == 1);
  CHECK(claim_ids(report, report.findings[0]) == std::vector<std::string>{"said", "left"});
  CHECK_THAT(
      report.findings[0].explanation,
      Catch::Contains("that claim a ends at least 365 days before claim b starts (start(b) >= end(a) + 1 year)."));
}

TEST_CASE("expression: near misses on days are not flagged", "[rules][expression]") {
  // A year and a bit apart; and the same dates for another subject pair are not combined.
  CHECK(run(rules("start(b) >= end(a) + 1 year"),
            event("said", "announce-withdrawal", "at: 2023-02-01") + event("left", "withdraw", "at: 2024-02-05"))
            .findings.empty());
  CHECK(run(rules("start(b) >= end(a) + 1 year"),
            event("said", "announce-withdrawal", "at: 2024-02") + event("left", "withdraw", "at: 2024-09", "Belarus"))
            .findings.empty());
}

TEST_CASE("expression: stated numbers, with hedges, compare", "[rules][expression]") {
  Report falls = run(kTolls, toll("first", "40", "at: 2024-05-10") + toll("then", "12", "at: 2024-05-20"));
  REQUIRE(falls.findings.size() == 1);
  CHECK(claim_ids(falls, falls.findings[0]) == std::vector<std::string>{"first", "then"});
  // Rising, or on the same day, or hedged so that they may be equal: no finding.
  CHECK(run(kTolls, toll("first", "12", "at: 2024-05-10") + toll("then", "40", "at: 2024-05-20")).findings.empty());
  CHECK(run(kTolls, toll("first", "40", "at: 2024-05-10") + toll("then", "12", "at: 2024-05-10")).findings.empty());
  CHECK(run(kTolls, toll("first", "about 40", "at: 2024-05-10") + toll("then", "more than 30", "at: 2024-05-20"))
            .findings.empty());
}

TEST_CASE("expression: match subject combines claims across objects", "[rules][expression]") {
  std::string claims =
      "  - {id: said, quote: q, subject: Armenia, object: CSTO, event: announce-withdrawal, at: 2024-02}\n"
      "  - {id: left, quote: q, subject: Armenia, object: NATO, event: withdraw, at: 2024-09}\n";
  CHECK(run(rules("start(b) >= end(a) + 1 year"), claims).findings.empty());
  CHECK(run(rules("start(b) >= end(a) + 1 year", "    match: subject\n"), claims).findings.size() == 1);
}

TEST_CASE("expression: a parse error points at its column in the YAML file", "[rules][expression]") {
  Run r = run_check({{"f.yaml", facts("")}}, rules("start(a) + 365 >= ends(b)"));
  auto diagnostics = r.report.diagnostics.sorted();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "expression-unknown-function");
  CHECK(diagnostics[0].range.line == 12);
  // `    assert: "` is 13 columns; the offending 'ends' is at byte 18 of the scalar.
  CHECK(diagnostics[0].range.column == 14 + 18);
}

TEST_CASE("expression: bad bindings are located errors", "[rules][expression]") {
  std::string text = R"yaml(
vocabulary:
  events: [withdraw]
rules:
  - id: r
    kind: expression
    bind: {start: withdraw, b: {event: withdrw}}
    assert: "start(b) < 1"
)yaml";
  Run r = run_check({{"f.yaml", facts("")}}, text);
  std::vector<std::string> codes = codes_of(r.report);
  CHECK(std::find(codes.begin(), codes.end(), "invalid-binding") != codes.end());
  CHECK(std::find(codes.begin(), codes.end(), "unknown-event") != codes.end());
}
