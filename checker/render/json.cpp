// JSON renderer: the stable machine format of docs/report-json.md.
#include <nlohmann/json.hpp>

#include "claimcheck/check.h"
#include "claimcheck/render.h"
#include "render/describe.h"
#include "render/order.h"

namespace claimcheck {

namespace {

using nlohmann::ordered_json;

ordered_json window_json(const DayWindow& w) {
  return {{"from", format_day(w.earliest)}, {"to", format_day(w.latest)}};
}

ordered_json claim_json(const Claim& claim, const Report& report) {
  const Source& source = report.dataset.sources[static_cast<std::size_t>(claim.source)];
  ordered_json j = {{"id", claim.full_id},
                    {"source", source.id},
                    {"publisher", source.publisher},
                    {"reliability", source.reliability},
                    {"quote", claim.quote},
                    {"said_by", claim.said_by},
                    {"via", claim.via},
                    {"confidence", claim.confidence},
                    {"subject", claim.subject},
                    {"object", claim.object},
                    {"kind", claim.kind == ClaimKind::event ? "event" : "state"},
                    {"name", claim.name}};
  if (claim.kind == ClaimKind::state) j["value"] = claim.value.text;
  j["file"] = claim.range.file.str();
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
  return {{"file", r.file.str()},
          {"line", r.line},
          {"column", r.column},
          {"end_line", r.end_line},
          {"end_column", r.end_column}};
}

ordered_json claim_ids(const std::vector<int>& claims, const Report& report) {
  ordered_json ids = ordered_json::array();
  for (int c : claims) ids.push_back(report.dataset.claims[static_cast<std::size_t>(c)].full_id);
  return ids;
}

// Findings a rule's `exceptions` accept: present only when there are any.
ordered_json suppressed_json(const Report& report) {
  ordered_json out = ordered_json::array();
  for (const Finding& f : report.suppressed) {
    out.push_back({{"rule", f.rule},
                   {"rules", f.rules},
                   {"severity", to_string(f.severity)},
                   {"message", f.message},
                   {"because", f.suppressed_because},
                   {"claims", claim_ids(f.claims, report)}});
  }
  return out;
}

ordered_json repairs_json(const GroupRepairs& g, const Report& report) {
  ordered_json j = {
      {"claims", claim_ids(g.claims, report)}, {"best", g.best}, {"unique", g.best == 1}, {"more", g.more}};
  if (!g.unknown_reason.empty()) j["unknown"] = g.unknown_reason;
  if (!g.cut_reason.empty()) j["partial"] = g.cut_reason;
  j["repairs"] = ordered_json::array();
  for (const Repair& r : g.repairs)
    j["repairs"].push_back({{"claims", claim_ids(r.claims, report)}, {"weight", r.weight}});
  j["blame"] = ordered_json::array();
  for (const Blame& b : g.blame)
    j["blame"].push_back({{"claim", report.dataset.claims[static_cast<std::size_t>(b.claim)].full_id},
                          {"conflicts", b.conflicts},
                          {"in_every_best_repair", b.in_every_best_repair},
                          {"in_some_best_repair", b.in_some_best_repair},
                          {"weight", b.weight},
                          {"reason", b.reason}});
  return j;
}

ordered_json timeline_json(const GroupTimeline& t, const Report& report) {
  ordered_json j = {{"claims", claim_ids(t.claims, report)}, {"dropped", claim_ids(t.dropped, report)}};
  if (!t.unknown_reason.empty()) j["unknown"] = t.unknown_reason;
  j["windows"] = ordered_json::array();
  for (const DerivedWindow& w : t.windows)
    j["windows"].push_back({{"claim", report.dataset.claims[static_cast<std::size_t>(w.claim)].full_id},
                            {"start", window_json(w.start)},
                            {"end", window_json(w.end)},
                            {"narrowed", w.narrowed},
                            {"narrowed_by", claim_ids(w.narrowed_by, report)},
                            {"rules", w.rules}});
  return j;
}

ordered_json attribution_json(const AttributionChain& chain) {
  return {{"source", chain.source},
          {"said_by", chain.said_by},
          {"via", chain.via},
          {"findings", chain.findings},
          {"self_contradiction", chain.self_contradiction}};
}

// The claims each in several findings of one section, and the findings gathered under them.
ordered_json clusters_json(const FindingOrder& order, const Report& report) {
  ordered_json out = ordered_json::array();
  for (const FindingSection& section : order.sections)
    for (const FindingCluster& c : section.clusters) {
      if (c.hub < 0) continue;
      out.push_back({{"claim", report.dataset.claims[static_cast<std::size_t>(c.hub)].full_id},
                     {"severity", to_string(section.severity)},
                     {"group", section.group},
                     {"findings", c.findings},
                     {"contradicts", claim_ids(c.contradicts, report)}});
    }
  return out;
}

// Only with --baseline: how many findings it accepted and which of its entries are stale.
ordered_json baseline_json(const Report& report) {
  ordered_json accepted = ordered_json::array();
  for (const Finding& f : report.baselined) accepted.push_back(finding_fingerprint(report, f));
  ordered_json stale = ordered_json::array();
  for (const StaleBaselineEntry& s : report.stale_baseline)
    stale.push_back({{"fingerprint", s.fingerprint}, {"rule", s.rule}, {"claims", s.claims}, {"why", s.why}});
  return {{"accepted", accepted}, {"stale", stale}};
}

// The primary rule's sentence (its `description` or its fields in words); "" for a rule not loaded.
std::string rule_sentence(const Report& report, const std::string& id) {
  const Rule* rule = find_rule(report.rules, id);
  return rule ? describe_rule_sentence(*rule) : "";
}

}  // namespace

std::string render_json(const Report& report) {
  ordered_json out;
  out["tool"] = {{"name", "claimcheck"}, {"version", version()}};
  out["checked"] = report.checked;
  out["summary"] = {{"sources", report.summary.sources},   {"claims", report.summary.claims},
                    {"rules", report.summary.rules},       {"groups", report.summary.groups},
                    {"findings", report.summary.findings}, {"unknown", report.summary.unknown}};
  out["findings"] = ordered_json::array();
  FindingOrder order = order_findings(report);
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    ordered_json claims = ordered_json::array();
    for (int c : f.claims) claims.push_back(claim_json(report.dataset.claims[static_cast<std::size_t>(c)], report));
    out["findings"].push_back(
        {{"rule", f.rule},
         {"rules", f.rules},
         {"severity", to_string(f.severity)},
         {"message", f.message},
         {"explanation", f.explanation},
         {"group", f.group},
         {"attribution",
          {{"one_source", f.one_source}, {"one_speaker", f.one_speaker}, {"many_speakers", f.many_speakers}}},
         {"rank", order.rank_of[i]},
         {"cluster", order.cluster_of[i]},
         {"claims", claims},
         {"rule_description", rule_sentence(report, f.rule)}});
  }
  out["clusters"] = clusters_json(order, report);
  if (!report.suppressed.empty()) out["suppressed"] = suppressed_json(report);
  out["unknown"] = ordered_json::array();
  for (const UnknownGroup& u : report.unknown) {
    out["unknown"].push_back({{"claims", claim_ids(u.claims, report)}, {"reason", u.reason}});
  }
  auto cut_by = [](const TruncatedGroup& t) {
    if (t.listed_alone) return "pre-check";
    return t.time_reason.empty() ? "max-conflicts" : "time";
  };
  out["truncated"] = ordered_json::array();
  for (const TruncatedGroup& t : report.truncated) {
    out["truncated"].push_back(
        {{"claims", claim_ids(t.claims, report)},
         {"limit", t.limit},
         {"cut_by", cut_by(t)},
         {"reason", t.time_reason.empty() || t.listed_alone ? describe_truncated(t) : t.time_reason}});
  }
  out["repairs"] = ordered_json::array();
  for (const GroupRepairs& g : report.repairs) out["repairs"].push_back(repairs_json(g, report));
  out["timelines"] = ordered_json::array();
  for (const GroupTimeline& t : report.timelines) out["timelines"].push_back(timeline_json(t, report));
  out["attributions"] = ordered_json::array();
  for (const AttributionChain& chain : report.attributions) out["attributions"].push_back(attribution_json(chain));
  if (report.baseline_used) out["baseline"] = baseline_json(report);
  out["diagnostics"] = ordered_json::array();
  for (const Diagnostic& d : report.diagnostics.sorted()) {
    ordered_json j = {{"severity", to_string(d.severity)},
                      {"code", d.code},
                      {"message", d.message},
                      {"file", d.range.file.str()},
                      {"line", d.range.line},
                      {"column", d.range.column},
                      {"end_line", d.range.end_line},
                      {"end_column", d.range.end_column}};
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
