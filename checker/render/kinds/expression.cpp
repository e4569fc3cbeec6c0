// expression described: the bindings and the assertion, in words.
#include <algorithm>

#include "render/kinds/kinds.h"

namespace claimcheck {

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
}  // namespace claimcheck
