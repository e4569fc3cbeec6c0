// precedes described: one side before the other.
#include "render/kinds.h"

namespace claimcheck::kinds::precedes {

std::string precedes_short(const Rule& rule) {
  return side_words(rule.first, true) + " comes before " + side_words(rule.second, true);
}

std::string precedes_constraint(const Rule&) {
  return "the first must end before the other starts";
}

bool precedes_looks_at(const Rule& rule, const Claim& claim) {
  return names_claim(rule.first, claim) || names_claim(rule.second, claim);
}

const KindDescribing describing{
    .short_words = precedes_short, .constraint = precedes_constraint, .looks_at = precedes_looks_at};

}  // namespace claimcheck::kinds::precedes
