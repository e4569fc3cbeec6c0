// Explanation: conflict → Finding (primary rule, severity, message, claims in file order).
#include "explain/explain.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "explain/wording.h"

namespace claimcheck {

namespace {

std::string default_template(RuleKind kind) {
  switch (kind) {
    case RuleKind::unique_event:
      return "{event} of {subject}{ with object} happens once, but the claims date it on different days";
    case RuleKind::single_value:
      return "{subject}{ with object} cannot have {state} {values} at the same time";
    case RuleKind::after_event:
      return "after {event}, {subject}'s {state}{ with object} can only be {allowed}, but a claim says {values}";
  }
  return "claims cannot all be true";
}

std::string join_quoted(const std::vector<std::string>& items, const char* last_separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? last_separator : ", ";
    out += "'" + items[i] + "'";
  }
  return out;
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

const SourceRange& location_of(const Dataset& dataset, int claim) {
  return dataset.claims[static_cast<std::size_t>(claim)].range;
}

}  // namespace

std::string fill_message(const Rule& rule, const RuleInstance& instance, const std::vector<int>& claims,
                         const Dataset& dataset) {
  std::string text = rule.message.empty() ? default_template(rule.kind) : rule.message;
  std::vector<std::string> values;
  for (int c : claims) {
    const Claim& claim = dataset.claims[static_cast<std::size_t>(c)];
    if (claim.kind == ClaimKind::state && std::find(values.begin(), values.end(), claim.value.text) == values.end())
      values.push_back(claim.value.text);
  }
  replace_all(text, "{ with object}", instance.object.empty() ? "" : " (with " + instance.object + ")");
  replace_all(text, "{subject}", instance.subject);
  replace_all(text, "{object}", instance.object.empty() ? "(no object)" : instance.object);
  replace_all(text, "{event}", rule.event);
  replace_all(text, "{state}", rule.state);
  replace_all(text, "{values}", join_quoted(values, " and "));
  replace_all(text, "{allowed}", join_quoted(rule.allowed, " or "));
  replace_all(text, "{rule}", rule.id);
  return text;
}

Finding explain_conflict(const Conflict& conflict, const Grounding& grounding, const Dataset& dataset,
                         const RuleSet& rules) {
  Finding finding;
  finding.claims = conflict.claims;
  std::sort(finding.claims.begin(), finding.claims.end(), [&](int a, int b) {
    return std::tie(location_of(dataset, a), a) < std::tie(location_of(dataset, b), b);
  });
  std::vector<int> instances = conflict.instances;
  std::sort(instances.begin(), instances.end(), [&](int a, int b) {
    return grounding.instances[static_cast<std::size_t>(a)].rule < grounding.instances[static_cast<std::size_t>(b)].rule;
  });
  std::set<std::string> seen;
  for (int i : instances) {
    const Rule& rule = rules.rules[static_cast<std::size_t>(grounding.instances[static_cast<std::size_t>(i)].rule)];
    if (seen.insert(rule.id).second) finding.rules.push_back(rule.id);
    if (rank(rule.severity) < rank(finding.severity) || finding.rule.empty()) finding.severity = rule.severity;
    if (finding.rule.empty()) {
      finding.rule = rule.id;
      finding.message =
          fill_message(rule, grounding.instances[static_cast<std::size_t>(i)], finding.claims, dataset);
    }
  }
  finding.explanation = explain_in_words(finding, instances, grounding, dataset, rules);
  return finding;
}

void sort_findings(std::vector<Finding>& findings, const Dataset& dataset) {
  auto key = [&](const Finding& f) {
    std::vector<std::string> ids;
    for (int c : f.claims) ids.push_back(dataset.claims[static_cast<std::size_t>(c)].full_id);
    return std::make_tuple(f.claims.empty() ? SourceRange{} : location_of(dataset, f.claims.front()), f.rule, ids);
  };
  std::stable_sort(findings.begin(), findings.end(),
                   [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
}

}  // namespace claimcheck
