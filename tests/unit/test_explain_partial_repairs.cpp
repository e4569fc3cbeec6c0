// Blame after a repair search that a timeout cut: it claims only what the repairs found prove.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "claimcheck/render.h"
#include "explain/blame.h"
#include "ground/ground.h"
#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::pair<std::string, std::string> source(const std::string& id, double reliability, const std::string& at) {
  return {id + ".yaml",
          "source:\n  id: " + id + "\n  published: 2024-09-01\n  reliability: " + std::to_string(reliability) +
              "\nclaims:\n  - {id: c, quote: q, subject: Armenia, object: CSTO, event: announce-withdrawal, at: " + at +
              "}\n"};
}

// x (0.9) in February conflicts with y and z (0.3 each) in June; y and z agree. The best repair
// removes y and z (0.6); removing x (0.9) is the other.
struct OneAgainstTwo {
  Run run = run_check({source("x", 0.9, "2024-02"), source("y", 0.3, "2024-06"), source("z", 0.3, "2024-06")},
                      kMembershipRules);
  Grounding grounding = ground(run.report.dataset, run.report.rules);

  int claim(const std::string& full_id) const {
    const std::vector<Claim>& claims = run.report.dataset.claims;
    auto at = std::find_if(claims.begin(), claims.end(), [&](const Claim& c) { return c.full_id == full_id; });
    return static_cast<int>(at - claims.begin());
  }
  const Group& group() const {
    int x = claim("x/c");
    return *std::find_if(grounding.groups.begin(), grounding.groups.end(), [&](const Group& g) {
      return std::find(g.claims.begin(), g.claims.end(), x) != g.claims.end();
    });
  }
  GroupRepairs explain(const RepairSearch& search) const {
    return explain_repairs(group(), search, run.report.findings, false, run.report.dataset);
  }
  const std::string& id_of(const Blame& b) const {
    return run.report.dataset.claims[static_cast<std::size_t>(b.claim)].full_id;
  }
};

// What a search that found only the best repair before its timeout returns.
RepairSearch cut_after_first(const OneAgainstTwo& data) {
  RepairSearch search;
  std::vector<int> yz{data.claim("y/c"), data.claim("z/c")};
  std::sort(yz.begin(), yz.end());
  search.repairs.push_back(RepairSet{yz, 600});
  search.more = true;
  search.gave_up = true;
  search.cut_reason = "timeout after 200 ms";
  return search;
}

}  // namespace

TEST_CASE("the complete search: the claims of the unique best repair are in every best repair", "[explain][repair]") {
  OneAgainstTwo data;
  REQUIRE(data.run.report.findings.size() == 2);
  REQUIRE(data.run.report.repairs.size() == 1);
  const GroupRepairs& g = data.run.report.repairs[0];
  CHECK(g.cut_reason.empty());
  REQUIRE(g.blame.size() == 3);
  CHECK(g.blame[0].in_every_best_repair);
  CHECK(data.id_of(g.blame[2]) == "x/c");
}

TEST_CASE("a repair search cut by time puts no claim in every best repair", "[explain][repair]") {
  OneAgainstTwo data;
  GroupRepairs g = data.explain(cut_after_first(data));
  CHECK(g.cut_reason == "timeout after 200 ms");
  REQUIRE(g.blame.size() == 3);
  for (const Blame& b : g.blame) {
    INFO(b.reason);
    CHECK_FALSE(b.in_every_best_repair);
    CHECK(b.reason.find("every best repair") == std::string::npos);
    CHECK(b.reason.find("found so far (the repair search was cut: timeout after 200 ms)") != std::string::npos);
  }
}

TEST_CASE("a repair search cut by time ranks by conflicts, not by the repairs it happened to find",
          "[explain][repair]") {
  OneAgainstTwo data;
  GroupRepairs g = data.explain(cut_after_first(data));
  REQUIRE(g.blame.size() == 3);
  CHECK(data.id_of(g.blame[0]) == "x/c");  // in both conflicts
  CHECK(g.blame[0].conflicts == 2);
  CHECK(g.blame[0].reason.find("kept by the best repairs found so far") != std::string::npos);
  CHECK(g.blame[1].in_some_best_repair);  // proved: the repair found is a lightest one
  CHECK(g.blame[1].reason.find("removed by a best repair found so far") != std::string::npos);
}

TEST_CASE("a repair search that found nothing before its timeout says so in every claim's blame", "[explain][repair]") {
  OneAgainstTwo data;
  RepairSearch search;
  search.gave_up = true;
  search.unknown_reason = search.cut_reason = "timeout after 200 ms";
  GroupRepairs g = data.explain(search);
  CHECK(g.repairs.empty());
  CHECK(g.unknown_reason == "timeout after 200 ms");
  REQUIRE(g.blame.size() == 3);
  CHECK(data.id_of(g.blame[0]) == "x/c");
  for (const Blame& b : g.blame) {
    INFO(b.reason);
    CHECK_FALSE(b.in_some_best_repair);
    CHECK(b.reason.find("kept") == std::string::npos);
    CHECK(b.reason.find("no repair found (timeout after 200 ms)") != std::string::npos);
  }
}

TEST_CASE("every report says a repair search was cut by time and lists its repairs as found so far",
          "[render][repair]") {
  OneAgainstTwo data;
  Report& report = data.run.report;
  REQUIRE(report.repairs.size() == 1);
  report.repairs[0] = data.explain(cut_after_first(data));
  nlohmann::json json = nlohmann::json::parse(render_json(report));
  CHECK(json["repairs"][0]["partial"] == "timeout after 200 ms");
  for (const auto& blame : json["repairs"][0]["blame"]) CHECK(blame["in_every_best_repair"] == false);
  std::string repairs = render_repairs_text(report, TextOptions{false, false});
  CHECK(repairs.find("repairs found so far, lightest first (the search was cut: timeout after 200 ms") !=
        std::string::npos);
  CHECK(repairs.find("more repairs may exist: the search was cut after 1") != std::string::npos);
  CHECK(repairs.find("every best repair") == std::string::npos);
  CHECK(repairs.find("the best is unique") == std::string::npos);
  std::string html = render_html(report);
  CHECK(html.find("best repair found so far: remove") != std::string::npos);
  CHECK(html.find("the repair search was cut (timeout after 200 ms), so others may tie") != std::string::npos);
  CHECK(html.find("); unique") == std::string::npos);
}

TEST_CASE("a complete search has no partial field in JSON", "[render][repair]") {
  OneAgainstTwo data;
  nlohmann::json json = nlohmann::json::parse(render_json(data.run.report));
  CHECK_FALSE(json["repairs"][0].contains("partial"));
}
