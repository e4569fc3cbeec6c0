// The relational rule kinds (contemporary, symmetric, inverse) and duration's `min` on states:
// each flags a case and lets its near miss pass, with minimal findings naming every rule needed.
#include <algorithm>
#include <catch2/catch.hpp>
#include <regex>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char* kVocabulary = R"(
vocabulary:
  events: [born, died, founded, dissolved, meet, marry, appoints, appointed-by]
  states:
    status: [active, dissolved]
    border: [open, closed]
    leads: any
    led-by: any
    membership: [member, frozen, withdrawn]
    member-count: number
rules:
)";

std::string facts(const std::string& claims) {
  return "source:\n  id: s\n  published: 2024-09-01\nclaims:\n" + claims;
}

// A claim as one flow-map line: `- {id: ID, quote: q, subject: S, ...rest}`.
std::string claim(const std::string& id, const std::string& subject, const std::string& rest) {
  return "  - {id: " + id + ", quote: q, subject: " + subject + ", " + rest + "}\n";
}

Report run(const std::string& rules, const std::string& claims, const CheckOptions& options = {}) {
  Run r = run_check({{"f.yaml", facts(claims)}}, std::string(kVocabulary) + rules, options);
  INFO(codes_of(r.report).size());
  REQUIRE(r.report.diagnostics.sorted().empty());
  REQUIRE(r.report.checked);
  return std::move(r.report);
}

std::vector<std::string> sorted_ids(const Report& report, const Finding& finding) {
  std::vector<std::string> ids = claim_ids(report, finding);
  std::sort(ids.begin(), ids.end());
  return ids;
}

const char* kContemporary = R"(
  - id: met-while-alive
    kind: contemporary
    relation: meet
    begins: born
    ends: died
)";

}  // namespace

TEST_CASE("contemporary flags a meeting after the object's death", "[rules]") {
  Report report = run(kContemporary, claim("met", "Ada", "object: Ben, event: meet, at: 2015") +
                                         claim("ben-died", "Ben", "event: died, at: 2010") +
                                         claim("ada-born", "Ada", "event: born, at: 1950"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule == "met-while-alive");
  CHECK(sorted_ids(report, report.findings[0]) == std::vector<std::string>{"ben-died", "met"});
  CHECK(report.findings[0].explanation.find("outside a lifetime") != std::string::npos);
}

TEST_CASE("contemporary flags a meeting before the subject's birth", "[rules]") {
  Report report = run(kContemporary, claim("met", "Ada", "object: Ben, event: meet, at: 1940") +
                                         claim("ada-born", "Ada", "event: born, at: 1950"));
  REQUIRE(report.findings.size() == 1);
  CHECK(sorted_ids(report, report.findings[0]) == std::vector<std::string>{"ada-born", "met"});
}

TEST_CASE("contemporary accepts a meeting that may fall inside both lifetimes", "[rules]") {
  // Near misses: the death year and the meeting year are the same; the birth is the same day.
  Report report = run(kContemporary, claim("met", "Ada", "object: Ben, event: meet, at: 2010") +
                                         claim("ben-died", "Ben", "event: died, at: 2010-12-31") +
                                         claim("ada-born", "Ada", "event: born, at: 2010") +
                                         claim("other", "Cai", "object: Ben, event: meet, at: 2009"));
  CHECK(report.findings.empty());
}

TEST_CASE("contemporary bounds a relation that is a state over its whole span", "[rules]") {
  const char* rules = R"(
  - id: led-while-existing
    kind: contemporary
    relation: {state: leads}
    begins: founded
    ends: {state: status, value: dissolved}
)";
  Report flagged = run(rules, claim("lead", "Ada", "object: Acme, state: leads, value: yes, from: 2000, until: 2012") +
                                  claim("gone", "Acme", "state: status, value: dissolved, at: 2008"));
  REQUIRE(flagged.findings.size() == 1);
  CHECK(sorted_ids(flagged, flagged.findings[0]) == std::vector<std::string>{"gone", "lead"});
  Report fine = run(rules, claim("lead", "Ada", "object: Acme, state: leads, value: yes, from: 2000, until: 2008") +
                               claim("gone", "Acme", "state: status, value: dissolved, at: 2008") +
                               claim("start", "Acme", "event: founded, at: 2000"));
  CHECK(fine.findings.empty());
}

