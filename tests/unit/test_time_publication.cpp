// One publication day per source: a source's relative phrases move together when `published` is a window.
#include <algorithm>
#include <catch2/catch.hpp>

#include "ground/ground.h"
#include "helpers.h"
#include "load/facts_loader.h"
#include "solve/precheck.h"
#include "time/resolve.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char* kTwoEvents = R"(
vocabulary:
  events: [announce-withdrawal, join]
rules:
  - id: one-announcement
    kind: unique-event
    event: announce-withdrawal
  - id: one-joining
    kind: unique-event
    event: join
)";

std::string source(const std::string& id, const std::string& published, const std::string& claims) {
  return "source:\n  id: " + id + "\n  published: " + published + "\nclaims:\n" + claims;
}

std::string claim(const std::string& id, const std::string& event, const std::string& at) {
  return "  - {id: " + id + ", quote: q, subject: Armenia, object: CSTO, event: " + event + ", at: " + at + "}\n";
}

// A paper published some day of June–December 2024 says the announcement was "on Saturday" and
// the joining "earlier this month"; a wire story dates both.
Run paper_and_wire(const std::string& joined_on, const std::string& published = "2024-06/2024-12") {
  return run_check(
      {{"paper.yaml",
        source("paper", published,
               claim("sat", "announce-withdrawal", "on Saturday") + claim("month", "join", "earlier this month"))},
       {"wire.yaml",
        source("wire", "2024-08-01",
               claim("announced", "announce-withdrawal", "2024-06-29") + claim("joined", "join", joined_on))}},
      kTwoEvents);
}

std::vector<std::string> sorted_ids(const Report& report, const Finding& finding) {
  std::vector<std::string> ids = claim_ids(report, finding);
  std::sort(ids.begin(), ids.end());
  return ids;
}

struct Loaded {
  Dataset dataset;
  Diagnostics diagnostics;
};

Loaded load(const std::string& published, const std::string& claims) {
  Loaded l;
  load_facts_file(SourceFile{"f.yaml", source("s", published, claims)}, l.dataset, l.diagnostics);
  return l;
}

}  // namespace

TEST_CASE("two relative phrases of one source are read against the same publication day", "[time]") {
  // Each alone fits the wire story: Saturday 29 June needs publication 29 June..5 July; "earlier
  // this month" for 10 July needs 11..31 July. No one publication day gives both.
  Run clash = paper_and_wire("2024-07-10");
  REQUIRE(clash.report.checked);
  REQUIRE(clash.report.findings.size() == 1);
  CHECK(sorted_ids(clash.report, clash.report.findings[0]) ==
        std::vector<std::string>{"announced", "joined", "month", "sat"});
  // The hulls each fit: the explanation must say that the claims share one publication day.
  CHECK_THAT(clash.report.findings[0].explanation,
             Catch::Contains("2 of these claims are dated relative to") &&
                 Catch::Contains("read against one and the same publication day"));
}

TEST_CASE("a near miss: one publication day (4 or 5 July) suits both phrases", "[time]") {
  Run fits = paper_and_wire("2024-07-03");
  CHECK(fits.report.checked);
  CHECK(fits.report.findings.empty());
}

TEST_CASE("the monolithic strategy and the split one with its pre-check agree on the link", "[time]") {
  CheckOptions monolithic;
  monolithic.strategy = Strategy::monolithic;
  for (const char* joined : {"2024-07-10", "2024-07-03"}) {
    Run split = paper_and_wire(joined);
    Run whole = run_check(
        {{"paper.yaml",
          source("paper", "2024-06/2024-12",
                 claim("sat", "announce-withdrawal", "on Saturday") + claim("month", "join", "earlier this month"))},
         {"wire.yaml",
          source("wire", "2024-08-01",
                 claim("announced", "announce-withdrawal", "2024-06-29") + claim("joined", "join", joined))}},
        kTwoEvents, monolithic);
    CHECK(split.report.findings.size() == whole.report.findings.size());
  }
}

