// The HTML report draws derived timelines: each claim's own days against what the rules allow,
// marking and naming what narrowed a window; only the groups a run asked for.
#include <catch2/catch.hpp>

#include "claimcheck/render.h"
#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string facts(const std::string& claims) {
  return "source: {id: wire, publisher: Wire, published: 2024-12-01}\nclaims:\n" + claims;
}

// An announcement "in 2024" that a frozen membership on 15 March bounds from below, and two
// announcements of another country that conflict.
const std::string kNarrowedAndConflicting = facts(
    "  - {id: announced, quote: q, subject: Armenia, object: CSTO, event: announce-withdrawal, at: 2024}\n"
    "  - {id: frozen, quote: q, subject: Armenia, object: CSTO, state: membership, value: frozen, at: 2024-03-15}\n"
    "  - {id: feb, quote: q, subject: Belarus, object: CSTO, event: announce-withdrawal, at: 2024-02}\n"
    "  - {id: jun, quote: q, subject: Belarus, object: CSTO, event: announce-withdrawal, at: 2024-06, confidence: "
    "0.5}\n"
    "  - {id: member, quote: q, subject: Belarus, object: NATO, state: membership, value: member, at: 2024-05}\n");

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("timelines of findings cover the groups about a subject of a finding", "[check][timeline]") {
  CheckOptions options;
  options.timelines_of_findings = true;
  Run run = run_check({{"f.yaml", kNarrowedAndConflicting}}, kMembershipRules, options);
  CHECK(unnamed_findings(run.report).empty());
  REQUIRE(run.report.findings.size() == 1);
  // Belarus/CSTO has the finding; Belarus/NATO shares its subject but no rule relates its one
  // claim; Armenia/CSTO is about no finding's subject.
  REQUIRE(run.report.timelines.size() == 1);
  const GroupTimeline& t = run.report.timelines[0];
  CHECK(t.claims.size() == 2);
  REQUIRE(t.dropped.size() == 1);
  CHECK(run.report.dataset.claims[static_cast<std::size_t>(t.dropped[0])].id == "jun");
}

TEST_CASE("without timelines the HTML report has no derived timeline section", "[render][timeline]") {
  Run run = run_check({{"f.yaml", kNarrowedAndConflicting}}, kMembershipRules);
  CHECK(unnamed_findings(run.report).empty());
  CHECK(run.report.timelines.empty());
  std::string html = render_html(run.report);
  CHECK(html.find("id=\"timelines\"") == std::string::npos);
  CHECK(html.find("derived-link") == std::string::npos);
}

TEST_CASE("the HTML report draws derived windows and names what narrowed them", "[render][timeline]") {
  CheckOptions options;
  options.timelines = true;
  Run run = run_check({{"f.yaml", kNarrowedAndConflicting}}, kMembershipRules, options);
  CHECK(unnamed_findings(run.report).empty());
  std::string html = render_html(run.report);
  REQUIRE(run.report.timelines.size() == 3);  // Armenia/CSTO, Belarus/CSTO, Belarus/NATO
  CHECK(count(html, "<article class=\"derived-timeline\"") == 3);
  CHECK(count(html, "<svg class=\"timeline derived\"") == 3);
  // One row per remaining claim: 2 for Armenia, 1 for Belarus/CSTO (jun left out), 1 for NATO.
  CHECK(count(html, "<g class=\"row") == 4);
  CHECK(count(html, "<g class=\"row narrowed\" data-claim=\"wire/announced\">") == 1);
  CHECK_THAT(html, Catch::Contains("wire/announced: the rules allow 2024-03-15..2024-12-31 (the claim alone: in "
                                   "2024-01-01..2024-12-31); narrowed by wire/frozen with rule "
                                   "no-return-after-announcement"));
  CHECK_THAT(html, Catch::Contains("The claims conflict; left out first (the best repair): wire/jun."));
  // The finding links to its group's timeline, and the link has a target.
  CHECK_THAT(html, Catch::Contains("<a href=\"#timeline-2\">What the dates must be</a>"));
  CHECK_THAT(html, Catch::Contains("<article class=\"derived-timeline\" id=\"timeline-2\">"));
}

TEST_CASE("a derived timeline's texts are escaped", "[render][timeline]") {
  CheckOptions options;
  options.timelines = true;
  Run run =
      run_check({{"f.yaml", facts("  - {id: a, quote: q, subject: \"<b>&\", event: announce-withdrawal, at: 2024}\n")}},
                kMembershipRules, options);
  CHECK(unnamed_findings(run.report).empty());
  REQUIRE(run.report.timelines.size() == 1);
  std::string html = render_html(run.report);
  CHECK(html.find("<b>&") == std::string::npos);
  CHECK_THAT(html, Catch::Contains("&lt;b&gt;&amp;: 1 related claim"));
}
