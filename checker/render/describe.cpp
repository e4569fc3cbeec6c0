// Shared wording for renderers.
#include "render/describe.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "model/value.h"

namespace claimcheck {

namespace {

std::string plural(int n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

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
  std::string out;
  for (std::size_t i = 0; i < claims.size(); ++i)
    out += (i == 0                   ? ""
            : i + 1 == claims.size() ? " and "
                                     : ", ") +
           report.dataset.claims[static_cast<std::size_t>(claims[i])].full_id;
  return out;
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

namespace {

std::string join_words(const std::vector<std::string>& words, const std::string& last) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " " + last + " " : ", ";
    out += "'" + words[i] + "'";
  }
  return out;
}

// One side of a two-sided rule, in words: "'membership' 'member' (with NATO)".
std::string side(const ClaimSelector& selector) {
  std::string out = "'" + (selector.event.empty() ? selector.state : selector.event) + "'";
  if (!selector.values.empty()) out += " " + join_words(texts_of(selector.values), "or");
  if (!selector.object.empty()) out += " (with " + selector.object + ")";
  return out;
}

std::string bounds(const Rule& rule) {
  std::string out;
  if (rule.min_days) out += " at least " + std::to_string(*rule.min_days) + " days";
  if (rule.max_days)
    out += std::string(out.empty() ? "" : " and") + " at most " + std::to_string(*rule.max_days) + " days";
  return out;
}

// expression: "a = 'announce-withdrawal', b = 'withdraw'".
std::string bound_names(const Rule& rule) {
  std::string out;
  for (const ExpressionBinding& b : rule.bindings) out += (out.empty() ? "" : ", ") + b.name + " = " + side(b.selector);
  return out;
}

// count: " (at least those the claims show)" and the like.
std::string count_bound_words(const Rule& rule) {
  switch (rule.count_bound) {
    case CountBound::at_least:
      return ", at least those the claims show";
    case CountBound::at_most:
      return ", at most those the claims show";
    case CountBound::closed:
      return ", exactly those the claims show";
  }
  return "";
}

bool on_side(const ClaimSelector& selector, const Claim& claim) {
  if (selector.empty() || (!selector.object.empty() && claim.object != selector.object)) return false;
  if (!selector.event.empty()) return claim.kind == ClaimKind::event && claim.name == selector.event;
  return claim.kind == ClaimKind::state && claim.name == selector.state;
}

}  // namespace

const Rule* find_rule(const RuleSet& rules, const std::string& id) {
  for (const Rule& rule : rules.rules)
    if (rule.id == id) return &rule;
  return nullptr;
}

std::string describe_rule_short(const Rule& rule) {
  switch (rule.kind) {
    case RuleKind::unique_event:
      return "'" + rule.event + "' happens at most once per subject and object";
    case RuleKind::single_value:
      return "'" + rule.state + "' has one value at a time per subject and object";
    case RuleKind::after_event:
      return "after '" + rule.event + "', '" + rule.state + "' is only " + join_words(texts_of(rule.allowed), "or");
    case RuleKind::precedes:
      return side(rule.first) + " comes before " + side(rule.second);
    case RuleKind::duration:
      return side(rule.first) + " lasts" + bounds(rule);
    case RuleKind::conflicts_with:
      return side(rule.first) + " and " + side(rule.second) + (rule.ever ? " never both hold" : " never overlap");
    case RuleKind::requires_value:
      return side(rule.first) + " needs " + side(rule.second) + " at the same time";
    case RuleKind::lifecycle:
      return "'" + rule.state + "' changes only along its declared transitions";
    case RuleKind::allen:
      return "the relations claims state between events hold";
    case RuleKind::contemporary:
      return side(rule.first) + " holds only while its subject and object both exist";
    case RuleKind::symmetric:
      return side(rule.first) + " of A with B is also B's with A";
    case RuleKind::inverse:
      return side(rule.first) + " of A with B is '" + rule.inverse + "' of B with A";
    case RuleKind::count:
      return "'" + rule.state + "' counts the subjects with " + side(rule.first) + count_bound_words(rule);
    case RuleKind::expression:
      return bound_names(rule) + ": " + rule.expression;
  }
  return rule.id;
}

std::string describe_rule(const Rule& rule) {
  switch (rule.kind) {
    case RuleKind::unique_event:
      return "The event '" + rule.event +
             "' happens once for a given subject and object, so every claim of it must be able to fall on "
             "the same day. Two claims whose possible days do not overlap contradict each other.";
    case RuleKind::single_value:
      return "The state '" + rule.state +
             "' has a single value for a given subject and object at any moment, so claims of different "
             "values must not be able to share a day.";
    case RuleKind::after_event:
      return "Once '" + rule.event + "' has happened to a subject and object, their '" + rule.state + "' can only be " +
             join_words(texts_of(rule.allowed), "or") +
             ": a claim of any other value must end on or before the day of the event.";
    case RuleKind::precedes:
    case RuleKind::duration:
    case RuleKind::conflicts_with:
    case RuleKind::requires_value:
    case RuleKind::lifecycle:
    case RuleKind::allen:
    case RuleKind::contemporary:
    case RuleKind::symmetric:
    case RuleKind::inverse:
    case RuleKind::count:
    case RuleKind::expression:
      return "Rule of kind '" + std::string(to_string(rule.kind)) + "': " + describe_rule_short(rule) +
             " (see docs/rules.md).";
  }
  return rule.id;
}

std::string describe_constraint(const Rule& rule) {
  switch (rule.kind) {
    case RuleKind::unique_event:
      return "these must be the same day";
    case RuleKind::single_value:
      return "these must not overlap";
    case RuleKind::after_event:
      return "after the dashed line ('" + rule.event + "'), '" + rule.state + "' can only be " +
             join_words(texts_of(rule.allowed), "or");
    case RuleKind::precedes:
      return "the first must end before the other starts";
    case RuleKind::duration:
      return "this must last" + bounds(rule);
    case RuleKind::conflicts_with:
      return rule.ever ? "these cannot both be true" : "these must not overlap";
    case RuleKind::requires_value:
      return "these must not overlap";
    case RuleKind::lifecycle:
      return "these values cannot follow each other in this order";
    case RuleKind::allen:
      return "the stated relations must hold";
    case RuleKind::contemporary:
      return "this must fall within both lifetimes";
    case RuleKind::symmetric:
    case RuleKind::inverse:
      return "this also reads the other way round";
    case RuleKind::count:
      return "the number must match the holders on its days";
    case RuleKind::expression:
      return rule.expression;
  }
  return "";
}

std::string describe_remedy(const Finding& finding, const RuleSet& rules) {
  std::string out = finding.claims.size() == 1
                        ? "This claim contradicts itself: correct its time."
                        : "The set is minimal: correcting or dropping any one of these claims makes the rest "
                          "consistent.";
  const Rule* rule = find_rule(rules, finding.rule);
  if (!rule || finding.claims.size() == 1) return out;
  switch (rule->kind) {
    case RuleKind::unique_event:
      return out +
             " Or re-date them so that their windows share a day (a wider, less precise date may be "
             "what the source supports).";
    case RuleKind::single_value:
      return out + " Or re-date them so that the different values no longer share a day.";
    case RuleKind::after_event:
      return out + " Or date the other value so that it ends on or before '" + rule->event + "', or the event later.";
    case RuleKind::precedes:
    case RuleKind::duration:
    case RuleKind::conflicts_with:
    case RuleKind::requires_value:
    case RuleKind::lifecycle:
    case RuleKind::allen:
    case RuleKind::contemporary:
    case RuleKind::symmetric:
    case RuleKind::inverse:
    case RuleKind::count:
    case RuleKind::expression:
      return out;
  }
  return out;
}

bool rule_applies_to(const Rule& rule, const Claim& claim) {
  bool event = claim.kind == ClaimKind::event && claim.name == rule.event;
  bool state = claim.kind == ClaimKind::state && claim.name == rule.state;
  switch (rule.kind) {
    case RuleKind::unique_event:
      return event;
    case RuleKind::single_value:
      return state;
    case RuleKind::after_event:
      return event || state;
    case RuleKind::precedes:
    case RuleKind::conflicts_with:
    case RuleKind::requires_value:
      return on_side(rule.first, claim) || on_side(rule.second, claim);
    case RuleKind::duration:
      return on_side(rule.first, claim);
    case RuleKind::lifecycle:
      return claim.kind == ClaimKind::state && claim.name == rule.state;
    case RuleKind::allen:
      return claim.relation.has_value();
    case RuleKind::contemporary:
      return on_side(rule.first, claim) || on_side(rule.begins, claim) || on_side(rule.ends, claim);
    case RuleKind::symmetric:
      return on_side(rule.first, claim);
    case RuleKind::inverse:
      return on_side(rule.first, claim) ||
             (claim.name == rule.inverse &&
              claim.kind == (rule.first.event.empty() ? ClaimKind::state : ClaimKind::event));
    case RuleKind::count:
      return state || on_side(rule.first, claim);
    case RuleKind::expression:
      return std::any_of(rule.bindings.begin(), rule.bindings.end(),
                         [&](const ExpressionBinding& b) { return on_side(b.selector, claim); });
  }
  return false;
}

std::string describe_pair(const Claim& claim) {
  return claim.object.empty() ? claim.subject : claim.subject + " / " + claim.object;
}

}  // namespace claimcheck
