// `where` scopes and `exceptions` on rules: scoped rules ignore other claims; accepted
// conflicts are reported as suppressed, never dropped.
#include <catch2/catch.hpp>

#include "claimcheck/render.h"
#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string facts(const std::string& claims) {
  return "source:\n  id: s\n  published: 2024-09-01\nclaims:\n" + claims;
}

std::string state(const std::string& id, const std::string& subject, const std::string& value, const std::string& at) {
  return "  - {id: " + id + ", quote: q, subject: " + subject + ", object: CSTO, state: membership, value: " + value +
         ", at: " + at + "}\n";
}

std::string rules(const std::string& extra) {
  return R"(
vocabulary:
  states:
    membership: [member, frozen]
rules:
  - id: one-status
    kind: single-value
    state: membership
)" + extra;
}

const std::string kTwoConflicts =
    state("am-m", "Armenia", "member", "2024-03-05") + state("am-f", "Armenia", "frozen", "2024-03-05") +
    state("by-m", "Belarus", "member", "2024-03-05") + state("by-f", "Belarus", "frozen", "2024-03-05");

}  // namespace

TEST_CASE("where restricts a rule to the listed subjects", "[rules]") {
  Run run = run_check({{"f.yaml", facts(kTwoConflicts)}}, rules("    where: {subject: [Armenia]}\n"));
  REQUIRE(run.report.findings.size() == 1);
  CHECK(claim_ids(run.report, run.report.findings[0]) == std::vector<std::string>{"am-m", "am-f"});
}

TEST_CASE("where on objects excludes claims of other objects", "[rules]") {
  Run run = run_check({{"f.yaml", facts(kTwoConflicts)}}, rules("    where: {object: NATO}\n"));
  CHECK(run.report.findings.empty());
  CHECK(run.report.checked);
}

TEST_CASE("exceptions move an accepted conflict to suppressed", "[rules]") {
  Run run = run_check({{"f.yaml", facts(kTwoConflicts)}}, rules("    exceptions: [s/by-f]\n"));
  REQUIRE(run.report.findings.size() == 1);
  CHECK(claim_ids(run.report, run.report.findings[0]) == std::vector<std::string>{"am-m", "am-f"});
  REQUIRE(run.report.suppressed.size() == 1);
  CHECK(claim_ids(run.report, run.report.suppressed[0]) == std::vector<std::string>{"by-m", "by-f"});
  CHECK(run.report.suppressed[0].suppressed_because == "rule 'one-status' accepts s/by-f");
  CHECK(run.report.summary.findings == 1);
  std::string json = render_json(run.report);
  CHECK(json.find("\"suppressed\"") != std::string::npos);
  CHECK(json.find("rule 'one-status' accepts s/by-f") != std::string::npos);
  std::string text = render_text(run.report, run.sources, TextOptions{false, false});
  CHECK(text.find("note: suppressed (rule 'one-status' accepts s/by-f)") != std::string::npos);
}

TEST_CASE("an exception naming no claim is a warning with a suggestion", "[rules]") {
  Run run = run_check({{"f.yaml", facts(kTwoConflicts)}}, rules("    exceptions: [s/by-ff]\n"));
  REQUIRE(codes_of(run.report) == std::vector<std::string>{"unknown-exception"});
  CHECK(run.report.diagnostics.sorted()[0].message.find("did you mean 's/by-f'") != std::string::npos);
  CHECK(run.report.findings.size() == 2);
  CHECK(run.report.suppressed.empty());
}

TEST_CASE("a rule that fails to load still counts for duplicate ids", "[rules]") {
  const char* rules = R"(
vocabulary: {events: [open]}
rules:
  - {id: x, kind: unique-event, event: opne}
  - {id: x, kind: unique-event, event: open, colour: red}
  - {id: y, kind: no-such-kind}
  - {id: y, kind: unique-event, event: open}
)";
  Run run = run_check({{"f.yaml", "source: {id: s, published: 2024-01-01}\nclaims: []\n"}}, rules);
  std::vector<int> duplicate_lines;
  for (const Diagnostic& d : run.report.diagnostics.sorted())
    if (d.code == "duplicate-id") duplicate_lines.push_back(d.range.line);
  CHECK(duplicate_lines == std::vector<int>{5, 7});
}
