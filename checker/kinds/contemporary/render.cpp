// contemporary described: a relation within both lifetimes.
#include "render/kinds.h"

namespace claimcheck::kinds::contemporary {

std::string contemporary_short(const Rule& rule) {
  return side_words(rule.first, true) + " holds only while its subject and object both exist (from " +
         side_words(rule.begins, true) + " until " + side_words(rule.ends, true) + ")";
}

std::string contemporary_constraint(const Rule&) {
  return "this must fall within both lifetimes";
}

bool contemporary_looks_at(const Rule& rule, const Claim& claim) {
  return names_claim(rule.first, claim) || names_claim(rule.begins, claim) || names_claim(rule.ends, claim);
}

const KindDescribing describing{
    .short_words = contemporary_short, .constraint = contemporary_constraint, .looks_at = contemporary_looks_at};

}  // namespace claimcheck::kinds::contemporary
