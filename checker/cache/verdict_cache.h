// Verdict cache: each group's decision, stored under a hash of everything the solver reads for it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "claimcheck/model.h"
#include "claimcheck/rules.h"
#include "ground/ground.h"
#include "solve/repair.h"
#include "solve/solver.h"

namespace claimcheck {

// 128 bits of hash over a group's solver input (see group_key).
struct GroupKey {
  std::uint64_t high = 0;
  std::uint64_t low = 0;
  bool operator==(const GroupKey& other) const { return high == other.high && low == other.low; }
};

struct GroupKeyHash {
  std::size_t operator()(const GroupKey& key) const { return static_cast<std::size_t>(key.low); }
};

// The key of one group: claimcheck's version and the cache format, `settings` (the solver
// options that change a verdict), and, in group order, every claim's full id and the difference
// constraints its time makes, then every rule instance's rule id, pair, claims and constraints.
// Claims are numbered by their position in the group, so a group keeps its key when claims of
// other groups come or go. This is exactly what the pre-check and GroupSolver::solve read.
GroupKey group_key(const Group& group, const Grounding& grounding, const Dataset& dataset, const RuleSet& rules,
                   const std::string& settings);

// The key of a conflicting group's repairs: its verdict key (the solver input the optimizer reads
// too), --max-repairs and, in group order, every claim's removal cost (its source's reliability ×
// its confidence), which the optimizer weighs and the verdict key does not cover.
GroupKey repair_key(const GroupKey& verdict_key, const Group& group, const Dataset& dataset, int max_repairs);

// A complete repair search (never one the optimizer gave up on) with claims as positions in the
// group, valid only while the group's repair key is `inputs`.
struct StoredRepairs {
  GroupKey inputs;
  std::vector<RepairSet> repairs;  // claims as positions in Group::claims
  bool more = false;
  bool more_as_light = false;
};

// A group's verdict with claims and instances as positions in the group, so it can be stored and
// mapped back onto the same group in another run, whatever its claims' indices in the dataset.
struct StoredVerdict {
  GroupVerdict::Status status = GroupVerdict::Status::consistent;
  bool truncated = false;
  std::vector<Conflict> conflicts;       // positions in Group::claims and Group::instances
  std::optional<StoredRepairs> repairs;  // a conflicting group's, once searched
};

// One file, DIR/verdicts, holding the verdicts (and conflicting groups' repairs) of the last
// check that used DIR. Only decided
// groups (consistent or conflicting) are stored: an `unknown` depends on the timeout and the
// machine's load, so it is always solved again.
class VerdictCache {
 public:
  explicit VerdictCache(std::string folder);

  // Reads the file; a missing, foreign or damaged file is an empty cache.
  void load();
  // The stored verdict for `key`, mapped onto `group`'s claim and instance indices.
  std::optional<GroupVerdict> find(const GroupKey& key, const Group& group) const;
  // Remembers a verdict for the next save (not thread-safe: call from one thread).
  void remember(const GroupKey& key, const Group& group, const GroupVerdict& verdict);
  // The stored repairs of the group with verdict key `key`, when they were searched for the same
  // repair key `inputs`, mapped onto `group`'s claim indices.
  std::optional<RepairSearch> find_repairs(const GroupKey& key, const GroupKey& inputs, const Group& group) const;
  // Remembers a complete search with the group's remembered verdict (ignored for a partial search
  // or a verdict not remembered in this run).
  void remember_repairs(const GroupKey& key, const GroupKey& inputs, const Group& group, const RepairSearch& search);
  // Keeps every loaded verdict not remembered in this run for the next save too: a re-check that
  // decided only the groups an edit reached must not forget the others.
  void keep_loaded();
  // Replaces the file with the remembered verdicts (temporary name, then rename). Returns false
  // when it cannot write; the check's result does not depend on it.
  bool save() const;

  std::size_t loaded_entries() const { return loaded_.size(); }
  std::size_t remembered_entries() const { return remembered_.size(); }

 private:
  std::string path() const;

  std::string folder_;
  std::unordered_map<GroupKey, StoredVerdict, GroupKeyHash> loaded_;
  std::unordered_map<GroupKey, StoredVerdict, GroupKeyHash> remembered_;
};

}  // namespace claimcheck
