// Claims dated relative to another claim: "two weeks later", "then", "before that"; cycles are errors.
#include <algorithm>
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string source(const std::string& id, const std::string& claims) {
  return "source:\n  id: " + id + "\n  published: 2024-09-01\nclaims:\n" + claims;
}

std::string claim(const std::string& id, const std::string& event, const std::string& at) {
  return "  - {id: " + id + ", quote: q, subject: Armenia, object: CSTO, event: " + event + ", at: " + at + "}\n";
}

std::vector<std::string> sorted_ids(const Report& report, const Finding& finding) {
  std::vector<std::string> ids = claim_ids(report, finding);
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

TEST_CASE("two weeks after another claim ties the two claims' days together", "[time]") {
  std::string joined = claim("joined", "join", "2024-01-01");
  Run clash =
      run_check({{"f.yaml", source("s", joined + claim("announced", "announce-withdrawal", "2024-02-10") +
                                            claim("later", "announce-withdrawal", "{after: joined, by: two weeks}"))}},
                kMembershipRules);
  REQUIRE(clash.report.checked);
  REQUIRE(clash.report.findings.size() == 1);
  // The anchored claim means nothing without its anchor, so the anchor is part of the conflict.
  CHECK(sorted_ids(clash.report, clash.report.findings[0]) == std::vector<std::string>{"announced", "joined", "later"});

  Run fits = run_check(
      {{"f.yaml", source("s", joined + claim("announced", "announce-withdrawal", "2024-02-10") +
                                  claim("later", "announce-withdrawal", "{after: joined, by: about 6 weeks}"))}},
      kMembershipRules);
  CHECK(fits.report.checked);
  CHECK(fits.report.findings.empty());
}

TEST_CASE("after without a gap allows the same day; before counts back from the target's first day", "[time]") {
  Run same_day = run_check(
      {{"f.yaml", source("s", claim("joined", "join", "2024-02-10") + claim("a", "announce-withdrawal", "2024-02-10") +
                                  claim("b", "announce-withdrawal", "{after: joined}"))}},
      kMembershipRules);
  CHECK(same_day.report.findings.empty());
  Run before = run_check(
      {{"f.yaml", source("s", claim("joined", "join", "2024-02-10") + claim("a", "announce-withdrawal", "2024-02-10") +
                                  claim("b", "announce-withdrawal", "{before: joined, by: 3 days}"))}},
      kMembershipRules);
  REQUIRE(before.report.findings.size() == 1);
  CHECK(sorted_ids(before.report, before.report.findings[0]) == std::vector<std::string>{"a", "b", "joined"});
}

TEST_CASE("a claim may be dated relative to a claim of another source", "[time]") {
  Run run = run_check(
      {{"a.yaml", source("other", claim("joined", "join", "2024-01-01"))},
       {"b.yaml", source("s", claim("announced", "announce-withdrawal", "2024-06") +
                                  claim("later", "announce-withdrawal", "{after: other/joined, by: 10 days}"))}},
      kMembershipRules);
  REQUIRE(run.report.findings.size() == 1);
  CHECK(run.report.findings[0].claims.size() == 3);
}

TEST_CASE("an unknown target is an error that suggests the closest id", "[time]") {
  Run run = run_check({{"f.yaml", source("s", claim("joined", "join", "2024-01-01") +
                                                  claim("later", "announce-withdrawal", "{after: joind}"))}},
                      kMembershipRules);
  CHECK_FALSE(run.report.checked);
  REQUIRE(codes_of(run.report) == std::vector<std::string>{"unknown-claim"});
  const Diagnostic& d = run.report.diagnostics.all().front();
  CHECK_THAT(d.message, Catch::Contains("did you mean 's/joined'?"));
  CHECK(d.range.line == 6);
  CHECK(d.range.column == 99);  // the value of `after:`
}

TEST_CASE("claims dated relative to each other in a cycle are one error with every claim as a note", "[time]") {
  Run run = run_check(
      {{"f.yaml", source("s", claim("a", "join", "{after: b}") + claim("b", "join", "{after: c, by: 2 days}") +
                                  claim("c", "join", "{before: a}") + claim("d", "join", "{after: a}"))}},
      kMembershipRules);
  CHECK_FALSE(run.report.checked);
  REQUIRE(codes_of(run.report) == std::vector<std::string>{"time-reference-cycle"});
  const Diagnostic& d = run.report.diagnostics.all().front();
  CHECK(d.notes.size() == 3);
  CHECK_THAT(d.notes[1].message, Catch::Contains("s/b is dated 1..2 days after s/c"));

  Run self = run_check({{"f.yaml", source("s", claim("a", "join", "{after: a}"))}}, kMembershipRules);
  CHECK(codes_of(self.report) == std::vector<std::string>{"time-reference-cycle"});
}

TEST_CASE("a relative at names exactly one of after and before, and a readable gap", "[time]") {
  Run both =
      run_check({{"f.yaml", source("s", claim("a", "join", "2024") + claim("b", "join", "{after: a, before: a}"))}},
                kMembershipRules);
  CHECK(codes_of(both.report) == std::vector<std::string>{"invalid-time-anchor"});
  Run gap =
      run_check({{"f.yaml", source("s", claim("a", "join", "2024") + claim("b", "join", "{after: a, by: a while}"))}},
                kMembershipRules);
  CHECK(codes_of(gap.report) == std::vector<std::string>{"unknown-duration"});
  Run extra =
      run_check({{"f.yaml", source("s", claim("a", "join", "2024") + claim("b", "join", "{after: a, within: 2024}"))}},
                kMembershipRules);
  CHECK(codes_of(extra.report) == std::vector<std::string>{"unknown-field"});
}

// Found by fuzz_facts_loader: an empty `by:` was read as "no gap" and then dereferenced.
TEST_CASE("an empty or non-scalar gap is an error at the gap, not a silent on-or-after", "[time]") {
  Run empty = run_check({{"f.yaml", source("s", claim("a", "join", "2024") + claim("b", "join", "{after: a, by: }"))}},
                        kMembershipRules);
  CHECK_FALSE(empty.report.checked);
  REQUIRE(codes_of(empty.report) == std::vector<std::string>{"empty-field"});
  CHECK(empty.report.diagnostics.all().front().range.line == 6);
  Run list =
      run_check({{"f.yaml", source("s", claim("a", "join", "2024") + claim("b", "join", "{after: a, by: [2, days]}"))}},
                kMembershipRules);
  CHECK_FALSE(list.report.checked);
  CHECK(codes_of(list.report) == std::vector<std::string>{"wrong-type"});
}

TEST_CASE("a conflict through a time anchor names the anchor even when a rule ties its day to another claim",
          "[time]") {
  // "X opens once" ties x-any's day to x-may's even when x-any is dropped; the link from
  // y-after-x must then not keep binding, or the finding leaves x-any out though its three
  // claims could all be true.
  const char* rules = R"(
vocabulary:
  events: [open]
rules:
  - {id: opens-once, kind: unique-event, event: open}
)";
  auto opened = [](const std::string& id, const std::string& subject, const std::string& at) {
    return "  - {id: " + id + ", quote: q, subject: " + subject + ", event: open, at: " + at + "}\n";
  };
  Run run = run_check({{"f.yaml", source("s", opened("x-may", "X", "2023-05") + opened("x-any", "X", "2023") +
                                                  opened("y-april", "Y", "2023-04") +
                                                  opened("y-after-x", "Y", "{after: x-any, by: two weeks}"))}},
                      rules);
  REQUIRE(run.report.findings.size() == 1);
  CHECK(sorted_ids(run.report, run.report.findings[0]) ==
        std::vector<std::string>{"x-any", "x-may", "y-after-x", "y-april"});
  // The anchored claim is told by its link, never as the whole calendar.
  CHECK_THAT(run.report.findings[0].explanation, Catch::Contains("Y's open 13..14 days after s/x-any"));
  CHECK(run.report.findings[0].explanation.find("0001-01-01") == std::string::npos);
  // Each best repair removes one claim of the four, the anchor included.
  REQUIRE(run.report.repairs.size() == 1);
  bool anchor_removable = false;
  for (const Repair& r : run.report.repairs[0].repairs)
    for (int c : r.claims) anchor_removable |= run.report.dataset.claims[static_cast<std::size_t>(c)].id == "x-any";
  CHECK(anchor_removable);
}

