// RuleInstances: the rules' instance lists read as one, indexed and iterated in rule order,
// empty rules (most rule packs have some) included.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "claimcheck/check.h"
#include "ground/ground.h"

using namespace claimcheck;

namespace {

RuleInstance instance_of(int rule, const std::string& subject) {
  RuleInstance instance;
  instance.rule = rule;
  instance.subject = subject;
  return instance;
}

std::vector<std::string> subjects_by_index(const RuleInstances& instances) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < instances.size(); ++i) out.push_back(instances[i].subject);
  return out;
}

std::vector<std::string> subjects_iterated(const RuleInstances& instances) {
  std::vector<std::string> out;
  for (const RuleInstance& instance : instances) out.push_back(instance.subject);
  return out;
}

}  // namespace

TEST_CASE("rule instances are indexed and iterated rule by rule across empty rules", "[ground]") {
  std::vector<RuleInstances::Part> parts(5);
  parts[1] = {instance_of(1, "a"), instance_of(1, "b")};
  parts[3] = {instance_of(3, "c")};
  parts[4] = {instance_of(4, "d"), instance_of(4, "e")};
  RuleInstances instances(std::move(parts));

  REQUIRE(instances.size() == 5);
  REQUIRE_FALSE(instances.empty());
  std::vector<std::string> expected{"a", "b", "c", "d", "e"};
  CHECK(subjects_by_index(instances) == expected);
  CHECK(subjects_iterated(instances) == expected);
  CHECK(instances[2].rule == 3);
  CHECK(instances[4].rule == 4);

  instances[3].subject = "changed";  // indexing reaches the instance itself, not a copy
  CHECK(subjects_iterated(instances)[3] == "changed");
}

TEST_CASE("rule instances with no rule or only empty rules are empty", "[ground]") {
  RuleInstances none;
  CHECK(none.empty());
  CHECK(none.begin() == none.end());

  RuleInstances empty_rules(std::vector<RuleInstances::Part>(3));
  CHECK(empty_rules.empty());
  CHECK(empty_rules.begin() == empty_rules.end());
}

TEST_CASE("instances pushed one by one follow the rules' instances", "[ground]") {
  std::vector<RuleInstances::Part> parts(2);
  parts[0] = {instance_of(0, "a")};
  RuleInstances instances(std::move(parts));
  instances.push_back(instance_of(2, "b"));
  instances.push_back(instance_of(2, "c"));

  CHECK(subjects_by_index(instances) == std::vector<std::string>{"a", "b", "c"});
  CHECK(subjects_iterated(instances) == std::vector<std::string>{"a", "b", "c"});

  RuleInstances built;
  built.push_back(instance_of(0, "x"));
  CHECK(built.size() == 1);
  CHECK(built[0].subject == "x");
}

namespace {

// Every claim whose days a difference reads, outside what its option needs of its own.
std::set<int> claims_read(const Constraint& c) {
  std::set<int> read;
  for (std::size_t k = 0; k < c.any_of.size(); ++k)
    for (const Difference& d : c.any_of[k])
      for (const TimeVar& v : {d.a, d.b}) {
        bool needed =
            k < c.option_needs.size() && std::count(c.option_needs[k].begin(), c.option_needs[k].end(), v.claim) > 0;
        if (v.claim >= 0 && !needed) read.insert(v.claim);
      }
  return read;
}

}  // namespace

TEST_CASE("every constraint binds only while the claims it reads are assumed, for every kind", "[ground]") {
  // The shipped packs over the shipped dataset and the examples: every kind reads claims only
  // through its `about` (unique-event: one claim and its common event), counts and expressions
  // aside.
  std::string root = CLAIMCHECK_SOURCE_DIR;
  std::vector<std::pair<std::string, std::string>> datasets = {
      {"facts", "rules"},
      {"examples/people-pack/facts", "rules"},
      {"examples/events-pack/facts", "rules"},
      {"examples/membership-pack/facts", "rules"},
      {"examples/state-episodes/facts", "examples/state-episodes/rules"},
      {"examples/ceo-succession/facts", "examples/ceo-succession/rules"}};
  for (const auto& [facts, rules] : datasets) {
    CAPTURE(facts);
    SourceManager sources;
    Diagnostics problems;
    std::vector<int> rule_files = sources.add_paths({root + "/" + rules}, problems);
    std::vector<int> fact_files = sources.add_paths({root + "/" + facts}, problems);
    REQUIRE_FALSE(problems.has_errors());
    Report report = check(sources, fact_files, rule_files, {});
    REQUIRE(report.checked);
    Grounding grounding = ground(report.dataset, report.rules);
    std::size_t checked = 0;
    for (const RuleInstance& instance : grounding.instances)
      for (const Constraint& c : instance.constraints) {
        if (c.has_linear()) continue;  // counts and expressions: their own tests
        std::set<int> about(c.about.begin(), c.about.end());
        std::set<int> read = claims_read(c);
        CHECK(std::includes(about.begin(), about.end(), read.begin(), read.end()));
        ++checked;
      }
    CHECK(checked > 0);
  }
}
