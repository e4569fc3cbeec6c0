// The count rule kind: a claimed number of holders against the subjects claims say hold then.
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string rules(const std::string& set) {
  return R"(
vocabulary:
  states:
    membership: [member, frozen, withdrawing, withdrawn]
    member-count: number
rules:
  - id: member-count
    kind: count
    state: member-count
    counts: {state: membership, value: [member, frozen]}
)" + (set.empty() ? std::string() : "    set: " + set + "\n");
}

std::string facts(const std::string& claims) {
  return "source:\n  id: s\n  published: 2024-09-01\nclaims:" + (claims.empty() ? " []\n" : "\n" + claims);
}

std::string count(const std::string& id, const std::string& value, const std::string& time,
                  const std::string& subject = "Pact") {
  return "  - {id: " + id + ", quote: q, subject: " + subject + ", state: member-count, value: " + value + ", " + time +
         "}\n";
}

std::string member(const std::string& id, const std::string& subject, const std::string& value, const std::string& time,
                   const std::string& object = "Pact") {
  return "  - {id: " + id + ", quote: q, subject: " + subject + ", object: " + object +
         ", state: membership, value: " + value + ", " + time + "}\n";
}

Report run(const std::string& set, const std::string& claims) {
  Run r = run_check({{"f.yaml", facts(claims)}}, rules(set));
  INFO(codes_of(r.report).size());
  REQUIRE(r.report.diagnostics.sorted().empty());
  REQUIRE(r.report.checked);
  return std::move(r.report);
}

const std::string kThreeMembers = member("a", "Aland", "member", "at: 2024-04-01") +
                                  member("b", "Borl", "frozen", "at: 2024-04-01") +
                                  member("c", "Cyra", "member", "from: 2020, until: 2024-12");

}  // namespace

TEST_CASE("count: fewer than the known holders on the day is flagged", "[rules][count]") {
  Report report = run("", count("two", "2", "at: 2024-04-01") + kThreeMembers);
  REQUIRE(report.findings.size() == 1);
  CHECK(claim_ids(report, report.findings[0]) == std::vector<std::string>{"two", "a", "b", "c"});
  CHECK(report.findings[0].rule == "member-count");
  CHECK(report.findings[0].explanation.find("may not exceed it") != std::string::npos);
}

TEST_CASE("count: as many as the known holders, or more, is not flagged with an open set", "[rules][count]") {
  CHECK(run("", count("three", "3", "at: 2024-04-01") + kThreeMembers).findings.empty());
  CHECK(run("at-least", count("six", "6", "at: 2024-04-01") + kThreeMembers).findings.empty());
}

TEST_CASE("count: a subject with two claims is counted once", "[rules][count]") {
  std::string claims = count("one", "1", "at: 2024-04-01") + member("a1", "Aland", "member", "at: 2024-04-01") +
                       member("a2", "Aland", "frozen", "from: 2024-03, until: 2024-05");
  CHECK(run("", claims).findings.empty());
}

TEST_CASE("count: holders on other days, other values or other objects are not counted", "[rules][count]") {
  std::string claims = count("one", "1", "at: 2024-04-01") + member("a", "Aland", "member", "at: 2024-04-01") +
                       member("b", "Borl", "member", "at: 2024-06-01") +
                       member("c", "Cyra", "withdrawn", "at: 2024-04-01") +
                       member("d", "Dorn", "member", "at: 2024-04-01", "Other");
  CHECK(run("", claims).findings.empty());
}

TEST_CASE("count: a span is checked on every day, not only its first", "[rules][count]") {
  // Two members on 1 April; a third joins in June, inside the count's span April..August.
  std::string claims = count("two", "2", "from: 2024-04-01, until: 2024-08-31") +
                       member("a", "Aland", "member", "from: 2024-01, until: 2024-12") +
                       member("b", "Borl", "member", "from: 2024-01, until: 2024-12") +
                       member("c", "Cyra", "member", "from: 2024-06-10, until: 2024-12");
  Report report = run("", claims);
  REQUIRE(report.findings.size() == 1);
  CHECK(claim_ids(report, report.findings[0]) == std::vector<std::string>{"two", "a", "b", "c"});
  // The same third member joining after the span is no contradiction.
  std::string later = count("two", "2", "from: 2024-04-01, until: 2024-08-31") +
                      member("a", "Aland", "member", "from: 2024-01, until: 2024-12") +
                      member("b", "Borl", "member", "from: 2024-01, until: 2024-12") +
                      member("c", "Cyra", "member", "from: 2024-09-10, until: 2024-12");
  CHECK(run("", later).findings.empty());
}

TEST_CASE("count: a hedged number is checked with its whole range", "[rules][count]") {
  // "about 2" is 1.8..2.2: below three holders. "more than 2" may be 3.
  CHECK(run("", count("about-two", "about 2", "at: 2024-04-01") + kThreeMembers).findings.size() == 1);
  CHECK(run("", count("over-two", "more than 2", "at: 2024-04-01") + kThreeMembers).findings.empty());
}

TEST_CASE("count: closed set flags a number the holders cannot reach, and accepts the exact one", "[rules][count]") {
  Report more = run("closed", count("four", "4", "at: 2024-04-01") + kThreeMembers);
  REQUIRE(more.findings.size() == 1);
  CHECK(claim_ids(more, more.findings[0]) == std::vector<std::string>{"four"});
  CHECK(run("closed", count("three", "3", "at: 2024-04-01") + kThreeMembers).findings.empty());
}

