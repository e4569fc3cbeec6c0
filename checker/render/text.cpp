// Text renderer: compiler-style lines (file:line:col: severity: message [code]) with notes.
#include <algorithm>
#include <iomanip>
#include <map>
#include <sstream>
#include <vector>

#include "claimcheck/render.h"
#include "render/describe.h"
#include "render/fingerprint.h"
#include "render/order.h"
#include "render/printable.h"

namespace claimcheck {

namespace {

struct Palette {
  bool on;
  std::string paint(const std::string& text, const char* code) const {
    return on ? std::string("\033[") + code + "m" + text + "\033[0m" : text;
  }
  std::string severity(Severity s) const {
    const char* code = s == Severity::error ? "1;31" : s == Severity::warning ? "1;35" : "1;36";
    return paint(to_string(s), code);
  }
};

std::string where(const SourceRange& r) {
  if (r.line <= 0) return printable(r.file.str());
  return printable(r.file.str()) + ":" + std::to_string(r.line) + ":" + std::to_string(r.column);
}

void show_source_line(std::ostream& out, const SourceRange& r, const SourceManager& sources) {
  std::string_view line = sources.line_text(r.file.str(), r.line);
  if (line.empty() || line.size() > 300) return;
  out << "  " << printable_source_line(line) << "\n  ";
  // Pad with the line's own tabs so the caret lines up.
  int column = 1;
  for (std::size_t i = 0; i < line.size() && column < r.column; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;
    out << (c == '\t' ? '\t' : ' ');
    ++column;
  }
  int width = r.end_line == r.line && r.end_column > r.column ? r.end_column - r.column : 1;
  out << '^' << std::string(static_cast<std::size_t>(width - 1), '~') << "\n";
}

void render_diagnostic(std::ostream& out, const Diagnostic& d, const SourceManager& sources, const TextOptions& o,
                       const Palette& p) {
  out << p.paint(where(d.range) + ":", "1") << " " << p.severity(d.severity) << ": " << printable(d.message) << " ["
      << d.code << "]\n";
  if (o.show_source_lines) show_source_line(out, d.range, sources);
  for (const DiagnosticNote& note : d.notes) out << where(note.range) << ": note: " << printable(note.message) << "\n";
}

void render_claim_note(std::ostream& out, const Claim& claim, const Report& report, const Palette& p) {
  const Source& source = report.dataset.sources[static_cast<std::size_t>(claim.source)];
  out << "  " << p.paint("note:", "1;30") << " " << where(claim.range) << ": " << printable(claim.full_id) << " ("
      << printable(describe_attribution(claim, source)) << ")\n";
  out << "        \"" << printable(claim.quote) << "\"\n";
  out << "        " << printable(claim.time.text) << " -> " << describe_time(claim.time) << "\n";
}

void render_finding(std::ostream& out, const Finding& f, const Report& report, const Palette& p) {
  const Claim& first = report.dataset.claims[static_cast<std::size_t>(f.claims.front())];
  out << p.paint(where(first.range) + ":", "1") << " " << p.severity(f.severity) << ": " << printable(f.message) << " ["
      << printable(f.rule) << "]\n";
  if (f.rules.size() > 1) {
    out << "  with rules:";
    for (const std::string& rule : f.rules) out << " " << printable(rule);
    out << "\n";
  }
  if (const Rule* rule = find_rule(report.rules, f.rule))
    out << "  " << p.paint("rule:", "1") << " " << printable(describe_rule_sentence(*rule)) << "\n";
  if (!f.explanation.empty()) out << "  " << p.paint("why:", "1") << " " << printable(f.explanation) << "\n";
  std::string attribution = describe_finding_attribution(f, report);
  if (!attribution.empty()) out << "  " << p.paint("who:", "1") << " " << printable(attribution) << "\n";
  for (int c : f.claims) render_claim_note(out, report.dataset.claims[static_cast<std::size_t>(c)], report, p);
}

// A finding a rule's `exceptions` accept: one note line, so a reader sees what was waived.
void render_suppressed(std::ostream& out, const Finding& f, const Report& report);
// One note per conflicting group: its best repair and the claims most likely wrong, with why.
void render_group_repairs(std::ostream& out, const GroupRepairs& g, const Report& report, const Palette& p) {
  if (g.blame.empty()) return;
  const Claim& first = report.dataset.claims[static_cast<std::size_t>(g.blame.front().claim)];
  out << p.paint(where(first.range) + ":", "1") << " " << p.paint("note:", "1;30") << " "
      << printable(describe_best_repair(g, report)) << " [repair]\n";
  int shown = 0;
  for (const Blame& b : g.blame) {
    if (!b.in_some_best_repair || shown++ == 5) continue;
    out << "  most likely wrong: " << printable(report.dataset.claims[static_cast<std::size_t>(b.claim)].full_id)
        << ": " << printable(b.reason) << "\n";
  }
}

std::string claim_list(const std::vector<int>& claims, const Report& report) {
  std::string out;
  for (std::size_t i = 0; i < claims.size() && i < 5; ++i)
    out += (i ? ", " : "") + printable(report.dataset.claims[static_cast<std::size_t>(claims[i])].full_id);
  if (claims.size() > 5) out += ", …";
  return out;
}

void render_suppressed(std::ostream& out, const Finding& f, const Report& report) {
  const Claim& first = report.dataset.claims[static_cast<std::size_t>(f.claims.front())];
  out << where(first.range) << ": note: suppressed (" << f.suppressed_because << "): " << f.message << " [" << f.rule
      << "]: " << claim_list(f.claims, report) << "\n";
}

}  // namespace

namespace {

std::string indented(const std::string& text) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    end = end == std::string::npos ? text.size() : end + 1;
    out += "  " + text.substr(at, end - at);
    at = end;
  }
  return out;
}

