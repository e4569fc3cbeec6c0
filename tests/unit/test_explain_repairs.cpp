// Repairs, blame, wording and attribution on hand-made groups whose answers are known.
#include <algorithm>
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// One source per file, so each can have its own reliability.
std::pair<std::string, std::string> source(const std::string& id, double reliability, const std::string& claims,
                                           const std::string& publisher = "") {
  return {id + ".yaml", "source:\n  id: " + id +
                            "\n  published: 2024-09-01\n  reliability: " + std::to_string(reliability) +
                            (publisher.empty() ? "" : "\n  publisher: " + publisher) + "\nclaims:\n" + claims};
}

std::string announced(const std::string& id, const std::string& at, const std::string& extra = "") {
  return "  - {id: " + id + ", quote: q, subject: Armenia, object: CSTO, event: announce-withdrawal, at: \"" + at +
         "\"" + extra + "}\n";
}

std::vector<std::string> ids(const Report& report, const std::vector<int>& claims) {
  std::vector<std::string> out;
  for (int c : claims) out.push_back(report.dataset.claims[static_cast<std::size_t>(c)].full_id);
  std::sort(out.begin(), out.end());
  return out;
}

const Blame& blame_of(const GroupRepairs& g, const Report& report, const std::string& full_id) {
  for (const Blame& b : g.blame)
    if (report.dataset.claims[static_cast<std::size_t>(b.claim)].full_id == full_id) return b;
  FAIL("no blame for " << full_id);
  return g.blame.front();
}

}  // namespace

TEST_CASE("the one unreliable outlier is the unique best repair and most to blame", "[explain][repair]") {
  // a and b agree on February; c says June. Conflicts {a,c}, {b,c}; repairs {c} (0.3) and {a,b} (1.8).
  Run run = run_check({source("a", 0.9, announced("x", "2024-02")), source("b", 0.9, announced("x", "2024-02")),
                       source("c", 0.3, announced("x", "2024-06"))},
                      kMembershipRules);
  REQUIRE(run.report.findings.size() == 2);
  REQUIRE(run.report.repairs.size() == 1);
  const GroupRepairs& g = run.report.repairs[0];
  REQUIRE(g.repairs.size() == 2);
  CHECK(ids(run.report, g.repairs[0].claims) == std::vector<std::string>{"c/x"});
  CHECK(g.repairs[0].weight == Approx(0.3));
  CHECK(ids(run.report, g.repairs[1].claims) == std::vector<std::string>{"a/x", "b/x"});
  CHECK(g.repairs[1].weight == Approx(1.8));
  CHECK(g.best == 1);
  CHECK_FALSE(g.more);
  REQUIRE(g.blame.size() == 3);
  CHECK(run.report.dataset.claims[static_cast<std::size_t>(g.blame[0].claim)].full_id == "c/x");
  CHECK(g.blame[0].conflicts == 2);
  CHECK(g.blame[0].in_every_best_repair);
  CHECK(g.blame[0].reason == "in 2 of 2 conflicts; removed by every best repair; weight 0.3 (reliability 0.3)");
  CHECK_FALSE(blame_of(g, run.report, "a/x").in_some_best_repair);
  CHECK(blame_of(g, run.report, "a/x").conflicts == 1);
  for (const Finding& f : run.report.findings) CHECK(f.group == 0);
}

TEST_CASE("a claim's confidence lowers the cost of removing it", "[explain][repair]") {
  Run run = run_check(
      {source("a", 0.5, announced("x", "2024-02")), source("b", 0.5, announced("x", "2024-06", ", confidence: 0.4"))},
      kMembershipRules);
  REQUIRE(run.report.repairs.size() == 1);
  const GroupRepairs& g = run.report.repairs[0];
  REQUIRE(g.repairs.size() == 2);
  CHECK(ids(run.report, g.repairs[0].claims) == std::vector<std::string>{"b/x"});
  CHECK(g.repairs[0].weight == Approx(0.2));
  CHECK(g.best == 1);
  CHECK(blame_of(g, run.report, "b/x").reason ==
        "in 1 of 1 conflict; removed by every best repair; weight 0.2 (reliability 0.5 × confidence 0.4)");
}

TEST_CASE("equal weights tie and no claim is in every best repair", "[explain][repair]") {
  Run run = run_check({source("a", 0.5, announced("x", "2024-02")), source("b", 0.5, announced("x", "2024-06"))},
                      kMembershipRules);
  REQUIRE(run.report.repairs.size() == 1);
  const GroupRepairs& g = run.report.repairs[0];
  CHECK(g.repairs.size() == 2);
  CHECK(g.best == 2);
  for (const Blame& b : g.blame) {
    CHECK_FALSE(b.in_every_best_repair);
    CHECK(b.in_some_best_repair);
  }
}

