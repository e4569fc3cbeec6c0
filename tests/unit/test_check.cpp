// The whole library pipeline on small in-memory datasets: rules × claims → findings.
#include <algorithm>
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string facts(const std::string& claims) {
  return "source:\n  id: s\n  published: 2024-09-01\nclaims:\n" + claims;
}

std::string event_claim(const std::string& id, const std::string& at,
                        const std::string& event = "announce-withdrawal") {
  return "  - {id: " + id + ", quote: q, subject: Armenia, object: CSTO, event: " + event + ", at: \"" + at + "\"}\n";
}

std::string state_claim(const std::string& id, const std::string& value, const std::string& time,
                        const std::string& subject = "Armenia") {
  return "  - {id: " + id + ", quote: q, subject: " + subject + ", object: CSTO, state: membership, value: " + value +
         ", " + time + "}\n";
}

}  // namespace

TEST_CASE("unique-event flags dates that cannot be the same day", "[check]") {
  Run run =
      run_check({{"f.yaml", facts(event_claim("feb", "2024-02") + event_claim("jun", "2024-06"))}}, kMembershipRules);
  REQUIRE(run.report.checked);
  REQUIRE(run.report.findings.size() == 1);
  CHECK(run.report.findings[0].rule == "one-withdrawal-announcement");
  CHECK(claim_ids(run.report, run.report.findings[0]) == std::vector<std::string>{"feb", "jun"});
}

TEST_CASE("unique-event accepts a precise date inside a coarse one", "[check]") {
  Run run = run_check({{"f.yaml", facts(event_claim("feb", "2024-02") + event_claim("day", "2024-02-10") +
                                        event_claim("year", "2024"))}},
                      kMembershipRules);
  CHECK(run.report.findings.empty());
  CHECK(run.report.checked);
}

TEST_CASE("every minimal conflict is listed, not just the first", "[check][solve]") {
  Run run = run_check({{"f.yaml", facts(event_claim("a", "2024-01") + event_claim("b", "2024-02") +
                                        event_claim("c", "2024-03") + event_claim("ab", "2024-01/2024-02"))}},
                      kMembershipRules);
  std::vector<std::vector<std::string>> sets;
  for (const Finding& f : run.report.findings) sets.push_back(claim_ids(run.report, f));
  for (auto& set : sets) std::sort(set.begin(), set.end());
  std::sort(sets.begin(), sets.end());
  // {a,b}, {a,c}, {b,c}, {ab,c}; {a,ab} and {b,ab} agree.
  CHECK(sets == std::vector<std::vector<std::string>>{{"a", "b"}, {"a", "c"}, {"ab", "c"}, {"b", "c"}});
}

TEST_CASE("the max-conflicts limit cuts the list and says so", "[check][solve]") {
  CheckOptions options;
  options.max_conflicts = 2;
  Run run = run_check(
      {{"f.yaml", facts(event_claim("a", "2024-01") + event_claim("b", "2024-02") + event_claim("c", "2024-03"))}},
      kMembershipRules, options);
  CHECK(run.report.findings.size() == 2);
  REQUIRE(run.report.truncated.size() == 1);
  CHECK(run.report.truncated[0].limit == 2);
}

TEST_CASE("single-value flags overlapping spans with different values only", "[check]") {
  Run overlap = run_check({{"f.yaml", facts(state_claim("m", "member", "from: 2020, until: 2024-03") +
                                            state_claim("f", "frozen", "at: 2023-06"))}},
                          kMembershipRules);
  REQUIRE(overlap.report.findings.size() == 1);
  CHECK(overlap.report.findings[0].rule == "one-membership-status");

  Run apart = run_check({{"f.yaml", facts(state_claim("m", "member", "from: 2020, until: 2022") +
                                          state_claim("f", "frozen", "at: 2023-06"))}},
                        kMembershipRules);
  CHECK(apart.report.findings.empty());

  Run same = run_check({{"f.yaml", facts(state_claim("m", "member", "from: 2020, until: 2024") +
                                         state_claim("m2", "member", "at: 2023-06"))}},
                       kMembershipRules);
  CHECK(same.report.findings.empty());
}

