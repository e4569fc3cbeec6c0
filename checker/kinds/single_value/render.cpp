// single-value described: one value at a time.
#include <cstdio>

#include "render/kinds.h"

namespace claimcheck::kinds::single_value {

std::string single_value_short(const Rule& rule) {
  std::string out = "'" + rule.state + "' has one value at a time per subject and object";
  if (rule.tolerance.amount <= 0) return out;
  char amount[32];
  std::snprintf(amount, sizeof amount, "%g", rule.tolerance.amount);
  return out + " (figures within " + std::string(amount) + (rule.tolerance.percent ? "%" : "") +
         " of each other agree)";
}

std::string single_value_constraint(const Rule&) {
  return "these must not overlap";
}

bool single_value_looks_at(const Rule& rule, const Claim& claim) {
  return is_state(claim, rule.state);
}

std::string single_value_paragraph(const Rule& rule) {
  return "The state '" + rule.state +
         "' has a single value for a given subject and object at any moment, so claims of different "
         "values must not be able to share a day.";
}

std::string single_value_remedy(const Rule&) {
  return " Or re-date them so that the different values no longer share a day.";
}

std::optional<ShadedDays> single_value_shading(const Rule&, const std::vector<int>& claims, const Dataset& dataset) {
  SharedDays days = shared_days(claims, dataset);
  if (days.latest_start > days.earliest_end) return std::nullopt;
  return ShadedDays{days.latest_start, days.earliest_end + 1};  // the days every claim may hold
}

const KindDescribing describing{.short_words = single_value_short,
                                .paragraph = single_value_paragraph,
                                .constraint = single_value_constraint,
                                .remedy = single_value_remedy,
                                .looks_at = single_value_looks_at,
                                .shading = single_value_shading};

}  // namespace claimcheck::kinds::single_value
