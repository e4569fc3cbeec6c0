// --cache never serves a result decided under another tuning of the rules (select, severity, exceptions).
#include <catch2/catch.hpp>

#include "claimcheck/render.h"
#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

CheckOptions cached(const CacheFolder& folder, bool incremental) {
  CheckOptions options;
  options.jobs = 2;
  options.cache = folder.path.string();
  options.incremental = incremental;
  return options;
}

RuleTuning ignoring(const std::string& name) {
  RuleTuning tuning;
  tuning.layers.push_back({{}, {RuleName{name, {}}}});
  return tuning;
}

}  // namespace

TEST_CASE("a re-check after a run that ignored a rule reports what the rule finds", "[cache][check]") {
  for (bool incremental : {false, true}) {
    CacheFolder folder("tuning");
    CheckOptions quiet = cached(folder, incremental);
    quiet.tuning = ignoring("one-withdrawal-announcement");
    Run first = run_check(announcement_files(6), kMembershipRules, quiet);
    CHECK(first.report.findings.empty());
    CHECK(first.report.diagnostics.all().empty());
    // The same files, the rule back in use: the snapshot and the verdicts of the quiet run must not serve.
    Run plain = run_check(announcement_files(6), kMembershipRules);
    Run second = run_check(announcement_files(6), kMembershipRules, cached(folder, incremental));
    CHECK(plain.report.findings.size() == 3);
    CHECK(second.report.findings.size() == 3);
    CHECK(render_json(second.report) == render_json(plain.report));
  }
}

TEST_CASE("a changed severity or exception in a cached re-check changes the findings", "[cache][check]") {
  CacheFolder folder("tuning-severity");
  run_check(announcement_files(6), kMembershipRules, cached(folder, true));
  CheckOptions warning = cached(folder, true);
  warning.tuning.severities.push_back({RuleName{"unique-event", {}}, Severity::warning});
  Run second = run_check(announcement_files(6), kMembershipRules, warning);
  REQUIRE(second.report.findings.size() == 3);
  for (const Finding& f : second.report.findings) CHECK(f.severity == Severity::warning);
  CheckOptions accepted = cached(folder, true);
  accepted.tuning.exceptions.push_back({RuleName{"one-withdrawal-announcement", {}}, {RuleName{"s0/b", {}}}});
  Run third = run_check(announcement_files(6), kMembershipRules, accepted);
  CHECK(third.report.findings.size() == 2);
  CHECK(third.report.suppressed.size() == 1);
}
