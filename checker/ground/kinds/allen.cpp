// allen: a claim's `relation` to its `other` claim, as endpoint constraints. A claim holding on
// days [s, e] is the interval [s, e + 1) of continuous time, so Allen's 13 relations (defined on
// intervals with start < end) become difference constraints over s and e + 1.
#include <string_view>
#include <unordered_map>

#include "ground/kinds/kinds.h"

namespace claimcheck {

namespace {

// One endpoint of the interval: its start s, or its exclusive end e + 1.
struct Point {
  int claim;
  bool is_end;
};

// p − q ≤ bound, written over s and e + 1 and lowered to the claims' s and e.
Difference at_most(Point p, Point q, std::int64_t bound) {
  std::int64_t shift = (p.is_end ? 1 : 0) - (q.is_end ? 1 : 0);
  return {p.is_end ? end_of(p.claim) : start_of(p.claim), q.is_end ? end_of(q.claim) : start_of(q.claim),
          bound - shift};
}
void less(std::vector<Difference>& out, Point p, Point q) {
  out.push_back(at_most(p, q, -1));
}
void equal(std::vector<Difference>& out, Point p, Point q) {
  out.push_back(at_most(p, q, 0));
  out.push_back(at_most(q, p, 0));
}

// The relation's definition for intervals a and b, on the endpoints' order.
std::vector<Difference> relation_between(const std::string& relation, int a, int b) {
  Point as{a, false}, ae{a, true}, bs{b, false}, be{b, true};
  std::vector<Difference> out;
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

}  // namespace claimcheck
