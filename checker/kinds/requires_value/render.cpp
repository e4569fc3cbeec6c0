// requires described: one side needs the other at the same time.
#include "render/kinds.h"

namespace claimcheck::kinds::requires_value {

std::string requires_value_short(const Rule& rule) {
  return side_words(rule.first, true) + " needs " + side_words(rule.second, true) + " at the same time";
}

std::string requires_value_constraint(const Rule&) {
  return "these must not overlap";
}

bool requires_value_looks_at(const Rule& rule, const Claim& claim) {
  return names_claim(rule.first, claim) || names_claim(rule.second, claim);
}

const KindDescribing describing{
    .short_words = requires_value_short, .constraint = requires_value_constraint, .looks_at = requires_value_looks_at};

}  // namespace claimcheck::kinds::requires_value
