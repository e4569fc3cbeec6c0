// Timeline: ClaimBounds → DerivedWindow, in time order.
#include "explain/timeline.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace claimcheck {

namespace {

std::vector<std::string> rule_ids(const std::vector<int>& instances, const Grounding& grounding, const RuleSet& rules) {
  std::vector<std::string> ids;
  for (int i : instances) {
    const std::string& id =
        rules.rules[static_cast<std::size_t>(grounding.instances[static_cast<std::size_t>(i)].rule)].id;
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

GroupTimeline explain_timeline(const Group& group, const std::vector<int>& dropped, const TimelineSearch& search,
                               const Grounding& grounding, const Dataset& dataset, const RuleSet& rules) {
  GroupTimeline out;
  out.claims = group.claims;
  out.dropped = dropped;
  out.unknown_reason = search.unknown_reason;
  for (const ClaimBounds& b : search.bounds)
    out.windows.push_back(DerivedWindow{b.claim, b.start, b.end, b.narrowed, b.narrowing_claims,
                                        rule_ids(b.narrowing_instances, grounding, rules)});
  auto key = [&](const DerivedWindow& w) {
    return std::make_tuple(w.start.earliest, w.end.latest, dataset.claims[static_cast<std::size_t>(w.claim)].range);
  };
  std::sort(out.windows.begin(), out.windows.end(),
            [&](const DerivedWindow& a, const DerivedWindow& b) { return key(a) < key(b); });
  return out;
}

GroupTimeline timeline_not_derived(const Group& group, std::string reason) {
  GroupTimeline out;
  out.claims = group.claims;
  out.unknown_reason = std::move(reason);
  return out;
}

}  // namespace claimcheck
