// duration described: how long a span lasts.
#include "render/kinds.h"

namespace claimcheck::kinds::duration {

namespace {

std::string bounds(const Rule& rule) {
  std::string out;
  if (rule.min_days) out += " at least " + std::to_string(*rule.min_days) + " days";
  if (rule.max_days)
    out += std::string(out.empty() ? "" : " and") + " at most " + std::to_string(*rule.max_days) + " days";
  return out;
}

}  // namespace

std::string duration_short(const Rule& rule) {
  return side_words(rule.first, true) + " lasts" + bounds(rule);
}

std::string duration_constraint(const Rule& rule) {
  return "this must last" + bounds(rule);
}

bool duration_looks_at(const Rule& rule, const Claim& claim) {
  return names_claim(rule.first, claim);
}

const KindDescribing describing{
    .short_words = duration_short, .constraint = duration_constraint, .looks_at = duration_looks_at};

}  // namespace claimcheck::kinds::duration
