// expression in words: who says what, and what the assertion demands.
#include "explain/kinds/kinds.h"

namespace claimcheck {

std::string expression_words(const KindInput& in) {
  return generic_words(in.finding, in.dataset) + " Rule " + in.rule.id + " demands, for " +
         expression_bindings_in_words(in.rule) + ", that " + expression_in_words(in.rule) + " (" + in.rule.formula +
         ").";
}

}  // namespace claimcheck
