// Each rule kind from YAML: one case it must flag, and a near miss it must not.
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char* kVocabulary = R"(
vocabulary:
  events: [announce-withdrawal, withdraw, rejoin, summit, vote, born, died]
  states:
    membership: [member, frozen, withdrawing, withdrawn]
    office: any
rules:
)";

std::string facts(const std::string& claims) {
  return "source:\n  id: s\n  published: 2024-09-01\nclaims:\n" + claims;
}

std::string event(const std::string& id, const std::string& name, const std::string& time,
                  const std::string& object = "CSTO") {
  return "  - {id: " + id + ", quote: q, subject: Armenia, object: " + object + ", event: " + name + ", " + time +
         "}\n";
}

std::string state(const std::string& id, const std::string& value, const std::string& time,
                  const std::string& object = "CSTO") {
  return "  - {id: " + id + ", quote: q, subject: Armenia, object: " + object + ", state: membership, value: " + value +
         ", " + time + "}\n";
}

Report run(const std::string& rules, const std::string& claims) {
  Run r = run_check({{"f.yaml", facts(claims)}}, std::string(kVocabulary) + rules);
  INFO(codes_of(r.report).size());
  REQUIRE(r.report.diagnostics.sorted().empty());
  REQUIRE(r.report.checked);
  return std::move(r.report);
}

std::vector<std::string> ids_of(const Report& report, std::size_t finding) {
  std::vector<std::string> ids;
  for (int c : report.findings.at(finding).claims) ids.push_back(report.dataset.claims[static_cast<std::size_t>(c)].id);
  return ids;
}

const char* kPrecedes = R"(
  - id: notice-period
    kind: precedes
    first: announce-withdrawal
    then: {event: withdraw}
    min: 1 year
)";

const char* kDuration = R"(
  - id: summits-are-short
    kind: duration
    event: summit
    min: 3 days
    max: 5 days
  - id: freeze-at-most-two-years
    kind: duration
    state: membership
    value: frozen
    max: 2 years
)";

const char* kConflicts = R"(
  - id: not-in-two-blocs
    kind: conflicts-with
    this: {state: membership, value: member, object: CSTO}
    other: {state: membership, value: member, object: NATO}
    match: subject
  - id: never-rejoin-after-withdrawing
    kind: conflicts-with
    this: withdraw
    other: rejoin
    when: ever
)";

const char* kRequires = R"(
  - id: voting-needs-membership
    kind: requires
    this: vote
    other: {state: membership, value: [member]}
)";

const char* kLifecycle = R"(
  - id: membership-lifecycle
    kind: lifecycle
    state: membership
    transitions:
      - member -> frozen
      - frozen -> member
      - member -> withdrawing
      - withdrawing -> withdrawn
      - withdrawn -> member via rejoin
)";

}  // namespace

TEST_CASE("precedes flags a withdrawal too soon after its announcement", "[rules]") {
  Report report = run(
      kPrecedes, event("announced", "announce-withdrawal", "at: 2024-02") + event("left", "withdraw", "at: 2024-09"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule == "notice-period");
  CHECK(ids_of(report, 0) == std::vector<std::string>{"announced", "left"});
}

TEST_CASE("precedes accepts a withdrawal a year after the announcement", "[rules]") {
  Report report =
      run(kPrecedes, event("announced", "announce-withdrawal", "at: 2023") + event("left", "withdraw", "at: 2024-02"));
  CHECK(report.findings.empty());
}

TEST_CASE("precedes with max flags a gap that is too long, and not one that may fit", "[rules]") {
  const char* rules = R"(
  - id: quick-exit
    kind: precedes
    first: announce-withdrawal
    then: withdraw
    max: 30 days
)";
  CHECK(run(rules, event("a", "announce-withdrawal", "at: 2024-01") + event("w", "withdraw", "at: 2024-06"))
            .findings.size() == 1);
  CHECK(run(rules, event("a", "announce-withdrawal", "at: 2024-01") + event("w", "withdraw", "at: 2024-02"))
            .findings.empty());
  CHECK(run(rules, event("w", "withdraw", "at: 2023-12") + event("a", "announce-withdrawal", "at: 2024-01-15"))
            .findings.size() == 1);
}

