// lifecycle described: a state changes only along its transitions.
#include "render/kinds/kinds.h"

namespace claimcheck {

std::string lifecycle_short(const Rule& rule) {
  return "'" + rule.state + "' changes only along its declared transitions";
}

std::string lifecycle_constraint(const Rule&) {
  return "these values cannot follow each other in this order";
}

bool lifecycle_looks_at(const Rule& rule, const Claim& claim) {
  return is_state(claim, rule.state);
}
}  // namespace claimcheck
