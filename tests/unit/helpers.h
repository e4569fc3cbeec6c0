// Test helpers: run the pipeline on in-memory YAML.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <stdexcept>
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

// Findings (reported, baselined or suppressed) without a rule id or a message, as "#index: what
// is missing". Every renderer's test asserts there are none: a finding always names its rule
// and says what is wrong.
inline std::vector<std::string> unnamed_findings(const Report& report) {
  std::vector<std::string> problems;
  auto look = [&](const std::vector<Finding>& findings, const std::string& list) {
    for (std::size_t i = 0; i < findings.size(); ++i) {
      if (findings[i].rule.empty()) problems.push_back(list + " #" + std::to_string(i) + ": no rule id");
      if (findings[i].message.empty()) problems.push_back(list + " #" + std::to_string(i) + ": no message");
    }
  };
  look(report.findings, "finding");
  look(report.baselined, "baselined finding");
  look(report.suppressed, "suppressed finding");
  return problems;
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

// A fresh cache folder for one test case (`name` keeps suites apart), removed afterwards.
struct CacheFolder {
  explicit CacheFolder(const std::string& name)
      : path(std::filesystem::temp_directory_path() / ("claimcheck-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path);
  }
  ~CacheFolder() { std::filesystem::remove_all(path); }
  CacheFolder(const CacheFolder&) = delete;
  CacheFolder& operator=(const CacheFolder&) = delete;
  std::filesystem::path path;
};

// `sources` files, one (CountryN, CSTO) pair each: even ones announce the withdrawal twice
// months apart (a unique-event conflict), odd ones twice in one month; each also states a
// membership (in the announcements' group under kMembershipRules).
inline std::vector<std::pair<std::string, std::string>> announcement_files(int sources) {
  std::vector<std::pair<std::string, std::string>> files;
  for (int s = 0; s < sources; ++s) {
    std::string number = std::to_string(s);
    std::string subject = "Country" + number;
    std::string text = "source:\n  id: s" + number + "\n  published: 2024-09-01\nclaims:\n";
    text += "  - {id: a, quote: q, subject: " + subject + ", object: CSTO, event: announce-withdrawal, at: 2024-02}\n";
    text += "  - {id: b, quote: q, subject: " + subject + ", object: CSTO, event: announce-withdrawal, at: 2024-0" +
            std::to_string(s % 2 ? 2 : 6) + "}\n";
    text += "  - {id: m, quote: q, subject: " + subject + ", object: CSTO, state: membership, value: member, " +
            "from: 2020, until: 2023}\n";
    files.push_back({"f" + number + ".yaml", text});
  }
  return files;
}

// Replaces the first `from` in file `file` of `files` (which must hold it).
inline void replace_in(std::vector<std::pair<std::string, std::string>>& files, std::size_t file,
                       const std::string& from, const std::string& to) {
  std::string& text = files[file].second;
  std::size_t at = text.find(from);
  if (at == std::string::npos) throw std::logic_error("replace_in: no \"" + from + "\" in " + files[file].first);
  text.replace(at, from.size(), to);
}

}  // namespace claimcheck::testing
