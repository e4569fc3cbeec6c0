#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "claimcheck/render.h"
#include "helpers.h"
#include "render/escape.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// Two announcements of one withdrawal, months apart; the first quote is hostile to every format.
const char* kHostileQuote = "<script>alert(1)</script> | `tick` 100% ::error file=x::\nnext [a](1) \\";

Run conflicting(const std::string& file = "facts/s.yaml", int blank_lines = 0) {
  std::string padding(static_cast<std::size_t>(blank_lines), '\n');
  nlohmann::json quote = kHostileQuote;
  return run_check(
      {{file, padding +
                  "source: {id: s, publisher: Pub, published: 2024-09-01, url: 'https://x.org/a b'}\n"
                  "claims:\n"
                  "  - {id: feb, quote: " +
                  quote.dump() +
                  ", subject: A, object: B, event: announce-withdrawal, at: 2024-02}\n"
                  "  - {id: jun, quote: q2, subject: A, object: B, event: announce-withdrawal, at: in June}\n"}},
      kMembershipRules);
}

}  // namespace

TEST_CASE("fingerprints ignore line numbers but not the claims or the rule", "[render]") {
  Run run = conflicting();
  CHECK(unnamed_findings(run.report).empty());
  Run shifted = conflicting("facts/s.yaml", 5);
  CHECK(unnamed_findings(shifted.report).empty());
  REQUIRE(run.report.findings.size() == 1);
  REQUIRE(shifted.report.findings.size() == 1);
  std::string fingerprint = finding_fingerprint(run.report, run.report.findings[0]);
  CHECK(fingerprint.size() == 16);
  CHECK(fingerprint == finding_fingerprint(shifted.report, shifted.report.findings[0]));
  Finding other_rule = run.report.findings[0];
  other_rule.rule = "one-membership-status";
  CHECK(fingerprint != finding_fingerprint(run.report, other_rule));
  Finding fewer = run.report.findings[0];
  fewer.claims.pop_back();
  CHECK(fingerprint != finding_fingerprint(run.report, fewer));
}

