// Markdown renderer: the editor's report, read top to bottom: summary, then each finding side by side.
#include <sstream>

#include "claimcheck/render.h"
#include "render/describe.h"
#include "render/escape.h"
#include "render/fingerprint.h"
#include "render/order.h"

namespace claimcheck {

namespace {

std::string md(const std::string& text) {
  return escape_markdown(text);
}

const Claim& claim_at(const Report& report, int index) {
  return report.dataset.claims[static_cast<std::size_t>(index)];
}
const Source& source_of(const Report& report, const Claim& claim) {
  return report.dataset.sources[static_cast<std::size_t>(claim.source)];
}

std::string format_reliability(double r) {
  std::ostringstream out;
  out << r;
  return out.str();
}

std::string source_cell(const Source& source) {
  std::string name = md(source.publisher.empty() ? source.id : source.publisher);
  if (!source.title.empty()) name += ": " + md(source.title);
  std::string url = safe_url(source.url);
  return url.empty() ? name : "[" + name + "](<" + url + ">)";
}

using Row = std::pair<std::string, std::string (*)(const Claim&, const Source&)>;

// The rows of a finding's side-by-side table, one column per claim.
const std::vector<Row>& claim_rows() {
  static const std::vector<Row> rows = {
      {"Claim", [](const Claim& c, const Source&) { return md(c.full_id); }},
      {"Quote", [](const Claim& c, const Source&) { return "“" + md(c.quote) + "”"; }},
      {"Source", [](const Claim&, const Source& s) { return source_cell(s); }},
      {"Published", [](const Claim&, const Source& s) { return md(s.published_text); }},
      {"Reliability", [](const Claim&, const Source& s) { return format_reliability(s.reliability); }},
      {"Said by", [](const Claim& c, const Source&) { return md(c.said_by.empty() ? "—" : c.said_by); }},
      {"Via", [](const Claim& c, const Source&) { return md(c.via.empty() ? "—" : c.via); }},
      {"Says",
       [](const Claim& c, const Source&) {
         std::string what = c.kind == ClaimKind::event ? "event " + c.name : c.name + " = " + c.value.text;
         return md(describe_pair(c) + ": " + what);
       }},
      {"Time as written", [](const Claim& c, const Source&) { return md(c.time.text); }},
      {"Resolved days", [](const Claim& c, const Source&) { return md(describe_time(c.time)); }},
      {"Where",
       [](const Claim& c, const Source&) {
         return md(c.range.file.str() + ":" + std::to_string(c.range.line) + ":" + std::to_string(c.range.column));
       }},
  };
  return rows;
}

void write_claims_table(std::ostream& out, const Finding& f, const Report& report) {
  out << "| |";
  for (std::size_t i = 0; i < f.claims.size(); ++i) out << " Claim " << (i + 1) << " |";
  out << "\n|---|";
  for (std::size_t i = 0; i < f.claims.size(); ++i) out << "---|";
  out << "\n";
  for (const Row& row : claim_rows()) {
    out << "| **" << row.first << "** |";
    for (int c : f.claims) {
      const Claim& claim = claim_at(report, c);
      out << " " << row.second(claim, source_of(report, claim)) << " |";
    }
    out << "\n";
  }
}

// `heading` is "### 2." for a finding alone, "#### 2.1." for one of a cluster; a cluster shows its
// group's best repair once, so its findings leave it out (`with_repair`).
void write_finding(std::ostream& out, const std::string& heading, const Finding& f, const Report& report,
                   bool with_repair) {
  out << heading << " " << to_string(f.severity) << ": " << md(f.message) << "\n\n";
  const Rule* rule = find_rule(report.rules, f.rule);
  out << "**Rule** " << md(f.rule);
  if (rule) out << ": " << md(describe_rule(*rule));
  out << "\n\n";
  if (f.rules.size() > 1) {
    out << "It also needs the rules";
    for (const std::string& r : f.rules)
      if (r != f.rule) out << " " << md(r);
    out << ".\n\n";
  }
  if (!f.explanation.empty()) out << "**Why:** " << md(f.explanation) << "\n\n";
  write_claims_table(out, f, report);
  out << "\n**To make them consistent:** " << md(describe_remedy(f, report.rules)) << "\n\n";
  if (std::string repair = describe_finding_repair(f, report); with_repair && !repair.empty()) {
    out << "**Who is most likely wrong:** " << md(repair) << "\n\n";
    for (const std::string& line : describe_most_likely_wrong(f, report)) out << "- " << md(line) << "\n";
    out << "\n";
  }
  out << "<sub>fingerprint " << finding_fingerprint(report, f) << "</sub>\n\n";
}

std::string cluster_title(const FindingCluster& c, const Report& report) {
  return claim_at(report, c.hub).full_id + " contradicts " + std::to_string(c.contradicts.size()) + " claims in " +
         std::to_string(c.findings.size()) + " minimal conflicts";
}

// The findings in reading order (docs/report-json.md, "Order and clusters"): a table, then each in full.
void write_findings(std::ostream& out, const FindingOrder& order, const Report& report) {
  if (order.ranked.empty()) return;
  out << "| # | severity | finding | rule | claims |\n|---|---|---|---|---|\n";
  int number = 0;
  for (const FindingSection& section : order.sections)
    for (const FindingCluster& c : section.clusters) {
      ++number;
      if (c.hub >= 0)
        out << "| " << number << " | " << to_string(section.severity) << " | **" << md(cluster_title(c, report))
            << "** | | " << c.contradicts.size() + 1 << " |\n";
      for (std::size_t k = 0; k < c.findings.size(); ++k) {
        const Finding& f = report.findings[static_cast<std::size_t>(c.findings[k])];
        std::string label = std::to_string(number) + (c.hub >= 0 ? '.' + std::to_string(k + 1) : "");
        out << "| " << label << " | " << to_string(f.severity) << " | " << md(f.message) << " | " << md(f.rule) << " | "
            << f.claims.size() << " |\n";
      }
    }
  out << "\n## Findings\n\n";
  number = 0;
  for (const FindingSection& section : order.sections)
    for (const FindingCluster& c : section.clusters) {
      ++number;
      if (c.hub < 0) {
        const Finding& f = report.findings[static_cast<std::size_t>(c.findings.front())];
        write_finding(out, "### " + std::to_string(number) + ".", f, report, true);
        continue;
      }
      out << "### " << number << ". " << to_string(section.severity) << ": " << md(cluster_title(c, report))
          << "\n\n**Contradicts:** " << md(describe_claims(c.contradicts, report)) << "\n\n";
      const Finding& first = report.findings[static_cast<std::size_t>(c.findings.front())];
      if (std::string repair = describe_finding_repair(first, report); !repair.empty())
        out << "**Who is most likely wrong:** " << md(repair) << "\n\n";
      for (std::size_t k = 0; k < c.findings.size(); ++k)
        write_finding(out, "#### " + std::to_string(number) + "." + std::to_string(k + 1) + ".",
                      report.findings[static_cast<std::size_t>(c.findings[k])], report, false);
    }
}

void write_unknown(std::ostream& out, const Report& report) {
  if (report.unknown.empty()) return;
  out << "## Undecided groups\n\nThe solver ran out of time on these groups: they are *not* known to be "
         "consistent.\n\n";
  for (const UnknownGroup& u : report.unknown) {
    out << "- " << md(u.reason) << ":";
    for (int c : u.claims) out << " " << md(claim_at(report, c).full_id);
    out << "\n";
  }
  out << "\n";
}

// Conflicts a rule's exceptions accepted: shown apart, never dropped (docs/rules.md).
void write_suppressed(std::ostream& out, const Report& report) {
  if (report.suppressed.empty()) return;
  out << "## Suppressed by exceptions\n\nThese claims still conflict, but a rule's `exceptions` accept it; they do not "
         "count as findings.\n\n";
  for (const Finding& f : report.suppressed) {
    out << "- " << md(f.message) << " (" << md(f.rule) << "; " << md(f.suppressed_because) << "):";
    for (int c : f.claims) out << " " << md(claim_at(report, c).full_id);
    out << "\n";
  }
  out << "\n";
}

// Groups whose list of conflicts --max-conflicts cut: more findings may hide there.
void write_truncated(std::ostream& out, const Report& report) {
  if (report.truncated.empty()) return;
  out << "## Not every conflict is listed\n\n";
  for (const TruncatedGroup& t : report.truncated)
    out << "- " << md(describe_truncated(t)) << ": first claim " << md(claim_at(report, t.claims.front()).full_id)
        << "\n";
  out << "\n";
}

void write_baseline(std::ostream& out, const Report& report) {
  if (!report.baseline_used) return;
  out << "## Baseline\n\n"
      << report.baselined.size() << " known finding(s) accepted by the baseline are not "
      << "listed above.\n";
  for (const StaleBaselineEntry& s : report.stale_baseline) out << "- " << md(describe_stale_entry(s)) << "\n";
  out << "\n";
}

void write_diagnostics(std::ostream& out, const Report& report) {
  std::vector<Diagnostic> diagnostics = report.diagnostics.sorted();
  if (diagnostics.empty()) return;
  out << "## Problems in the input\n\n";
  for (const Diagnostic& d : diagnostics)
    out << "- " << md(d.range.file.str() + ":" + std::to_string(d.range.line) + ":" + std::to_string(d.range.column))
        << ": " << to_string(d.severity) << ": " << md(d.message) << " (" << md(d.code) << ")\n";
  out << "\n";
}

}  // namespace

std::string render_markdown(const Report& report) {
  std::ostringstream out;
  out << "# claimcheck report\n\n**" << md(describe_summary(report)) << "**\n\n";
  write_findings(out, order_findings(report), report);
  write_truncated(out, report);
  write_suppressed(out, report);
  write_unknown(out, report);
  write_baseline(out, report);
  write_diagnostics(out, report);
  return out.str();
}

}  // namespace claimcheck
