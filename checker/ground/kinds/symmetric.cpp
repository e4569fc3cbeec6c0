// symmetric: no grounder of its own; every other rule reads a claim of `relation` both ways (ground/mirror.h).
#include "ground/kinds/kinds.h"

namespace claimcheck {

std::pair<std::string_view, std::string_view> mirror_names_symmetric(const Rule& rule) {
  std::string_view relation = rule.first.event.empty() ? rule.first.state : rule.first.event;
  return {relation, relation};
}

}  // namespace claimcheck
