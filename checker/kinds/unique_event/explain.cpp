// unique-event in words: the dates of the one event, and that it happens once.
#include "explain/kinds.h"

namespace claimcheck::kinds::unique_event {

std::string unique_event_words(const KindInput& in) {
  const Finding& f = in.finding;
  const Rule& rule = in.rule;
  const RuleInstance& instance = in.instance;
  const Dataset& d = in.dataset;
  if (!all_of_kind(f, d, ClaimKind::event)) return "";
  return "The claims date " + subject_phrase(instance.subject, instance.object, rule.event) + " " +
         dated_list(f.claims, d) + ", but rule " + rule.id +
         " says it happens only once, so they must be the same day" + (f.claims.size() > 2 ? "s" : "") + ".";
}

const KindExplaining explaining{
    .message = "{event} of {subject}{ with object} happens once, but the claims date it on different days",
    .words = unique_event_words};

}  // namespace claimcheck::kinds::unique_event
