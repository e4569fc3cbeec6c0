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
  std::vector<int> claims;  // indices into Dataset::claims, sorted by location
  bool self_contradictory = false;  // a single claim whose own time cannot hold
  // Set when a rule the conflict needs lists one of its claims in `exceptions`: the finding
  // goes to Report::suppressed, e.g. "rule 'one-status' accepts s/frozen".
  std::string suppressed_because;
};

// A group of claims the solver could not decide: never reported as consistent.
struct UnknownGroup {
  std::vector<int> claims;
  std::string reason;
};

// A group whose conflicts were cut at --max-conflicts.
struct TruncatedGroup {
  std::vector<int> claims;
  int limit = 0;
};

// A baseline entry (an accepted finding) that matched no finding of this run: stale.
struct StaleBaselineEntry {
  std::string fingerprint;
  std::string rule;
  std::vector<std::string> claims;  // full claim ids, as the baseline recorded them
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
  int cache_hits = 0;     // facts files read from --cache instead of parsed
  int cache_written = 0;  // facts files converted and stored in --cache
};

struct Report {
  Dataset dataset;
  RuleSet rules;
  std::vector<Finding> findings;
  std::vector<Finding> suppressed;  // findings a rule's `exceptions` accept: shown, never counted
  std::vector<UnknownGroup> unknown;
  std::vector<TruncatedGroup> truncated;
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
