// symmetric described: a relation read both ways.
#include "render/kinds.h"

namespace claimcheck::kinds::symmetric {

std::string symmetric_short(const Rule& rule) {
  return side_words(rule.first, true) + " of A with B is also B's with A";
}

std::string symmetric_constraint(const Rule&) {
  return "this also reads the other way round";
}

bool symmetric_looks_at(const Rule& rule, const Claim& claim) {
  return names_claim(rule.first, claim);
}

const KindDescribing describing{.short_words = symmetric_short,
                                .constraint = symmetric_constraint,
                                .looks_at = symmetric_looks_at,
                                .docs_anchor = "symmetric-and-inverse"};

}  // namespace claimcheck::kinds::symmetric
