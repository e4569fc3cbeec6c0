// The JSON report carries explanations, repairs, blame, attribution and timelines.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "claimcheck/render.h"
#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("JSON carries repairs blame attribution and timelines", "[render]") {
  CheckOptions options;
  options.timelines = true;
  Run run = run_check(
      {{"facts/s.yaml",
        "source: {id: s, publisher: Pub, published: 2024-09-01, reliability: 0.5}\nclaims:\n"
        "  - {id: feb, quote: q, said_by: P, subject: A, object: B, event: announce-withdrawal, at: 2024-02}\n"
        "  - {id: jun, quote: q, said_by: P, subject: A, object: B, event: announce-withdrawal, at: 2024-06, "
        "confidence: 0.5}\n"}},
      kMembershipRules, options);
  CHECK(unnamed_findings(run.report).empty());
  nlohmann::json j = nlohmann::json::parse(render_json(run.report));
  const nlohmann::json& finding = j["findings"][0];
  CHECK_THAT(finding["explanation"].get<std::string>(),
             Catch::StartsWith("The claims date A's announce-withdrawal (B)"));
  CHECK(finding["group"] == 0);
  CHECK(finding["attribution"]["one_source"] == true);
  CHECK(finding["claims"][1]["confidence"] == 0.5);
  const nlohmann::json& repairs = j["repairs"][0];
  CHECK(repairs["unique"] == true);
  CHECK(repairs["repairs"][0]["claims"] == nlohmann::json::array({"s/jun"}));
  CHECK(repairs["repairs"][0]["weight"] == 0.25);
  CHECK(repairs["blame"][0]["claim"] == "s/jun");
  CHECK(repairs["blame"][0]["in_every_best_repair"] == true);
  CHECK(j["attributions"][0]["self_contradiction"] == true);
  CHECK(j["timelines"][0]["dropped"] == nlohmann::json::array({"s/jun"}));
  CHECK(j["timelines"][0]["windows"][0]["start"]["from"] == "2024-02-01");
}
