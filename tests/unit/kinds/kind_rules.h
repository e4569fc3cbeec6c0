// Rules of one kind from YAML over Armenia's CSTO claims: a vocabulary, claims, and a whole check.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "helpers.h"

namespace claimcheck::testing::kind_rules {

inline const char* kVocabulary = R"(
vocabulary:
  events: [announce-withdrawal, withdraw, rejoin, summit, vote, born, died]
  states:
    membership: [member, frozen, withdrawing, withdrawn]
    office: any
rules:
)";

// unique-event and duration on one event: its claims meet on one span of 3 days or more.
inline const char* kOneSummitOfAtLeastThreeDays = R"(
  - id: one-summit
    kind: unique-event
    event: summit
  - id: summits-last
    kind: duration
    event: summit
    min: 3 days
)";

inline std::string facts(const std::string& claims) {
  return "source:\n  id: s\n  published: 2024-09-01\nclaims:\n" + claims;
}

inline std::string event(const std::string& id, const std::string& name, const std::string& time,
                         const std::string& object = "CSTO") {
  return "  - {id: " + id + ", quote: q, subject: Armenia, object: " + object + ", event: " + name + ", " + time +
         "}\n";
}

inline std::string state(const std::string& id, const std::string& value, const std::string& time,
                         const std::string& object = "CSTO") {
  return "  - {id: " + id + ", quote: q, subject: Armenia, object: " + object + ", state: membership, value: " + value +
         ", " + time + "}\n";
}

inline Report run(const std::string& rules, const std::string& claims) {
  Run r = run_check({{"f.yaml", facts(claims)}}, std::string(kVocabulary) + rules);
  INFO(codes_of(r.report).size());
  REQUIRE(r.report.diagnostics.sorted().empty());
  REQUIRE(r.report.checked);
  return std::move(r.report);
}

inline std::vector<std::string> ids_of(const Report& report, std::size_t finding) {
  std::vector<std::string> ids;
  for (int c : report.findings.at(finding).claims) ids.push_back(report.dataset.claims[static_cast<std::size_t>(c)].id);
  return ids;
}

}  // namespace claimcheck::testing::kind_rules