TEST_CASE("contemporary refuses a state as the beginning of a lifetime", "[rules]") {
  Run r = run_check({{"f.yaml", facts(claim("b", "Ada", "event: born, at: 2000"))}},
                    std::string(kVocabulary) +
                        "  - {id: c, kind: contemporary, relation: meet, begins: {state: status, value: active}}\n");
  CHECK(codes_of(r.report) == std::vector<std::string>{"invalid-selector"});
  Run none = run_check({{"f.yaml", facts(claim("b", "Ada", "event: born, at: 2000"))}},
                       std::string(kVocabulary) + "  - {id: c, kind: contemporary, relation: meet}\n");
  CHECK(codes_of(none.report) == std::vector<std::string>{"missing-field"});
}

namespace {

const char* kSymmetric = R"(
  - id: border-both-ways
    kind: symmetric
    relation: {state: border}
  - id: one-border-status
    kind: single-value
    state: border
)";

}  // namespace

TEST_CASE("symmetric makes a claim contradict one written the other way round", "[rules]") {
  Report report = run(kSymmetric, claim("open", "Armenia", "object: Turkey, state: border, value: open, at: 2024-03") +
                                      claim("closed", "Turkey",
                                            "object: Armenia, state: border, value: closed, "
                                            "from: 2024-01, until: 2024-06"));
  REQUIRE(report.findings.size() == 1);
  const Finding& f = report.findings[0];
  CHECK(f.rule == "one-border-status");
  CHECK(f.rules == std::vector<std::string>{"one-border-status", "border-both-ways"});
  CHECK(sorted_ids(report, f) == std::vector<std::string>{"closed", "open"});
  CHECK(std::regex_search(f.explanation, std::regex(R"(Rule border-both-ways \(rules\.yaml:[0-9]+\) reads 'border' )"
                                                    R"(of A with B also as 'border' of B with A\.)")));
  // One group: the mirror joins the two keys.
  CHECK(report.stats.groups_with_rules == 1);
}

TEST_CASE("symmetric is not named by a finding that does not need the mirror", "[rules]") {
  Report report = run(
      kSymmetric, claim("open", "Armenia",
                        "object: Turkey, state: border, value: open, "
                        "from: 2024-03-01, until: 2024-03-31") +
                      claim("closed", "Armenia", "object: Turkey, state: border, value: closed, at: 2024-03-05") +
                      claim("mirror-open", "Turkey", "object: Armenia, state: border, value: open, at: 2024-03-05"));
  // Direct: open vs closed (Armenia/Turkey). Through the mirror: closed vs mirror-open.
  REQUIRE(report.findings.size() == 2);
  for (const Finding& f : report.findings) {
    std::vector<std::string> ids = sorted_ids(report, f);
    if (ids == std::vector<std::string>{"closed", "open"})
      CHECK(f.rules == std::vector<std::string>{"one-border-status"});
    else
      CHECK(f.rules == std::vector<std::string>{"one-border-status", "border-both-ways"});
  }
}

TEST_CASE("symmetric accepts the other way round when the dates may differ", "[rules]") {
  Report report =
      run(kSymmetric, claim("open", "Armenia", "object: Turkey, state: border, value: open, at: 2024-03") +
                          claim("closed", "Turkey", "object: Armenia, state: border, value: closed, at: 2024-05"));
  CHECK(report.findings.empty());
  // Without the symmetric rule the two keys are unrelated, whatever the dates.
  Report without = run("  - {id: one-border-status, kind: single-value, state: border}\n",
                       claim("open", "Armenia", "object: Turkey, state: border, value: open, at: 2024-03") +
                           claim("closed", "Turkey", "object: Armenia, state: border, value: closed, at: 2024-03"));
  CHECK(without.findings.empty());
}

