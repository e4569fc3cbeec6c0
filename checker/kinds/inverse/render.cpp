// inverse described: a relation read back under its inverse name.
#include "render/kinds.h"

namespace claimcheck::kinds::inverse {

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

const KindDescribing describing{.short_words = inverse_short,
                                .constraint = inverse_constraint,
                                .looks_at = inverse_looks_at,
                                .docs_anchor = "symmetric-and-inverse"};

}  // namespace claimcheck::kinds::inverse
