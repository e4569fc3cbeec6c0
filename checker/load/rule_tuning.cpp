// Rule tuning: selects, re-grades and excepts loaded rules by id or kind, reporting unknown names.
#include "load/rule_tuning.h"

#include <algorithm>
#include <set>

#include "model/suggest.h"

namespace claimcheck {

namespace {

bool names(const RuleName& name, const Rule& rule) {
  return name.name == rule.id || name.name == to_string(rule.kind);
}

bool any_names(const std::vector<RuleName>& list, const Rule& rule) {
  return std::any_of(list.begin(), list.end(), [&](const RuleName& name) { return names(name, rule); });
}

// Every name the tuning may use: the loaded rules' ids, the ids of rules that failed to load
// (their own errors say enough), and the rule kinds.
class KnownNames {
 public:
  explicit KnownNames(const RuleSet& rules) {
    for (const Rule& rule : rules.rules) add(rule.id);
    for (const UnloadedRule& rule : rules.unloaded_rules) add(rule.id);
    for (const std::string& kind : rule_kind_names()) add(kind);
  }
  void check(const RuleName& name, const char* key, Diagnostics& diagnostics) const {
    if (set_.count(name.name)) return;
    diagnostics.error(
        "unknown-rule",
        "'" + name.name + "' in " + key + " is no loaded rule's id and no rule kind" + did_you_mean(name.name, sorted_),
        name.range);
  }

 private:
  void add(const std::string& name) {
    if (set_.insert(name).second) sorted_.push_back(name);
  }
  std::set<std::string> set_;
  std::vector<std::string> sorted_;
};

void check_names(const RuleTuning& tuning, const KnownNames& known, Diagnostics& diagnostics) {
  for (const RuleTuning::Layer& layer : tuning.layers) {
    for (const RuleName& name : layer.select) known.check(name, "select", diagnostics);
    for (const RuleName& name : layer.ignore) known.check(name, "ignore", diagnostics);
  }
  for (const RuleTuning::SeverityOverride& s : tuning.severities) known.check(s.rule, "severity", diagnostics);
  for (const RuleTuning::AddedExceptions& e : tuning.exceptions) known.check(e.rule, "exceptions", diagnostics);
}

// Which rules stay in use: each layer with a `select` keeps exactly the rules it names (so the
// command line's `--select` can bring back a rule claimcheck.yaml ignores), then drops those its
// `ignore` names.
std::vector<bool> rules_in_use(const RuleSet& rules, const RuleTuning& tuning) {
  std::vector<bool> in_use(rules.rules.size(), true);
  for (const RuleTuning::Layer& layer : tuning.layers)
    for (std::size_t r = 0; r < rules.rules.size(); ++r) {
      const Rule& rule = rules.rules[r];
      if (!layer.select.empty()) in_use[r] = any_names(layer.select, rule);
      if (any_names(layer.ignore, rule)) in_use[r] = false;
    }
  return in_use;
}

}  // namespace

void apply_rule_tuning(RuleSet& rules, const RuleTuning& tuning, Diagnostics& diagnostics) {
  if (tuning.empty()) return;
  check_names(tuning, KnownNames(rules), diagnostics);
  for (const RuleTuning::SeverityOverride& s : tuning.severities)
    for (Rule& rule : rules.rules)
      if (names(s.rule, rule)) rule.severity = s.severity;
  for (const RuleTuning::AddedExceptions& added : tuning.exceptions)
    for (Rule& rule : rules.rules) {
      if (!names(added.rule, rule)) continue;
      for (const RuleName& claim : added.claims) {
        rule.exceptions.push_back(claim.name);
        rule.exception_ranges.push_back(claim.range);
      }
    }
  std::vector<bool> in_use = rules_in_use(rules, tuning);
  std::vector<Rule> kept;
  for (std::size_t r = 0; r < rules.rules.size(); ++r) {
    if (in_use[r])
      kept.push_back(std::move(rules.rules[r]));
    else
      rules.deselected_rules.push_back(UnloadedRule{rules.rules[r].id, rules.rules[r].range});
  }
  rules.rules = std::move(kept);
}

std::string describe_tuning(const RuleTuning& tuning) {
  auto list = [](const std::vector<RuleName>& names) {
    std::string out;
    for (const RuleName& name : names) out += " " + name.name;
    return out;
  };
  std::string out;
  for (const RuleTuning::Layer& layer : tuning.layers)
    out += "layer select" + list(layer.select) + " ignore" + list(layer.ignore) + ";";
  for (const RuleTuning::SeverityOverride& s : tuning.severities)
    out += "severity " + s.rule.name + " " + to_string(s.severity) + ";";
  for (const RuleTuning::AddedExceptions& e : tuning.exceptions)
    out += "exceptions " + e.rule.name + list(e.claims) + ";";
  return out;
}

}  // namespace claimcheck
