// GitHub Actions renderer: workflow commands (::error file=…,line=…::…) that annotate the diff, worst first.
#include <algorithm>
#include <sstream>

#include "claimcheck/render.h"
#include "render/describe.h"
#include "render/escape.h"
#include "render/fingerprint.h"
#include "render/order.h"

namespace claimcheck {

namespace {

const char* command_for(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
    case Severity::note:
      return "notice";
  }
  return "notice";
}

std::string properties(const SourceRange& r, const std::string& title) {
  std::string out = "file=" + escape_github_property(r.file.str());
  if (r.line > 0) {
    out += ",line=" + std::to_string(r.line) + ",col=" + std::to_string(r.column);
    int end_line = std::max(r.line, r.end_line);
    out += ",endLine=" + std::to_string(end_line);
    if (end_line == r.line && r.end_column > r.column) out += ",endColumn=" + std::to_string(r.end_column);
  }
  return out + ",title=" + escape_github_property(title);
}

std::string annotation(Severity severity, const SourceRange& r, const std::string& title, const std::string& message) {
  return std::string("::") + command_for(severity) + " " + properties(r, title) + "::" + escape_github_data(message) +
         "\n";
}

std::string finding_message(const Finding& f, const Report& report) {
  std::string text = f.message;
  for (int c : f.claims) {
    const Claim& claim = report.dataset.claims[static_cast<std::size_t>(c)];
    const Source& source = report.dataset.sources[static_cast<std::size_t>(claim.source)];
    text += "\n" + claim.range.file.str() + ":" + std::to_string(claim.range.line) + ": " + claim.full_id + " (" +
            describe_attribution(claim, source) + "): \"" + claim.quote + "\" " + claim.time.text + " -> " +
            describe_time(claim.time);
  }
  return text;
}

std::string unknown_message(const UnknownGroup& u, const Report& report) {
  std::string text = "could not decide whether " + std::to_string(u.claims.size()) + " claims are consistent (" +
                     u.reason + "); never reported as consistent";
  for (int c : u.claims) {
    const Claim& claim = report.dataset.claims[static_cast<std::size_t>(c)];
    text += "\n" + claim.range.file.str() + ":" + std::to_string(claim.range.line) + ": " + claim.full_id;
  }
  return text;
}

}  // namespace

std::string render_github(const Report& report) {
  std::ostringstream out;
  for (const Diagnostic& d : report.diagnostics.sorted())
    out << annotation(d.severity, d.range, "claimcheck: " + d.code, d.message);
  // In the human reports' order (docs/report-json.md, "Order and clusters"): worst first.
  for (int index : order_findings(report).ranked) {
    const Finding& f = report.findings[static_cast<std::size_t>(index)];
    const Claim& first = report.dataset.claims[static_cast<std::size_t>(f.claims.front())];
    out << annotation(f.severity, first.range, "claimcheck: " + f.rule, finding_message(f, report));
  }
  for (const UnknownGroup& u : report.unknown) {
    const Claim& first = report.dataset.claims[static_cast<std::size_t>(u.claims.front())];
    out << annotation(Severity::warning, first.range, "claimcheck: undecided", unknown_message(u, report));
  }
  // A cut list is not the whole story: say so where the annotations are read.
  for (const TruncatedGroup& t : report.truncated) {
    const Claim& first = report.dataset.claims[static_cast<std::size_t>(t.claims.front())];
    out << annotation(Severity::warning, first.range, "claimcheck: max-conflicts", describe_truncated(t));
  }
  for (const StaleBaselineEntry& s : report.stale_baseline)
    out << "::warning title=" << escape_github_property("claimcheck: stale baseline entry")
        << "::" << escape_github_data(describe_stale_entry(s) + "; rewrite the baseline with --write-baseline") << "\n";
  out << "claimcheck: " << describe_summary(report) << "\n";
  return out.str();
}

}  // namespace claimcheck