TEST_CASE("the pre-check never proves a group consistent that only the joint reading breaks", "[time][precheck]") {
  Run clash = paper_and_wire("2024-07-10");
  Grounding grounding = ground(clash.report.dataset, clash.report.rules);
  for (const Group& group : grounding.groups)
    CHECK(precheck_group(group, grounding, clash.report.dataset) != PrecheckResult::consistent);
  Run fits = paper_and_wire("2024-07-03");
  Grounding fits_grounding = ground(fits.report.dataset, fits.report.rules);
  for (const Group& group : fits_grounding.groups)
    CHECK(precheck_group(group, fits_grounding, fits.report.dataset) == PrecheckResult::consistent);
}

TEST_CASE("an exact publication date needs no publication variable", "[time]") {
  Run exact = paper_and_wire("2024-07-10", "2024-07-06");
  for (const Claim& claim : exact.report.dataset.claims) CHECK(claim.time.by_publication.empty());
  // Published Saturday 6 July: "on Saturday" is 6 July, not 29 June, and "earlier this month"
  // is 1–5 July, not 10 July: two separate conflicts.
  CHECK(exact.report.findings.size() == 2);
}

TEST_CASE("a claim's readings: runs of publication days that give the same windows", "[time]") {
  Loaded l =
      load("2024-06-01/2024-06-14", claim("sat", "e", "on Saturday") + claim("month", "e", "earlier this month") +
                                        claim("fixed", "e", "2024-03") + claim("state", "e", "since 2023"));
  REQUIRE(l.diagnostics.all().empty());
  const ClaimTime& sat = l.dataset.claims[0].time;
  // 1 June 2024 is a Saturday: publication 1–7 June reads 1 June, 8–14 June reads 8 June.
  REQUIRE(sat.by_publication.size() == 2);
  CHECK(format_window(sat.by_publication[0].published) == "2024-06-01..2024-06-07");
  CHECK(format_window(sat.by_publication[0].start_window) == "2024-06-01");
  CHECK(format_window(sat.by_publication[1].published) == "2024-06-08..2024-06-14");
  CHECK(format_window(sat.by_publication[1].start_window) == "2024-06-08");
  CHECK(format_window(sat.start_window) == "2024-06-01..2024-06-08");  // the hull stays the claim's window
  // "earlier this month" names no day when published on the 1st: that day has no reading.
  const ClaimTime& month = l.dataset.claims[1].time;
  REQUIRE(month.by_publication.size() == 13);
  CHECK(format_day(month.by_publication.front().published.earliest) == "2024-06-02");
  CHECK(format_window(month.by_publication.front().start_window) == "2024-06-01");
  CHECK(format_window(month.by_publication.back().start_window) == "2024-06-01..2024-06-13");
  CHECK(l.dataset.claims[2].time.by_publication.empty());       // absolute: no link
  CHECK(l.dataset.claims[3].time.by_publication.size() == 14);  // "since 2023" runs to each publication day
}

TEST_CASE("claims linked through a publication day share a group; others keep their own", "[time]") {
  Loaded l = load("2024-06/2024-12", claim("sat", "e", "on Saturday") + claim("month", "f", "earlier this month") +
                                         claim("fixed", "g", "2024-03"));
  REQUIRE(l.diagnostics.all().empty());
  Grounding grounding = ground(l.dataset, RuleSet{});
  REQUIRE(grounding.groups.size() == 2);
  CHECK(grounding.groups[0].claims == std::vector<int>{0, 1});
  CHECK(grounding.groups[1].claims == std::vector<int>{2});
}

TEST_CASE("past 400 possible publication days a claim keeps only its hull", "[time]") {
  Loaded l = load("2023-01/2024-12", claim("sat", "e", "on Saturday"));
  REQUIRE(l.diagnostics.all().empty());
  CHECK(l.dataset.claims[0].time.by_publication.empty());
  CHECK(format_window(l.dataset.claims[0].time.start_window) == "2022-12-31..2024-12-28");
}

TEST_CASE("relative phrases that no single publication day suits are an error", "[time]") {
  Loaded l = load("2024-01-31/2024-02-01", claim("a", "e", "earlier this month") + claim("b", "e", "later this month"));
  REQUIRE(l.diagnostics.all().size() == 1);
  const Diagnostic& d = l.diagnostics.all().front();
  CHECK(d.code == "no-common-publication-day");
  CHECK(d.range.line == 3);
  CHECK(d.notes.size() == 2);
}