TEST_CASE("single-value keeps different subjects and objects apart", "[check][ground]") {
  Run run = run_check(
      {{"f.yaml", facts(state_claim("a", "member", "at: 2024") + state_claim("b", "frozen", "at: 2024", "Belarus"))}},
      kMembershipRules);
  CHECK(run.report.findings.empty());
}

TEST_CASE("numbers compare exactly under single-value", "[check]") {
  std::string claims =
      "  - {id: six, quote: q, subject: CSTO, state: member-count, value: 6, at: 2024-09-01}\n"
      "  - {id: six-again, quote: q, subject: CSTO, state: member-count, value: 6.0, at: 2024-09-01}\n"
      "  - {id: seven, quote: q, subject: CSTO, state: member-count, value: 7, at: 2024-09-01}\n";
  Run run = run_check({{"f.yaml", facts(claims)}}, kMembershipRules);
  std::vector<std::vector<std::string>> sets;
  for (const Finding& f : run.report.findings) sets.push_back(claim_ids(run.report, f));
  std::sort(sets.begin(), sets.end());
  CHECK(sets == std::vector<std::vector<std::string>>{{"six", "seven"}, {"six-again", "seven"}});
}

TEST_CASE("after-event forbids the listed values from the event on", "[check]") {
  Run after =
      run_check({{"f.yaml", facts(event_claim("jun", "2024-06") + state_claim("f", "frozen", "at: 2024-08-31"))}},
                kMembershipRules);
  REQUIRE(after.report.findings.size() == 1);
  CHECK(after.report.findings[0].rule == "no-return-after-announcement");

  Run before = run_check({{"f.yaml", facts(event_claim("jun", "2024-06") + state_claim("f", "frozen", "at: 2024-03"))}},
                         kMembershipRules);
  CHECK(before.report.findings.empty());

  Run allowed =
      run_check({{"f.yaml", facts(event_claim("jun", "2024-06") + state_claim("w", "withdrawing", "at: 2024-08-31"))}},
                kMembershipRules);
  CHECK(allowed.report.findings.empty());

  Run maybe = run_check({{"f.yaml", facts(event_claim("y", "2024") + state_claim("f", "frozen", "at: 2024-03"))}},
                        kMembershipRules);
  CHECK(maybe.report.findings.empty());  // the announcement may be after March
}

TEST_CASE("unknown names are errors with a suggestion, and nothing is checked", "[check][validate]") {
  Run run = run_check(
      {{"f.yaml", facts(event_claim("a", "2024-01", "announce-withdrawl") + state_claim("b", "frozn", "at: 2024"))}},
      kMembershipRules);
  CHECK_FALSE(run.report.checked);
  CHECK(run.report.findings.empty());
  REQUIRE(codes_of(run.report) == std::vector<std::string>{"unknown-event", "unknown-value"});
  CHECK_THAT(run.report.diagnostics.sorted()[0].message, Catch::Contains("did you mean 'announce-withdrawal'?"));
  CHECK_THAT(run.report.diagnostics.sorted()[1].message, Catch::Contains("did you mean 'frozen'?"));
}

TEST_CASE("a vocabulary's listed numbers are values like any other: 1.0 is the listed 1, \"1\" is not",
          "[check][validate]") {
  const std::string rules =
      "vocabulary: {events: [e], states: {level: [1, 2]}}\n"
      "rules:\n  - {id: ae, kind: after-event, event: e, state: level, allowed: [2.0]}\n";
  auto level = [](const std::string& value) {
    return "source: {id: s}\nclaims:\n  - {id: a, quote: q, subject: P, state: level, value: " + value +
           ", at: 2024}\n";
  };
  CHECK(codes_of(run_check({{"f.yaml", level("1.0")}}, rules).report).empty());
  CHECK(codes_of(run_check({{"f.yaml", level("\"1\"")}}, rules).report) == std::vector<std::string>{"unknown-value"});
  CHECK(codes_of(run_check({{"f.yaml", level("3")}}, rules).report) == std::vector<std::string>{"unknown-value"});
}

TEST_CASE("duplicate ids across files are reported with both places", "[check][validate]") {
  std::string one = facts(event_claim("a", "2024-01"));
  Run run = run_check({{"one.yaml", one}, {"two.yaml", one}}, kMembershipRules);
  std::vector<std::string> codes = codes_of(run.report);
  CHECK(std::count(codes.begin(), codes.end(), "duplicate-id") == 2);  // the source and the claim
  CHECK(run.report.diagnostics.sorted().back().notes.size() == 1);
}

