// Rules of several kinds in one pack: their errors, and claims they share.
#include <catch2/catch.hpp>

#include "kinds/kind_rules.h"

using namespace claimcheck;
using namespace claimcheck::testing;
using namespace claimcheck::testing::kind_rules;

TEST_CASE("new kinds report rule problems with their location", "[rules]") {
  Run r = run_check({{"f.yaml", facts(event("v", "vote", "at: 2024"))}}, std::string(kVocabulary) + R"(
  - id: bad-transition
    kind: lifecycle
    state: membership
    transitions: [member => frozen, member -> frozn, withdrawn -> member via rejion]
  - id: bad-selector
    kind: precedes
    first: {event: vote, state: membership}
    then: {event: votes}
  - id: bad-when
    kind: conflicts-with
    this: vote
    other: summit
    when: sometimes
)");
  std::vector<std::string> codes = codes_of(r.report);
  std::sort(codes.begin(), codes.end());
  CHECK(codes == std::vector<std::string>{"invalid-selector", "invalid-transition", "invalid-when", "unknown-event",
                                          "unknown-event", "unknown-value"});
}

TEST_CASE("a min above the max is the rule's error, at its min, for duration and precedes", "[rules]") {
  Run r = run_check({{"f.yaml", facts(event("v", "vote", "at: 2024-05-10"))}}, std::string(kVocabulary) + R"(
  - {id: too-tight, kind: duration, event: vote, min: 10 days, max: 2 days}
  - {id: gap, kind: precedes, first: vote, then: summit, min: 1 year, max: 30 days}
  - {id: fits, kind: duration, event: vote, min: 1 year, max: 1 year}
)");
  CHECK_FALSE(r.report.checked);  // a rule no claim can satisfy is never solved (it was a crash)
  std::vector<std::string> codes = codes_of(r.report);
  CHECK(codes == std::vector<std::string>{"min-above-max", "min-above-max"});
  std::vector<Diagnostic> errors = r.report.diagnostics.sorted();
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].range.column == 55);  // each at its `min` value
  CHECK(errors[1].range.column == 63);
}

TEST_CASE("an unreadable min or max is reported once, not also as missing", "[rules]") {
  Run r = run_check({{"f.yaml", facts(event("v", "vote", "at: 2024"))}}, std::string(kVocabulary) + R"(
  - {id: vague, kind: duration, event: vote, max: a while}
  - {id: none, kind: duration, event: vote}
)");
  std::vector<std::string> codes = codes_of(r.report);
  std::sort(codes.begin(), codes.end());
  CHECK(codes == std::vector<std::string>{"missing-field", "unknown-duration"});
}

TEST_CASE("a claim left out of a finding binds nothing: two rules never meet in its days", "[rules]") {
  // "The summit was on 1 March" alone is consistent: min bounds spans only. Against a summit
  // "from 4 March for 4 days" it breaks one-summit. Were the span left out of a set and its days
  // still tied to the one summit and stretched by the minimum, "1 March" would be a finding alone.
  Report report = run(kOneSummitOfAtLeastThreeDays, event("first", "summit", "at: 2024-03-01") +
                                                        event("span", "summit", "from: 2024-03-04, for: 4 days"));
  REQUIRE(report.findings.size() == 1);
  CHECK(ids_of(report, 0) == std::vector<std::string>{"first", "span"});
}
