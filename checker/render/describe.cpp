// Shared wording for renderers; each rule kind's own words live in render/kinds/.
#include "render/describe.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "claimcheck/version.h"
#include "model/phrases.h"
#include "render/kinds.h"

namespace claimcheck {

namespace {

std::string plural(int n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

std::string describe_time(const ClaimTime& time) {
  if (time.anchor) return time.anchor->description;
  if (time.is_point) return format_window(time.start_window);
  return "from " + describe_bound(time.start_window) + " until " + describe_bound(time.end_window);
}

DayWindow overall_window(const ClaimTime& time) {
  return {time.start_window.earliest, time.end_window.latest};
}

std::string describe_attribution(const Claim& claim, const Source& source) {
  std::string out = source.publisher.empty() ? source.id : source.publisher;
  if (!claim.said_by.empty()) out += "; said by " + claim.said_by;
  if (!claim.via.empty()) out += "; via " + claim.via;
  return out;
}

std::string describe_number(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", x);
  return text;
}

std::string describe_claims(const std::vector<int>& claims, const Report& report) {
  std::vector<std::string> ids;
  for (int c : claims) ids.push_back(report.dataset.claims[static_cast<std::size_t>(c)].full_id);
  return join(ids);
}

std::string describe_finding_attribution(const Finding& finding, const Report& report) {
  std::vector<std::string> parts;
  if (finding.one_source) {
    const Claim& claim = report.dataset.claims[static_cast<std::size_t>(finding.claims.front())];
    const Source& source = report.dataset.sources[static_cast<std::size_t>(claim.source)];
    std::string name = source.publisher.empty() ? source.id : source.publisher;
    std::string who = finding.one_speaker ? " (all said by " + claim.said_by + ")" : "";
    parts.push_back("every claim comes from " + name + who + ": the source contradicts itself");
  }
  if (finding.many_speakers) {
    std::set<std::string> speakers;
    for (int c : finding.claims) {
      const std::string& said_by = report.dataset.claims[static_cast<std::size_t>(c)].said_by;
      if (!said_by.empty()) speakers.insert(said_by);
    }
    std::string list;
    for (const std::string& s : speakers) list += (list.empty() ? "" : ", ") + s;
    parts.push_back("the claims quote different people (" + list + ")");
  }
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

std::string describe_best_repair(const GroupRepairs& group, const Report& report) {
  if (group.repairs.empty())
    return "no repair found (" + (group.unknown_reason.empty() ? std::string("none exists") : group.unknown_reason) +
           ")";
  const Repair& best = group.repairs.front();
  std::string out = "best repair: remove " + describe_claims(best.claims, report) + " (weight " +
                    describe_number(best.weight) + "); ";
  int others = group.best - 1;
  if (!group.cut_reason.empty()) {  // found so far: more repairs may tie it
    std::string best_found = "best repair found so far: remove " + describe_claims(best.claims, report) + " (weight " +
                             describe_number(best.weight) + "); ";
    if (others > 0)
      best_found +=
          "tied with " + std::to_string(others) + " other repair" + (others == 1 ? "" : "s") + " found so far; ";
    return best_found + "the repair search was cut (" + group.cut_reason + "), so others may tie";
  }
  if (others == 0) return out + "unique";
  return out + "tied with " + std::to_string(others) +
         (group.more && group.best >= static_cast<int>(group.repairs.size()) ? " or more" : "") + " other repair" +
         (others == 1 ? "" : "s");
}

std::string describe_finding_repair(const Finding& finding, const Report& report) {
  if (finding.group < 0 || finding.group >= static_cast<int>(report.repairs.size())) return "";
  return describe_best_repair(report.repairs[static_cast<std::size_t>(finding.group)], report);
}

std::vector<std::string> describe_most_likely_wrong(const Finding& finding, const Report& report) {
  std::vector<std::string> out;
  if (finding.group < 0 || finding.group >= static_cast<int>(report.repairs.size())) return out;
  for (const Blame& b : report.repairs[static_cast<std::size_t>(finding.group)].blame) {
    bool in_finding = std::find(finding.claims.begin(), finding.claims.end(), b.claim) != finding.claims.end();
    if (in_finding && b.in_some_best_repair)
      out.push_back(report.dataset.claims[static_cast<std::size_t>(b.claim)].full_id + ": " + b.reason);
  }
  return out;
}

std::string describe_truncated(const TruncatedGroup& group) {
  if (group.listed_alone)
    return "the pre-check found this conflict in a group of " + std::to_string(group.claims.size()) +
           " claims, too many to search for every conflict: it is proved, others may exist";
  if (!group.time_reason.empty())
    return "the list of conflicts in a group of " + std::to_string(group.claims.size()) + " claims was cut (" +
           group.time_reason + "); each listed one is proved, others may exist: raise --timeout to see them all";
  return "stopped after " + std::to_string(group.limit) + " conflicts in a group of " +
         std::to_string(group.claims.size()) + " claims; raise --max-conflicts to see them all";
}

const TruncatedGroup* truncated_group_of(int claim, const Report& report) {
  for (const TruncatedGroup& t : report.truncated)
    if (std::find(t.claims.begin(), t.claims.end(), claim) != t.claims.end()) return &t;
  return nullptr;
}

std::string describe_summary(const Report& report) {
  const Summary& s = report.summary;
  int errors = 0, warnings = 0, infos = 0;
  for (const Finding& f : report.findings) {
    errors += f.severity == Severity::error;
    warnings += f.severity == Severity::warning;
    infos += f.severity == Severity::info;
  }
  std::string scope =
      plural(s.claims, "claim") + " from " + plural(s.sources, "source") + " against " + plural(s.rules, "rule");
  if (!report.checked && !report.diagnostics.has_errors())
    return "valid: " + scope + " (not checked for contradictions)";
  if (!report.checked) return "not checked: the input has " + plural(report.diagnostics.error_count(), "error");
  std::string out;
  if (s.findings == 0 && s.unknown > 0) {
    // Not "no contradictions": an undecided group is not known to be consistent.
    out = (report.baseline_used ? "no new contradictions found in " : "no contradictions found in ") + scope +
          ", but not all were decided";
  } else if (s.findings == 0) {
    out = (report.baseline_used ? "no new contradictions in " : "no contradictions in ") + scope;
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
  if (report.baseline_used) {
    out += "; " + std::to_string(report.baselined.size()) + " accepted by the baseline";
    std::size_t stale = report.stale_baseline.size();
    if (stale > 0)
      out += ", " + std::to_string(stale) + (stale == 1 ? " stale baseline entry" : " stale baseline entries");
  }
  return out;
}

}  // namespace claimcheck

namespace claimcheck {

const Rule* find_rule(const RuleSet& rules, const std::string& id) {
  for (const Rule& rule : rules.rules)
    if (rule.id == id) return &rule;
  return nullptr;
}

std::string describe_rule_short(const Rule& rule) {
  RuleWords words = describing_of(rule.kind).short_words;
  return words ? words(rule) : rule.id;
}

std::string describe_rule_sentence(const Rule& rule) {
  if (!rule.description.empty()) return rule.description;
  return capitalized(describe_rule_short(rule)) + ".";
}

std::string describe_rule(const Rule& rule) {
  if (!rule.description.empty()) return rule.description;
  const KindDescribing& kind = describing_of(rule.kind);
  return kind.paragraph ? kind.paragraph(rule) : describe_rule_sentence(rule);
}

std::string rule_help_url(const Rule& rule) {
  if (!rule.help_url.empty()) return rule.help_url;
  const char* anchor = describing_of(rule.kind).docs_anchor;
  return std::string(kDocumentationUrl) + "rules.md#" + (anchor ? anchor : to_string(rule.kind));
}

std::string describe_constraint(const Rule& rule) {
  RuleWords words = describing_of(rule.kind).constraint;
  return words ? words(rule) : "";
}

std::string describe_remedy(const Finding& finding, const RuleSet& rules) {
  std::string out = finding.claims.size() == 1
                        ? "This claim contradicts itself: correct its time."
                        : "The set is minimal: correcting or dropping any one of these claims makes the rest "
                          "consistent.";
  const Rule* rule = find_rule(rules, finding.rule);
  if (!rule || finding.claims.size() == 1) return out;
  RuleWords remedy = describing_of(rule->kind).remedy;
  return remedy ? out + remedy(*rule) : out;
}

bool rule_applies_to(const Rule& rule, const Claim& claim) {
  RuleLooksAt looks_at = describing_of(rule.kind).looks_at;
  return looks_at && looks_at(rule, claim);
}

std::string describe_pair(const Claim& claim) {
  return claim.object.empty() ? claim.subject : claim.subject + " / " + claim.object;
}

}  // namespace claimcheck
