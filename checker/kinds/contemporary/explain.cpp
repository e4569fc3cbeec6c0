// contemporary in words: the relation, and the lifetimes that leave no room for it.
#include <algorithm>

#include "explain/kinds.h"

namespace claimcheck::kinds::contemporary {

namespace {

bool dates_a_lifetime(const Rule& rule, const Claim& claim) {
  return (!rule.begins.empty() && selects(rule.begins, claim)) || (!rule.ends.empty() && selects(rule.ends, claim));
}

// `lifetime` begins or ends the lifetime of an entity of `relation`, and their windows alone put
// the relation before that beginning or after that end.
bool surely_outside(const Rule& rule, const Claim& relation, const Claim& lifetime) {
  if (lifetime.subject != relation.subject && lifetime.subject != relation.object) return false;
  bool before_beginning = !rule.begins.empty() && selects(rule.begins, lifetime) &&
                          lifetime.time.start_window.earliest > relation.time.start_window.latest;
  // An ending state ends the lifetime on its first day (ground/kinds/contemporary.cpp).
  const DayWindow& last_day = lifetime.kind == ClaimKind::state ? lifetime.time.start_window : lifetime.time.end_window;
  bool after_end =
      !rule.ends.empty() && selects(rule.ends, lifetime) && relation.time.end_window.earliest > last_day.latest;
  return before_beginning || after_end;
}

// A claim of the relation's name that also begins or ends a lifetime (`ends: {state: membership,
// value: ['dissolved']}`) plays the lifetime's part when its dates alone exclude another relation
// claim of the finding, or when another relation claim that dates no lifetime relates its subject.
bool bounds_a_relation(const Finding& f, const Rule& rule, const Dataset& d, int lifetime) {
  const Claim& claim = claim_at(d, lifetime);
  if (!dates_a_lifetime(rule, claim)) return false;
  const std::string& relation = rule.first.event.empty() ? rule.first.state : rule.first.event;
  auto excluded = [&](int c) {
    const Claim& other = claim_at(d, c);
    return c != lifetime && other.name == relation && surely_outside(rule, other, claim);
  };
  auto bounded = [&](int c) {
    const Claim& other = claim_at(d, c);
    return c != lifetime && other.name == relation && !dates_a_lifetime(rule, other) &&
           (other.subject == claim.subject || other.object == claim.subject);
  };
  return std::any_of(f.claims.begin(), f.claims.end(), excluded) ||
         std::any_of(f.claims.begin(), f.claims.end(), bounded);
}

// contemporary: the relation claim(s), then the lifetime claims that leave no room for them.
// When the claims cannot be told apart so (all of them relations that also date lifetimes, or
// relations under a mirrored name), they are listed together.
std::string contemporary_words(const Finding& f, const Rule& rule, const Dataset& d) {
  const std::string& relation = rule.first.event.empty() ? rule.first.state : rule.first.event;
  std::vector<std::string> relations, lifetimes, all;
  for (int c : f.claims) {
    const Claim& claim = claim_at(d, c);
    bool is_relation = claim.name == relation && !bounds_a_relation(f, rule, d, c);
    (is_relation ? relations : lifetimes).push_back(says(claim, d));
    all.push_back(says(claim, d));
  }
  std::string outside = " only while both sides exist, and these dates put it outside a lifetime.";
  if (relations.empty() || lifetimes.empty())
    return join(all, "; and ") + "; rule " + rule.id + " allows " + relation + outside;
  return join(relations, "; and ") + ", but " + join(lifetimes, "; and ") + "; rule " + rule.id + " allows it" +
         outside;
}

}  // namespace

std::string contemporary_kind_words(const KindInput& in) {
  return contemporary_words(in.finding, in.rule, in.dataset);
}

const KindExplaining explaining{.message =
                                    "{first} of {subject}{ with object} must fall within the lifetime of each, but the "
                                    "claims' dates do not allow it",
                                .words = contemporary_kind_words};

}  // namespace claimcheck::kinds::contemporary
