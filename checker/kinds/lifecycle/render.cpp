// lifecycle described: a state changes only along its transitions.
#include "render/kinds.h"

namespace claimcheck::kinds::lifecycle {

std::string lifecycle_short(const Rule& rule) {
  std::vector<std::string> steps;
  for (const Transition& t : rule.transitions)
    steps.push_back(quoted(t.from.text) + " to " + quoted(t.to.text) +
                    (t.via.empty() ? "" : " through " + quoted(t.via)));
  if (steps.empty()) return "'" + rule.state + "' changes only along its declared transitions";
  return "'" + rule.state + "' changes only from " + join(steps);
}

std::string lifecycle_constraint(const Rule&) {
  return "these values cannot follow each other in this order";
}

bool lifecycle_looks_at(const Rule& rule, const Claim& claim) {
  return is_state(claim, rule.state);
}

const KindDescribing describing{
    .short_words = lifecycle_short, .constraint = lifecycle_constraint, .looks_at = lifecycle_looks_at};

}  // namespace claimcheck::kinds::lifecycle
