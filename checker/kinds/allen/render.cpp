// allen described: the relations claims state hold.
#include "render/kinds.h"

namespace claimcheck::kinds::allen {

std::string allen_short(const Rule&) {
  return "the relations claims state between events hold";
}

std::string allen_constraint(const Rule&) {
  return "the stated relations must hold";
}

bool allen_looks_at(const Rule&, const Claim& claim) {
  return claim.relation.has_value();
}

const KindDescribing describing{.short_words = allen_short, .constraint = allen_constraint, .looks_at = allen_looks_at};

}  // namespace claimcheck::kinds::allen
