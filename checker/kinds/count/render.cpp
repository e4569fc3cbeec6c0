// count described: a number against the holders on its days.
#include "render/kinds.h"

namespace claimcheck::kinds::count {

namespace {

// " (at least those the claims show)" and the like.
std::string count_bound_words(const Rule& rule) {
  switch (rule.count_bound) {
    case CountBound::at_least:
      return ", at least those the claims show";
    case CountBound::at_most:
      return ", at most those the claims show";
    case CountBound::closed:
      return ", exactly those the claims show";
  }
  return "";
}

}  // namespace

std::string count_short(const Rule& rule) {
  return "'" + rule.state + "' counts the subjects with " + side_words(rule.first, true) + count_bound_words(rule);
}

std::string count_constraint(const Rule&) {
  return "the number must match the holders on its days";
}

bool count_looks_at(const Rule& rule, const Claim& claim) {
  return is_state(claim, rule.state) || names_claim(rule.first, claim);
}

const KindDescribing describing{.short_words = count_short, .constraint = count_constraint, .looks_at = count_looks_at};

}  // namespace claimcheck::kinds::count
