// duration in words: a span too long or short, or a state episode shut in too tightly.
#include <algorithm>

#include "explain/kinds.h"
#include "model/value.h"

namespace claimcheck::kinds::duration {

namespace {

// duration `min` on a state: which of the three claims is the episode. The middle one in time
// when it can be (a selected value that differs from both others), else the first that can.
std::size_t episode_of(const std::vector<int>& claims, const Rule& rule, const Dataset& d) {
  auto can_be = [&](std::size_t i) {
    const Claim& claim = claim_at(d, claims[i]);
    // As grounding reads it (ground/kinds/duration.cpp): a selected value surely other than both.
    for (std::size_t j = 0; j < claims.size(); ++j)
      if (j != i && compare_values(claim_at(d, claims[j]).value, claim.value) != Sameness::different) return false;
    return selects(rule.first, claim);
  };
  if (can_be(1)) return 1;
  return can_be(0) ? 0 : 2;
}

// duration `min` on a state: one episode, and the other values that shut it in too tightly.
std::string episode_words(const Finding& f, const Rule& rule, const Dataset& d) {
  std::vector<int> claims = f.claims;
  std::sort(claims.begin(), claims.end(), [&](int a, int b) {
    return claim_at(d, a).time.start_window.earliest < claim_at(d, b).time.start_window.earliest;
  });
  std::size_t episode = episode_of(claims, rule, d);
  std::vector<std::string> others;
  auto item = [&](int c) {
    const Claim& claim = claim_at(d, c);
    return quoted(claim.value.text) + " " + when(claim.time) + " according to " + who_says(claim, d);
  };
  for (std::size_t i = 0; i < claims.size(); ++i)
    if (i != episode) others.push_back(item(claims[i]));
  const Claim& first = claim_at(d, f.claims.front());
  return subject_phrase(first.subject, first.object, rule.first.state) + " is " + item(claims[episode]) + ", between " +
         join(others) + "; that leaves it less than the " + std::to_string(rule.min_days.value_or(0)) +
         " days that rule " + rule.id + " requires.";
}

}  // namespace

std::string duration_words(const KindInput& in) {
  const Rule& rule = in.rule;
  if (all_of_kind(in.finding, in.dataset, ClaimKind::state) && rule.min_days && in.finding.claims.size() == 3)
    return episode_words(in.finding, rule, in.dataset);
  if (in.finding.claims.size() != 1) return "";
  const Claim& claim = claim_at(in.dataset, in.finding.claims.front());
  const ClaimTime& t = claim.time;
  // last day − first day, as the claim's windows and length allow it.
  std::int64_t shortest = std::max<std::int64_t>(t.length.min, t.end_window.earliest - t.start_window.latest);
  std::int64_t longest = std::min<std::int64_t>(t.length.max, t.end_window.latest - t.start_window.earliest);
  std::string span;
  if (rule.max_days && shortest > *rule.max_days)
    span = "at least " + days_words(shortest) + " from its first to its last day, but rule " + rule.id +
           " allows at most " + days_words(*rule.max_days);
  else if (rule.min_days && longest < *rule.min_days)
    span = "at most " + days_words(std::max<std::int64_t>(0, longest)) + " from its first to its last day, but rule " +
           rule.id + " needs at least " + days_words(*rule.min_days);
  else
    return "";
  return statement(claim, in.dataset) + ": " + span + ".";
}

const KindExplaining explaining{
    .message = "{first} of {subject}{ with object} lasts{length}, but a claim's dates do not allow it",
    .words = duration_words};

}  // namespace claimcheck::kinds::duration
