// requires in words: the needing side and the value that breaks the need.
#include "explain/kinds/kinds.h"

namespace claimcheck {

std::string requires_words(const KindInput& in) {
  const Rule& rule = in.rule;
  std::vector<int> needing = on_side(in.finding, rule.first, in.dataset);
  ClaimSelector any_value = rule.second;
  any_value.values.clear();
  std::vector<int> breaking = on_side(in.finding, any_value, in.dataset);
  if (!two_sided(in.finding, needing, breaking)) return "";
  return statements(needing, in.dataset) + ", while " + statements(breaking, in.dataset) +
         "; these must share a day, but rule " + rule.id + " says " + side_words(rule.first) + " needs " +
         side_words(rule.second) + ".";
}

}  // namespace claimcheck
