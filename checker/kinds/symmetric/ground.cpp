// symmetric: no grounder of its own; every other rule reads a claim of `relation` both ways (ground/mirror.h).
#include "ground/kinds.h"

namespace claimcheck::kinds::symmetric {

std::pair<std::string_view, std::string_view> mirror_names_symmetric(const Rule& rule) {
  std::string_view relation = rule.first.event.empty() ? rule.first.state : rule.first.event;
  return {relation, relation};
}

const KindGrounding grounding{.mirror_names = mirror_names_symmetric};

}  // namespace claimcheck::kinds::symmetric
