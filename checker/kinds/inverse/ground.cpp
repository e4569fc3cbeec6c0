// inverse: no grounder of its own; every other rule reads `relation` of A with B as `inverse` of B with A, and back.
#include "ground/kinds.h"

namespace claimcheck::kinds::inverse {

std::pair<std::string_view, std::string_view> mirror_names_inverse(const Rule& rule) {
  std::string_view relation = rule.first.event.empty() ? rule.first.state : rule.first.event;
  return {relation, rule.inverse};
}

const KindGrounding grounding{.mirror_names = mirror_names_inverse};

}  // namespace claimcheck::kinds::inverse
