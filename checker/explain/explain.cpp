// Explanation: conflict → Finding (primary rule, severity, message, claims in file order).
#include "explain/explain.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "explain/kinds.h"
#include "explain/wording.h"
#include "model/phrases.h"

namespace claimcheck {

namespace {

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

// "rule 'r' accepts s/c": the first claim of the conflict that a needed rule lists as an exception.
std::string exception_in(const Rule& rule, const std::vector<int>& claims, const Dataset& dataset) {
  for (int c : claims) {
    const std::string& id = dataset.claims[static_cast<std::size_t>(c)].full_id;
    if (std::find(rule.exceptions.begin(), rule.exceptions.end(), id) != rule.exceptions.end())
      return "rule '" + rule.id + "' accepts " + id;
  }
  return "";
}

const SourceRange& location_of(const Dataset& dataset, int claim) {
  return dataset.claims[static_cast<std::size_t>(claim)].range;
}

// " at least 364 days and at most 366 days apart"-style bounds of precedes and duration.
std::string describe_gap(const Rule& rule, const char* at_least, const char* at_most) {
  std::string text;
  if (rule.min_days && *rule.min_days > 0) text += at_least + std::to_string(*rule.min_days) + " days";
  if (rule.max_days)
    text += (text.empty() ? "" : " and") + std::string(at_most) + std::to_string(*rule.max_days) + " days";
  if (!text.empty() && explaining_of(rule.kind).bounds_apart) text = "," + text + " apart";
  return text;
}

// count: how a conflicting claimed number compares with the holders.
std::string count_relation(CountBound bound) {
  switch (bound) {
    case CountBound::at_least:
      return "is below";
    case CountBound::at_most:
      return "is above";
    case CountBound::closed:
      return "differs from";
  }
  return "differs from";
}

}  // namespace

std::string fill_message(const Rule& rule, const RuleInstance& instance, const std::vector<int>& claims,
                         const Dataset& dataset) {
  const KindExplaining& kind = explaining_of(rule.kind);
  std::string text = rule.message.empty() ? kind.message : rule.message;
  std::vector<std::string> values;
  for (int c : claims) {
    const Claim& claim = dataset.claims[static_cast<std::size_t>(c)];
    // requires: {values} are the other state's values that break the requirement; count: the
    // claimed number, not the holders' values.
    if (kind.values_state && claim.name != kind.values_state(rule)) continue;
    if (claim.kind == ClaimKind::state && std::find(values.begin(), values.end(), claim.value.text) == values.end())
      values.push_back(claim.value.text);
  }
  replace_all(text, "{ with object}", instance.object.empty() ? "" : " (with " + instance.object + ")");
  replace_all(text, "{subject}", instance.subject);
  replace_all(text, "{object}", instance.object.empty() ? "(no object)" : instance.object);
  // Kinds that select with `first`/`this` (duration, precedes, conflicts-with, requires…) name
  // their event or state there; `requires` allows the values its `other` lists.
  replace_all(text, "{event}", rule.event.empty() ? rule.first.event : rule.event);
  replace_all(text, "{state}", rule.state.empty() ? rule.first.state : rule.state);
  replace_all(text, "{values}", join_quoted(values, " and "));
  bool allows_other = rule.allowed.empty() && kind.allows_other;
  replace_all(text, "{allowed}", join_quoted(texts_of(allows_other ? rule.second.values : rule.allowed), " or "));
  replace_all(text, "{rule}", rule.id);
  replace_all(text, "{first}", side_words(rule.first));
  replace_all(text, "{then}", side_words(rule.second));
  replace_all(text, "{gap}", describe_gap(rule, " at least ", " at most "));
  replace_all(text, "{length}", describe_gap(rule, " at least ", " at most "));
  replace_all(text, "{when}", rule.ever ? " ever" : " at the same time");
  replace_all(text, "{compared}", count_relation(rule.count_bound));
  replace_all(text, "{expression}", rule.formula);
  replace_all(text, "{min}", rule.min_days ? std::to_string(*rule.min_days) + " days" : "");
  replace_all(text, "{max}", rule.max_days ? std::to_string(*rule.max_days) + " days" : "");
  return text;
}

// The primary instance, named for the whole conflict: when the conflict needs this rule's
// instances of several subjects (or objects), e.g. claims linked by one uncertain publication
// day, the message names them all ("A and B"), not only the first.
RuleInstance named_for_message(int primary, const std::vector<int>& instances, const Grounding& grounding) {
  RuleInstance named = grounding.instances[static_cast<std::size_t>(primary)];
  named.constraints.clear();
  std::vector<std::string> subjects, objects;
  for (int i : instances) {
    const RuleInstance& instance = grounding.instances[static_cast<std::size_t>(i)];
    if (instance.rule != named.rule) continue;
    if (std::find(subjects.begin(), subjects.end(), instance.subject) == subjects.end())
      subjects.push_back(instance.subject);
    if (std::find(objects.begin(), objects.end(), instance.object) == objects.end()) objects.push_back(instance.object);
  }
  // An instance without an object (a relation claim that names none) adds no name to the list.
  auto joined = [](std::vector<std::string> names) {
    names.erase(std::remove(names.begin(), names.end(), std::string()), names.end());
    return join(names);
  };
  if (subjects.size() > 1) named.subject = joined(subjects);
  if (objects.size() > 1) named.object = joined(objects);
  return named;
}

Finding explain_conflict(const Conflict& conflict, const Grounding& grounding, const Dataset& dataset,
                         const RuleSet& rules) {
  Finding finding;
  finding.claims = conflict.claims;
  std::sort(finding.claims.begin(), finding.claims.end(),
            [&](int a, int b) { return std::tie(location_of(dataset, a), a) < std::tie(location_of(dataset, b), b); });
  std::vector<int> instances = conflict.instances;
  std::sort(instances.begin(), instances.end(), [&](int a, int b) {
    return grounding.instances[static_cast<std::size_t>(a)].rule <
           grounding.instances[static_cast<std::size_t>(b)].rule;
  });
  std::set<std::string> seen;
  auto add_mirror_rules = [&](int i) {
    for (int r : mirror_rules_of(grounding, i)) {
      const Rule& mirror = rules.rules[static_cast<std::size_t>(r)];
      if (seen.insert(mirror.id).second) finding.rules.push_back(mirror.id);
      if (finding.suppressed_because.empty())
        finding.suppressed_because = exception_in(mirror, finding.claims, dataset);
      if (rank(mirror.severity) < rank(finding.severity)) finding.severity = mirror.severity;
    }
  };
  for (int i : instances) {
    const Rule& rule = rules.rules[static_cast<std::size_t>(grounding.instances[static_cast<std::size_t>(i)].rule)];
    if (seen.insert(rule.id).second) finding.rules.push_back(rule.id);
    if (finding.suppressed_because.empty()) finding.suppressed_because = exception_in(rule, finding.claims, dataset);
    if (rank(rule.severity) < rank(finding.severity) || finding.rule.empty()) finding.severity = rule.severity;
    if (finding.rule.empty()) {
      finding.rule = rule.id;
      finding.message = fill_message(rule, named_for_message(i, instances, grounding), finding.claims, dataset);
    }
  }
  // After the rules proper, so the primary rule stays the one whose constraint broke.
  for (int i : instances) add_mirror_rules(i);
  finding.explanation = explain_in_words(finding, instances, grounding, dataset, rules);
  return finding;
}

void separate_suppressed(std::vector<Finding>& findings, std::vector<Finding>& suppressed) {
  auto accepted = std::stable_partition(findings.begin(), findings.end(),
                                        [](const Finding& f) { return f.suppressed_because.empty(); });
  suppressed.insert(suppressed.end(), std::make_move_iterator(accepted), std::make_move_iterator(findings.end()));
  findings.erase(accepted, findings.end());
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
