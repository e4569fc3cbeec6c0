// conflicts-with described: two sides that never hold together.
#include "render/kinds.h"

namespace claimcheck::kinds::conflicts_with {

std::string conflicts_with_short(const Rule& rule) {
  return side_words(rule.first, true) + " and " + side_words(rule.second, true) +
         (rule.ever ? " never both hold" : " never overlap");
}

std::string conflicts_with_constraint(const Rule& rule) {
  return rule.ever ? "these cannot both be true" : "these must not overlap";
}

bool conflicts_with_looks_at(const Rule& rule, const Claim& claim) {
  return names_claim(rule.first, claim) || names_claim(rule.second, claim);
}

const KindDescribing describing{
    .short_words = conflicts_with_short, .constraint = conflicts_with_constraint, .looks_at = conflicts_with_looks_at};

}  // namespace claimcheck::kinds::conflicts_with
