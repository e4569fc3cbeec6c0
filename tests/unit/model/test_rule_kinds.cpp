// The rule kind list and every stage's kind table: one row per kind, found under its own kind.
#include <catch2/catch.hpp>

#include "explain/kinds.h"
#include "ground/kinds.h"
#include "load/kinds.h"
#include "model/rule_kinds.h"
#include "render/kinds.h"

using namespace claimcheck;

TEST_CASE("every rule kind has a name that reads back as the kind", "[model][kinds]") {
  for (const RuleKindName& row : kRuleKinds) {
    CHECK(std::string(to_string(row.kind)) == row.name);
    CHECK(rule_kind_from_string(row.name) == row.kind);
  }
  CHECK(rule_kind_names().size() == std::size(kRuleKinds));
  // The table is in RuleKind order, so a kind's position is its row (to_string and every stage).
  for (std::size_t at = 0; at < std::size(kRuleKinds); ++at) CHECK(static_cast<std::size_t>(kRuleKinds[at].kind) == at);
  CHECK_FALSE(rule_kind_from_string("unique_event").has_value());
}

TEST_CASE("every stage's table has a row for every rule kind", "[model][kinds]") {
  for (const RuleKindName& row : kRuleKinds) {
    INFO("kind " << row.name);
    CHECK(loading_of(row.kind).load != nullptr);
    // A kind grounds its own instances or mirrors claims for the others' (symmetric, inverse).
    CHECK((grounding_of(row.kind).ground != nullptr) != (grounding_of(row.kind).mirror_names != nullptr));
    // A kind that mirrors claims says how a finding reads them through it.
    CHECK((explaining_of(row.kind).mirror_reading != nullptr) == (grounding_of(row.kind).mirror_names != nullptr));
    CHECK(describing_of(row.kind).short_words != nullptr);
    CHECK(describing_of(row.kind).constraint != nullptr);
    CHECK(describing_of(row.kind).looks_at != nullptr);
  }
}
