// expression described: the bindings and the assertion, in words.
#include <algorithm>

#include "render/kinds.h"

namespace claimcheck::kinds::expression {

std::string expression_short(const Rule& rule) {
  return "for " + expression_bindings_in_words(rule) + ": " + expression_in_words(rule);
}

std::string expression_constraint(const Rule& rule) {
  return expression_in_words(rule);
}

bool expression_looks_at(const Rule& rule, const Claim& claim) {
  return std::any_of(rule.bindings.begin(), rule.bindings.end(),
                     [&](const FormulaBinding& b) { return names_claim(b.selector, claim); });
}

const KindDescribing describing{
    .short_words = expression_short, .constraint = expression_constraint, .looks_at = expression_looks_at};

}  // namespace claimcheck::kinds::expression