TEST_CASE("a claim a rule does not read is told claim by claim, not as one of the rule's events", "[time]") {
  const char* rules = R"(
vocabulary:
  events: [conf, vote]
rules:
  - {id: once, kind: unique-event, event: vote}
)";
  auto claim_of = [](const std::string& id, const std::string& event, const std::string& at) {
    return "  - {id: " + id + ", quote: q, subject: Z, event: " + event + ", at: " + at + "}\n";
  };
  Run run =
      run_check({{"f.yaml", source("s", claim_of("c3", "conf", "2024-08") + claim_of("v3", "vote", "{after: c3}") +
                                            claim_of("v4", "vote", "2024-07-31"))}},
                rules);
  REQUIRE(run.report.findings.size() == 1);
  CHECK(run.report.findings[0].explanation ==
        "s says Z's conf in 2024-08-01..2024-08-31, s says Z's vote on or after s/c3; and s says Z's vote on "
        "2024-07-31; rule once does not allow all of this.");
}

TEST_CASE("a relative date that leaves the calendar is date-out-of-range at its anchor", "[time]") {
  std::string late = claim("a", "join", "9999-12-30");
  SECTION("with a rule relating it: an error, never a finding") {
    Run run = run_check({{"f.yaml", source("s", late + claim("b", "announce-withdrawal", "{after: a, by: 5 days}") +
                                                    claim("c", "announce-withdrawal", "2024-01-01"))}},
                        kMembershipRules);
    CHECK_FALSE(run.report.checked);
    CHECK(run.report.findings.empty());
    REQUIRE(codes_of(run.report) == std::vector<std::string>{"date-out-of-range"});
    const Diagnostic& d = run.report.diagnostics.all().front();
    CHECK(d.range.line == 6);
    CHECK(d.range.column == 95);  // the value of `after:`
    CHECK_THAT(d.message, Catch::Contains("after 9999-12-31"));
    REQUIRE(d.notes.size() == 1);
    CHECK_THAT(d.notes[0].message, Catch::Contains("s/a"));
    CHECK(d.notes[0].range.line == 5);
  }
  SECTION("without a rule relating it: an error, never a pass") {
    Run run =
        run_check({{"f.yaml", source("s", late + claim("b", "rejoin", "{after: a, by: 5 days}"))}}, kMembershipRules);
    CHECK(codes_of(run.report) == std::vector<std::string>{"date-out-of-range"});
  }
  SECTION("before the first day, and only the first claim of a chain that leaves") {
    Run run = run_check(
        {{"f.yaml", source("s", claim("a", "join", "0001-01-02") + claim("b", "rejoin", "{before: a, by: 3 days}") +
                                    claim("c", "rejoin", "{before: b, by: 1 day}"))}},
        kMembershipRules);
    REQUIRE(codes_of(run.report) == std::vector<std::string>{"date-out-of-range"});
    CHECK_THAT(run.report.diagnostics.all().front().message, Catch::Contains("before 0001-01-01"));
    CHECK(run.report.diagnostics.all().front().range.line == 6);
  }
  SECTION("a chain is followed to its end; open gaps and days on the calendar's edge are fine") {
    Run chain = run_check(
        {{"f.yaml", source("s", claim("a", "join", "9999-12-20") + claim("b", "rejoin", "{after: a, by: 7 days}") +
                                    claim("c", "rejoin", "{after: b, by: 7 days}"))}},
        kMembershipRules);
    REQUIRE(codes_of(chain.report) == std::vector<std::string>{"date-out-of-range"});
    CHECK(chain.report.diagnostics.all().front().range.line == 7);
    Run edge = run_check({{"f.yaml", source("s", late + claim("b", "rejoin", "{after: a}") +
                                                     claim("c", "rejoin", "{after: a, by: 1 day}") +
                                                     claim("d", "rejoin", "{before: a, by: 3 days}"))}},
                         kMembershipRules);
    CHECK(edge.report.diagnostics.all().empty());
    CHECK(edge.report.checked);
  }
}

