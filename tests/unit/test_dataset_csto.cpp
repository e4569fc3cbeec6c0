// The shipped CSTO dataset: the contradictions the article contains, and none it does not.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "claimcheck/check.h"

using namespace claimcheck;

namespace {

Report check_shipped(SourceManager& sources) {
  Diagnostics problems;
  std::string root = CLAIMCHECK_SOURCE_DIR;
  std::vector<int> rules = sources.add_paths({root + "/rules"}, problems);
  std::vector<int> facts = sources.add_paths({root + "/facts"}, problems);
  REQUIRE_FALSE(problems.has_errors());
  return check(sources, facts, rules, {});
}

std::set<std::string> ids(const Report& report, const Finding& finding) {
  std::set<std::string> out;
  for (int c : finding.claims) out.insert(report.dataset.claims[static_cast<std::size_t>(c)].id);
  return out;
}

bool has_finding(const Report& report, const std::string& rule, const std::set<std::string>& claims) {
  return std::any_of(report.findings.begin(), report.findings.end(),
                     [&](const Finding& f) { return f.rule == rule && ids(report, f) == claims; });
}

}  // namespace

TEST_CASE("the CSTO article's contradictions are found", "[dataset]") {
  SourceManager sources;
  Report report = check_shipped(sources);
  REQUIRE(report.checked);
  CHECK(report.unknown.empty());
  CHECK(has_finding(report, "one-withdrawal-announcement", {"leave-announced-february", "withdrawal-announced-june"}));
  CHECK(has_finding(report, "no-return-after-announcement", {"frozen-at-all-levels", "withdrawal-announced-june"}));
}

TEST_CASE("the CSTO claims that agree are never in a finding", "[dataset]") {
  SourceManager sources;
  Report report = check_shipped(sources);
  std::set<std::string> agreeing = {
      "six-member-states", "russia-member",     "kazakhstan-member",         "belarus-member",
      "kyrgyzstan-member", "tajikistan-member", "kazakhstan-refused-troops", "tajikistan-rebuke-october"};
  for (const Finding& finding : report.findings)
    for (const std::string& id : ids(report, finding)) CHECK(agreeing.count(id) == 0);
  for (const Finding& finding : report.findings) CHECK(finding.severity == Severity::error);
}
