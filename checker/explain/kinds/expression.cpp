// expression in words: who says what, and the assertion.
#include "explain/kinds/kinds.h"

namespace claimcheck {

std::string expression_words(const KindInput& in) {
  return generic_words(in.finding, in.dataset) + " Rule " + in.rule.id + " asserts " + in.rule.formula + ".";
}

}  // namespace claimcheck