namespace {

const char* kInverse = R"(
  - id: appoints-inverse
    kind: inverse
    relation: appoints
    inverse: appointed-by
  - id: appointed-while-alive
    kind: precedes
    first: appointed-by
    then: died
    match: subject
)";

}  // namespace

TEST_CASE("inverse lets a rule on one name read claims written with the other", "[rules]") {
  Report report = run(kInverse, claim("appoint", "Mayor", "object: Eli, event: appoints, at: 2012") +
                                    claim("eli-died", "Eli", "event: died, at: 2010"));
  REQUIRE(report.findings.size() == 1);
  const Finding& f = report.findings[0];
  CHECK(f.rules == std::vector<std::string>{"appointed-while-alive", "appoints-inverse"});
  CHECK(sorted_ids(report, f) == std::vector<std::string>{"appoint", "eli-died"});
  CHECK(f.explanation.find("reads 'appoints' of A with B also as 'appointed-by' of B with A (and back)") !=
        std::string::npos);
}

TEST_CASE("inverse reads back too, and lets dates that may fit pass", "[rules]") {
  const char* rules = R"(
  - id: appoints-inverse
    kind: inverse
    relation: appoints
    inverse: appointed-by
  - id: appointed-once
    kind: unique-event
    event: appoints
)";
  Report back = run(rules, claim("a", "Mayor", "object: Eli, event: appoints, at: 2012") +
                               claim("b", "Eli", "object: Mayor, event: appointed-by, at: 2014"));
  REQUIRE(back.findings.size() == 1);
  CHECK(back.findings[0].rules == std::vector<std::string>{"appointed-once", "appoints-inverse"});
  Report fine = run(rules, claim("a", "Mayor", "object: Eli, event: appoints, at: 2012") +
                               claim("b", "Eli", "object: Mayor, event: appointed-by, at: 2012-05"));
  CHECK(fine.findings.empty());
  // Swapped the wrong way (the same subject): nothing to mirror onto.
  Report other = run(rules, claim("a", "Mayor", "object: Eli, event: appoints, at: 2012") +
                                claim("b", "Mayor", "object: Eli, event: appointed-by, at: 2014"));
  CHECK(other.findings.empty());
}

TEST_CASE("symmetric and inverse report unknown names with their location", "[rules]") {
  Run r =
      run_check({{"f.yaml", facts(claim("b", "Ada", "event: born, at: 2000"))}},
                std::string(kVocabulary) + "  - {id: i, kind: inverse, relation: appoints, inverse: apointed-by}\n");
  CHECK(codes_of(r.report) == std::vector<std::string>{"unknown-event"});
  Run v =
      run_check({{"f.yaml", facts(claim("b", "Ada", "event: born, at: 2000"))}},
                std::string(kVocabulary) + "  - {id: s, kind: symmetric, relation: {state: border, value: open}}\n");
  CHECK(codes_of(v.report) == std::vector<std::string>{"invalid-selector"});
}

namespace {

const char* kFrozenMin = R"(
  - id: freeze-lasts
    kind: duration
    state: membership
    value: frozen
    min: 6 months
)";

std::string membership(const std::string& id, const std::string& value, const std::string& time) {
  return claim(id, "Armenia", "object: CSTO, state: membership, value: " + value + ", " + time);
}

}  // namespace

