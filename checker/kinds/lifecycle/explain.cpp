// lifecycle in words: two values in an order the transitions do not allow.
#include <algorithm>

#include "explain/kinds.h"
#include "model/value.h"

namespace claimcheck::kinds::lifecycle {

namespace {

// lifecycle: whether `to` can follow `from` along the transitions, and through which `via` events.
struct Path {
  bool direct = false;           // without any `via` step
  std::vector<std::string> via;  // the events of the `via` steps a path needs otherwise
};

// Values compare as grounding compares them (load/value.h): a claim of 1.0 is at a step `1 -> 2`.
Path path_between(const Rule& rule, const Value& from, const Value& to) {
  Path out;
  for (bool allow_via : {false, true}) {
    std::vector<Value> reached{from};
    std::vector<std::string> via;
    for (std::size_t k = 0; k < reached.size(); ++k)
      for (const Transition& t : rule.transitions) {
        if (compare_values(t.from, reached[k]) != Sameness::same || (!allow_via && !t.via.empty())) continue;
        if (!t.via.empty() && std::find(via.begin(), via.end(), t.via) == via.end()) via.push_back(t.via);
        if (!surely_listed(reached, t.to)) reached.push_back(t.to);
      }
    if (!surely_listed(reached, to)) continue;
    if (!allow_via)
      out.direct = true;
    else
      out.via = via;
    return out;
  }
  return out;
}

}  // namespace

std::string lifecycle_words(const KindInput& in) {
  const Rule& rule = in.rule;
  std::vector<int> states = in.finding.claims;
  if (states.size() != 2 || std::any_of(states.begin(), states.end(),
                                        [&](int c) { return claim_at(in.dataset, c).kind != ClaimKind::state; }))
    return "";
  std::sort(states.begin(), states.end(), [&](int a, int b) {
    return claim_at(in.dataset, a).time.start_window.earliest < claim_at(in.dataset, b).time.start_window.earliest;
  });
  const Value& from_value = claim_at(in.dataset, states[0]).value;
  const Value& to_value = claim_at(in.dataset, states[1]).value;
  Path forward = path_between(rule, from_value, to_value);
  const std::string& from = from_value.text;
  const std::string& to = to_value.text;
  std::string says = statements(states, in.dataset) + ", but rule " + rule.id;
  if (forward.direct)
    return says + " lets " + quoted(to) + " follow " + quoted(from) +
           " only where their dates allow, and these do not.";
  if (!forward.via.empty()) {
    std::vector<std::string> events;
    for (const std::string& v : forward.via) events.push_back(v);
    return says + " lets " + quoted(to) + " follow " + quoted(from) + " only through " + join(events, " or ") +
           ", and no such claim lies between them.";
  }
  return says + " has no way from " + quoted(from) + " to " + quoted(to) + ".";
}

const KindExplaining explaining{
    .message = "{subject}'s {state}{ with object} cannot go through {values} in the order the claims force",
    .words = lifecycle_words};

}  // namespace claimcheck::kinds::lifecycle
