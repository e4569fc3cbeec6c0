// inverse in words: how a finding reads a claim as its inverse (never a finding's primary rule).
#include "explain/kinds.h"

namespace claimcheck::kinds::inverse {

std::string inverse_reading(const Rule& rule) {
  const std::string& relation = rule.first.event.empty() ? rule.first.state : rule.first.event;
  return quoted(relation) + " of A with B also as " + quoted(rule.inverse) + " of B with A (and back).";
}

const KindExplaining explaining{.message = "{first} read both ways contradicts the other claims",
                                .mirror_reading = inverse_reading};

}  // namespace claimcheck::kinds::inverse