TEST_CASE("count: at-most flags more than the holders on the day, where an open set does not", "[rules][count]") {
  // Cyra's membership ends in March: on 1 April only two of three can hold.
  std::string claims = count("three", "3", "at: 2024-04-01") + member("a", "Aland", "member", "at: 2024-04-01") +
                       member("b", "Borl", "member", "at: 2024-04-01") +
                       member("c", "Cyra", "member", "from: 2020, until: 2024-03");
  Report report = run("at-most", claims);
  REQUIRE(report.findings.size() == 1);
  // Cyra's claim cannot reach 1 April, so it is not a holder at all: the number alone conflicts.
  CHECK(claim_ids(report, report.findings[0]) == std::vector<std::string>{"three"});
  CHECK(run("at-least", claims).findings.empty());
  // Until April: Cyra may still be a member on 1 April, so three is possible.
  std::string maybe = count("three", "3", "at: 2024-04-01") + member("a", "Aland", "member", "at: 2024-04-01") +
                      member("b", "Borl", "member", "at: 2024-04-01") +
                      member("c", "Cyra", "member", "from: 2020, until: 2024-04");
  CHECK(run("at-most", maybe).findings.empty());
}

// A holder left out of a finding may still be true, but then only on the days its own time
// reaches: Cyra, a member until 10 April at the latest, cannot make up the second member of a
// number claimed for all of April, whether her claim is part of the finding or not.
TEST_CASE("count: a holder outside the finding counts only on days its own time reaches", "[rules][count]") {
  std::string claims = count("two", "2", "from: 2024-04-01, until: 2024-04-30") +
                       member("a", "Aland", "member", "from: 2024-01, until: 2024-12") +
                       member("c", "Cyra", "member", "from: 2024-03, until: 2024-04-10");
  for (const std::string set : {"at-most", "closed"}) {
    INFO(set);
    Report report = run(set, claims);
    REQUIRE(report.findings.size() == 1);
    CHECK(claim_ids(report, report.findings[0]) == std::vector<std::string>{"two"});
    CHECK(report.unknown.empty());
  }
  // Until the end of April Cyra may hold on every day of it: two members are possible.
  std::string possible = count("two", "2", "from: 2024-04-01, until: 2024-04-30") +
                         member("a", "Aland", "member", "from: 2024-01, until: 2024-12") +
                         member("c", "Cyra", "member", "from: 2024-03, until: 2024-04-30");
  Report report = run("at-most", possible);
  CHECK(report.findings.empty());
  CHECK(report.unknown.empty());
}

TEST_CASE("count: where restricts the counted entity", "[rules][count]") {
  std::string text = rules("") + "    where: {subject: [Other]}\n";
  Run r = run_check({{"f.yaml", facts(count("two", "2", "at: 2024-04-01") + kThreeMembers)}}, text);
  REQUIRE(r.report.diagnostics.sorted().empty());
  CHECK(r.report.findings.empty());
}

TEST_CASE("count: a bad set or an event selector is a located error", "[rules][count]") {
  Run bad_set = run_check({{"f.yaml", facts("")}}, rules("closd"));
  CHECK(codes_of(bad_set.report) == std::vector<std::string>{"invalid-set"});
  std::string event_rules = R"(
vocabulary:
  events: [join]
  states: {member-count: number}
rules:
  - {id: c, kind: count, state: member-count, counts: join}
)";
  Run bad_selector = run_check({{"f.yaml", facts("")}}, event_rules);
  CHECK(codes_of(bad_selector.report) == std::vector<std::string>{"invalid-selector"});
  std::string words_rules = R"(
vocabulary:
  states: {member-count: [few, many], membership: [member]}
rules:
  - {id: c, kind: count, state: member-count, counts: {state: membership}}
)";
  Run not_a_number = run_check({{"f.yaml", facts("")}}, words_rules);
  CHECK(codes_of(not_a_number.report) == std::vector<std::string>{"invalid-count-state"});
}

// A symmetric rule mirrors an unrelated claim; folding the mirrors back must keep count's linear
// terms: without them a count on one day loses its conflict, a count over a span hits map::at.
TEST_CASE("a count still binds when a symmetric rule mirrors some other claim", "[rules][count]") {
  const std::string pack = R"(
vocabulary: {states: {seat: [seated], size: number, relations: [normal]}}
rules:
  - {id: size-covers-seats, kind: count, state: size, counts: {state: seat}}
  - {id: relations-both-ways, kind: symmetric, relation: {state: relations}}
)";
  const std::string seats =
      "  - {id: a, quote: q, subject: A, object: Org, state: seat, value: seated, from: 2010-01-01, until: "
      "2010-12-31}\n"
      "  - {id: b, quote: q, subject: B, object: Org, state: seat, value: seated, from: 2010-05-01, until: "
      "2010-06-30}\n"
      "  - {id: r, quote: q, subject: C, object: D, state: relations, value: normal, at: 2008-05-01}\n";
  for (const std::string& when : {std::string("from: 2010-04-01, until: 2010-07-31"), std::string("at: 2010-05-15")}) {
    INFO(when);
    Run run = run_check(
        {{"f.yaml", facts(seats + "  - {id: n, quote: q, subject: Org, state: size, value: 1, " + when + "}\n")}},
        pack);
    REQUIRE(run.report.diagnostics.sorted().empty());
    REQUIRE(run.report.checked);
    REQUIRE(run.report.findings.size() == 1);
    CHECK(claim_ids(run.report, run.report.findings[0]) == std::vector<std::string>{"a", "b", "n"});
  }
}
