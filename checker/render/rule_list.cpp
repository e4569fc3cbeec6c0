// Rule list renderer: what `claimcheck rules` prints, one rule per line or a JSON array.
#include <nlohmann/json.hpp>

#include "claimcheck/render.h"

namespace claimcheck {

namespace {

std::string location(const Rule& rule) {
  return rule.file + ":" + std::to_string(rule.range.line) + ":" + std::to_string(rule.range.column);
}

}  // namespace

std::string render_rule_list(const RuleSet& rules, bool as_json) {
  if (as_json) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const Rule& rule : rules.rules)
      out.push_back({{"id", rule.id},
                     {"kind", to_string(rule.kind)},
                     {"severity", to_string(rule.severity)},
                     {"file", rule.file},
                     {"line", rule.range.line},
                     {"column", rule.range.column}});
    return out.dump(2) + "\n";
  }
  std::string out;
  for (const Rule& rule : rules.rules)
    out += location(rule) + ": " + rule.id + " (" + to_string(rule.kind) + ", " + to_string(rule.severity) + ")\n";
  out += std::to_string(rules.rules.size()) + " rules from " + std::to_string(rules.files.size()) + " files\n";
  return out;
}

}  // namespace claimcheck
