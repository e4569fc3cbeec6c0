// inverse described: a relation read back under its inverse name.
#include "render/kinds/kinds.h"

namespace claimcheck {

std::string inverse_short(const Rule& rule) {
  return side_words(rule.first, true) + " of A with B is '" + rule.inverse + "' of B with A";
}

std::string inverse_constraint(const Rule&) {
  return "this also reads the other way round";
}

bool inverse_looks_at(const Rule& rule, const Claim& claim) {
  return names_claim(rule.first, claim) ||
         (claim.name == rule.inverse && claim.kind == (rule.first.event.empty() ? ClaimKind::state : ClaimKind::event));
}
}  // namespace claimcheck
