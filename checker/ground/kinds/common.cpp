// Building blocks shared by the rule kinds' grounders: scope, selectors, keys, basic constraints.
#include <algorithm>

#include "ground/kinds/kinds.h"
#include "load/value.h"

namespace claimcheck {

namespace {

bool listed(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

const std::vector<int> kNoClaims;

}  // namespace

ClaimTable::ClaimTable(const std::vector<Claim>& claims, const ClaimSlices* mirrors)
    : claims_(claims), mirrors_(mirrors) {
  if (mirrors)
    for (const std::vector<Claim>& slice : *mirrors) mirror_count_ += slice.size();
  for (int i = 0; i < size(); ++i) {
    const Claim& claim = (*this)[i];
    (claim.kind == ClaimKind::event ? events_ : states_)[claim.name].push_back(i);
    if (claim.relation) with_relation_.push_back(i);
  }
}

const std::vector<int>& ClaimTable::named(ClaimKind kind, std::string_view name) const {
  const auto& names = kind == ClaimKind::event ? events_ : states_;
  auto found = names.find(name);
  return found == names.end() ? kNoClaims : found->second;
}

const std::vector<int>& ClaimTable::named_by(const ClaimSelector& selector) const {
  return selector.event.empty() ? named(ClaimKind::state, selector.state) : named(ClaimKind::event, selector.event);
}

Constraint disjoint(int a, int b) {
  return Constraint{{{{end_of(a), start_of(b), -1}}, {{end_of(b), start_of(a), -1}}}, {}, {}};
}

Difference ends_before_start(int before, int after, std::int64_t gap) { return {end_of(before), start_of(after), -gap}; }


bool in_scope(const Rule& rule, const Claim& claim) {
  if (!rule.where.subjects.empty() && !listed(rule.where.subjects, claim.subject)) return false;
  if (!rule.where.objects.empty() && !listed(rule.where.objects, claim.object)) return false;
  return true;
}

bool selects(const ClaimSelector& selector, const Claim& claim) {
  if (!selector.object.empty() && claim.object != selector.object) return false;
  if (!selector.event.empty()) return claim.kind == ClaimKind::event && claim.name == selector.event;
  if (claim.kind != ClaimKind::state || claim.name != selector.state) return false;
  // Only a claim surely of a listed value: a hedged `about 6` may not be 6, and a rule binds
  // claims only by what they surely say.
  return selector.values.empty() || surely_listed(selector.values, claim.value);
}

PairKeyView key_view_of(const Rule& rule, const Claim& claim) {
  return {claim.subject, rule.match == RuleMatch::subject ? std::string_view() : std::string_view(claim.object)};
}

bool finish_instance(RuleInstance& instance) {
  std::sort(instance.claims.begin(), instance.claims.end());
  instance.claims.erase(std::unique(instance.claims.begin(), instance.claims.end()), instance.claims.end());
  return !instance.constraints.empty() && !instance.claims.empty();
}

}  // namespace claimcheck
