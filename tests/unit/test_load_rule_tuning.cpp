#include <catch2/catch.hpp>

#include "load/rule_tuning.h"
#include "load/rules_loader.h"

using namespace claimcheck;

namespace {

RuleSet pack() {
  RuleSet rules;
  Diagnostics diagnostics;
  load_rules_file(
      SourceFile{"pack.yaml",
                 "vocabulary:\n"
                 "  events: [vote, begin, end]\n"
                 "  states: {toll: number}\n"
                 "rules:\n"
                 "  - {id: one-date, kind: unique-event, event: vote}\n"
                 "  - {id: one-toll, kind: single-value, state: toll}\n"
                 "  - {id: begins-first, kind: precedes, first: begin, then: end}\n"
                 "  - {id: ends-late, kind: precedes, first: begin, then: end, min: 1 day, severity: warning}\n"},
      rules, diagnostics);
  REQUIRE(diagnostics.all().empty());
  return rules;
}

std::vector<std::string> ids(const RuleSet& rules) {
  std::vector<std::string> out;
  for (const Rule& rule : rules.rules) out.push_back(rule.id);
  return out;
}

RuleName at(const std::string& name, int line = 1) {
  return RuleName{name, SourceRange{"claimcheck.yaml", line, 3, line, 3 + static_cast<int>(name.size())}};
}

}  // namespace

TEST_CASE("select keeps only the rules named by id or kind, ignore drops them", "[load]") {
  RuleSet rules = pack();
  RuleTuning tuning;
  tuning.layers.push_back({{at("precedes"), at("one-date")}, {at("ends-late")}});
  Diagnostics diagnostics;
  apply_rule_tuning(rules, tuning, diagnostics);
  CHECK(diagnostics.all().empty());
  CHECK(ids(rules) == std::vector<std::string>{"one-date", "begins-first"});
  // The rules left out still own their ids: a pack redefining one is a duplicate.
  REQUIRE(rules.deselected_rules.size() == 2);
  CHECK(rules.deselected_rules[0].id == "one-toll");
}

TEST_CASE("a later layer's select replaces the earlier selection; its ignore narrows it", "[load]") {
  RuleSet rules = pack();
  RuleTuning tuning;
  tuning.layers.push_back({{}, {at("precedes")}});   // claimcheck.yaml: ignore every precedes
  tuning.layers.push_back({{at("ends-late")}, {}});  // --select ends-late brings one back alone
  Diagnostics diagnostics;
  apply_rule_tuning(rules, tuning, diagnostics);
  CHECK(ids(rules) == std::vector<std::string>{"ends-late"});

  RuleSet again = pack();
  RuleTuning narrowed;
  narrowed.layers.push_back({{}, {at("precedes")}});
  narrowed.layers.push_back({{}, {at("one-toll")}});  // --ignore one-toll adds to the config's
  apply_rule_tuning(again, narrowed, diagnostics);
  CHECK(ids(again) == std::vector<std::string>{"one-date"});
}

TEST_CASE("severities apply in order: a kind's, then an id's", "[load]") {
  RuleSet rules = pack();
  RuleTuning tuning;
  tuning.severities.push_back({at("precedes"), Severity::info});
  tuning.severities.push_back({at("begins-first"), Severity::warning});
  Diagnostics diagnostics;
  apply_rule_tuning(rules, tuning, diagnostics);
  CHECK(rules.rules[0].severity == Severity::error);
  CHECK(rules.rules[2].severity == Severity::warning);
  CHECK(rules.rules[3].severity == Severity::info);
}

TEST_CASE("exceptions added by the dataset join the rule's own, located in the config", "[load]") {
  RuleSet rules = pack();
  RuleTuning tuning;
  tuning.exceptions.push_back({at("one-toll"), {at("daily/toll", 4), at("wire/toll", 5)}});
  Diagnostics diagnostics;
  apply_rule_tuning(rules, tuning, diagnostics);
  const Rule& toll = rules.rules[1];
  CHECK(toll.exceptions == std::vector<std::string>{"daily/toll", "wire/toll"});
  REQUIRE(toll.exception_ranges.size() == 2);
  CHECK(toll.exception_ranges[1].line == 5);
  CHECK(rules.rules[0].exceptions.empty());
}

TEST_CASE("an unknown rule id or kind is a located error with a suggestion", "[load]") {
  RuleSet rules = pack();
  RuleTuning tuning;
  tuning.layers.push_back({{at("one-dtae", 2)}, {at("precedse", 3)}});
  tuning.severities.push_back({at("one-tol", 4), Severity::info});
  tuning.exceptions.push_back({at("nothing-like-it", 5), {}});
  Diagnostics diagnostics;
  apply_rule_tuning(rules, tuning, diagnostics);
  std::vector<Diagnostic> sorted = diagnostics.sorted();
  REQUIRE(sorted.size() == 4);
  for (const Diagnostic& d : sorted) CHECK(d.code == "unknown-rule");
  CHECK(sorted[0].range.line == 2);
  CHECK_THAT(sorted[0].message, Catch::Contains("'one-dtae' in select") && Catch::Contains("did you mean 'one-date'?"));
  CHECK_THAT(sorted[1].message, Catch::Contains("did you mean 'precedes'?"));
  CHECK_THAT(sorted[2].message, Catch::Contains("in severity") && Catch::Contains("did you mean 'one-toll'?"));
  CHECK_THAT(sorted[3].message, !Catch::Contains("did you mean"));
}

TEST_CASE("no tuning leaves the rules as loaded", "[load]") {
  RuleSet rules = pack();
  Diagnostics diagnostics;
  apply_rule_tuning(rules, RuleTuning{}, diagnostics);
  CHECK(ids(rules).size() == 4);
  CHECK(rules.deselected_rules.empty());
  CHECK(describe_tuning(RuleTuning{}).empty());
}

TEST_CASE("the tuning's description changes with every choice a cache key must see", "[load]") {
  RuleTuning a;
  a.layers.push_back({{}, {at("one-date")}});
  RuleTuning b = a;
  b.severities.push_back({at("one-date"), Severity::warning});
  RuleTuning c = b;
  c.severities.back().severity = Severity::info;
  RuleTuning d = a;
  d.exceptions.push_back({at("one-date"), {at("s/c")}});
  RuleTuning e;
  e.layers.push_back({{at("one-date")}, {}});
  std::vector<std::string> texts = {describe_tuning(a), describe_tuning(b), describe_tuning(c), describe_tuning(d),
                                    describe_tuning(e)};
  for (std::size_t i = 0; i < texts.size(); ++i)
    for (std::size_t j = i + 1; j < texts.size(); ++j) CHECK(texts[i] != texts[j]);
}