TEST_CASE("precedes with max never relates two `then` claims without a `first` one", "[rules]") {
  const char* rules = R"(
  - id: three-days
    kind: precedes
    first: announce-withdrawal
    then: withdraw
    min: 3 days
    max: 3 days
)";
  std::string withdrawals = event("w2", "withdraw", "at: 2024-01-02") + event("w5", "withdraw", "at: 2024-01-05");
  CHECK(run(rules, withdrawals).findings.empty());
  // With the announcement, the conflict is all three: without it, the two withdrawals agree.
  Report report = run(rules, event("a", "announce-withdrawal", "at: 2023-12-30/2024-01-03") + withdrawals);
  REQUIRE(report.findings.size() == 1);
  CHECK(claim_ids(report, report.findings[0]) == std::vector<std::string>{"a", "w2", "w5"});
}

TEST_CASE("precedes relates only claims of the same subject and object", "[rules]") {
  Report report = run(kPrecedes, event("announced", "announce-withdrawal", "at: 2024-02") +
                                     event("left", "withdraw", "at: 2024-03", "NATO"));
  CHECK(report.findings.empty());
}

TEST_CASE("duration flags an event that lasts too long and one too short", "[rules]") {
  Report report = run(kDuration, event("long", "summit", "from: 2024-03-01, until: 2024-03-20") +
                                     event("one-day", "summit", "from: 2024-05-02, until: 2024-05-02", "NATO"));
  REQUIRE(report.findings.size() == 2);
  CHECK(report.findings[0].rule == "summits-are-short");
}

TEST_CASE("duration's min leaves an event dated with at alone: it says when, not how long", "[rules]") {
  // "The summit was in January" (or "on 2 May") is a day the summit happened, not its length.
  CHECK(run(kDuration, event("jan", "summit", "at: 2024-01") + event("may", "summit", "at: 2024-05-02", "NATO"))
            .findings.empty());
}

TEST_CASE("duration accepts a span that may fit its bounds", "[rules]") {
  Report report = run(kDuration, event("summit", "summit", "from: 2024-03, for: 3 days") +
                                     state("frozen", "frozen", "from: 2023, until: 2024-06"));
  CHECK(report.findings.empty());
}

