// after-event in words: the event, and the value not entirely before it.
#include "explain/kinds.h"

namespace claimcheck::kinds::after_event {

std::string after_event_words(const KindInput& in) {
  const Finding& f = in.finding;
  const Rule& rule = in.rule;
  const Dataset& d = in.dataset;
  if (all_of_kind(f, d, ClaimKind::event) || all_of_kind(f, d, ClaimKind::state)) return "";
  std::vector<std::string> events, states;
  for (int c : f.claims) {
    const Claim& claim = claim_at(d, c);
    std::string item = when(claim.time) + " according to " + who_says(claim, d);
    if (claim.kind == ClaimKind::event)
      events.push_back(item);
    else
      states.push_back(quoted(claim.value.text) + " " + item);
  }
  const Claim& first = claim_at(d, f.claims.front());
  std::vector<std::string> allowed;
  for (const Value& a : rule.allowed) allowed.push_back(quoted(a.text));
  return subject_phrase(first.subject, first.object, rule.event) + " is dated " + join(events) + ", yet its " +
         rule.state + " is " + join(states) + ", which is not entirely before it; rule " + rule.id + " allows only " +
         join(allowed, " or ") + " after " + rule.event + ".";
}

const KindExplaining explaining{
    .message = "after {event}, {subject}'s {state}{ with object} can only be {allowed}, but a claim says {values}",
    .words = after_event_words};

}  // namespace claimcheck::kinds::after_event
