// single-value in words: the values and their overlapping times.
#include "explain/kinds.h"

namespace claimcheck::kinds::single_value {

std::string single_value_words(const KindInput& in) {
  const Finding& f = in.finding;
  const Rule& rule = in.rule;
  const Dataset& d = in.dataset;
  if (!all_of_kind(f, d, ClaimKind::state)) return "";
  std::vector<std::string> items;
  for (int c : f.claims) {
    const Claim& claim = claim_at(d, c);
    items.push_back(quoted(claim.value.text) + " " + when(claim.time) + " according to " + who_says(claim, d));
  }
  const Claim& first = claim_at(d, f.claims.front());
  return subject_phrase(first.subject, first.object, rule.state) + " is " + join(items) +
         "; these times overlap whatever the exact days, and rule " + rule.id + " allows one value at a time.";
}

const KindExplaining explaining{.message = "{subject}{ with object} cannot have {state} {values} at the same time",
                                .words = single_value_words};

}  // namespace claimcheck::kinds::single_value
