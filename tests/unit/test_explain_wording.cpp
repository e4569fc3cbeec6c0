// Plain-language explanations: one sentence shape per rule kind, pinned on the example packs
// (examples/*), plus the shapes' variants on hand-made claims.
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

struct Example {
  SourceManager sources;
  Report report;
};

// Checks an example's facts against a rule pack, both relative to the source tree.
Example check_example(const std::string& facts, const std::string& rules) {
  Example out;
  std::string root = CLAIMCHECK_SOURCE_DIR;
  Diagnostics problems;
  std::vector<int> rule_files = out.sources.add_paths({root + "/" + rules}, problems);
  std::vector<int> fact_files = out.sources.add_paths({root + "/" + facts}, problems);
  REQUIRE(problems.all().empty());
  out.report = check(out.sources, fact_files, rule_files, {});
  return out;
}

// The explanation of the one finding of `rule` whose claims include `claim` (a full id).
std::string why(const Report& report, const std::string& rule, const std::string& claim = "") {
  for (const Finding& f : report.findings) {
    if (f.rule != rule) continue;
    for (int c : f.claims)
      if (claim.empty() || report.dataset.claims[static_cast<std::size_t>(c)].full_id == claim) return f.explanation;
  }
  FAIL("no finding of " << rule);
  return "";
}

std::string facts(const std::string& claims) {
  return "source: {id: s, publisher: Wire, published: 2024-12-01}\nclaims:\n" + claims;
}

}  // namespace

TEST_CASE("precedes says which must come first, with the gap in days and years", "[explain]") {
  Example people = check_example("examples/people-pack/facts", "rules/people.yaml");
  CHECK(why(people.report, "born-before-death") ==
        "Cai Moreno's born is dated in 1990-01-01..1990-12-31 according to City Almanac, and Cai Moreno's died is "
        "dated in 1980-01-01..1980-12-31 according to Evening Post, but rule born-before-death says born comes "
        "before died.");
  CHECK(why(people.report, "human-lifespan") ==
        "Dora Weiss's born is dated in 1800-01-01..1800-12-31 according to City Almanac, and Dora Weiss's died is "
        "dated in 1990-01-01..1990-12-31 according to Evening Post, but rule human-lifespan says born comes before "
        "died, at most 45657 days (about 125 years) apart.");
}

TEST_CASE("duration says how long the claim's dates make it and what the rule allows", "[explain]") {
  Example events = check_example("examples/events-pack/facts", "rules/events.yaml");
  CHECK(why(events.report, "summits-are-short") ==
        "Northern summit's summit is dated from 2024-06-01 until 2024-06-20 according to Global Wire: at least 19 "
        "days from its first to its last day, but rule summits-are-short allows at most 7 days.");
}

TEST_CASE("conflicts-with, requires and lifecycle name both sides and the rule", "[explain]") {
  Example pack = check_example("examples/membership-pack/facts", "rules/membership.yaml");
  CHECK(why(pack.report, "not-in-both-blocs") ==
        "Genovia's membership (CSTO) is 'member' from 2000-01-01..2000-12-31 until 2024-06-01..2024-06-30 according "
        "to Bloc Monitor, and Genovia's membership (NATO) is 'member' in 2023-05-01..2023-05-31 according to Bloc "
        "Monitor; these must share a day, but rule not-in-both-blocs says membership 'member' (with CSTO) and "
        "membership 'member' (with NATO) never hold at the same time.");
  CHECK(why(pack.report, "active-only-as-member") ==
        "Hesperia's participation (CSTO) is 'active' on 2024-03-05 according to Bloc Monitor, while Hesperia's "
        "membership (CSTO) is 'frozen' from 2024-02-01..2024-02-29 until 2024-04-01..2024-04-30 according to Bloc "
        "Monitor; these must share a day, but rule active-only-as-member says participation 'active' needs "
        "membership 'member'.");
  CHECK(why(pack.report, "membership-lifecycle") ==
        "Elbonia's membership (CSTO) is 'withdrawn' in 2020-01-01..2020-12-31 according to Bloc Monitor and "
        "Elbonia's membership (CSTO) is 'member' in 2023-01-01..2023-12-31 according to Bloc Monitor, but rule "
        "membership-lifecycle lets 'member' follow 'withdrawn' only through rejoin, and no such claim lies between "
        "them.");
  CHECK(why(pack.report, "withdrawal-follows-announcement") ==
        "Florin's announce-withdrawal (CSTO) is dated in 2024-03-01..2024-03-31 according to Bloc Monitor, and "
        "Florin's withdraw (CSTO) is dated in 2024-01-01..2024-01-31 according to Bloc Monitor, but rule "
        "withdrawal-follows-announcement says announce-withdrawal comes before withdraw.");
}

TEST_CASE("allen says who states which relation and every claim's dates", "[explain]") {
  Example time = check_example("examples/time-pack/facts", "rules/time.yaml");
  CHECK(why(time.report, "stated-order") ==
        "The Chronicle says Freedonia's talks (in 2022-03-01..2022-03-31) is the same span as Freedonia's talks "
        "(from an unknown day on, according to The Observer); and The Observer says Freedonia's talks (from an "
        "unknown day on) comes before Freedonia's invasion (on 2022-02-24, according to The Chronicle); rule "
        "stated-order cannot make these relations hold with these dates.");
}

