// Test helpers: run the pipeline on in-memory YAML.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "claimcheck/check.h"
#include "claimcheck/source_manager.h"

namespace claimcheck::testing {

struct Run {
  SourceManager sources;
  Report report;
};

inline Run run_check(const std::vector<std::pair<std::string, std::string>>& facts, const std::string& rules,
                     CheckOptions options = {}) {
  Run run;
  std::vector<int> fact_files, rule_files;
  for (const auto& [path, text] : facts) fact_files.push_back(run.sources.add(path, text));
  rule_files.push_back(run.sources.add("rules.yaml", rules));
  run.report = check(run.sources, fact_files, rule_files, options);
  return run;
}

inline std::vector<std::string> codes_of(const Report& report) {
  std::vector<std::string> codes;
  for (const Diagnostic& d : report.diagnostics.sorted()) codes.push_back(d.code);
  return codes;
}

inline std::vector<std::string> claim_ids(const Report& report, const Finding& finding) {
  std::vector<std::string> ids;
  for (int c : finding.claims) ids.push_back(report.dataset.claims[static_cast<std::size_t>(c)].id);
  return ids;
}

// The membership pack of the issue, small enough to read in a test.
inline const char* kMembershipRules = R"(
vocabulary:
  events: [announce-withdrawal, join, rejoin]
  states:
    membership: [member, frozen, withdrawing, withdrawn]
    member-count: number
rules:
  - id: one-withdrawal-announcement
    kind: unique-event
    event: announce-withdrawal
  - id: one-membership-status
    kind: single-value
    state: membership
  - id: one-member-count
    kind: single-value
    state: member-count
  - id: no-return-after-announcement
    kind: after-event
    event: announce-withdrawal
    state: membership
    allowed: [withdrawing, withdrawn]
)";

}  // namespace claimcheck::testing