TEST_CASE("the repair list stops at the limit and says more exist", "[explain][repair]") {
  // Four different months: every repair removes three of the four claims; there are four.
  CheckOptions options;
  options.max_repairs = 2;
  Run run = run_check({source("s", 0.5,
                              announced("a", "2024-01") + announced("b", "2024-02") + announced("c", "2024-03") +
                                  announced("d", "2024-04"))},
                      kMembershipRules, options);
  REQUIRE(run.report.repairs.size() == 1);
  const GroupRepairs& g = run.report.repairs[0];
  CHECK(g.repairs.size() == 2);
  CHECK(g.more);
  CHECK(g.best == 3);  // the first repair past the limit ties too: a lower bound
  for (const Repair& r : g.repairs) CHECK(r.claims.size() == 3);
}

TEST_CASE("a limit that cuts a tie for the best never makes the best repair look unique", "[explain][repair]") {
  CheckOptions options;
  options.max_repairs = 1;
  Run run = run_check({source("a", 0.5, announced("x", "2024-02")), source("b", 0.5, announced("x", "2024-06"))},
                      kMembershipRules, options);
  REQUIRE(run.report.repairs.size() == 1);
  const GroupRepairs& g = run.report.repairs[0];
  CHECK(g.repairs.size() == 1);
  CHECK(g.more);
  CHECK(g.best == 2);
  // The listed repair removes one claim, the cut one the other: neither is in every best repair.
  for (const Blame& b : g.blame) CHECK_FALSE(b.in_every_best_repair);
}

TEST_CASE("a limit that cuts a heavier repair keeps the best unique", "[explain][repair]") {
  CheckOptions options;
  options.max_repairs = 1;
  Run run = run_check({source("a", 0.9, announced("x", "2024-02")), source("b", 0.3, announced("x", "2024-06"))},
                      kMembershipRules, options);
  REQUIRE(run.report.repairs.size() == 1);
  const GroupRepairs& g = run.report.repairs[0];
  CHECK(g.repairs.size() == 1);
  CHECK(g.more);
  CHECK(g.best == 1);
  CHECK(blame_of(g, run.report, "b/x").in_every_best_repair);
}

TEST_CASE("a repair is a minimal correction set and never a superset of a lighter one", "[explain][repair]") {
  // Chain: a=Jan, ab=Jan..Feb, b=Feb. Conflict {a,b} only; repairs {a} and {b}, not {a, ab}.
  Run run = run_check(
      {source("s", 0.5, announced("a", "2024-01") + announced("ab", "2024-01/2024-02") + announced("b", "2024-02"))},
      kMembershipRules);
  REQUIRE(run.report.repairs.size() == 1);
  const GroupRepairs& g = run.report.repairs[0];
  REQUIRE(g.repairs.size() == 2);
  CHECK(g.repairs[0].claims.size() == 1);
  CHECK(g.repairs[1].claims.size() == 1);
  CHECK_FALSE(g.more);
}

TEST_CASE("each finding says in words who dates what and which rule forbids it", "[explain]") {
  Run run = run_check({source("a", 0.5,
                              "  - {id: x, quote: q, said_by: ISW, subject: Armenia, object: CSTO, "
                              "event: announce-withdrawal, at: 2024-02}\n",
                              "Business Insider"),
                       source("b", 0.5, announced("x", "2024-06"), "Reuters")},
                      kMembershipRules);
  REQUIRE(run.report.findings.size() == 1);
  CHECK(run.report.findings[0].explanation ==
        "The claims date Armenia's announce-withdrawal (CSTO) in 2024-02-01..2024-02-29 according to ISW in "
        "Business Insider and in 2024-06-01..2024-06-30 according to Reuters, but rule one-withdrawal-announcement "
        "says it happens only once, so they must be the same day.");
}