TEST_CASE("duration min on a state flags an episode shut in too tightly", "[rules]") {
  Report report =
      run(kFrozenMin, membership("before", "member", "at: 2024-01-10") + membership("frozen", "frozen", "at: 2024-02") +
                          membership("after", "member", "at: 2024-03-20"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule == "freeze-lasts");
  CHECK(sorted_ids(report, report.findings[0]) == std::vector<std::string>{"after", "before", "frozen"});
  CHECK(report.findings[0].explanation.find("leaves it less than the 180 days") != std::string::npos);
}

TEST_CASE("duration min on a state accepts an episode with room, or not shut in", "[rules]") {
  // Room enough: member in January, member again in September.
  CHECK(run(kFrozenMin, membership("before", "member", "at: 2024-01-10") +
                            membership("frozen", "frozen", "at: 2024-02") +
                            membership("after", "member", "at: 2024-09"))
            .findings.empty());
  // Only shut in on one side: a short observation proves nothing about the episode.
  CHECK(
      run(kFrozenMin, membership("before", "member", "at: 2024-01-10") + membership("frozen", "frozen", "at: 2024-02"))
          .findings.empty());
  // The other claims' order is open: the "after" one may be before the freeze.
  CHECK(run(kFrozenMin, membership("before", "member", "at: 2024-01-10") +
                            membership("frozen", "frozen", "at: 2024-02") + membership("after", "member", "at: 2024"))
            .findings.empty());
  // A claim of the same value does not shut the episode in.
  CHECK(run(kFrozenMin, membership("before", "frozen", "at: 2024-01-10") +
                            membership("frozen", "frozen", "at: 2024-02") +
                            membership("after", "member", "at: 2024-03-20"))
            .findings.empty());
}

TEST_CASE("duration min on a number state treats hedged values that may agree as the same", "[rules]") {
  const char* rules = "  - {id: steady-count, kind: duration, state: member-count, min: 1 year}\n";
  auto count = [](const std::string& id, const std::string& value, const std::string& time) {
    return claim(id, "CSTO", "state: member-count, value: " + value + ", " + time);
  };
  CHECK(run(rules, count("a", "6", "at: 2024-01") + count("b", "7", "at: 2024-03") + count("c", "6", "at: 2024-05"))
            .findings.size() == 1);  // 7 in March, shut in by 6 in January and May
  CHECK(run(rules, count("a", "6", "at: 2024-01") + count("b", "6-7", "at: 2024-03") + count("c", "6", "at: 2024-05"))
            .findings.empty());
}

TEST_CASE("a claim stated both ways agrees with its own mirror", "[rules]") {
  Report report =
      run(kSymmetric, claim("ab", "Armenia", "object: Turkey, state: border, value: open, at: 2024-03") +
                          claim("ba", "Turkey", "object: Armenia, state: border, value: open, at: 2024-03") +
                          claim("self", "Armenia", "object: Armenia, state: border, value: closed, at: 2024-03"));
  CHECK(report.findings.empty());
}

TEST_CASE("symmetric mirrors only the claims in its where scope", "[rules]") {
  const char* rules = R"(
  - id: border-both-ways
    kind: symmetric
    relation: {state: border}
    where: {subject: [Georgia]}
  - id: one-border-status
    kind: single-value
    state: border
)";
  std::string claims = claim("open", "Armenia", "object: Turkey, state: border, value: open, at: 2024-03-01") +
                       claim("closed", "Turkey", "object: Armenia, state: border, value: closed, at: 2024-03-01");
  CHECK(run(rules, claims).findings.empty());
}

TEST_CASE("a mirror that repeats what a rule already reads is not named", "[rules]") {
  // contemporary bounds a meeting by both people's lifetimes already: reading it the other way
  // round adds nothing, so the finding needs (and names) only the contemporary rule.
  std::string rules = std::string(kContemporary) + "  - {id: meet-both-ways, kind: symmetric, relation: meet}\n";
  Report report = run(rules, claim("met", "Ada", "object: Ben, event: meet, at: 2015") +
                                 claim("ben-died", "Ben", "event: died, at: 2010"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rules == std::vector<std::string>{"met-while-alive"});
}

TEST_CASE("an exception on the symmetric rule suppresses the findings that need its mirror", "[rules]") {
  const char* rules = R"(
  - id: border-both-ways
    kind: symmetric
    relation: {state: border}
    exceptions: [s/closed]
  - id: one-border-status
    kind: single-value
    state: border
)";
  Report report =
      run(rules, claim("open", "Armenia", "object: Turkey, state: border, value: open, at: 2024-03-01") +
                     claim("closed", "Turkey", "object: Armenia, state: border, value: closed, at: 2024-03-01"));
  CHECK(report.findings.empty());
  REQUIRE(report.suppressed.size() == 1);
  CHECK(report.suppressed[0].rules == std::vector<std::string>{"one-border-status", "border-both-ways"});
  CHECK(report.suppressed[0].suppressed_because == "rule 'border-both-ways' accepts s/closed");
}