TEST_CASE("a relative date whose window only reaches past the calendar keeps its days inside it", "[time]") {
  // a ends some day from 2024 on (an open end), so 4 days after it may still be any later day.
  std::string open_end =
      "  - {id: a, quote: q, subject: Armenia, object: CSTO, state: membership, value: member, "
      "from: 2024-01-02}\n";
  Run run = run_check({{"f.yaml", source("s", open_end + claim("b", "announce-withdrawal", "{after: a, by: 4 days}"))}},
                      kMembershipRules);
  CHECK(codes_of(run.report).empty());
  CHECK(run.report.checked);
  // A chain from an open end never leaves the calendar either.
  Run chain = run_check({{"f.yaml", source("s", open_end + claim("b", "announce-withdrawal", "{after: a, by: 4 days}") +
                                                    claim("c", "announce-withdrawal", "{after: b, by: 4 days}"))}},
                        kMembershipRules);
  CHECK(codes_of(chain.report).empty());
}

TEST_CASE("the article's words as the key date a claim from another claim", "[time]") {
  auto three = [](const std::string& announced, const std::string& at) {
    return run_check({{"f.yaml", source("s", claim("joined", "join", "2024-02-07") +
                                                 claim("announced", "announce-withdrawal", announced) +
                                                 claim("said", "announce-withdrawal", at))}},
                     kMembershipRules);
  };
  // "Two days later" is `by: two days`: one or two days after.
  CHECK(three("2024-02-09", "{two days later: joined}").report.findings.empty());
  CHECK(three("2024-02-08", "{two days later: joined}").report.findings.empty());
  Run late = three("2024-02-10", "{two days later: joined}");
  REQUIRE(late.report.findings.size() == 1);
  CHECK(sorted_ids(late.report, late.report.findings[0]) == std::vector<std::string>{"announced", "joined", "said"});
  // "The day before" is exactly the day before, not the same day.
  CHECK(three("2024-02-06", "{the day before: joined}").report.findings.empty());
  CHECK(three("2024-02-07", "{the day before: joined}").report.findings.size() == 1);
  CHECK(three("2024-02-08", "{the next day: joined}").report.findings.empty());
  CHECK(three("2024-02-09", "{the next day: joined}").report.findings.size() == 1);
  CHECK(three("2024-02-07", "{the same day: joined}").report.findings.empty());
  CHECK(three("2024-01-20", "{a few weeks earlier: joined}").report.checked == false);  // "a few" is no number
  CHECK(three("2024-01-30", "{about a week earlier: joined}").report.findings.empty());
}

