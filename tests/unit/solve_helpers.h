// Solve test helpers: one source's claims in YAML, the founding rule, and the group that holds a dataset's rules.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <utility>

#include "ground/ground.h"
#include "helpers.h"

namespace claimcheck::testing {

// One founding per subject: two claims of one subject's founding on different days conflict.
inline const char* kFoundingRules = R"(
vocabulary:
  events: [founding]
rules:
  - id: founded-once
    kind: unique-event
    event: founding
)";

// A facts file of source `s` (published 2024-09-01) holding `claims` (YAML list items).
inline std::string facts(const std::string& claims) {
  return "source:\n  id: s\n  published: 2024-09-01\nclaims:\n" + claims;
}

// The report of a clean check: no diagnostic, every group checked.
inline Report checked(const std::string& facts_text, const char* rules, CheckOptions options = {}) {
  Run run = run_check({{"f.yaml", facts_text}}, rules, options);
  REQUIRE(run.report.diagnostics.sorted().empty());
  REQUIRE(run.report.checked);
  return std::move(run.report);
}

// The one group with rule instances (the test fails when there is none or more than one).
inline const Group& only_group_with_rules(const Grounding& grounding) {
  const Group* found = nullptr;
  for (const Group& g : grounding.groups)
    if (!g.instances.empty()) {
      REQUIRE(found == nullptr);
      found = &g;
    }
  REQUIRE(found != nullptr);
  return *found;
}

}  // namespace claimcheck::testing
