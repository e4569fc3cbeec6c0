#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "claimcheck/render.h"
#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

Run conflicting() {
  return run_check(
      {{"facts/s.yaml",
        "source: {id: s, publisher: Pub, published: 2024-09-01}\nclaims:\n"
        "  - {id: feb, quote: \"in <Feb> \\\"x\\\"\", subject: A, object: B, event: announce-withdrawal, at: 2024-02}\n"
        "  - {id: jun, quote: q2, subject: A, object: B, event: announce-withdrawal, at: in June}\n"}},
      kMembershipRules);
}

}  // namespace

TEST_CASE("text output reads like a compiler", "[render]") {
  Run run = conflicting();
  CHECK(unnamed_findings(run.report).empty());
  std::string text = render_text(run.report, run.sources);
  CHECK_THAT(text, Catch::StartsWith("facts/s.yaml:3:5: error: "));
  CHECK_THAT(text, Catch::Contains("[one-withdrawal-announcement]"));
  CHECK_THAT(text, Catch::Contains("at: in June -> 2024-06-01..2024-06-30"));
  CHECK_THAT(text, Catch::EndsWith("claimcheck: 1 finding (1 error) in 2 claims from 1 source against 4 rules\n"));
}

TEST_CASE("text output can be quiet, count findings, and list failing findings first", "[render]") {
  Run run = conflicting();
  REQUIRE(run.report.findings.size() == 1);
  TextOptions quiet;
  quiet.quiet = true;
  std::string text = render_text(run.report, run.sources, quiet);
  CHECK_THAT(text, Catch::StartsWith("facts/s.yaml:3:5: error: "));
  CHECK_THAT(text, !Catch::Contains("best repair"));
  CHECK_THAT(text, !Catch::Contains("claimcheck: 1 finding"));
  TextOptions counted;
  counted.statistics = true;
  CHECK_THAT(render_text(run.report, run.sources, counted),
             Catch::Contains("statistics: 1 finding\n       1  error   one-withdrawal-announcement\n"));
  // A warning before an error in the report: with the run failing on errors, the error comes first.
  Report report = run.report;
  Finding warning = report.findings.front();
  warning.severity = Severity::warning;
  warning.rule = "a-warning";
  report.findings.insert(report.findings.begin(), warning);
  TextOptions failing;
  failing.failing_rank = rank(Severity::error);
  std::string ordered = render_text(report, run.sources, failing);
  CHECK(ordered.find("[one-withdrawal-announcement]") < ordered.find("[a-warning]"));
  // Without --fail-on the order is the same: errors before warnings always.
  std::string plain = render_text(report, run.sources);
  CHECK(plain.find("[one-withdrawal-announcement]") < plain.find("[a-warning]"));
}

TEST_CASE("text output shows the offending line and a caret under a diagnostic", "[render]") {
  SourceManager sources;
  int f =
      sources.add("bad.yaml", "source: {id: s}\nclaims:\n  - {id: c, quote: q, subject: X, event: e, at: Febuary}\n");
  int r = sources.add("rules.yaml", "rules: []\n");
  Report report = check(sources, {f}, {r}, {});
  CHECK(unnamed_findings(report).empty());
  std::string text = render_text(report, sources);
  CHECK_THAT(text, Catch::Contains("bad.yaml:3:49: error: cannot read time expression 'Febuary' (did you mean "
                                   "'February'?) [unknown-time-expression]\n"));
  CHECK_THAT(text, Catch::Contains("\n" + std::string(50, ' ') + "^~~~~~~\n"));
}

TEST_CASE("JSON output has the documented shape", "[render]") {
  Run run = conflicting();
  CHECK(unnamed_findings(run.report).empty());
  nlohmann::json j = nlohmann::json::parse(render_json(run.report));
  CHECK(j["tool"]["name"] == "claimcheck");
  CHECK(j["summary"]["findings"] == 1);
  CHECK(j["summary"]["claims"] == 2);
  const nlohmann::json& finding = j["findings"][0];
  CHECK(finding["rule"] == "one-withdrawal-announcement");
  CHECK(finding["rules"] == nlohmann::json::array({"one-withdrawal-announcement"}));
  CHECK(finding["severity"] == "error");
  const nlohmann::json& claim = finding["claims"][0];
  CHECK(claim["id"] == "s/feb");
  CHECK(claim["quote"] == "in <Feb> \"x\"");
  CHECK(claim["file"] == "facts/s.yaml");
  CHECK(claim["line"] == 3);
  CHECK(claim["window"]["from"] == "2024-02-01");
  CHECK(claim["window"]["to"] == "2024-02-29");
  CHECK(j["diagnostics"].is_array());
}

TEST_CASE("a finding without a rule id or a message is caught by the renderers' check", "[render]") {
  Run run = conflicting();
  REQUIRE(run.report.findings.size() == 1);
  CHECK(unnamed_findings(run.report).empty());
  run.report.findings[0].rule.clear();
  CHECK(unnamed_findings(run.report) == std::vector<std::string>{"finding #0: no rule id"});
  run.report.suppressed.push_back(run.report.findings[0]);
  run.report.suppressed[0].rule = "r";
  run.report.suppressed[0].message.clear();
  CHECK(unnamed_findings(run.report).size() == 2);
}
