// Derived timelines on hand-made groups whose tightest windows are known.
#include <catch2/catch.hpp>

#include "helpers.h"
#include "solve_helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

CheckOptions timelines(const std::string& subject = "") {
  CheckOptions options;
  options.timelines = true;
  options.timeline_subject = subject;
  return options;
}

const DerivedWindow& window_of(const Report& report, const std::string& id) {
  for (const GroupTimeline& t : report.timelines)
    for (const DerivedWindow& w : t.windows)
      if (report.dataset.claims[static_cast<std::size_t>(w.claim)].id == id) return w;
  FAIL("no window for " << id);
  return report.timelines.front().windows.front();
}

std::vector<std::string> ids(const Report& report, const std::vector<int>& claims) {
  std::vector<std::string> out;
  for (int c : claims) out.push_back(report.dataset.claims[static_cast<std::size_t>(c)].id);
  return out;
}

}  // namespace

TEST_CASE("a later state that must end before an announcement bounds it from below", "[solve][timeline]") {
  // frozen on 2024-03-15 must end by the day withdrawal is announced: the announcement ("2024") is on or after it.
  Run run = run_check(
      {{"f.yaml",
        facts("  - {id: ann, quote: q, subject: A, object: B, event: announce-withdrawal, at: 2024}\n"
              "  - {id: fr, quote: q, subject: A, object: B, state: membership, value: frozen, at: 2024-03-15}\n")}},
      kMembershipRules, timelines());
  REQUIRE(run.report.findings.empty());
  REQUIRE(run.report.timelines.size() == 1);
  const DerivedWindow& ann = window_of(run.report, "ann");
  CHECK(ann.start == DayWindow{make_day(2024, 3, 15), make_day(2024, 12, 31)});
  CHECK(ann.end == ann.start);
  CHECK(ann.narrowed);
  CHECK(ids(run.report, ann.narrowed_by) == std::vector<std::string>{"fr"});
  CHECK(ann.rules == std::vector<std::string>{"no-return-after-announcement"});
  const DerivedWindow& fr = window_of(run.report, "fr");
  CHECK(fr.start == DayWindow{make_day(2024, 3, 15), make_day(2024, 3, 15)});
  CHECK_FALSE(fr.narrowed);
  CHECK(fr.narrowed_by.empty());
}

TEST_CASE("a unique event's coarse date narrows to the precise one", "[solve][timeline]") {
  Run run = run_check(
      {{"f.yaml",
        facts("  - {id: year, quote: q, subject: A, object: B, event: announce-withdrawal, at: 2024}\n"
              "  - {id: feb, quote: q, subject: A, object: B, event: announce-withdrawal, at: 2024-02}\n"
              "  - {id: day, quote: q, subject: A, object: B, event: announce-withdrawal, at: 2024-02-10}\n")}},
      kMembershipRules, timelines("A"));
  REQUIRE(run.report.timelines.size() == 1);
  const DerivedWindow& year = window_of(run.report, "year");
  CHECK(year.start == DayWindow{make_day(2024, 2, 10), make_day(2024, 2, 10)});
  CHECK(year.narrowed);
  // The day claim alone explains it: a minimal set, not every claim that agrees.
  CHECK(ids(run.report, year.narrowed_by) == std::vector<std::string>{"day"});
  CHECK(year.rules == std::vector<std::string>{"one-withdrawal-announcement"});
  CHECK_FALSE(window_of(run.report, "day").narrowed);
}

TEST_CASE("a span's derived windows follow its length and the rules", "[solve][timeline]") {
  // A state from some day in 2023 for 10 days (9..10 apart, docs/time.md) that must end by an
  // announcement on 2023-01-20.
  Run run = run_check(
      {{"f.yaml", facts("  - {id: ann, quote: q, subject: A, object: B, event: announce-withdrawal, at: 2023-01-20}\n"
                        "  - {id: m, quote: q, subject: A, object: B, state: membership, value: member, from: 2023, "
                        "for: 10 days}\n")}},
      kMembershipRules, timelines());
  REQUIRE(run.report.findings.empty());
  const DerivedWindow& m = window_of(run.report, "m");
  CHECK(m.start == DayWindow{make_day(2023, 1, 1), make_day(2023, 1, 11)});
  CHECK(m.end == DayWindow{make_day(2023, 1, 10), make_day(2023, 1, 20)});
  CHECK(m.narrowed);
  CHECK(ids(run.report, m.narrowed_by) == std::vector<std::string>{"ann"});
}

TEST_CASE("a conflicting group's timeline leaves out its best repair first", "[solve][timeline]") {
  Run run = run_check(
      {{"f.yaml",
        facts(
            "  - {id: feb, quote: q, subject: A, object: B, event: announce-withdrawal, at: 2024-02, confidence: 0.5}\n"
            "  - {id: jun, quote: q, subject: A, object: B, event: announce-withdrawal, at: 2024-06}\n")}},
      kMembershipRules, timelines("B"));
  REQUIRE(run.report.timelines.size() == 1);
  CHECK(ids(run.report, run.report.timelines[0].dropped) == std::vector<std::string>{"feb"});
  REQUIRE(run.report.timelines[0].windows.size() == 1);
  CHECK(window_of(run.report, "jun").start == DayWindow{make_day(2024, 6, 1), make_day(2024, 6, 30)});
}

TEST_CASE("timelines are derived only when asked and only for the subject", "[solve][timeline]") {
  std::string claims = facts(
      "  - {id: a, quote: q, subject: A, object: B, event: announce-withdrawal, at: 2024}\n"
      "  - {id: c, quote: q, subject: C, object: D, event: announce-withdrawal, at: 2024}\n");
  CHECK(run_check({{"f.yaml", claims}}, kMembershipRules).report.timelines.empty());
  Run run = run_check({{"f.yaml", claims}}, kMembershipRules, timelines("C"));
  REQUIRE(run.report.timelines.size() == 1);
  CHECK(ids(run.report, run.report.timelines[0].claims) == std::vector<std::string>{"c"});
  CHECK_FALSE(run.report.timelines[0].windows[0].narrowed);
}
