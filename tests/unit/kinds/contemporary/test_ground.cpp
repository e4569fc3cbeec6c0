// contemporary at the edges of a lifetime: `begins` and `ends` as events and `ends` as a state,
// each with the day that is still inside and the day that is outside.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char* kVocabulary = R"(
vocabulary:
  events: [founded, dissolved, named-chair]
  states:
    status: [active, dissolved]
    chairs: any
rules:
)";

// A chair is named only while the organisation exists; it ends by an event or by a lasting state.
const char* kEndsByEvent = R"(
  - id: chair-while-existing
    kind: contemporary
    relation: named-chair
    begins: founded
    ends: dissolved
)";
const char* kEndsByState = R"(
  - id: chair-while-existing
    kind: contemporary
    relation: named-chair
    ends: {state: status, value: dissolved}
)";
const char* kStateEndsState = R"(
  - id: chairs-while-existing
    kind: contemporary
    relation: {state: chairs}
    ends: {state: status, value: dissolved}
)";

std::string facts(const std::string& claims) {
  return "source:\n  id: s\n  published: 2024-09-01\nclaims:\n" + claims;
}

// A claim as one flow-map line: `- {id: ID, quote: q, subject: S, ...rest}`.
std::string claim(const std::string& id, const std::string& subject, const std::string& rest) {
  return "  - {id: " + id + ", quote: q, subject: " + subject + ", " + rest + "}\n";
}

std::string named(const std::string& when) {
  return claim("named", "Ada", "object: Acme, event: named-chair, at: " + when);
}

Report run(const std::string& rules, const std::string& claims) {
  Run r = run_check({{"f.yaml", facts(claims)}}, std::string(kVocabulary) + rules);
  INFO(codes_of(r.report).size());
  REQUIRE(r.report.diagnostics.sorted().empty());
  REQUIRE(r.report.checked);
  return std::move(r.report);
}

std::vector<std::string> finding_ids(const Report& report) {
  REQUIRE(report.findings.size() == 1);
  std::vector<std::string> ids = claim_ids(report, report.findings[0]);
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

TEST_CASE("contemporary: an ending state ends the lifetime on its first day, however long it lasts", "[rules]") {
  std::string dissolved = claim("gone", "Acme", "state: status, value: dissolved, from: 2005, until: 2020");
  CHECK(finding_ids(run(kEndsByState, named("2008") + dissolved)) == std::vector<std::string>{"gone", "named"});
  CHECK(finding_ids(run(kEndsByState, named("2006") + dissolved)) == std::vector<std::string>{"gone", "named"});
  CHECK(run(kEndsByState, named("2004") + dissolved).findings.empty());
  // Both are dated by the year 2005: the chair may be named on or before the state's first day.
  CHECK(run(kEndsByState, named("2005") + dissolved).findings.empty());
}

TEST_CASE("contemporary: an ending state given 'since' ends the lifetime where it starts", "[rules]") {
  std::string dissolved = claim("gone", "Acme", "state: status, value: dissolved, at: since 2005");
  CHECK(finding_ids(run(kEndsByState, named("2008") + dissolved)) == std::vector<std::string>{"gone", "named"});
  CHECK(run(kEndsByState, named("2004") + dissolved).findings.empty());
}

TEST_CASE("contemporary: the first day of an ending state is still inside the lifetime", "[rules]") {
  std::string dissolved = claim("gone", "Acme", "state: status, value: dissolved, from: 2005-03-10, until: 2020");
  CHECK(run(kEndsByState, named("2005-03-10") + dissolved).findings.empty());
  CHECK(finding_ids(run(kEndsByState, named("2005-03-11") + dissolved)) == std::vector<std::string>{"gone", "named"});
}

TEST_CASE("contemporary: a relation that is a state ends by the ending state's first day", "[rules]") {
  std::string dissolved = claim("gone", "Acme", "state: status, value: dissolved, from: 2005-03-10, until: 2020");
  auto chairs = [](const std::string& until) {
    return claim("chair", "Ada", "object: Acme, state: chairs, value: yes, from: 2000, until: " + until);
  };
  CHECK(run(kStateEndsState, chairs("2005-03-10") + dissolved).findings.empty());
  CHECK(finding_ids(run(kStateEndsState, chairs("2005-03-11") + dissolved)) ==
        std::vector<std::string>{"chair", "gone"});
  CHECK(finding_ids(run(kStateEndsState, chairs("2012") + dissolved)) == std::vector<std::string>{"chair", "gone"});
}

TEST_CASE("contemporary: an ending event is part of the lifetime up to its last day", "[rules]") {
  std::string dissolved = claim("gone", "Acme", "event: dissolved, at: 2010-05-01");
  CHECK(run(kEndsByEvent, named("2010-05-01") + dissolved).findings.empty());
  CHECK(finding_ids(run(kEndsByEvent, named("2010-05-02") + dissolved)) == std::vector<std::string>{"gone", "named"});
  // A dissolution dated by its month may fall on the month's last day.
  std::string in_may = claim("gone", "Acme", "event: dissolved, at: 2010-05");
  CHECK(run(kEndsByEvent, named("2010-05-31") + in_may).findings.empty());
  CHECK(finding_ids(run(kEndsByEvent, named("2010-06-01") + in_may)) == std::vector<std::string>{"gone", "named"});
}

TEST_CASE("contemporary: a beginning event is part of the lifetime from its first day", "[rules]") {
  std::string founded = claim("start", "Acme", "event: founded, at: 1950-05-01");
  CHECK(run(kEndsByEvent, named("1950-05-01") + founded).findings.empty());
  CHECK(finding_ids(run(kEndsByEvent, named("1950-04-30") + founded)) == std::vector<std::string>{"named", "start"});
  // A founding dated by its year may fall on 1 January.
  std::string in_1950 = claim("start", "Acme", "event: founded, at: 1950");
  CHECK(run(kEndsByEvent, named("1950-01-01") + in_1950).findings.empty());
  CHECK(finding_ids(run(kEndsByEvent, named("1949-12-31") + in_1950)) == std::vector<std::string>{"named", "start"});
}

TEST_CASE("contemporary: a beginning is an event, never a state", "[rules]") {
  Run r =
      run_check({{"f.yaml", facts(named("2008"))}},
                std::string(kVocabulary) +
                    "  - {id: c, kind: contemporary, relation: named-chair, begins: {state: status, value: active}}\n");
  CHECK(codes_of(r.report) == std::vector<std::string>{"invalid-selector"});
}
