// RuleInstances: the rules' instance lists read as one, indexed and iterated in rule order,
// empty rules (most rule packs have some) included.
#include <catch2/catch.hpp>

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
