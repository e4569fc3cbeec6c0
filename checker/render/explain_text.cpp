// Text for `claimcheck repair` and `claimcheck timeline`: repairs, blame, attribution, derived windows.
#include <set>
#include <sstream>

#include "claimcheck/render.h"
#include "explain/wording.h"
#include "model/suggest.h"
#include "render/describe.h"
#include "render/printable.h"

namespace claimcheck {

namespace {

const Claim& claim_at(const Report& report, int index) {
  return report.dataset.claims[static_cast<std::size_t>(index)];
}

// Every subject and object a claim names, once each: what `timeline SUBJECT` may ask for.
std::vector<std::string> subjects_and_objects(const Dataset& dataset) {
  std::set<std::string> names;
  for (const Claim& claim : dataset.claims)
    for (const std::string* name : {&claim.subject, &claim.object})
      if (!name->empty()) names.insert(*name);
  return {names.begin(), names.end()};
}

std::string where(const Claim& claim) {
  return printable(claim.range.file.str()) + ":" + std::to_string(claim.range.line) + ":" +
         std::to_string(claim.range.column);
}

std::string bold(const std::string& text, const TextOptions& o) {
  return o.color ? "\033[1m" + text + "\033[0m" : text;
}

void render_group_findings(std::ostream& out, int group, const Report& report) {
  out << "  conflicts:\n";
  for (std::size_t f = 0; f < report.findings.size(); ++f) {
    const Finding& finding = report.findings[f];
    if (finding.group != group) continue;
    out << "    #" << f + 1 << " [" << printable(finding.rule) << "] "
        << printable(describe_claims(finding.claims, report)) << "\n";
    if (!finding.explanation.empty()) out << "       " << printable(finding.explanation) << "\n";
  }
}

void render_repair_list(std::ostream& out, const GroupRepairs& g, const Report& report) {
  if (g.repairs.empty()) {
    out << "  repairs: none found (" << printable(g.unknown_reason) << ")\n";
    return;
  }
  if (!g.cut_reason.empty()) {
    out << "  repairs found so far, lightest first (the search was cut: " << printable(g.cut_reason) << "; " << g.best
        << " found so far tie as best):\n";
  } else {
    std::string ties =
        (g.best > static_cast<int>(g.repairs.size()) ? "at least " : "") + std::to_string(g.best) + " tie as best";
    out << "  repairs, lightest first (" << (g.best == 1 ? "the best is unique" : ties) << "):\n";
  }
  for (std::size_t k = 0; k < g.repairs.size(); ++k) {
    const Repair& r = g.repairs[k];
    out << "    " << k + 1 << ". weight " << describe_number(r.weight)
        << (static_cast<int>(k) < g.best ? " (best)" : "") << ": remove "
        << printable(describe_claims(r.claims, report)) << "\n";
  }
  if (!g.cut_reason.empty())
    out << "    … more repairs may exist: the search was cut after " << g.repairs.size() << "\n";
  else if (g.more)
    out << "    … more repairs exist; only the " << g.repairs.size() << " lightest are listed\n";
}

void render_blame(std::ostream& out, const GroupRepairs& g, const Report& report) {
  out << "  blame, most likely wrong first:\n";
  for (std::size_t k = 0; k < g.blame.size(); ++k) {
    const Blame& b = g.blame[k];
    const Claim& claim = claim_at(report, b.claim);
    out << "    " << k + 1 << ". " << printable(claim.full_id) << " (" << printable(who_says(claim, report.dataset))
        << "): " << printable(b.reason) << "\n";
  }
}

void render_attribution(std::ostream& out, const Report& report) {
  if (report.attributions.empty()) return;
  out << "by attribution (source; said by; via):\n";
  for (const AttributionChain& chain : report.attributions) {
    out << "  " << printable(chain.source) << "; " << (chain.said_by.empty() ? "-" : printable(chain.said_by)) << "; "
        << (chain.via.empty() ? "-" : printable(chain.via)) << ": finding";
    out << (chain.findings.size() == 1 ? " " : "s ");
    for (std::size_t i = 0; i < chain.findings.size(); ++i) out << (i ? ", #" : "#") << chain.findings[i] + 1;
    if (chain.self_contradiction) out << " (contradicts itself)";
    out << "\n";
  }
}

std::string derived_time(const DerivedWindow& w, const Claim& claim) {
  if (claim.time.is_point) return format_window(w.start);
  return format_window(w.start) + " → " + format_window(w.end);
}

void render_window(std::ostream& out, const DerivedWindow& w, const Report& report, const TextOptions& o) {
  const Claim& claim = claim_at(report, w.claim);
  out << "  " << bold(derived_time(w, claim), o) << "  " << printable(claim.full_id) << ": " << printable(what(claim))
      << "\n";
  if (!w.narrowed) return;
  out << "      narrowed by " << printable(describe_claims(w.narrowed_by, report));
  if (!w.rules.empty()) {
    out << (w.narrowed_by.empty() ? "" : " with ") << "rule" << (w.rules.size() == 1 ? " " : "s ");
    for (std::size_t i = 0; i < w.rules.size(); ++i) out << (i ? ", " : "") << printable(w.rules[i]);
  }
  out << " (the claim alone says " << when(claim.time) << ")\n";
}

}  // namespace

std::string render_repairs_text(const Report& report, const TextOptions& options) {
  std::ostringstream out;
  for (std::size_t g = 0; g < report.repairs.size(); ++g) {
    const GroupRepairs& group = report.repairs[g];
    const Claim& first = claim_at(report, group.claims.front());
    out << bold(where(first) + ": group of " + std::to_string(group.claims.size()) + " claims with contradictions",
                options)
        << "\n";
    render_group_findings(out, static_cast<int>(g), report);
    render_repair_list(out, group, report);
    render_blame(out, group, report);
  }
  render_attribution(out, report);
  out << "claimcheck: " << describe_summary(report) << "\n";
  return out.str();
}

std::string render_timeline_text(const Report& report, const std::string& subject, const TextOptions& options) {
  std::ostringstream out;
  if (report.timelines.empty())
    out << "claimcheck: no claim has '" << printable(subject) << "' as subject or object"
        << printable(did_you_mean(subject, subjects_and_objects(report.dataset))) << "\n";
  for (const GroupTimeline& t : report.timelines) {
    const Claim& first = claim_at(report, t.claims.front());
    out << bold(where(first) + ": timeline of " + std::to_string(t.claims.size()) + " related claim" +
                    (t.claims.size() == 1 ? "" : "s"),
                options)
        << "\n";
    if (!t.dropped.empty())
      out << "  the claims conflict; left out first (the best repair): "
          << printable(describe_claims(t.dropped, report)) << "\n";
    if (!t.unknown_reason.empty()) out << "  timeline not derived: " << printable(t.unknown_reason) << "\n";
    for (const DerivedWindow& w : t.windows) render_window(out, w, report, options);
  }
  return out.str();
}

}  // namespace claimcheck
