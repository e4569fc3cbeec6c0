// Baselines: today's accepted findings, by fingerprint, so a CI gate fails only on new ones.
#pragma once

#include <string>
#include <vector>

#include "claimcheck/report.h"

namespace claimcheck {

struct BaselineEntry {
  std::string fingerprint;
  std::string rule;
  std::vector<std::string> claims;
  std::string message;
};

// Reads the baseline file at `path`: a missing, unreadable or broken file is a `bad-baseline`
// error (bad input: the run is then not checked).
std::vector<BaselineEntry> read_baseline_file(const std::string& path, Diagnostics& diagnostics);

// Reads a baseline file's text. Problems become `bad-baseline` diagnostics located in `path`.
std::vector<BaselineEntry> parse_baseline(const std::string& path, const std::string& text, Diagnostics& diagnostics);

// The baseline file for every finding of the report, accepted ones included, in fingerprint order.
std::string baseline_json(const Report& report);

// Moves the findings the baseline accepts into report.baselined and records entries that matched
// nothing as report.stale_baseline. Updates summary.findings, and drops the repairs (and blame)
// of groups left with no finding.
void apply_baseline(Report& report, const std::vector<BaselineEntry>& entries);

}  // namespace claimcheck