// The primary rules of a cluster's findings, each once: "one-death-toll" or "a, b".
std::string cluster_rules(const FindingCluster& cluster, const Report& report) {
  std::vector<std::string> rules;
  for (int f : cluster.findings) {
    const std::string& rule = report.findings[static_cast<std::size_t>(f)].rule;
    if (std::find(rules.begin(), rules.end(), rule) == rules.end()) rules.push_back(rule);
  }
  std::string out;
  for (const std::string& r : rules) out += (out.empty() ? "" : ", ") + printable(r);
  return out;
}

// A claim in many conflicts: one line naming it and what it contradicts, then each conflict one indent in.
void render_cluster(std::ostream& out, const FindingCluster& cluster, const Report& report, const Palette& p) {
  const Claim& hub = report.dataset.claims[static_cast<std::size_t>(cluster.hub)];
  Severity severity = report.findings[static_cast<std::size_t>(cluster.findings.front())].severity;
  out << p.paint(where(hub.range) + ":", "1") << " " << p.severity(severity) << ": " << printable(hub.full_id)
      << " contradicts " << cluster.contradicts.size() << " claims in " << cluster.findings.size()
      << " minimal conflicts [" << cluster_rules(cluster, report) << "]\n";
  out << "  contradicts: " << printable(describe_claims(cluster.contradicts, report)) << "\n";
  render_claim_note(out, hub, report, p);
  for (int f : cluster.findings) {
    std::ostringstream one;
    render_finding(one, report.findings[static_cast<std::size_t>(f)], report, p);
    out << indented(one.str());
  }
}

void render_findings(std::ostream& out, const FindingOrder& order, const Report& report, const Palette& p) {
  for (const FindingSection& section : order.sections)
    for (const FindingCluster& cluster : section.clusters) {
      if (cluster.hub >= 0)
        render_cluster(out, cluster, report, p);
      else
        render_finding(out, report.findings[static_cast<std::size_t>(cluster.findings.front())], report, p);
    }
}

// Each conflicting group's repair note once, in the order its findings were shown.
void render_repairs_in_order(std::ostream& out, const FindingOrder& order, const Report& report, const Palette& p) {
  std::vector<bool> shown(report.repairs.size(), false);
  for (const FindingSection& section : order.sections) {
    if (section.group < 0 || section.group >= static_cast<int>(report.repairs.size())) continue;
    if (shown[static_cast<std::size_t>(section.group)]) continue;
    shown[static_cast<std::size_t>(section.group)] = true;
    render_group_repairs(out, report.repairs[static_cast<std::size_t>(section.group)], report, p);
  }
  for (std::size_t g = 0; g < report.repairs.size(); ++g)
    if (!shown[g]) render_group_repairs(out, report.repairs[g], report, p);
}

// Like ruff's --statistics: how many findings each rule made, by severity, most first.
void render_statistics(std::ostream& out, const Report& report) {
  std::map<std::pair<std::string, Severity>, int> counts;
  for (const Finding& f : report.findings) ++counts[{f.rule, f.severity}];
  std::vector<std::pair<std::pair<std::string, Severity>, int>> rows(counts.begin(), counts.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    if (rank(a.first.second) != rank(b.first.second)) return rank(a.first.second) < rank(b.first.second);
    return a.second > b.second;
  });
  out << "statistics: " << report.findings.size() << (report.findings.size() == 1 ? " finding" : " findings") << "\n";
  for (const auto& [key, count] : rows)
    out << "  " << std::setw(6) << count << "  " << std::left << std::setw(8) << to_string(key.second) << std::right
        << key.first << "\n";
}

}  // namespace

std::string render_text(const Report& report, const SourceManager& sources, const TextOptions& options) {
  std::ostringstream out;
  Palette palette{options.color};
  for (const Diagnostic& d : report.diagnostics.sorted()) render_diagnostic(out, d, sources, options, palette);
  // Worst severity first, so the findings at or above --fail-on (options.failing_rank) lead.
  FindingOrder order = order_findings(report);
  render_findings(out, order, report, palette);
  if (!options.quiet) {
    for (const Finding& f : report.suppressed) render_suppressed(out, f, report);
    render_repairs_in_order(out, order, report, palette);
  }
  for (const UnknownGroup& u : report.unknown) {
    const Claim& first = report.dataset.claims[static_cast<std::size_t>(u.claims.front())];
    out << where(first.range) << ": " << palette.paint("unknown", "1;33") << ": could not decide whether "
        << u.claims.size() << " claims are consistent (" << u.reason << "): " << claim_list(u.claims, report) << "\n";
  }
  if (options.statistics) render_statistics(out, report);
  if (options.quiet) return out.str();
  for (const TruncatedGroup& t : report.truncated) {
    const Claim& first = report.dataset.claims[static_cast<std::size_t>(t.claims.front())];
    out << where(first.range) << ": note: " << describe_truncated(t) << "\n";
  }
  for (const StaleBaselineEntry& stale : report.stale_baseline)
    out << "claimcheck: note: " << printable(describe_stale_entry(stale))
        << "; rewrite the baseline with --write-baseline\n";
  out << "claimcheck: " << describe_summary(report) << "\n";
  return out.str();
}

}  // namespace claimcheck
