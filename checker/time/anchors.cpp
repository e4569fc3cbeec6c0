// Time anchors: resolve target ids across sources, walk the anchor links to find cycles, and
// find the relative dates that leave the calendar.
#include "time/anchors.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claimcheck/calendar.h"
#include "model/suggest.h"

namespace claimcheck {

namespace {

// Views into the dataset's ids: no copy of a million ids. First wins; duplicates are reported elsewhere.
std::unordered_map<std::string_view, int> claims_by_full_id(const Dataset& dataset) {
  std::unordered_map<std::string_view, int> ids;
  ids.reserve(dataset.claims.size());
  for (int i = 0; i < static_cast<int>(dataset.claims.size()); ++i)
    ids.emplace(dataset.claims[static_cast<std::size_t>(i)].full_id, i);
  return ids;
}

// Claims that did not load: a reference to one is not unknown (its own error says enough), and
// it has no days to link to.
std::unordered_set<std::string_view> unloaded_ids(const Dataset& dataset) {
  std::unordered_set<std::string_view> ids;
  for (const UnloadedClaim& claim : dataset.unloaded_claims) ids.insert(claim.full_id);
  return ids;
}

// Every claim id, sorted: the candidates of "did you mean", listed only when some id is unknown.
std::vector<std::string> sorted_ids(const Dataset& dataset) {
  std::vector<std::string> ids;
  for (const Claim& claim : dataset.claims) ids.push_back(claim.full_id);
  for (const UnloadedClaim& claim : dataset.unloaded_claims) ids.push_back(claim.full_id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

void resolve_targets(Dataset& dataset, Diagnostics& diagnostics) {
  std::unordered_map<std::string_view, int> ids = claims_by_full_id(dataset);
  std::unordered_set<std::string_view> unloaded = unloaded_ids(dataset);
  std::optional<std::vector<std::string>> known;
  for (Claim& claim : dataset.claims) {
    if (!claim.time.anchor) continue;
    TimeAnchor& anchor = *claim.time.anchor;
    auto found = ids.find(anchor.target);
    if (found != ids.end()) {
      anchor.claim = found->second;
      continue;
    }
    if (unloaded.count(anchor.target)) continue;
    if (!known) known = sorted_ids(dataset);
    diagnostics.error("unknown-claim",
                      "'at' refers to claim '" + anchor.target + "', which no facts file defines" +
                          did_you_mean(anchor.target, *known, claim.full_id),
                      anchor.range);
  }
}

int next_of(const Dataset& dataset, int claim) {
  const auto& anchor = dataset.claims[static_cast<std::size_t>(claim)].time.anchor;
  return anchor ? anchor->claim : -1;
}

// Each claim has at most one anchor, so following anchors from any claim either stops or enters
// exactly one cycle. Colours: 0 unseen, 1 on the current walk, 2 done.
void report_cycles(Dataset& dataset, Diagnostics& diagnostics) {
  std::vector<int> colour(dataset.claims.size(), 0);
  for (int first = 0; first < static_cast<int>(dataset.claims.size()); ++first) {
    std::vector<int> walk;
    int at = first;
    while (at >= 0 && colour[static_cast<std::size_t>(at)] == 0) {
      colour[static_cast<std::size_t>(at)] = 1;
      walk.push_back(at);
      at = next_of(dataset, at);
    }
    if (at >= 0 && colour[static_cast<std::size_t>(at)] == 1) {
      std::vector<int> cycle(std::find(walk.begin(), walk.end(), at), walk.end());
      const Claim& head = dataset.claims[static_cast<std::size_t>(cycle.front())];
      Diagnostic& d =
          diagnostics.error("time-reference-cycle",
                            "claims are dated relative to each other in a cycle, so none of them has a date (" +
                                std::to_string(cycle.size()) + (cycle.size() == 1 ? " claim)" : " claims)"),
                            head.time.anchor->range);
      for (int c : cycle) {
        const Claim& claim = dataset.claims[static_cast<std::size_t>(c)];
        d.notes.push_back({claim.time.anchor->range, claim.full_id + " is dated " + claim.time.anchor->description});
      }
      for (int c : cycle) dataset.claims[static_cast<std::size_t>(c)].time.anchor->claim = -1;  // no link into a cycle
    }
    for (int c : walk) colour[static_cast<std::size_t>(c)] = 2;
  }
}

// The days a claim's anchor allows it, in days since the epoch (wide enough to leave the
// calendar), given the days its target allows: one day, after the target's last day or before its
// first, within the gap. A gap without `by` is open on its far side, like an open end.
struct Days {
  std::int64_t earliest = kFirstDay;
  std::int64_t latest = kLastDay;
};

bool open_gap(const TimeAnchor& anchor) {
  return anchor.gap.max >= static_cast<std::int64_t>(kLastDay) - kFirstDay;
}

Days anchored_days(const TimeAnchor& anchor, const Days& target_start, const Days& target_end) {
  if (anchor.after)
    return {target_end.earliest + anchor.gap.min, open_gap(anchor) ? kLastDay : target_end.latest + anchor.gap.max};
  return {open_gap(anchor) ? kFirstDay : target_start.earliest - anchor.gap.max, target_start.latest - anchor.gap.min};
}

// A relative date is a window like any other: one with no day inside 0001-01-01..9999-12-31 is a
// date-out-of-range error at the claim's `after:`/`before:` (never clamped, never left for the
// solver to find as a conflict of the claim with itself, which no rule names). Claims dated
// relative to one found out of range (or to an unknown claim or a cycle) get no error of their own.
void report_out_of_range(const Dataset& dataset, Diagnostics& diagnostics) {
  if (std::none_of(dataset.claims.begin(), dataset.claims.end(), [](const Claim& c) { return c.time.anchor; })) return;
  enum class State : char { unseen, ok, broken };
  std::vector<State> state(dataset.claims.size(), State::unseen);
  std::vector<Days> start(dataset.claims.size()), end(dataset.claims.size());
  std::vector<int> chain;  // from a claim along its anchors to a claim already seen
  for (int first = 0; first < static_cast<int>(dataset.claims.size()); ++first) {
    chain.clear();
    for (int at = first; at >= 0 && state[static_cast<std::size_t>(at)] == State::unseen; at = next_of(dataset, at))
      chain.push_back(at);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      auto c = static_cast<std::size_t>(*it);
      const ClaimTime& time = dataset.claims[c].time;
      state[c] = State::ok;
      if (!time.anchor) {
        start[c] = {time.start_window.earliest, time.start_window.latest};
        end[c] = {time.end_window.earliest, time.end_window.latest};
        continue;
      }
      const TimeAnchor& anchor = *time.anchor;
      if (anchor.claim < 0 || state[static_cast<std::size_t>(anchor.claim)] != State::ok) {
        state[c] = State::broken;
        continue;
      }
      auto target = static_cast<std::size_t>(anchor.claim);
      Days days = anchored_days(anchor, start[target], end[target]);
      // Only a date that must leave the calendar is an error: one whose window merely reaches
      // past it (counted from an open end) still has days inside, which later links count from.
      start[c] = end[c] =
          Days{std::max<std::int64_t>(days.earliest, kFirstDay), std::min<std::int64_t>(days.latest, kLastDay)};
      bool too_early = days.latest < kFirstDay;
      bool too_late = days.earliest > kLastDay;
      if (!too_early && !too_late) continue;
      state[c] = State::broken;
      Diagnostic& d = diagnostics.error("date-out-of-range",
                                        "'" + time.text + "' puts the claim " +
                                            (too_early ? "before 0001-01-01" : "after 9999-12-31") +
                                            ", outside the calendar: claimcheck handles years 0001 to 9999",
                                        anchor.range);
      const Claim& other = dataset.claims[target];
      d.notes.push_back({other.range, "its day is counted from " + other.full_id + " (" + other.time.text + ")"});
    }
  }
}

}  // namespace

void link_time_anchors(Dataset& dataset, Diagnostics& diagnostics) {
  resolve_targets(dataset, diagnostics);
  report_cycles(dataset, diagnostics);
  report_out_of_range(dataset, diagnostics);
}

}  // namespace claimcheck
