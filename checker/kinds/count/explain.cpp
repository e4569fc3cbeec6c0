// count in words: the claimed number against the holders counted on its days.
#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "explain/kinds.h"

namespace claimcheck::kinds::count {

namespace {

const char* count_bound_name(CountBound bound) {
  switch (bound) {
    case CountBound::at_least:
      return "at-least";
    case CountBound::at_most:
      return "at-most";
    case CountBound::closed:
      return "closed";
  }
  return "at-least";
}

const char* count_requirement(CountBound bound) {
  switch (bound) {
    case CountBound::at_least:
      return "may not exceed it";
    case CountBound::at_most:
      return "must reach it";
    case CountBound::closed:
      return "must equal it";
  }
  return "must equal it";
}

// The distinct subjects among `claims` other than the count claims.
// How many distinct subjects `claims` hold, the count claims aside: a roster may hold 10^5.
std::size_t counted_subjects(const std::vector<int>& claims, const Rule& rule, const Dataset& d) {
  std::unordered_set<std::string_view> subjects;
  for (int c : claims) {
    const Claim& claim = claim_at(d, c);
    if (claim.name != rule.state) subjects.insert(claim.subject);
  }
  return subjects.size();
}

std::string count_words(const Finding& f, const Rule& rule, const RuleInstance& instance, const Dataset& d) {
  std::vector<std::string> counts, holders;
  for (int c : f.claims) {
    const Claim& claim = claim_at(d, c);
    if (claim.name == rule.state)
      counts.push_back(who_says(claim, d) + " says " + what(claim) + " " + when(claim.time));
    else
      holders.push_back(claim.subject + " (" + quoted(claim.value.text) + " " + when(claim.time) + ")");
  }
  std::string selector = rule.first.state;
  if (!rule.first.values.empty()) {
    std::vector<std::string> values;
    for (const Value& v : rule.first.values) values.push_back(quoted(v.text));
    selector += ' ' + join(values, " or ");
  }
  std::size_t known = counted_subjects(instance.claims, rule, d);
  std::string counted = holders.empty()
                            ? "the subjects with " + selector + " of " + instance.subject
                            : "the claims of " + join(holders) + " with " + selector + " of " + instance.subject;
  return join(counts, "; and ") + ". Counted once per subject on each day of that span, " + counted + " " +
         count_requirement(rule.count_bound) + " (rule " + rule.id + ", set " + count_bound_name(rule.count_bound) +
         "; " + std::to_string(known) + " subject" + (known == 1 ? "" : "s") + " in all have such claims).";
}

}  // namespace

std::string count_kind_words(const KindInput& in) {
  return count_words(in.finding, in.rule, in.instance, in.dataset);
}

// {values} are the claims of the counted state.
const std::string& counted_state(const Rule& rule) {
  return rule.state;
}

const KindExplaining explaining{
    .message = "{subject}'s {state} {values} {compared} the number of subjects with {first} of {subject} on its days",
    .words = count_kind_words,
    .values_state = counted_state};

}  // namespace claimcheck::kinds::count