TEST_CASE("SARIF results carry rules, code-point regions, related locations and fingerprints", "[render]") {
  Run run = conflicting("facts/a b%.yaml");
  CHECK(unnamed_findings(run.report).empty());
  nlohmann::json sarif = nlohmann::json::parse(render_sarif(run.report));
  CHECK(sarif["version"] == "2.1.0");
  const nlohmann::json& r = sarif["runs"][0];
  CHECK(r["columnKind"] == "unicodeCodePoints");
  const nlohmann::json& rule = r["tool"]["driver"]["rules"][0];
  for (const char* key : {"id", "shortDescription", "fullDescription", "help", "defaultConfiguration"})
    CHECK(rule.contains(key));
  const nlohmann::json& result = r["results"][0];
  CHECK(result["ruleId"] == "one-withdrawal-announcement");
  CHECK(result["level"] == "error");
  const nlohmann::json& location = result["locations"][0]["physicalLocation"];
  CHECK(location["artifactLocation"]["uri"] == "facts/a%20b%25.yaml");
  CHECK(location["artifactLocation"]["uriBaseId"] == "SRCROOT");
  CHECK(location["region"]["startLine"] == 3);
  CHECK(location["region"]["startColumn"] == 5);
  CHECK(result["relatedLocations"][0]["id"] == 1);
  CHECK(result["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 4);
  std::string message = result["message"]["text"];
  CHECK_THAT(message, Catch::Contains("[s/jun](1)"));
  CHECK_THAT(message, Catch::Contains("next \\[a\\](1) \\\\"));  // the quote's brackets are no link
  CHECK(result["partialFingerprints"]["claimcheck/v2"] == finding_fingerprint(run.report, run.report.findings[0]));
}

TEST_CASE("JUnit has a testsuite per rule and escapes every quote", "[render]") {
  Run run = conflicting();
  CHECK(unnamed_findings(run.report).empty());
  std::string xml = render_junit(run.report);
  CHECK_THAT(xml,
             Catch::StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"claimcheck\" tests=\""));
  CHECK_THAT(xml, Catch::Contains("<testsuite name=\"one-withdrawal-announcement\" tests=\"1\" failures=\"1\""));
  CHECK_THAT(xml, Catch::Contains("<testcase name=\"A / B\" classname=\"one-withdrawal-announcement\""));
  CHECK_THAT(xml, Catch::Contains("facts/s.yaml:3:5: s/feb"));
  CHECK_THAT(xml, Catch::Contains("facts/s.yaml:4:5: s/jun"));
  CHECK_THAT(xml, Catch::Contains("&lt;script&gt;"));
  CHECK(xml.find("<script>") == std::string::npos);
}

TEST_CASE("GitHub commands escape %, newlines and property separators", "[render]") {
  Run run = conflicting("facts/a,b:c.yaml");
  CHECK(unnamed_findings(run.report).empty());
  std::string commands = render_github(run.report);
  CHECK_THAT(commands, Catch::StartsWith("::error file=facts/a%2Cb%3Ac.yaml,line=3,col=5,"));
  CHECK_THAT(commands, Catch::Contains(",title=claimcheck%3A one-withdrawal-announcement::"));
  CHECK_THAT(commands, Catch::Contains("`tick` 100%25 ::error file=x::%0Anext"));
  std::size_t first_line_end = commands.find('\n');
  CHECK(commands.substr(0, first_line_end).find("s/jun") != std::string::npos);  // one finding, one line
}

TEST_CASE("GitHub commands list the worst findings first", "[render]") {
  Run run = conflicting();
  CHECK(unnamed_findings(run.report).empty());
  Finding warning = run.report.findings[0];
  warning.severity = Severity::warning;
  warning.message = "a warning";
  run.report.findings.insert(run.report.findings.begin(), warning);
  std::string commands = render_github(run.report);
  CHECK(commands.find("::error ") < commands.find("::warning "));
}

TEST_CASE("Markdown escapes pipes, backticks and tags", "[render]") {
  Run run = conflicting();
  CHECK(unnamed_findings(run.report).empty());
  std::string md = render_markdown(run.report);
  CHECK_THAT(md, Catch::StartsWith("# claimcheck report\n"));
  CHECK_THAT(md, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\`tick\\` 100% ::error file=x::<br>next"));
  CHECK(md.find("<script>") == std::string::npos);
  CHECK_THAT(md, Catch::Contains("[Pub](<https://x.org/a%20b>)"));
  CHECK_THAT(md, Catch::Contains("2024-02-01..2024-02-29"));
}

TEST_CASE("HTML is self-contained, escaped, and draws a bar per claim", "[render]") {
  Run run = conflicting();
  CHECK(unnamed_findings(run.report).empty());
  std::string html = render_html(run.report);
  CHECK_THAT(html, Catch::StartsWith("<!DOCTYPE html>"));
  CHECK(html.find("<script>") == html.rfind("<script>"));  // only the page's own filter script
  CHECK_THAT(html, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(html.find("src=\"http") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  std::size_t bars = 0;
  for (std::size_t at = html.find("class=\"bar\""); at != std::string::npos; at = html.find("class=\"bar\"", at + 1))
    ++bars;
  CHECK(bars == 2);
  CHECK_THAT(html, Catch::Contains("these must be the same day"));
  CHECK_THAT(html, Catch::Contains("class=\"gap\""));  // February and June cannot meet
}

TEST_CASE("escaping helpers", "[render]") {
  CHECK(escape_xml("a<b>&\"'\x01") == "a&lt;b&gt;&amp;&quot;&#39;\xEF\xBF\xBD");
  CHECK(escape_markdown("a|b`c*\n<i>") == "a\\|b\\`c\\*<br>&lt;i&gt;");
  CHECK(escape_github_data("100%\r\n::") == "100%25%0D%0A::");
  CHECK(escape_github_property("a:b,c%") == "a%3Ab%2Cc%25");
  CHECK(escape_github_data("esc \x1b[31mred\x07\tok\x7f") == "esc \xEF\xBF\xBD[31mred\xEF\xBF\xBD\tok\xEF\xBF\xBD");
  CHECK(escape_github_property("f\x1b.yaml") == "f\xEF\xBF\xBD.yaml");
  CHECK(percent_encode_path("dir/a b%é.yaml") == "dir/a%20b%25%C3%A9.yaml");
  CHECK(safe_url("javascript:alert(1)").empty());
  CHECK(safe_url("https://x.org/a\"b<c>(d)") == "https://x.org/a%22b%3Cc%3E%28d%29");
}

TEST_CASE("GitHub commands escape the title of a stale baseline entry like every other title", "[render]") {
  Run run = conflicting();
  CHECK(unnamed_findings(run.report).empty());
  run.report.baseline_used = true;
  run.report.stale_baseline.push_back({"0123456789abcdef", "gone-rule", {"s/x"}, "s/x is no longer in the dataset"});
  std::string commands = render_github(run.report);
  CHECK_THAT(commands, Catch::Contains("::warning title=claimcheck%3A stale baseline entry::baseline entry for rule "
                                       "gone-rule on claims s/x (fingerprint 0123456789abcdef) matches no finding any "
                                       "more: s/x is no longer in the dataset"));
  CHECK(commands.find("title=claimcheck: ") == std::string::npos);
}

namespace {

// Three announcements of one withdrawal on three dates: three conflicts, cut at one.
Run cut_at_one() {
  CheckOptions options;
  options.max_conflicts = 1;
  return run_check({{"facts/s.yaml",
                     "source: {id: s, publisher: Pub, published: 2024-09-01}\nclaims:\n"
                     "  - {id: a, quote: q1, subject: A, object: B, event: announce-withdrawal, at: 2024-01}\n"
                     "  - {id: b, quote: q2, subject: A, object: B, event: announce-withdrawal, at: 2024-02}\n"
                     "  - {id: c, quote: q3, subject: A, object: B, event: announce-withdrawal, at: 2024-03}\n"}},
                   kMembershipRules, options);
}

}  // namespace

TEST_CASE("SARIF, JUnit and GitHub say when --max-conflicts cut a group's list", "[render]") {
  Run run = cut_at_one();
  CHECK(unnamed_findings(run.report).empty());
  REQUIRE(run.report.truncated.size() == 1);
  const char* note = "stopped after 1 conflicts in a group of 3 claims; raise --max-conflicts to see them all";

  nlohmann::json sarif = nlohmann::json::parse(render_sarif(run.report));
  const nlohmann::json& notifications = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"];
  REQUIRE(notifications.size() == 1);
  CHECK(notifications[0]["descriptor"]["id"] == "max-conflicts");
  CHECK(notifications[0]["message"]["text"] == note);
  CHECK(sarif["runs"][0]["invocations"][0]["executionSuccessful"] == true);
  const nlohmann::json& result = sarif["runs"][0]["results"][0];
  CHECK(result["properties"]["conflictsTruncated"] == note);
  CHECK_THAT(result["message"]["text"].get<std::string>(), Catch::Contains(note));

  std::string xml = render_junit(run.report);
  CHECK_THAT(xml, Catch::Contains("<system-out>not every conflict is listed: " + std::string(note)));
  // A rule of the cut group with no listed conflict is skipped, never a silent pass.
  CHECK_THAT(
      xml,
      Catch::Contains(
          "<testsuite name=\"no-return-after-announcement\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"1\""));
  CHECK_THAT(xml, Catch::Contains("<skipped message=\"not every conflict is listed: " + std::string(note) + "\"/>"));

  std::string commands = render_github(run.report);
  CHECK_THAT(commands, Catch::Contains("::warning file=facts/s.yaml,line=3,col=5,"));
  CHECK_THAT(commands, Catch::Contains("title=claimcheck%3A max-conflicts::" + std::string(note)));
}

TEST_CASE("Markdown and HTML say when --max-conflicts cut a group's list", "[render]") {
  Run run = cut_at_one();
  CHECK(unnamed_findings(run.report).empty());
  REQUIRE(run.report.truncated.size() == 1);
  const char* note = "stopped after 1 conflicts in a group of 3 claims; raise --max-conflicts to see them all";
  std::string md = render_markdown(run.report);
  CHECK_THAT(md, Catch::Contains("## Not every conflict is listed\n\n- " + std::string(note) + ": first claim s/a\n"));
  std::string html = render_html(run.report);
  CHECK_THAT(html, Catch::Contains("<section id=\"truncated\"><h2>Not every conflict is listed</h2>"));
  CHECK_THAT(html, Catch::Contains("<li>" + std::string(note) + ": <a href=\"#"));
}

TEST_CASE("Markdown and HTML show conflicts an exception accepted, apart from the findings", "[render]") {
  Run run = run_check({{"facts/s.yaml",
                        "source: {id: s, publisher: Pub, published: 2024-09-01}\nclaims:\n"
                        "  - {id: feb, quote: q1, subject: A, object: B, event: announce-withdrawal, at: 2024-02}\n"
                        "  - {id: jun, quote: q2, subject: A, object: B, event: announce-withdrawal, at: 2024-06}\n"}},
                      std::string(kMembershipRules)
                          .replace(std::string(kMembershipRules).find("    event: announce-withdrawal\n"), 31,
                                   "    event: announce-withdrawal\n    exceptions: [s/jun]\n"));
  CHECK(unnamed_findings(run.report).empty());
  REQUIRE(run.report.findings.empty());
  REQUIRE(run.report.suppressed.size() == 1);
  std::string md = render_markdown(run.report);
  CHECK_THAT(md, Catch::Contains("## Suppressed by exceptions\n"));
  CHECK_THAT(md, Catch::Contains(
                     "(one-withdrawal-announcement; rule 'one-withdrawal-announcement' accepts s/jun): s/feb s/jun\n"));
  std::string html = render_html(run.report);
  CHECK_THAT(html, Catch::Contains("<section id=\"suppressed\"><h2>Suppressed by exceptions</h2>"));
  CHECK_THAT(
      html,
      Catch::Contains(
          "<code>one-withdrawal-announcement</code>; rule &#39;one-withdrawal-announcement&#39; accepts s/jun):"));
}

TEST_CASE("SARIF results keep the explanation and the best repair next to the claims and rules", "[render]") {
  Run run = conflicting();
  CHECK(unnamed_findings(run.report).empty());
  REQUIRE(run.report.findings.size() == 1);
  nlohmann::json sarif = nlohmann::json::parse(render_sarif(run.report));
  const nlohmann::json& properties = sarif["runs"][0]["results"][0]["properties"];
  CHECK(properties["claims"] == nlohmann::json::array({"s/feb", "s/jun"}));
  CHECK(properties["rules"] == nlohmann::json::array({"one-withdrawal-announcement"}));
  CHECK_FALSE(properties["explanation"].get<std::string>().empty());
  CHECK_FALSE(properties["bestRepair"].get<std::string>().empty());
  CHECK(properties["mostLikelyWrong"].is_array());
}