TEST_CASE("a phrase key no form reads lists the closest forms, at the key", "[time]") {
  Run run = run_check({{"f.yaml", source("s", claim("joined", "join", "2024-01-01") +
                                                  claim("said", "announce-withdrawal", "{two dayz later: joined}"))}},
                      kMembershipRules);
  REQUIRE(codes_of(run.report) == std::vector<std::string>{"unknown-time-expression"});
  const Diagnostic& d = run.report.diagnostics.all().front();
  CHECK(d.message ==
        "cannot read 'two dayz later' as a date counted from another claim; the closest forms: 'two days later', "
        "'the day after', 'two days earlier' (docs/time.md lists them all)");
  CHECK(d.range.line == 6);
  CHECK(d.range.column == 91);  // the key
  Run misspelt = run_check({{"f.yaml", source("s", claim("joined", "join", "2024-01-01") +
                                                       claim("said", "announce-withdrawal", "{aftr: joined}"))}},
                           kMembershipRules);
  REQUIRE(codes_of(misspelt.report) == std::vector<std::string>{"unknown-time-expression"});
  CHECK_THAT(misspelt.report.diagnostics.all().front().message, Catch::Contains("the closest forms: 'after'"));
}

TEST_CASE("a phrase key stands alone, and as a plain time it asks for its claim", "[time]") {
  Run with_by = run_check(
      {{"f.yaml", source("s", claim("joined", "join", "2024-01-01") +
                                  claim("said", "announce-withdrawal", "{the day before: joined, by: 2 days}"))}},
      kMembershipRules);
  CHECK(codes_of(with_by.report) == std::vector<std::string>{"invalid-time-anchor"});
  Run plain = run_check({{"f.yaml", source("s", claim("joined", "join", "2024-01-01") +
                                                    claim("said", "announce-withdrawal", "the day before"))}},
                        kMembershipRules);
  REQUIRE(codes_of(plain.report) == std::vector<std::string>{"relative-without-claim"});
  CHECK_THAT(plain.report.diagnostics.all().front().message, Catch::Contains("at: {the day before: CLAIM-ID}"));
  Run unknown = run_check({{"f.yaml", source("s", claim("said", "announce-withdrawal", "{the day before: joind}"))}},
                          kMembershipRules);
  CHECK(codes_of(unknown.report) == std::vector<std::string>{"unknown-claim"});
}