TEST_CASE("contemporary reports each lifetime edge a meeting breaks as its own minimal finding", "[rules]") {
  Report report = run(kContemporary, claim("met", "Ada", "object: Ben, event: meet, at: 1990") +
                                         claim("ada-born", "Ada", "event: born, at: 1995") +
                                         claim("ben-died", "Ben", "event: died, at: 1985") +
                                         claim("ben-born", "Ben", "event: born, at: 1950"));
  REQUIRE(report.findings.size() == 2);
  CHECK(sorted_ids(report, report.findings[0]).size() == 2);
  CHECK(sorted_ids(report, report.findings[1]).size() == 2);
  // A relation without an object is bounded by its subject's lifetime alone.
  Report alone = run(kContemporary, claim("met", "Ada", "event: meet, at: 1990") +
                                        claim("ben-died", "Ben", "event: died, at: 1985") +
                                        claim("ada-died", "Ada", "event: died, at: 1980"));
  REQUIRE(alone.findings.size() == 1);
  CHECK(sorted_ids(alone, alone.findings[0]) == std::vector<std::string>{"ada-died", "met"});
}

TEST_CASE("a direct conflict is never blamed on a mirror that could also explain it, nor hidden by its exception",
          "[rules]") {
  // w and z are both written Ann -> Bo and conflict under `once` alone; x (Bo -> Ann) lets the
  // mirror say the same thing too, and the mirror rule accepts w.
  const char* rules = R"(
  - id: marry-both-ways
    kind: symmetric
    relation: marry
    exceptions: [s/w]
  - id: once
    kind: unique-event
    event: marry
)";
  Report report = run(rules, claim("w", "Ann", "object: Bo, event: marry, at: 2012") +
                                 claim("x", "Bo", "object: Ann, event: marry, at: 2013") +
                                 claim("z", "Ann", "object: Bo, event: marry, at: 2014"));
  std::vector<std::vector<std::string>> direct, through_mirror;
  for (const Finding& f : report.findings)
    (f.rules.size() == 1 ? direct : through_mirror).push_back(sorted_ids(report, f));
  CHECK(direct == std::vector<std::vector<std::string>>{{"w", "z"}});
  CHECK(through_mirror == std::vector<std::vector<std::string>>{{"x", "z"}});
  for (const Finding& f : report.findings)
    if (f.rules.size() == 1) CHECK(f.message.find("of Ann (with Bo)") != std::string::npos);
  REQUIRE(report.suppressed.size() == 1);  // w with x needs the mirror, which accepts w
  CHECK(sorted_ids(report, report.suppressed[0]) == std::vector<std::string>{"w", "x"});
}

TEST_CASE("a --max-conflicts cut full of accepted conflicts never hides one that needs no accepted claim", "[rules]") {
  // 21 accepted 'withdrawn' claims each conflict with 'member' and 'frozen' (42 suppressed
  // conflicts); member against frozen needs none of them and must be listed whatever the cut.
  std::string exceptions, claims;
  for (int i = 1; i <= 21; ++i) {
    std::string id = 'f' + std::to_string(i);
    exceptions += std::string(i == 1 ? "" : ", ") + "s/" + id;
    claims += claim(id, "X", "state: membership, value: withdrawn, at: 2024-02-01");
  }
  claims += claim("m", "X", "state: membership, value: member, at: 2024-02-01") +
            claim("z", "X", "state: membership, value: frozen, at: 2024-02-01");
  std::string rules =
      "  - id: one-status\n    kind: single-value\n    state: membership\n    exceptions: [" + exceptions + "]\n";
  for (int cut : {1, 20}) {
    CheckOptions options;
    options.max_conflicts = cut;
    Report report = run(rules, claims, options);
    INFO("--max-conflicts " << cut);
    REQUIRE(report.findings.size() == 1);
    CHECK(sorted_ids(report, report.findings[0]) == std::vector<std::string>{"m", "z"});
    CHECK(report.truncated.size() == 1);
  }
}
