// JSON renderer: the stable machine format of docs/report-json.md.
#include <nlohmann/json.hpp>

#include "claimcheck/check.h"
#include "claimcheck/render.h"
#include "render/describe.h"

namespace claimcheck {

namespace {

using nlohmann::ordered_json;

ordered_json window_json(const DayWindow& w) { return {{"from", format_day(w.earliest)}, {"to", format_day(w.latest)}}; }

ordered_json claim_json(const Claim& claim, const Report& report) {
  const Source& source = report.dataset.sources[static_cast<std::size_t>(claim.source)];
  ordered_json j = {{"id", claim.full_id},
                    {"source", source.id},
                    {"publisher", source.publisher},
                    {"reliability", source.reliability},
                    {"quote", claim.quote},
                    {"said_by", claim.said_by},
                    {"via", claim.via},
                    {"subject", claim.subject},
                    {"object", claim.object},
                    {"kind", claim.kind == ClaimKind::event ? "event" : "state"},
                    {"name", claim.name}};
  if (claim.kind == ClaimKind::state) j["value"] = claim.value.text;
  j["file"] = claim.range.file;
  j["line"] = claim.range.line;
  j["column"] = claim.range.column;
  j["time"] = claim.time.text;
  j["window"] = window_json(overall_window(claim.time));
  if (!claim.time.is_point) {
    j["start"] = window_json(claim.time.start_window);
    j["end"] = window_json(claim.time.end_window);
  }
  if (!source.url.empty()) j["url"] = source.url;
  return j;
}

ordered_json range_json(const SourceRange& r) {
  return {{"file", r.file}, {"line", r.line}, {"column", r.column}, {"end_line", r.end_line},
          {"end_column", r.end_column}};
}

// Findings a rule's `exceptions` accept: present only when there are any.
ordered_json suppressed_json(const Report& report) {
  ordered_json out = ordered_json::array();
  for (const Finding& f : report.suppressed) {
    ordered_json ids = ordered_json::array();
    for (int c : f.claims) ids.push_back(report.dataset.claims[static_cast<std::size_t>(c)].full_id);
    out.push_back({{"rule", f.rule}, {"rules", f.rules}, {"severity", to_string(f.severity)},
                   {"message", f.message}, {"because", f.suppressed_because}, {"claims", ids}});
  }
  return out;
}

// Only with --baseline: how many findings it accepted and which of its entries are stale.
ordered_json baseline_json(const Report& report) {
  ordered_json accepted = ordered_json::array();
  for (const Finding& f : report.baselined) accepted.push_back(finding_fingerprint(report, f));
  ordered_json stale = ordered_json::array();
  for (const StaleBaselineEntry& s : report.stale_baseline)
    stale.push_back({{"fingerprint", s.fingerprint}, {"rule", s.rule}, {"claims", s.claims}});
  return {{"accepted", accepted}, {"stale", stale}};
}

}  // namespace

std::string render_json(const Report& report) {
  ordered_json out;
  out["tool"] = {{"name", "claimcheck"}, {"version", version()}};
  out["checked"] = report.checked;
  out["summary"] = {{"sources", report.summary.sources}, {"claims", report.summary.claims},
                    {"rules", report.summary.rules},     {"groups", report.summary.groups},
                    {"findings", report.summary.findings}, {"unknown", report.summary.unknown}};
  out["findings"] = ordered_json::array();
  for (const Finding& f : report.findings) {
    ordered_json claims = ordered_json::array();
    for (int c : f.claims) claims.push_back(claim_json(report.dataset.claims[static_cast<std::size_t>(c)], report));
    out["findings"].push_back({{"rule", f.rule},
                               {"rules", f.rules},
                               {"severity", to_string(f.severity)},
                               {"message", f.message},
                               {"claims", claims}});
  }
  if (!report.suppressed.empty()) out["suppressed"] = suppressed_json(report);
  out["unknown"] = ordered_json::array();
  for (const UnknownGroup& u : report.unknown) {
    ordered_json ids = ordered_json::array();
    for (int c : u.claims) ids.push_back(report.dataset.claims[static_cast<std::size_t>(c)].full_id);
    out["unknown"].push_back({{"claims", ids}, {"reason", u.reason}});
  }
  out["truncated"] = ordered_json::array();
  for (const TruncatedGroup& t : report.truncated) {
    ordered_json ids = ordered_json::array();
    for (int c : t.claims) ids.push_back(report.dataset.claims[static_cast<std::size_t>(c)].full_id);
    out["truncated"].push_back({{"claims", ids}, {"limit", t.limit}});
  }
  if (report.baseline_used) out["baseline"] = baseline_json(report);
  out["diagnostics"] = ordered_json::array();
  for (const Diagnostic& d : report.diagnostics.sorted()) {
    ordered_json j = {{"severity", to_string(d.severity)}, {"code", d.code},          {"message", d.message},
                      {"file", d.range.file},              {"line", d.range.line},    {"column", d.range.column},
                      {"end_line", d.range.end_line},      {"end_column", d.range.end_column}};
    if (!d.notes.empty()) {
      j["notes"] = ordered_json::array();
      for (const DiagnosticNote& n : d.notes) {
        ordered_json note = range_json(n.range);
        note["message"] = n.message;
        j["notes"].push_back(note);
      }
    }
    out["diagnostics"].push_back(j);
  }
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace claimcheck