TEST_CASE("state and after-event findings are explained with values and windows", "[explain]") {
  std::string claims =
      "  - {id: m, quote: q, subject: Armenia, object: CSTO, state: membership, value: member, at: 2024-04-10}\n"
      "  - {id: f, quote: q, subject: Armenia, object: CSTO, state: membership, value: frozen, from: 2024-03, until: "
      "2024-05}\n";
  Run run = run_check({source("s", 0.5, claims)}, kMembershipRules);
  REQUIRE(run.report.findings.size() == 1);
  CHECK(run.report.findings[0].explanation ==
        "Armenia's membership (CSTO) is 'member' on 2024-04-10 according to s and 'frozen' from "
        "2024-03-01..2024-03-31 until 2024-05-01..2024-05-31 according to s; these times overlap whatever the exact "
        "days, and rule one-membership-status allows one value at a time.");

  Run after =
      run_check({source("s", 0.5,
                        announced("ann", "2024-02") + "  - {id: f, quote: q, subject: Armenia, object: CSTO, state: "
                                                      "membership, value: frozen, at: 2024-08-31}\n")},
                kMembershipRules);
  REQUIRE(after.report.findings.size() == 1);
  CHECK(after.report.findings[0].explanation ==
        "Armenia's announce-withdrawal (CSTO) is dated in 2024-02-01..2024-02-29 according to s, yet its membership "
        "is 'frozen' on 2024-08-31 according to s, which is not entirely before it; rule no-return-after-announcement "
        "allows only 'withdrawing' or 'withdrawn' after announce-withdrawal.");
}

TEST_CASE("attribution marks a source that contradicts itself and findings that quote different people",
          "[explain][attribution]") {
  Run self = run_check(
      {source("s", 0.5, announced("a", "2024-02", ", said_by: P") + announced("b", "2024-06", ", said_by: P"))},
      kMembershipRules);
  REQUIRE(self.report.findings.size() == 1);
  CHECK(self.report.findings[0].one_source);
  CHECK(self.report.findings[0].one_speaker);
  CHECK_FALSE(self.report.findings[0].many_speakers);
  REQUIRE(self.report.attributions.size() == 1);
  CHECK(self.report.attributions[0].said_by == "P");
  CHECK(self.report.attributions[0].self_contradiction);

  Run two = run_check({source("a", 0.5, announced("x", "2024-02", ", said_by: P")),
                       source("b", 0.5, announced("x", "2024-06", ", said_by: Q, via: ISW"))},
                      kMembershipRules);
  REQUIRE(two.report.findings.size() == 1);
  const Finding& f = two.report.findings[0];
  CHECK_FALSE(f.one_source);
  CHECK(f.many_speakers);
  REQUIRE(two.report.attributions.size() == 2);
  CHECK(two.report.attributions[0].source == "a");
  CHECK(two.report.attributions[1].via == "ISW");
  CHECK(two.report.attributions[1].findings == std::vector<int>{0});
  CHECK_FALSE(two.report.attributions[0].self_contradiction);
  CHECK_FALSE(two.report.attributions[1].self_contradiction);
}

TEST_CASE("blame counts the findings, not the conflicts an exception accepted", "[explain]") {
  const char* rules = R"(
vocabulary:
  states:
    status: [open, closed, ajar]
rules:
  - {id: one-status, kind: single-value, state: status, exceptions: [s/f]}
)";
  auto status = [](const std::string& id, const std::string& value) {
    return "  - {id: " + id + ", quote: q, subject: X, state: status, value: " + value + ", at: 2024-02-01}\n";
  };
  Run run = run_check({source("s", 0.5, status("m", "open") + status("f", "closed") + status("g", "ajar"))}, rules);
  REQUIRE(run.report.findings.size() == 1);
  REQUIRE(run.report.suppressed.size() == 2);
  REQUIRE(run.report.repairs.size() == 1);
  std::vector<std::string> blamed;
  for (const Blame& b : run.report.repairs[0].blame) {
    blamed.push_back(run.report.dataset.claims[static_cast<std::size_t>(b.claim)].id);
    CHECK(b.conflicts == 1);
    CHECK_THAT(b.reason, Catch::StartsWith("in 1 of 1 conflict;"));
  }
  std::sort(blamed.begin(), blamed.end());
  CHECK(blamed == std::vector<std::string>{"g", "m"});
}

TEST_CASE("a claim no listed best repair removes is not called kept when --max-repairs cut a tie", "[explain]") {
  CheckOptions options;
  options.max_repairs = 1;
  Run run =
      run_check({source("s", 0.5, announced("a", "2024-02") + announced("b", "2024-06"))}, kMembershipRules, options);
  REQUIRE(run.report.repairs.size() == 1);
  bool said_cut = false;
  for (const Blame& b : run.report.repairs[0].blame) {
    CHECK(b.reason.find("kept by the best repairs;") == std::string::npos);
    said_cut |= b.reason.find("kept by the best repairs listed (--max-repairs cut a tie)") != std::string::npos;
  }
  CHECK(said_cut);
}
