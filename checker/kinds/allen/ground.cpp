// allen: a claim's `relation` to its `other` claim, as constraints on the claims' instants. A
// claim dated by days happens at unknown times inside them (TimeVar::instant): Allen's 13
// relations (on intervals with start < end) hold when some such times satisfy them.
#include <string_view>
#include <unordered_map>

#include "ground/kinds.h"

namespace claimcheck::kinds::allen {

namespace {

// One endpoint of a claim's interval.
struct Point {
  int claim;
  bool is_end;
};

TimeVar day_of(Point p) {
  return p.is_end ? end_of(p.claim) : start_of(p.claim);
}
TimeVar instant_at(Point p) {
  return instant_of(p.claim, p.is_end ? Endpoint::end : Endpoint::start);
}

// p < q: the instants in that order, and the days that allows (p's day at most q's: a start
// lies in [d, d + 1) and an end in (d, d + 1], so both orders fit in one day). The days are
// implied by the instants; stated too, they let the pre-check find days that fit first.
void less(std::vector<Difference>& out, Point p, Point q) {
  out.push_back({instant_at(p), instant_at(q), -1});
  out.push_back({day_of(p), day_of(q), 0});
}
// p = q: the same instant. An end meets a start on the same day or at the midnight after the
// end's last day, which is the start's first day.
void equal(std::vector<Difference>& out, Point p, Point q) {
  out.push_back({instant_at(p), instant_at(q), 0});
  out.push_back({instant_at(q), instant_at(p), 0});
  out.push_back({day_of(p), day_of(q), !p.is_end && q.is_end ? 1 : 0});
  out.push_back({day_of(q), day_of(p), p.is_end && !q.is_end ? 1 : 0});
}
// An interval starts before it ends.
void proper(std::vector<Difference>& out, int claim) {
  less(out, {claim, false}, {claim, true});
}

// The relation's definition for intervals a and b, on the endpoints' order.
std::vector<Difference> relation_between(const std::string& relation, int a, int b) {
  Point as{a, false}, ae{a, true}, bs{b, false}, be{b, true};
  std::vector<Difference> out;
  proper(out, a);
  proper(out, b);
  if (relation == "before") less(out, ae, bs);
  if (relation == "after") less(out, be, as);
  if (relation == "meets") equal(out, ae, bs);
  if (relation == "met-by") equal(out, be, as);
  if (relation == "overlaps") less(out, as, bs), less(out, bs, ae), less(out, ae, be);
  if (relation == "overlapped-by") less(out, bs, as), less(out, as, be), less(out, be, ae);
  if (relation == "starts") equal(out, as, bs), less(out, ae, be);
  if (relation == "started-by") equal(out, as, bs), less(out, be, ae);
  if (relation == "during") less(out, bs, as), less(out, ae, be);
  if (relation == "contains") less(out, as, bs), less(out, be, ae);
  if (relation == "finishes") less(out, bs, as), equal(out, ae, be);
  if (relation == "finished-by") less(out, as, bs), equal(out, ae, be);
  if (relation == "equals") equal(out, as, bs), equal(out, ae, be);
  return out;
}

}  // namespace

void ground_allen(const GroundInput& input, std::vector<RuleInstance>& out) {
  // Only the claims some relation names are looked up: a million ids need not be indexed for a few.
  std::unordered_map<std::string_view, int> by_id;
  for (int i : input.claims.with_relation())
    if (const Claim& claim = claim_at(input.claims, i); claim.relation) by_id.emplace(claim.relation->other, -1);
  if (by_id.empty()) return;
  for (int i = 0; i < input.claims.size(); ++i)
    if (auto wanted = by_id.find(claim_at(input.claims, i).full_id); wanted != by_id.end() && wanted->second < 0)
      wanted->second = i;  // the first claim with the id, as everywhere
  for (int i : input.claims.with_relation()) {
    const Claim& claim = claim_at(input.claims, i);
    if (!claim.relation || !in_scope(input.rule, claim)) continue;
    auto other = by_id.find(claim.relation->other);
    if (other == by_id.end() || other->second < 0 || other->second == i) continue;  // validation reports both
    // One instance per stated relation, so a finding names exactly the relations it needs.
    RuleInstance instance{input.rule_index, claim.subject, claim.object, {i, other->second}, {}};
    Constraint relation = all_of(relation_between(claim.relation->name, i, other->second));
    relation.about = {i, other->second};  // a relation holds only between claims that are assumed
    instance.constraints.push_back(std::move(relation));
    if (finish_instance(instance)) out.push_back(std::move(instance));
  }
}

const KindGrounding grounding{.ground = ground_allen};

}  // namespace claimcheck::kinds::allen
