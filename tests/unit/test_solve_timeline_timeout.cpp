// A timeline that cannot be derived in time is listed with the reason, never left out.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "claimcheck/render.h"
#include "ground/ground.h"
#include "helpers.h"
#include "solve/timeline.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// `count` member counts of one organisation on one day, all different: every pair conflicts, so
// listing the conflicts takes far more than a millisecond.
std::string many_member_counts(int count) {
  std::string text = "source: {id: s, published: 2024-09-01}\nclaims:\n";
  for (int i = 0; i < count; ++i)
    text += "  - {id: c" + std::to_string(i) +
            ", quote: q, subject: CSTO, state: member-count, value: " + std::to_string(i) + ", at: 2024-01-01}\n";
  return text;
}

// `count` announcements of one withdrawal "in 2023": consistent (one day for all), and each
// claim's window is derived by four optimisations.
std::string announcements_in_2023(int count) {
  std::string text = "source: {id: s, published: 2024-09-01}\nclaims:\n";
  for (int i = 0; i < count; ++i)
    text += "  - {id: c" + std::to_string(i) +
            ", quote: q, subject: Armenia, object: CSTO, event: announce-withdrawal, at: 2023}\n";
  return text;
}

CheckOptions timeline_of(const std::string& subject) {
  CheckOptions options;
  options.timelines = true;
  options.timeline_subject = subject;
  return options;
}

}  // namespace

TEST_CASE("the timeline of an undecided group says why it is not derived", "[solve][timeline]") {
  CheckOptions options = timeline_of("CSTO");
  options.timeout_ms = 1;
  options.max_conflicts = 100000;
  Run run = run_check({{"s.yaml", many_member_counts(120)}}, kMembershipRules, options);
  REQUIRE(run.report.unknown.size() == 1);
  REQUIRE(run.report.timelines.size() == 1);
  const GroupTimeline& t = run.report.timelines[0];
  CHECK(t.claims.size() == 120);
  CHECK(t.windows.empty());
  CHECK(t.dropped.empty());
  CHECK(t.unknown_reason == "the group is undecided (timeout after 1 ms)");
}

TEST_CASE("the timeline of a conflicting group without a repair to leave out says why", "[solve][timeline]") {
  CheckOptions options = timeline_of("Armenia");
  options.max_repairs = 0;  // the library allows it (the command line does not): no repair is listed
  Run run = run_check(
      {{"s.yaml",
        "source: {id: s, published: 2024-09-01}\nclaims:\n"
        "  - {id: feb, quote: q, subject: Armenia, object: CSTO, event: announce-withdrawal, at: 2024-02}\n"
        "  - {id: jun, quote: q, subject: Armenia, object: CSTO, event: announce-withdrawal, at: 2024-06}\n"}},
      kMembershipRules, options);
  REQUIRE(run.report.findings.size() == 1);
  REQUIRE(run.report.repairs.size() == 1);
  CHECK(run.report.repairs[0].repairs.empty());
  REQUIRE(run.report.timelines.size() == 1);
  CHECK(run.report.timelines[0].windows.empty());
  CHECK(run.report.timelines[0].unknown_reason == "the claims conflict and no repair was found to leave out first");
  std::string html = render_html(run.report);
  CHECK(html.find("Not derived: the claims conflict and no repair was found to leave out first.") != std::string::npos);
  // The finding links to it and says why, not "what the dates must be".
  CHECK(html.find("was not derived: the claims conflict") != std::string::npos);
  CHECK(html.find("What the dates must be") == std::string::npos);
}

TEST_CASE("a timed-out timeline is in the JSON and HTML reports with its reason", "[render][timeline]") {
  CheckOptions options = timeline_of("CSTO");
  options.timeout_ms = 1;
  options.max_conflicts = 100000;
  Run run = run_check({{"s.yaml", many_member_counts(120)}}, kMembershipRules, options);
  nlohmann::json json = nlohmann::json::parse(render_json(run.report));
  REQUIRE(json["timelines"].size() == 1);
  CHECK(json["timelines"][0]["unknown"] == "the group is undecided (timeout after 1 ms)");
  CHECK(json["timelines"][0]["windows"].empty());
  CHECK(json["timelines"][0]["claims"].size() == 120);
  std::string html = render_html(run.report);
  CHECK(html.find("Not derived: the group is undecided (timeout after 1 ms).") != std::string::npos);
  std::string text = render_timeline_text(run.report, "CSTO", TextOptions{false, false});
  CHECK(text.find("timeline not derived: the group is undecided (timeout after 1 ms)") != std::string::npos);
  CHECK(text.find("no claim has") == std::string::npos);
}

TEST_CASE("a group whose repairs or timeline run out of time still lists its timeline", "[solve][timeline]") {
  // 120 announcements on different days: deciding stops at the first conflict; the repairs (120
  // tie) or the timeline need far more than 200 ms. Whichever step the timeout cuts, the timeline
  // is listed, with windows or with the reason.
  std::string text = "source: {id: s, published: 2024-09-01}\nclaims:\n";
  for (int i = 0; i < 120; ++i)
    text += "  - {id: c" + std::to_string(i) +
            ", quote: q, subject: Armenia, object: CSTO, event: announce-withdrawal, at: " + "2023-" +
            (i / 28 < 9 ? "0" : "") + std::to_string(1 + i / 28) + "-" + (i % 28 < 9 ? "0" : "") +
            std::to_string(1 + i % 28) + "}\n";
  CheckOptions options = timeline_of("Armenia");
  options.timeout_ms = 200;
  options.max_conflicts = 1;
  Run run = run_check({{"s.yaml", text}}, kMembershipRules, options);
  REQUIRE(run.report.timelines.size() == 1);
  const GroupTimeline& t = run.report.timelines[0];
  INFO("unknown: '" << t.unknown_reason << "', " << t.windows.size() << " windows");
  CHECK(t.claims.size() == 120);
  CHECK(t.unknown_reason.find("canceled") == std::string::npos);
  CHECK(t.unknown_reason.find("gave up") == std::string::npos);
  CHECK(t.windows.empty() != t.unknown_reason.empty());
}

TEST_CASE("a timeline search cut by its timeout says 'timeout after N ms'", "[solve][timeline]") {
  int claims = GENERATE(50, 200, 400);
  int timeout_ms = GENERATE(20, 100);
  INFO(claims << " claims, timeout " << timeout_ms << " ms");
  Run run = run_check({{"s.yaml", announcements_in_2023(claims)}}, kMembershipRules);
  REQUIRE(run.report.findings.empty());
  Grounding grounding = ground(run.report.dataset, run.report.rules);
  REQUIRE(grounding.groups.size() == 1);
  TimelineSolver solver(timeout_ms);
  TimelineSearch search = solver.derive(grounding.groups[0], {}, grounding, run.report.dataset);
  CHECK(search.bounds.empty());
  CHECK(search.unknown_reason == "timeout after " + std::to_string(timeout_ms) + " ms");
}
