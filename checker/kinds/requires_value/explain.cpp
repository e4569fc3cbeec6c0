// requires in words: the needing side and the value that breaks the need.
#include "explain/kinds.h"

namespace claimcheck::kinds::requires_value {

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

// {values} are the claims of the required state.
const std::string& other_state(const Rule& rule) {
  return rule.second.state;
}

const KindExplaining explaining{
    .message = "{first} needs {then} for {subject}{ with object}, but a claim says {values} at that time",
    .words = requires_words,
    .values_state = other_state,
    .allows_other = true};

}  // namespace claimcheck::kinds::requires_value
