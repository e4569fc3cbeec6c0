// Text renderer: compiler-style lines (file:line:col: severity: message [code]) with notes.
#include <algorithm>
#include <iomanip>
#include <map>
#include <sstream>
#include <vector>

#include "claimcheck/render.h"
#include "render/describe.h"
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

// The findings that fail the run (severity ranked at or above `failing_rank`) first, each part in
// report order.
std::vector<const Finding*> failing_first(const std::vector<Finding>& findings, int failing_rank) {
  std::vector<const Finding*> out;
  for (const Finding& f : findings) out.push_back(&f);
  std::stable_partition(out.begin(), out.end(), [&](const Finding* f) { return rank(f->severity) <= failing_rank; });
  return out;
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
  for (const Finding* f : failing_first(report.findings, options.failing_rank))
    render_finding(out, *f, report, palette);
  if (!options.quiet) {
    for (const Finding& f : report.suppressed) render_suppressed(out, f, report);
    for (const GroupRepairs& g : report.repairs) render_group_repairs(out, g, report, palette);
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
    out << "claimcheck: note: baseline entry " << stale.fingerprint << " (" << stale.rule
        << ") matches no finding any more; rewrite the baseline with --write-baseline\n";
  out << "claimcheck: " << describe_summary(report) << "\n";
  return out.str();
}

}  // namespace claimcheck
