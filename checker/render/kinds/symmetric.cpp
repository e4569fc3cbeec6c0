// symmetric described: a relation read both ways.
#include "render/kinds/kinds.h"

namespace claimcheck {

std::string symmetric_short(const Rule& rule) {
  return side_words(rule.first, true) + " of A with B is also B's with A";
}

std::string symmetric_constraint(const Rule&) {
  return "this also reads the other way round";
}

bool symmetric_looks_at(const Rule& rule, const Claim& claim) {
  return names_claim(rule.first, claim);
}
}  // namespace claimcheck
