// contemporary: a relation between a subject and an object holds only while both exist, i.e.
// within each entity's lifetime as its `begins` and `ends` claims (as subject) date it.
#include <map>
#include <string>
#include <vector>

#include "ground/kinds.h"

namespace claimcheck::kinds::contemporary {

namespace {

// The lifetime claims of every entity: claims whose subject is that entity.
std::map<std::string, std::vector<int>> by_subject(const ClaimTable& claims, const ClaimSelector& selector) {
  std::map<std::string, std::vector<int>> out;
  if (selector.empty()) return out;
  for (int i : claims.named_by(selector))
    if (selects(selector, claim_at(claims, i))) out[claim_at(claims, i).subject].push_back(i);
  return out;
}

const std::vector<int>& of_entity(const std::map<std::string, std::vector<int>>& lifetimes, const std::string& entity) {
  static const std::vector<int> none;
  auto found = lifetimes.find(entity);
  return found == lifetimes.end() ? none : found->second;
}

struct Lifetimes {
  std::map<std::string, std::vector<int>> begins;
  std::map<std::string, std::vector<int>> ends;
};

// The last day the entity may still take part in a relation, as an `ends` claim dates it. An
// ending event (`died`, `dissolved`) is part of the lifetime: its last day. An ending state
// (`status: dissolved`) is one the entity never leaves, so the entity is gone from its first day
// on: however long the state is said to last, the lifetime ends where the state begins.
TimeVar last_day_of_lifetime(int end, const ClaimTable& claims) {
  return claim_at(claims, end).kind == ClaimKind::state ? start_of(end) : end_of(end);
}

// The relation's days lie within the entity's lifetime. Lenient on both edges: the relation may
// start on the first day of a beginning and end on the last day of an ending event or the first
// day of an ending state, since a source rarely orders one day, and a multi-day beginning or
// ending event is still part of the lifetime.
void bound_by_lifetime(int relation, const std::string& entity, const Lifetimes& lifetimes, const ClaimTable& claims,
                       RuleInstance& instance) {
  for (int begin : of_entity(lifetimes.begins, entity)) {
    if (begin == relation) continue;
    instance.constraints.push_back(all_of({{start_of(begin), start_of(relation), 0}}));
    instance.claims.insert(instance.claims.end(), {relation, begin});
  }
  for (int end : of_entity(lifetimes.ends, entity)) {
    if (end == relation) continue;
    instance.constraints.push_back(all_of({{end_of(relation), last_day_of_lifetime(end, claims), 0}}));
    instance.claims.insert(instance.claims.end(), {relation, end});
  }
}

}  // namespace

void ground_contemporary(const GroundInput& input, std::vector<RuleInstance>& out) {
  const Rule& rule = input.rule;
  Lifetimes lifetimes{by_subject(input.claims, rule.begins), by_subject(input.claims, rule.ends)};
  auto relations =
      claims_by_key(input, input.claims.named_by(rule.first), [&](const Claim& c) { return selects(rule.first, c); });
  for (auto& [key, claims] : relations) {
    RuleInstance instance = instance_for(input.rule_index, key);
    for (int relation : claims) {
      const Claim& claim = claim_at(input.claims, relation);
      bound_by_lifetime(relation, claim.subject, lifetimes, input.claims, instance);
      if (!claim.object.empty() && claim.object != claim.subject)
        bound_by_lifetime(relation, claim.object, lifetimes, input.claims, instance);
    }
    if (finish_instance(instance)) out.push_back(std::move(instance));
  }
}

// A relation reads both entities' lifetimes: the claims that begin or end them, of other pairs.
void reads_contemporary(const Rule& rule, const ClaimForm& form, std::vector<ReadKey>& out) {
  if (names_form(rule.first, form)) {
    out.push_back(read_key('E', form.subject, {}, KeyRole::reads));
    if (!form.object.empty()) out.push_back(read_key('E', form.object, {}, KeyRole::reads));
  }
  if (names_form(rule.begins, form) || names_form(rule.ends, form))
    out.push_back(read_key('E', form.subject, {}, KeyRole::provides));
}

const KindGrounding grounding{.ground = ground_contemporary, .reads = reads_contemporary};

}  // namespace claimcheck::kinds::contemporary
