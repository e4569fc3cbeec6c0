// expression in words: who says what, and what the assertion demands.
#include "explain/kinds.h"

namespace claimcheck::kinds::expression {

std::string expression_words(const KindInput& in) {
  return generic_words(in.finding, in.dataset) + " Rule " + in.rule.id + " demands, for " +
         expression_bindings_in_words(in.rule) + ", that " + expression_in_words(in.rule) + " (" + in.rule.formula +
         ").";
}

const KindExplaining explaining{.message = "claims of {subject}{ with object} break '{expression}'",
                                .words = expression_words};

}  // namespace claimcheck::kinds::expression
