// What a check returns: findings (minimal conflicting claim sets), undecided groups, diagnostics.
#pragma once

#include <string>
#include <vector>

#include "claimcheck/diagnostic.h"
#include "claimcheck/model.h"
#include "claimcheck/rules.h"

namespace claimcheck {

// One minimal set of claims that cannot all be true under the named rules.
struct Finding {
  std::string rule;                // the primary rule id
  std::vector<std::string> rules;  // every rule the conflict needs
  Severity severity = Severity::error;
  std::string message;
  std::vector<int> claims;          // indices into Dataset::claims, sorted by location
  bool self_contradictory = false;  // a single claim whose own time cannot hold
  // Set when a rule the conflict needs lists one of its claims in `exceptions`: the finding
  // goes to Report::suppressed, e.g. "rule 'one-status' accepts s/frozen".
  std::string suppressed_because;
  // One or two plain sentences: what each claim says, by whom, and which rule forbids it.
  std::string explanation;
  int group = -1;  // index into Report::repairs of the group the finding belongs to
  // Who the claims come from (docs/report-json.md, "attribution").
  bool one_source = false;     // every claim comes from the same source: it contradicts itself
  bool one_speaker = false;    // every claim has the same non-empty said_by
  bool many_speakers = false;  // the claims quote different people (said_by differs)
};

// A set of claims whose removal makes its group consistent (a minimal correction set).
struct Repair {
  std::vector<int> claims;  // sorted by location
  double weight = 0;        // Σ reliability × confidence of the removed claims
};

// How likely a claim is to be the wrong one: in how many conflicts, in which repairs.
struct Blame {
  int claim = -1;
  int conflicts = 0;  // minimal conflicts (findings) that contain it
  bool in_every_best_repair = false;
  bool in_some_best_repair = false;
  double weight = 0;   // reliability × confidence: the cost of removing it
  std::string reason;  // "in 2 of 2 conflicts; removed by every best repair; weight 0.6"
};

// Repairs and blame for one group of claims that has contradictions.
struct GroupRepairs {
  std::vector<int> claims;      // every claim of the group
  std::vector<Repair> repairs;  // lightest first; those with the lightest weight are the best
  int best = 0;                 // how many repairs share the lightest weight (1: unique); when the
                                // limit cut a tie, one more than listed (a lower bound)
  bool more = false;            // more repairs exist than are listed
  std::vector<Blame> blame;     // claims of the group's conflicts, most likely wrong first
  std::string unknown_reason;   // non-empty when the optimizer gave up: no repairs listed
  // Non-empty when a timeout or solver error cut the search ("timeout after 200 ms"): the repairs
  // listed are those found so far, more may tie the best, and no claim is in every best repair.
  std::string cut_reason;
};

// The tightest days the rules allow for one claim, and what narrowed them.
struct DerivedWindow {
  int claim = -1;
  DayWindow start;                 // the claim's first day (for a point, its day)
  DayWindow end;                   // the claim's last day
  bool narrowed = false;           // tighter than the claim says on its own
  std::vector<int> narrowed_by;    // the other claims that narrowed it (a minimal set)
  std::vector<std::string> rules;  // the rules that narrowed it
};

// A derived timeline of one group of claims, ordered by earliest start.
struct GroupTimeline {
  std::vector<int> claims;
  std::vector<int> dropped;  // claims left out first (the best repair) because the group conflicts
  std::vector<DerivedWindow> windows;
  std::string unknown_reason;  // non-empty when the solver gave up: no windows listed
};

// Findings grouped by who said the claims and who reported them.
struct AttributionChain {
  std::string source;               // source id
  std::string said_by;              // may be empty
  std::string via;                  // may be empty
  std::vector<int> findings;        // indices into Report::findings that have a claim with this attribution
  bool self_contradiction = false;  // two of those findings' claims with this attribution conflict
};

// A group of claims the solver could not decide: never reported as consistent.
struct UnknownGroup {
  std::vector<int> claims;
  std::string reason;
};

// A group whose conflicts were cut at --max-conflicts.
// A group whose list of conflicts was cut: at --max-conflicts, or by time (`time_reason` says
// why: "timeout after 3000 ms"); each listed conflict is still a proved minimal conflict.
struct TruncatedGroup {
  std::vector<int> claims;
  int limit = 0;
  std::string time_reason = {};
  // The pre-check listed one conflict of this large group alone and searched no other.
  bool listed_alone = false;
};

// A baseline entry (an accepted finding) that matched no finding of this run: stale.
struct StaleBaselineEntry {
  std::string fingerprint;
  std::string rule;
  std::vector<std::string> claims;  // full claim ids, as the baseline recorded them
  // Why it matches nothing: "s/a was edited since it was accepted", "s/gone is no longer in the
  // dataset" or "the claims no longer conflict under this rule".
  std::string why;
};

struct Summary {
  int sources = 0;
  int claims = 0;
  int rules = 0;
  int groups = 0;
  int findings = 0;
  int unknown = 0;
};

// Where the time went and how groups were decided; not part of any rendered report.
struct CheckStats {
  double load_seconds = 0, validate_seconds = 0, ground_seconds = 0, solve_seconds = 0;
  int files = 0;
  int groups_with_rules = 0;  // groups that some rule instance relates (the rest need nothing)
  int prechecked = 0;         // of those, proved consistent by the pre-check without Z3
  int solved = 0;             // decided by Z3
  int jobs = 1;
  int cache_hits = 0;         // facts files read from --cache instead of parsed
  int cache_written = 0;      // facts files converted and stored in --cache
  int verdicts_reused = 0;    // groups whose verdict came from --cache (no pre-check, no solver)
  int verdicts_stored = 0;    // group verdicts written to --cache for the next run
  int repairs_reused = 0;     // conflicting groups whose repairs came from --cache (no optimizer)
  int rechecked_claims = -1;  // a re-check (CheckOptions::incremental): the claims it read; -1: a full check
  double decide_seconds = 0;  // of solve_seconds: keys, cache, pre-check and Z3 (the rest is explaining)
  // of ground_seconds: mirrored claims, the rules' grounders (each folding its mirrors back), groups
  double mirrors_seconds = 0, rules_seconds = 0, groups_seconds = 0;
};

struct Report {
  Dataset dataset;
  RuleSet rules;
  std::vector<Finding> findings;
  std::vector<Finding> suppressed;  // findings a rule's `exceptions` accept: shown, never counted
  std::vector<UnknownGroup> unknown;
  std::vector<TruncatedGroup> truncated;
  std::vector<GroupRepairs> repairs;           // one per group with findings
  std::vector<GroupTimeline> timelines;        // only when CheckOptions::timeline asks for them
  std::vector<AttributionChain> attributions;  // every attribution that appears in a finding
  Diagnostics diagnostics;
  Summary summary;
  bool checked = false;  // false when bad input stopped the run before solving
  // With --baseline: findings the baseline accepts (moved out of `findings`) and its stale entries.
  bool baseline_used = false;
  std::vector<Finding> baselined;
  std::vector<StaleBaselineEntry> stale_baseline;
  CheckStats stats;
};

}  // namespace claimcheck