TEST_CASE("duration of a state flags a claim longer than its max", "[rules]") {
  Report report = run(kDuration, state("frozen", "frozen", "from: 2020-01, until: 2024-06"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule == "freeze-at-most-two-years");
}

TEST_CASE("conflicts-with flags membership of two blocs at the same time", "[rules]") {
  Report report = run(kConflicts, state("csto", "member", "from: 2000, until: 2024-06") +
                                      state("nato", "member", "at: 2023-05", "NATO"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule == "not-in-two-blocs");
}

TEST_CASE("conflicts-with accepts memberships that may follow one another", "[rules]") {
  Report report = run(kConflicts, state("csto", "member", "from: 2000, until: 2024") +
                                      state("nato", "member", "from: 2024, until: published", "NATO"));
  CHECK(report.findings.empty());
}

TEST_CASE("conflicts-with ever flags two events whatever their dates", "[rules]") {
  Report report = run(kConflicts, event("w", "withdraw", "at: 2010") + event("r", "rejoin", "at: 2020"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule == "never-rejoin-after-withdrawing");
  CHECK(ids_of(report, 0) == std::vector<std::string>{"w", "r"});  // "never" stays tied to its claims
  CHECK(
      run(kConflicts, event("w", "withdraw", "at: 2010") + event("r", "rejoin", "at: 2020", "NATO")).findings.empty());
}

TEST_CASE("requires flags a vote while membership is frozen", "[rules]") {
  Report report = run(
      kRequires, event("vote", "vote", "at: 2024-03-05") + state("frozen", "frozen", "from: 2024-02, until: 2024-04"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule == "voting-needs-membership");
}

TEST_CASE("requires accepts a vote that may precede the freeze", "[rules]") {
  Report report =
      run(kRequires, event("vote", "vote", "at: 2024-02") + state("frozen", "frozen", "from: 2024-02, until: 2024-04") +
                         state("member", "member", "at: 2024-01"));
  CHECK(report.findings.empty());
}

TEST_CASE("requires refuses an event as what is needed", "[rules]") {
  Run r = run_check({{"f.yaml", facts(event("v", "vote", "at: 2024"))}},
                    std::string(kVocabulary) + "  - {id: r, kind: requires, this: vote, other: summit}\n");
  CHECK(codes_of(r.report) == std::vector<std::string>{"unsupported-requirement"});
}

TEST_CASE("lifecycle flags withdrawn before member without a rejoin", "[rules]") {
  Report report = run(kLifecycle, state("gone", "withdrawn", "at: 2020") + state("back", "member", "at: 2023"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule == "membership-lifecycle");
  CHECK(ids_of(report, 0) == std::vector<std::string>{"gone", "back"});
}

TEST_CASE("lifecycle accepts a return through a rejoin between the two", "[rules]") {
  Report report = run(kLifecycle, state("gone", "withdrawn", "at: 2020") + event("rejoined", "rejoin", "at: 2022") +
                                      state("back", "member", "at: 2023"));
  CHECK(report.findings.empty());
}

TEST_CASE("lifecycle flags a rejoin that is not between the two", "[rules]") {
  Report report = run(kLifecycle, state("gone", "withdrawn", "at: 2020") + event("rejoined", "rejoin", "at: 2019") +
                                      state("back", "member", "at: 2023"));
  REQUIRE(report.findings.size() == 1);
  // Minimal: the misplaced rejoin is not needed for the conflict, so it is not part of it.
  CHECK(ids_of(report, 0) == std::vector<std::string>{"gone", "back"});
}

TEST_CASE("lifecycle accepts the allowed order and flags skipping back", "[rules]") {
  CHECK(run(kLifecycle, state("m", "member", "at: 2020") + state("f", "frozen", "at: 2021") +
                            state("m2", "member", "at: 2022") + state("w", "withdrawing", "at: 2023") +
                            state("x", "withdrawn", "at: 2024"))
            .findings.empty());
  Report report = run(kLifecycle, state("w", "withdrawing", "at: 2020") + state("f", "frozen", "at: 2023"));
  CHECK(report.findings.size() == 1);
}

TEST_CASE("lifecycle accepts claims whose order the dates leave open", "[rules]") {
  CHECK(run(kLifecycle, state("gone", "withdrawn", "at: 2020") + state("back", "member", "at: 2020")).findings.empty());
}

TEST_CASE("new kinds report rule problems with their location", "[rules]") {
  Run r = run_check({{"f.yaml", facts(event("v", "vote", "at: 2024"))}}, std::string(kVocabulary) + R"(
  - id: bad-transition
    kind: lifecycle
    state: membership
    transitions: [member => frozen, member -> frozn, withdrawn -> member via rejion]
  - id: bad-selector
    kind: precedes
    first: {event: vote, state: membership}
    then: {event: votes}
  - id: bad-when
    kind: conflicts-with
    this: vote
    other: summit
    when: sometimes
)");
  std::vector<std::string> codes = codes_of(r.report);
  std::sort(codes.begin(), codes.end());
  CHECK(codes == std::vector<std::string>{"invalid-selector", "invalid-transition", "invalid-when", "unknown-event",
                                          "unknown-event", "unknown-value"});
}

TEST_CASE("a min above the max is the rule's error, at its min, for duration and precedes", "[rules]") {
  Run r = run_check({{"f.yaml", facts(event("v", "vote", "at: 2024-05-10"))}}, std::string(kVocabulary) + R"(
  - {id: too-tight, kind: duration, event: vote, min: 10 days, max: 2 days}
  - {id: gap, kind: precedes, first: vote, then: summit, min: 1 year, max: 30 days}
  - {id: fits, kind: duration, event: vote, min: 1 year, max: 1 year}
)");
  CHECK_FALSE(r.report.checked);  // a rule no claim can satisfy is never solved (it was a crash)
  std::vector<std::string> codes = codes_of(r.report);
  CHECK(codes == std::vector<std::string>{"min-above-max", "min-above-max"});
  std::vector<Diagnostic> errors = r.report.diagnostics.sorted();
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].range.column == 55);  // each at its `min` value
  CHECK(errors[1].range.column == 63);
}

TEST_CASE("an unreadable min or max is reported once, not also as missing", "[rules]") {
  Run r = run_check({{"f.yaml", facts(event("v", "vote", "at: 2024"))}}, std::string(kVocabulary) + R"(
  - {id: vague, kind: duration, event: vote, max: a while}
  - {id: none, kind: duration, event: vote}
)");
  std::vector<std::string> codes = codes_of(r.report);
  std::sort(codes.begin(), codes.end());
  CHECK(codes == std::vector<std::string>{"missing-field", "unknown-duration"});
}

TEST_CASE("lifecycle: only an event of a via step on the way from u to v lets v follow u", "[rules]") {
  const char* rules = R"(
vocabulary:
  events: [r1, r2]
  states: {s: [a, b, c, d]}
rules:
  - id: lc
    kind: lifecycle
    state: s
    transitions:
      - a -> c via r1
      - b -> d via r2
)";
  auto facts_with = [](const std::string& event) {
    return std::string("source: {id: s, published: 2024-09-01}\nclaims:\n") +
           "  - {id: c1, quote: q, subject: X, state: s, value: a, at: 2024-03-01}\n"
           "  - {id: c2, quote: q, subject: X, state: s, value: c, at: 2024-03-07}\n"
           "  - {id: e, quote: q, subject: X, event: " +
           event + ", at: 2024-03-04}\n";
  };
  Run unrelated = run_check({{"f.yaml", facts_with("r2")}}, rules);
  REQUIRE(unrelated.report.findings.size() == 1);  // r2 is the way from b to d, not from a to c
  CHECK(claim_ids(unrelated.report, unrelated.report.findings[0]) == std::vector<std::string>{"c1", "c2"});
  CHECK(run_check({{"f.yaml", facts_with("r1")}}, rules).report.findings.empty());
}

namespace {

const char* kOneSummitOfAtLeastThreeDays = R"(
  - id: one-summit
    kind: unique-event
    event: summit
  - id: summits-last
    kind: duration
    event: summit
    min: 3 days
)";

}  // namespace

TEST_CASE("a claim left out of a finding binds nothing: two rules never meet in its days", "[rules]") {
  // "The summit was on 1 March" alone is consistent: min bounds spans only. Against a summit
  // "from 4 March for 4 days" it breaks one-summit. Were the span left out of a set and its days
  // still tied to the one summit and stretched by the minimum, "1 March" would be a finding alone.
  Report report = run(kOneSummitOfAtLeastThreeDays, event("first", "summit", "at: 2024-03-01") +
                                                        event("span", "summit", "from: 2024-03-04, for: 4 days"));
  REQUIRE(report.findings.size() == 1);
  CHECK(ids_of(report, 0) == std::vector<std::string>{"first", "span"});
}

TEST_CASE("unique-event: claims agree through any one of them, and each pair that cannot meet is a finding",
          "[rules]") {
  // "In 2024" fits both; 1 March and 1 June do not fit each other: one finding of the two, and
  // "in 2024" in none, whichever claim the grounder read first.
  Report report = run(kOneSummitOfAtLeastThreeDays, event("year", "summit", "at: 2024") +
                                                        event("march", "summit", "at: 2024-03-01") +
                                                        event("june", "summit", "at: 2024-06-01"));
  REQUIRE(report.findings.size() == 1);
  CHECK(ids_of(report, 0) == std::vector<std::string>{"march", "june"});
}