TEST_CASE("the variants of the two-sided shapes", "[explain]") {
  const char* rules = R"(
vocabulary:
  events: [withdraw, rejoin, summit]
  states:
    membership: [member, frozen, withdrawn]
rules:
  - {id: never-rejoin, kind: conflicts-with, this: withdraw, other: rejoin, when: ever}
  - {id: no-thaw, kind: lifecycle, state: membership, transitions: [member -> frozen, member -> withdrawn]}
  - {id: long-summits, kind: duration, event: summit, min: 3 days}
)";
  Run ever = run_check(
      {{"f.yaml", facts("  - {id: w, quote: q, said_by: P, subject: A, object: B, event: withdraw, at: 2020}\n"
                        "  - {id: r, quote: q, via: TASS, subject: A, object: B, event: rejoin, at: 2024}\n")}},
      rules);
  REQUIRE(ever.report.findings.size() == 1);
  CHECK(ever.report.findings[0].explanation ==
        "A's withdraw (B) is dated in 2020-01-01..2020-12-31 according to P in Wire, and A's rejoin (B) is dated in "
        "2024-01-01..2024-12-31 according to TASS in Wire, but rule never-rejoin says withdraw and rejoin are never "
        "both true.");

  Run no_way = run_check(
      {{"f.yaml", facts("  - {id: f, quote: q, subject: A, object: B, state: membership, value: frozen, at: 2020}\n"
                        "  - {id: m, quote: q, subject: A, object: B, state: membership, value: member, at: 2023}\n")}},
      rules);
  REQUIRE(no_way.report.findings.size() == 1);
  CHECK(no_way.report.findings[0].explanation ==
        "A's membership (B) is 'frozen' in 2020-01-01..2020-12-31 according to Wire and A's membership (B) is "
        "'member' in 2023-01-01..2023-12-31 according to Wire, but rule no-thaw has no way from 'frozen' to "
        "'member'.");

  Run short_summit = run_check(
      {{"f.yaml", facts("  - {id: s, quote: q, subject: A, event: summit, from: 2024-06-01, until: 2024-06-02}\n")}},
      rules);
  REQUIRE(short_summit.report.findings.size() == 1);
  CHECK(short_summit.report.findings[0].explanation ==
        "A's summit is dated from 2024-06-01 until 2024-06-02 according to Wire: at most 1 day from its first to its "
        "last day, but rule long-summits needs at least 2 days.");
}

TEST_CASE("a rule's message fills in the event, state and allowed values wherever the rule names them", "[explain]") {
  const char* rules = R"(
vocabulary:
  events: [summit, vote]
  states:
    membership: [member, frozen]
rules:
  - id: short-summits
    kind: duration
    event: summit
    max: 5 days
    message: "E={event} S={state} MAX={max} {subject}"
  - id: frozen-too-long
    kind: duration
    state: membership
    value: frozen
    max: 10 days
    message: "S={state} E={event}"
  - id: votes-need-membership
    kind: requires
    this: vote
    other: {state: membership, value: [member]}
    message: "{event} needs {allowed}"
)";
  std::string facts =
      "source: {id: s}\nclaims:\n"
      "  - {id: a, quote: q, subject: Armenia, event: summit, from: 2024-05-01, until: 2024-05-20}\n"
      "  - {id: b, quote: q, subject: Armenia, state: membership, value: frozen, from: 2023-01-01, until: 2023-03-01}\n"
      "  - {id: c, quote: q, subject: Armenia, state: membership, value: frozen, from: 2024-02-01, until: 2024-02-05}\n"
      "  - {id: d, quote: q, subject: Armenia, event: vote, at: 2024-02-03}\n";
  Run run = run_check({{"f.yaml", facts}}, rules);
  REQUIRE(run.report.checked);
  std::set<std::string> messages;
  for (const Finding& f : run.report.findings) messages.insert(f.message);
  CHECK(messages == std::set<std::string>{"E=summit S= MAX=5 days Armenia", "S=membership E=", "vote needs 'member'"});
}

TEST_CASE("lifecycle wording reads numbers as the rule does: 1.0 is at the step 1 -> 2", "[explain]") {
  const char* rules = R"(
vocabulary:
  events: [promote]
  states:
    level: number
rules:
  - {id: levels, kind: lifecycle, state: level, transitions: [1 -> 2 via promote]}
)";
  Run run = run_check({{"f.yaml", facts("  - {id: a, quote: q, subject: A, state: level, value: 1.0, at: 2020}\n"
                                        "  - {id: b, quote: q, subject: A, state: level, value: 2.0, at: 2023}\n")}},
                      rules);
  REQUIRE(run.report.findings.size() == 1);
  CHECK(run.report.findings[0].explanation ==
        "A's level is '1.0' in 2020-01-01..2020-12-31 according to Wire and A's level is '2.0' in "
        "2023-01-01..2023-12-31 according to Wire, but rule levels lets '2.0' follow '1.0' only through promote, "
        "and no such claim lies between them.");
}
