// Shared wording for renderers.
#include "render/describe.h"

#include <algorithm>

#include "load/facts_loader.h"

namespace claimcheck {

namespace {

std::string plural(int n, const std::string& word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

std::string describe_bound(const DayWindow& w) {
  if (w.earliest <= kFirstDay && w.latest >= kLastDay) return "an unknown day";
  return format_window(w);
}

}  // namespace

std::string describe_time(const ClaimTime& time) {
  if (time.anchor) return time.anchor->description;
  if (time.is_point) return format_window(time.start_window);
  return "from " + describe_bound(time.start_window) + " until " + describe_bound(time.end_window);
}

DayWindow overall_window(const ClaimTime& time) { return {time.start_window.earliest, time.end_window.latest}; }

std::string describe_attribution(const Claim& claim, const Source& source) {
  std::string out = source.publisher.empty() ? source.id : source.publisher;
  if (!claim.said_by.empty()) out += "; said by " + claim.said_by;
  if (!claim.via.empty()) out += "; via " + claim.via;
  return out;
}

std::string describe_summary(const Report& report) {
  const Summary& s = report.summary;
  int errors = 0, warnings = 0, infos = 0;
  for (const Finding& f : report.findings) {
    errors += f.severity == Severity::error;
    warnings += f.severity == Severity::warning;
    infos += f.severity == Severity::info;
  }
  std::string scope = plural(s.claims, "claim") + " from " + plural(s.sources, "source") + " against " +
                      plural(s.rules, "rule");
  if (!report.checked) return "not checked: the input has " + plural(report.diagnostics.error_count(), "error");
  std::string out;
  if (s.findings == 0) {
    out = "no contradictions in " + scope;
  } else {
    std::vector<std::string> parts;
    if (errors) parts.push_back(plural(errors, "error"));
    if (warnings) parts.push_back(plural(warnings, "warning"));
    if (infos) parts.push_back(std::to_string(infos) + " info");
    std::string counts;
    for (const std::string& p : parts) counts += (counts.empty() ? "" : ", ") + p;
    out = plural(s.findings, "finding") + " (" + counts + ") in " + scope;
  }
  if (s.unknown > 0) out += "; " + plural(s.unknown, "group") + " undecided (unknown)";
  return out;
}

}  // namespace claimcheck
