// Rule kinds described for people: a rule in one line and in a paragraph, its constraint on a
// timeline and the days it shades there, the remedy a finding of it suggests, and which claims it looks at.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "claimcheck/model.h"
#include "claimcheck/rules.h"
#include "model/phrases.h"
#include "model/selectors.h"

namespace claimcheck {

using RuleWords = std::string (*)(const Rule& rule);
using RuleLooksAt = bool (*)(const Rule& rule, const Claim& claim);

// The days a finding's timeline shades as where its claims cannot meet: from `from` up to the day
// before `to` (none: the drawing's end), a line at `from` when it marks an event's day.
struct ShadedDays {
  Day from = 0;
  std::optional<Day> to;
  const char* opacity = "0.12";  // the shade's fill-opacity
  bool line_at_from = false;
};
// A finding's shaded days, from its claims (none: nothing shaded).
using TimelineShading = std::optional<ShadedDays> (*)(const Rule& rule, const std::vector<int>& claims,
                                                      const Dataset& dataset);

// Everything rendering knows of one rule kind.
struct KindDescribing {
  RuleWords short_words = nullptr;    // one line: "'announce-withdrawal' happens at most once per subject and object"
  RuleWords paragraph = nullptr;      // the rule for an editor (none: the one line as a sentence)
  RuleWords constraint = nullptr;     // as drawn on a timeline: "these must be the same day"
  RuleWords remedy = nullptr;         // a sentence after the minimal-set remedy: " Or re-date them …" (none: nothing)
  RuleLooksAt looks_at = nullptr;     // whether the rule looks at a claim at all (its event or state)
  TimelineShading shading = nullptr;  // what a finding's timeline shades (none: nothing)
  const char* docs_anchor = nullptr;  // its section of docs/rules.md (none: its name)
};
const KindDescribing& describing_of(RuleKind kind);

// Each kind's row, defined in checker/kinds/<kind>/render.cpp (claimcheck/rule_kinds.def lists the kinds).
namespace kinds {
#define CLAIMCHECK_RULE_KIND(identifier, name) \
  namespace identifier {                       \
  extern const KindDescribing describing;      \
  }
#include "claimcheck/rule_kinds.def"
#undef CLAIMCHECK_RULE_KIND
}  // namespace kinds

// The latest first day and the earliest last day the claims can have: they can share a day only
// when the first is not after the second.
struct SharedDays {
  Day latest_start = kFirstDay;
  Day earliest_end = kLastDay;
};
inline SharedDays shared_days(const std::vector<int>& claims, const Dataset& dataset) {
  SharedDays out;
  for (int c : claims) {
    const ClaimTime& time = dataset.claims[static_cast<std::size_t>(c)].time;
    out.latest_start = std::max(out.latest_start, time.start_window.earliest);
    out.earliest_end = std::min(out.earliest_end, time.end_window.latest);
  }
  return out;
}

// A claim of this event (or state) name.
inline bool is_event(const Claim& claim, const std::string& name) {
  return claim.kind == ClaimKind::event && claim.name == name;
}
inline bool is_state(const Claim& claim, const std::string& name) {
  return claim.kind == ClaimKind::state && claim.name == name;
}

}  // namespace claimcheck
