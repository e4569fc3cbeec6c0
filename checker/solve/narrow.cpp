// Narrowing: the part of a group that the subsets of a few of its claims can see.
#include "solve/narrow.h"

#include <algorithm>

namespace claimcheck {

namespace {

void append_claim_of(const TimeVar& v, std::vector<int>& out) {
  if (v.claim >= 0) out.push_back(v.claim);
}

bool all_within(const std::vector<int>& sorted, const std::vector<int>& items) {
  return std::all_of(items.begin(), items.end(),
                     [&](int item) { return std::binary_search(sorted.begin(), sorted.end(), item); });
}

bool reads_only(const std::vector<int>& claims, const Constraint& constraint) {
  std::vector<int> read;
  append_read_claims(constraint, read);
  return all_within(claims, read);
}

std::vector<int> common_claims(const std::vector<int>& sorted_a, const std::vector<int>& sorted_b) {
  std::vector<int> out;
  std::set_intersection(sorted_a.begin(), sorted_a.end(), sorted_b.begin(), sorted_b.end(), std::back_inserter(out));
  return out;
}

// A claim dated from another claim is lowered with the link to that claim's days.
bool anchors_within(const std::vector<int>& claims, const Dataset& dataset) {
  for (int claim : claims) {
    std::optional<Constraint> link = anchor_link(claim, dataset.claims[static_cast<std::size_t>(claim)].time);
    if (link && !reads_only(claims, *link)) return false;
  }
  return true;
}

}  // namespace

void append_read_claims(const Constraint& constraint, std::vector<int>& out) {
  out.insert(out.end(), constraint.about.begin(), constraint.about.end());
  for (const auto& needs : constraint.option_needs) out.insert(out.end(), needs.begin(), needs.end());
  for (const auto& option : constraint.any_of)
    for (const Difference& d : option) {
      append_claim_of(d.a, out);
      append_claim_of(d.b, out);
    }
  for (const auto& atoms : constraint.linear)
    for (const LinearAtom& atom : atoms)
      for (const LinearTerm& term : atom.terms) {
        append_claim_of(term.day, out);
        if (term.claim >= 0) out.push_back(term.claim);
        out.insert(out.end(), term.holders.begin(), term.holders.end());
      }
}

std::optional<NarrowedGroup> narrowed_to(const std::vector<int>& claims, const Group& group, const Grounding& grounding,
                                         const Dataset& dataset) {
  if (!anchors_within(claims, dataset)) return std::nullopt;
  NarrowedGroup out;
  out.group.claims = claims;
  out.grounding.common_events = grounding.common_events;
  out.grounding.accepted = common_claims(grounding.accepted, claims);
  for (int i : group.instances) {
    const RuleInstance& instance = grounding.instances[static_cast<std::size_t>(i)];
    std::vector<int> touched = common_claims(instance.claims, claims);
    if (touched.empty()) continue;
    if (instance.unbuilt_terms > 0) return std::nullopt;
    RuleInstance kept{instance.rule, instance.subject, instance.object, std::move(touched), {}, instance.mirror_rules};
    for (const Constraint& c : instance.constraints) {
      if (!all_within(claims, c.about)) continue;  // binds for no subset of the claims
      if (!reads_only(claims, c)) return std::nullopt;
      kept.constraints.push_back(c);
    }
    if (kept.constraints.empty()) continue;
    out.group.instances.push_back(static_cast<int>(out.grounding.instances.size()));
    out.original_instances.push_back(i);
    out.grounding.instances.push_back(std::move(kept));
  }
  return out;
}

}  // namespace claimcheck