TEST_CASE("only the first 64 relative claims of a source are linked; the rest keep their hulls", "[time]") {
  std::string claims;
  for (int i = 0; i < 70; ++i) claims += claim('c' + std::to_string(i), "e", i % 2 ? "on Saturday" : "2024-03");
  Loaded l = load("2024-06/2024-07", claims);
  REQUIRE(l.diagnostics.all().empty());
  int linked = 0;
  for (const Claim& c : l.dataset.claims) linked += c.time.by_publication.empty() ? 0 : 1;
  CHECK(linked == 35);  // every relative claim: 35 of 70, under the cap
  std::string many;
  for (int i = 0; i < 70; ++i) many += claim('c' + std::to_string(i), "e", "on Saturday");
  Loaded capped = load("2024-06/2024-07", many);
  int capped_linked = 0;
  for (const Claim& c : capped.dataset.claims) capped_linked += c.time.by_publication.empty() ? 0 : 1;
  CHECK(capped_linked == 64);
  CHECK(capped.dataset.claims.back().time.by_publication.empty());
  CHECK(format_window(capped.dataset.claims.back().time.start_window) == "2024-06-01..2024-07-27");
}

TEST_CASE("a conflict linking two subjects' claims through one publication day names both", "[time][explain]") {
  const char* rules = R"(
vocabulary:
  events: [e]
rules:
  - {id: once, kind: unique-event, event: e}
)";
  auto about = [](const std::string& id, const std::string& subject, const std::string& at) {
    return "  - {id: " + id + ", quote: q, subject: " + subject + ", event: e, at: " + at + "}\n";
  };
  Run run = run_check(
      {{"paper.yaml", source("paper", "2024-06/2024-12",
                             about("sat", "A", "on Saturday") + about("month", "B", "earlier this month"))},
       {"wire.yaml", source("wire", "2024-12-31", about("a", "A", "2024-06-29") + about("b", "B", "2024-07-10"))}},
      rules);
  REQUIRE(run.report.findings.size() == 1);
  const Finding& f = run.report.findings[0];
  CHECK(f.message == "e of A and B happens once, but the claims date it on different days");
  // Told claim by claim: never "A's e" for a claim about B.
  CHECK_THAT(f.explanation, Catch::Contains("B's e on 2024-07-10") && Catch::Contains("A's e on 2024-06-29"));
}

TEST_CASE("a relative claim's window holds only days some publication day reads it as", "[time]") {
  // Published 31 January: "earlier this month" is 1..30 January; published 1 February it names
  // no day. The claim's own window is 1..30 January, not ..31 (read against the whole window).
  Loaded l = load("2024-01-31/2024-02-01", "  - {id: x, quote: q, subject: A, event: e, at: earlier this month}\n");
  REQUIRE(l.dataset.claims.size() == 1);
  const ClaimTime& time = l.dataset.claims[0].time;
  CHECK(format_day(time.start_window.earliest) == "2024-01-01");
  CHECK(format_day(time.end_window.latest) == "2024-01-30");
}

TEST_CASE("explain-time's readings: one window per run of publication days", "[time]") {
  DayWindow may_to_june{make_day(2024, 5, 30), make_day(2024, 6, 2)};
  std::vector<PublicationRun> runs = window_by_publication("in June", may_to_june);
  REQUIRE(runs.size() == 2);
  CHECK(format_window(runs[0].published) == "2024-05-30..2024-05-31");
  CHECK(format_window(runs[0].window) == "2023-06-01..2023-06-30");
  CHECK(format_window(runs[1].published) == "2024-06-01..2024-06-02");
  CHECK(format_window(runs[1].window) == "2024-06-01..2024-06-30");
  // The 1st has no "earlier this month": that publication day gives no reading.
  runs = window_by_publication("earlier this month", may_to_june);
  REQUIRE(runs.size() == 3);
  CHECK(format_window(runs[2].published) == "2024-06-02");
  CHECK(format_window(runs[2].window) == "2024-06-01");
  CHECK(window_by_publication("2024-03", may_to_june).empty());
  CHECK(window_by_publication("in June", DayWindow{make_day(2023, 1, 1), make_day(2024, 12, 31)}).empty());
}
