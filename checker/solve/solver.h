// Solver: the only module that sees Z3. Decides a group and enumerates its minimal conflicts.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ground/ground.h"
#include "solve/deadline.h"

namespace claimcheck {

struct SolveOptions {
  int max_conflicts = 20;
  int timeout_ms = 10000;  // for the whole group
  unsigned rlimit = 0;     // Z3 resource limit per check; 0: none
  // Each check is first tried under this many Z3 resource units and no timer (a timer costs
  // each check a thread hand-off); a check it cannot finish runs again under the time left.
  unsigned probe_rlimit = 500'000;
  // Each check is first put to the pre-check (solve/precheck.h), whose proofs of satisfiability
  // take microseconds; false sends every check to Z3 (for tests that compare the two).
  bool precheck_checks = true;
  // For tests of the error path: the check with this number (0 = the first of a group) fails
  // with a Z3 error, as a broken Z3 would. -1: never.
  int fail_check = -1;
  // For tests of the deadline: the check with this number runs out of time, as a slow one would.
  int out_of_time_at_check = -1;
  // For tests of the model check: every model Z3 gives is moved off its claims' windows before it
  // is checked, as a wrong answer would be.
  bool corrupt_models = false;
  Deadline run_deadline;  // --deadline: no group's work goes past it
};

// A minimal unsatisfiable set of claims, and a minimal set of rule instances it needs.
struct Conflict {
  std::vector<int> claims;     // dataset claim indices, sorted
  std::vector<int> instances;  // grounding instance indices, sorted
};

struct GroupVerdict {
  enum class Status { consistent, conflicting, unknown } status = Status::consistent;
  std::vector<Conflict> conflicts;  // every minimal conflict, up to the limit
  bool truncated = false;           // the limit, or time, cut the list
  std::string cut_reason;           // when time (or a failed confirmation) cut it: why; else empty
  std::string reason;               // why a group is unknown
  // The pre-check's one conflict of a large group, confirmed alone: the group's other conflicts
  // were not searched, so no repair of it is proved.
  bool listed_alone = false;
  long long spent_ms = 0;  // deciding it took this much of its --timeout (repairs get the rest)
};

// Owns one Z3 context: use one per thread.
class GroupSolver {
 public:
  explicit GroupSolver(SolveOptions options);
  ~GroupSolver();
  GroupSolver(const GroupSolver&) = delete;
  GroupSolver& operator=(const GroupSolver&) = delete;

  // Within `deadline` when given, else within the options' timeout from now (and the run's).
  GroupVerdict solve(const Group& group, const Grounding& grounding, const Dataset& dataset,
                     std::optional<Deadline> deadline = std::nullopt);

 private:
  void replace_context();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimcheck
