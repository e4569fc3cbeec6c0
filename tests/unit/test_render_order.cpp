#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "claimcheck/render.h"
#include "helpers.h"
#include "render/order.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char* kTollRules = R"(
vocabulary:
  events: [quake]
  states:
    death-toll: number
rules:
  - id: one-toll
    kind: single-value
    state: death-toll
  - id: one-quake
    kind: unique-event
    event: quake
    severity: warning
)";

// ap/toll-46000 disagrees with four sources that agree with each other (a hub of four conflicts);
// a warning about two dates of one quake sits first in the files.
Run hub_and_warning() {
  return run_check(
      {{"facts/a-dates.yaml",
        "source: {id: dates, publisher: D, published: 2011-01-01}\nclaims:\n"
        "  - {id: jan, quote: q, subject: Haiti, event: quake, at: 2010-01-12}\n"
        "  - {id: feb, quote: q, subject: Haiti, event: quake, at: 2010-02-12}\n"},
       {"facts/ap.yaml",
        "source: {id: ap, publisher: AP, published: 2011-01-01, reliability: 0.4}\nclaims:\n"
        "  - {id: toll-46000, quote: q, subject: Haiti, state: death-toll, value: 46000, at: 2010-02-01}\n"},
       {"facts/b.yaml",
        "source: {id: b, publisher: B, published: 2011-01-01}\nclaims:\n"
        "  - {id: toll, quote: q, subject: Haiti, state: death-toll, value: 230000, at: 2010-02-01}\n"},
       {"facts/c.yaml",
        "source: {id: c, publisher: C, published: 2011-01-01}\nclaims:\n"
        "  - {id: toll, quote: q, subject: Haiti, state: death-toll, value: 230000, at: 2010-02-01}\n"},
       {"facts/d.yaml",
        "source: {id: d, publisher: D2, published: 2011-01-01}\nclaims:\n"
        "  - {id: toll, quote: q, subject: Haiti, state: death-toll, value: 230000, at: 2010-02-01}\n"},
       {"facts/e.yaml",
        "source: {id: e, publisher: E, published: 2011-01-01}\nclaims:\n"
        "  - {id: toll, quote: q, subject: Haiti, state: death-toll, value: 230000, at: 2010-02-01}\n"}},
      kTollRules);
}

int claim_index(const Report& report, const std::string& id) {
  for (std::size_t i = 0; i < report.dataset.claims.size(); ++i)
    if (report.dataset.claims[i].full_id == id) return static_cast<int>(i);
  return -1;
}

}  // namespace

TEST_CASE("findings are ordered errors first and one claim's conflicts are gathered under it", "[render]") {
  Run run = hub_and_warning();
  REQUIRE(unnamed_findings(run.report).empty());
  REQUIRE(run.report.findings.size() == 5);
  REQUIRE(run.report.findings.front().severity == Severity::warning);  // first by location
  FindingOrder order = order_findings(run.report);
  REQUIRE(order.sections.size() == 2);
  CHECK(order.sections[0].severity == Severity::error);
  CHECK(order.sections[1].severity == Severity::warning);
  REQUIRE(order.sections[0].clusters.size() == 1);
  const FindingCluster& hub = order.sections[0].clusters[0];
  CHECK(hub.hub == claim_index(run.report, "ap/toll-46000"));
  CHECK(hub.id == 0);
  CHECK(hub.findings.size() == 4);
  CHECK(hub.contradicts.size() == 4);
  CHECK(order.ranked.size() == 5);
  CHECK(order.ranked.back() == 0);
  CHECK(order.rank_of[0] == 5);
  CHECK(order.cluster_of[0] == -1);
  CHECK(order.hub_clusters == 1);
}

TEST_CASE("the text report leads with the errors, the hub's conflicts one indent in", "[render]") {
  Run run = hub_and_warning();
  std::string text = render_text(run.report, run.sources);
  CHECK_THAT(text, Catch::StartsWith("facts/ap.yaml:3:5: error: ap/toll-46000 contradicts 4 claims in 4 minimal "
                                     "conflicts [one-toll]\n  contradicts: b/toll, c/toll, d/toll and e/toll\n"));
  CHECK_THAT(text, Catch::Contains("\n  facts/ap.yaml:3:5: error: "));
  CHECK(text.find("[one-toll]") < text.find("[one-quake]"));
  // The group's repair note comes once.
  CHECK(text.find("best repair: remove ap/toll-46000") == text.rfind("best repair: remove ap/toll-46000"));
}

TEST_CASE("Markdown, HTML and GitHub annotations share the order; JSON and SARIF add it as properties", "[render]") {
  Run run = hub_and_warning();
  std::string markdown = render_markdown(run.report);
  CHECK_THAT(markdown, Catch::Contains("### 1. error: ap/toll-46000 contradicts 4 claims in 4 minimal conflicts"));
  CHECK_THAT(markdown, Catch::Contains("#### 1.4. error:"));
  CHECK_THAT(markdown, Catch::Contains("### 2. warning:"));
  CHECK(markdown.find("**Who is most likely wrong:** best repair: remove ap/toll-46000") ==
        markdown.rfind("**Who is most likely wrong:** best repair: remove ap/toll-46000"));

  std::string html = render_html(run.report);
  std::size_t cluster = html.find("<section class=\"cluster\" id=\"cluster-1\"");
  REQUIRE(cluster != std::string::npos);
  CHECK(cluster < html.find("data-severity=\"warning\""));
  CHECK(html.find("<details>", cluster) < html.find("<article class=\"finding\"", cluster));
  CHECK(html.find("best repair: remove ap/toll-46000") == html.rfind("best repair: remove ap/toll-46000"));

  // The first screen: a headline, the findings as links in reading order, the story's overview
  // with the conflicting claims linked, the figures on a value track; paths wrap at '/'.
  CHECK_THAT(html, Catch::Contains("<p class=\"headline\">4 errors, 1 warning: ap/toll-46000 contradicts 4 claims; "));
  CHECK(html.find("<ol class=\"glance\"><li><span class=\"sev error\">error</span><a href=\"#cluster-1\">") !=
        std::string::npos);
  CHECK_THAT(html, Catch::Contains("<article class=\"story\" id=\"story-1\">"));
  CHECK_THAT(html, Catch::Contains("<svg class=\"timeline values\""));
  CHECK_THAT(html, Catch::Contains("<g class=\"figure conflicting\" data-claim=\"ap/toll-46000\">"));
  CHECK_THAT(html, Catch::Contains("<code>facts/<wbr>ap.yaml:3</code>"));
  CHECK(html.find("<section id=\"stories\">") < html.find("<section id=\"findings\">"));

  std::string github = render_github(run.report);
  CHECK(github.find("::error ") < github.find("::warning "));

  nlohmann::json j = nlohmann::json::parse(render_json(run.report));
  REQUIRE(j["findings"].size() == 5);
  CHECK(j["findings"][0]["severity"] == "warning");
  CHECK(j["findings"][0]["rank"] == 5);
  CHECK(j["findings"][0]["cluster"] == -1);
  CHECK(j["findings"][1]["cluster"] == 0);
  REQUIRE(j["clusters"].size() == 1);
  CHECK(j["clusters"][0]["claim"] == "ap/toll-46000");
  CHECK(j["clusters"][0]["findings"] == nlohmann::json::array({1, 2, 3, 4}));
  CHECK(j["clusters"][0]["contradicts"].size() == 4);

  nlohmann::json sarif = nlohmann::json::parse(render_sarif(run.report));
  const nlohmann::json& results = sarif["runs"][0]["results"];
  REQUIRE(results.size() == 5);
  CHECK(results[0]["properties"]["reportRank"] == 5);
  CHECK_FALSE(results[0]["properties"].contains("cluster"));
  CHECK(results[1]["properties"]["cluster"]["claim"] == "ap/toll-46000");
  CHECK(results[1]["properties"]["cluster"]["findings"] == 4);
}

TEST_CASE("within a severity, the group whose most blamed claim is in more conflicts comes first", "[render]") {
  Run run = run_check({{"facts/a.yaml",
                        "source: {id: a, publisher: A, published: 2011-01-01}\nclaims:\n"
                        "  - {id: x1, quote: q, subject: X, state: death-toll, value: 1, at: 2010-01-01}\n"
                        "  - {id: x2, quote: q, subject: X, state: death-toll, value: 2, at: 2010-01-01}\n"},
                       {"facts/b.yaml",
                        "source: {id: b, publisher: B, published: 2011-01-01, reliability: 0.3}\nclaims:\n"
                        "  - {id: y1, quote: q, subject: Y, state: death-toll, value: 1, at: 2010-01-01}\n"},
                       {"facts/c.yaml",
                        "source: {id: c, publisher: C, published: 2011-01-01}\nclaims:\n"
                        "  - {id: y2, quote: q, subject: Y, state: death-toll, value: 2, at: 2010-01-01}\n"
                        "  - {id: y3, quote: q, subject: Y, state: death-toll, value: 2, at: 2010-01-01}\n"}},
                      kTollRules);
  REQUIRE(run.report.findings.size() == 3);
  FindingOrder order = order_findings(run.report);
  REQUIRE(order.sections.size() == 2);
  // Y: b/y1 is in both of its group's conflicts and in every best repair; X's two claims tie.
  const Finding& lead = run.report.findings[static_cast<std::size_t>(order.ranked.front())];
  CHECK(run.report.dataset.claims[static_cast<std::size_t>(lead.claims.front())].subject == "Y");
  CHECK(order.sections[0].clusters.size() == 2);  // two conflicts share b/y1: fewer than a cluster needs
}
