// Renderers: turn a Report into text, JSON, SARIF, JUnit, GitHub commands, Markdown or HTML. Pure functions.
#pragma once

#include <string>

#include "claimcheck/report.h"
#include "claimcheck/source_manager.h"

namespace claimcheck {

struct TextOptions {
  bool color = false;
  bool show_source_lines = true;  // the offending line and a caret under diagnostics
  // The severity rank at or above which findings fail the run (claimcheck::rank: lower is worse);
  // findings are always listed worst first (docs/report-json.md, "Order and clusters"), so those lead.
  int failing_rank = -1;
  bool quiet = false;       // diagnostics, findings and undecided groups only: no repairs, notes or summary
  bool statistics = false;  // findings counted per rule and per severity, before the summary
};

std::string render_text(const Report& report, const SourceManager& sources, const TextOptions& options = {});
std::string render_json(const Report& report);
// `claimcheck rules`: every loaded rule with its kind and file:line, in load order, then the
// vocabulary (events, states and their values) claims may use.
std::string render_rule_list(const RuleSet& rules, bool as_json);
// `claimcheck repair`: per conflicting group its findings, repairs and blame; then attribution.
std::string render_repairs_text(const Report& report, const TextOptions& options = {});
// `claimcheck timeline SUBJECT`: each derived timeline in Report::timelines.
std::string render_timeline_text(const Report& report, const std::string& subject, const TextOptions& options = {});

// SARIF 2.1.0 for code scanning (docs/ci.md): paths relative to the folder claimcheck ran in.
std::string render_sarif(const Report& report);
// JUnit XML: a testsuite per rule, a testcase per group of claims the rule relates.
std::string render_junit(const Report& report);
// GitHub Actions workflow commands (::error file=…::…), worst first.
std::string render_github(const Report& report);
// A Markdown report for editors (and $GITHUB_STEP_SUMMARY).
std::string render_markdown(const Report& report);
// One self-contained HTML page with an SVG timeline per finding.
std::string render_html(const Report& report);

// A finding's identity across runs: its rule and claim ids, never its file or line.
std::string finding_fingerprint(const Report& report, const Finding& finding);

}  // namespace claimcheck
