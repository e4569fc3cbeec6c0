// symmetric in words: how a finding reads a claim both ways (never a finding's primary rule).
#include "explain/kinds.h"

namespace claimcheck::kinds::symmetric {

std::string symmetric_reading(const Rule& rule) {
  const std::string& relation = rule.first.event.empty() ? rule.first.state : rule.first.event;
  return quoted(relation) + " of A with B also as " + quoted(relation) + " of B with A.";
}

const KindExplaining explaining{.message = "{first} read both ways contradicts the other claims",
                                .mirror_reading = symmetric_reading};

}  // namespace claimcheck::kinds::symmetric