// A claim with an error is left out of the dataset, but its id is still defined: references
// to it are not "unknown" too, and a second claim with its id is still a duplicate.
TEST_CASE("a claim that did not load still defines its id", "[check][validate]") {
  std::string bad = event_claim("c2", "Febuary");
  Run refs =
      run_check({{"f.yaml", facts(bad + "  - {id: x, quote: q, subject: B, event: join, at: {after: c2}}\n"
                                        "  - {id: y, quote: q, subject: B, event: join, relation: before, other: c2}\n"
                                        "  - {id: z, quote: q, subject: B, event: join, value: 3, at: 2024}\n"
                                        "  - {id: w, quote: q, subject: B, event: join, at: {after: z}}\n")}},
                kMembershipRules);
  CHECK_FALSE(refs.report.checked);
  CHECK(codes_of(refs.report) == std::vector<std::string>{"unknown-time-expression", "value-on-event"});

  // Either order: the later of the two is the duplicate, the earlier its note.
  for (bool bad_first : {false, true}) {
    std::string good = event_claim("c1", "2024");
    std::string broken = event_claim("c1", "Febuary");
    Run dup = run_check({{"f.yaml", facts(bad_first ? broken + good : good + broken)}}, kMembershipRules);
    std::vector<Diagnostic> all = dup.report.diagnostics.sorted();
    REQUIRE(all.size() == 2);
    auto d = std::find_if(all.begin(), all.end(), [](const Diagnostic& x) { return x.code == "duplicate-id"; });
    REQUIRE(d != all.end());
    CHECK(d->range.line == 6);
    REQUIRE(d->notes.size() == 1);
    CHECK(d->notes[0].range.line == 5);
  }
  Run two_bad =
      run_check({{"f.yaml", facts(event_claim("c1", "Febuary") + event_claim("c1", "2024-02-30"))}}, kMembershipRules);
  CHECK(codes_of(two_bad.report) ==
        std::vector<std::string>{"unknown-time-expression", "duplicate-id", "invalid-date"});
  CHECK(two_bad.report.dataset.claims.empty());
}

TEST_CASE("an unknown claim reference never suggests the referring claim itself", "[check][validate]") {
  Run run =
      run_check({{"f.yaml", facts("  - {id: c9, quote: q, subject: B, event: join, at: {after: c9x}}\n"
                                  "  - {id: r9, quote: q, subject: B, event: join, relation: before, other: r9x}\n")}},
                kMembershipRules);
  REQUIRE(codes_of(run.report) == std::vector<std::string>{"unknown-claim", "unknown-claim"});
  for (const Diagnostic& d : run.report.diagnostics.sorted()) CHECK_THAT(d.message, !Catch::Contains("did you mean"));
}

TEST_CASE("rules that name unknown states or kinds are errors", "[check][validate]") {
  std::string rules = std::string(kMembershipRules) +
                      "  - {id: x, kind: single-value, state: membershp}\n"
                      "  - {id: y, kind: uniqe-event, event: join}\n";
  Run run = run_check({{"f.yaml", facts(event_claim("a", "2024-01"))}}, rules);
  CHECK(codes_of(run.report) == std::vector<std::string>{"unknown-state", "unknown-rule-kind"});
}

TEST_CASE("a claim whose own time cannot hold is an error", "[check][validate]") {
  Run run =
      run_check({{"f.yaml", facts(state_claim("a", "member", "from: 2024-05, until: 2024-03"))}}, kMembershipRules);
  CHECK(codes_of(run.report) == std::vector<std::string>{"impossible-time"});
}

TEST_CASE("a group the solver cannot finish in time is unknown, never consistent", "[check][solve]") {
  std::string claims;
  for (int i = 0; i < 60; ++i)
    claims += state_claim('c' + std::to_string(i), i % 2 ? "member" : "frozen", "from: 2000, until: 2024");
  CheckOptions options;
  options.timeout_ms = 1;
  Run run = run_check({{"f.yaml", facts(claims)}}, kMembershipRules, options);
  CHECK(run.report.findings.empty());
  REQUIRE(run.report.unknown.size() == 1);
  CHECK(run.report.summary.unknown == 1);
}
