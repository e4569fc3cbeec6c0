// Rule kind names: to and from the words rules write.
#include "model/rule_kinds.h"

namespace claimcheck {

const char* to_string(RuleKind kind) {
  auto at = static_cast<std::size_t>(kind);
  return at < kRuleKindCount ? kRuleKinds[at].name : "unique-event";
}

std::vector<std::string> rule_kind_names() {
  std::vector<std::string> names;
  for (const RuleKindName& row : kRuleKinds) names.push_back(row.name);
  return names;
}

std::optional<RuleKind> rule_kind_from_string(const std::string& name) {
  for (const RuleKindName& row : kRuleKinds)
    if (name == row.name) return row.kind;
  return std::nullopt;
}

}  // namespace claimcheck
