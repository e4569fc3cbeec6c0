// --cache while deciding and explaining: reused verdicts and repairs, and this run's remembered.
#include "cache/reuse.h"

#include <string>

#include "cache/settings.h"
#include "solve/decide_groups.h"

namespace claimcheck {

namespace {

// Remembers this run's decided verdicts for the next one.
void remember_verdicts(VerdictCache& cache, const std::vector<int>& todo, const std::vector<GroupKey>& keys,
                       const std::vector<Group>& groups, const std::vector<GroupVerdict>& verdicts) {
  for (int g : todo) {
    auto i = static_cast<std::size_t>(g);
    cache.remember(keys[i], groups[i], verdicts[i]);
  }
}

}  // namespace

VerdictMemory verdict_memory_of(const CheckOptions& options) {
  VerdictMemory memory;
  if (options.cache.empty() || options.strategy != Strategy::split) return memory;
  memory.cache.emplace(options.cache);
  memory.cache->load();
  return memory;
}

std::vector<GroupVerdict> decide_remembering(const std::vector<Group>& groups, const Grounding& grounding,
                                             const CheckOptions& options, VerdictMemory& memory, Report& report) {
  std::vector<int> todo = groups_with_rules(groups);
  std::optional<VerdictCache>& cache = memory.cache;
  std::vector<GroupKey>& keys = memory.keys;
  keys.assign(cache ? groups.size() : 0, GroupKey{});
  KnownVerdict known;
  if (cache) {
    std::string settings = cache_settings(options, Cached::verdicts);
    known = [&, settings](std::size_t g, const Group& group) {
      keys[g] = group_key(group, grounding, report.dataset, report.rules, settings);
      return cache->find(keys[g], group);
    };
  }
  std::vector<GroupVerdict> verdicts = decide_groups(groups, todo, grounding, options, known, report);
  if (cache) remember_verdicts(*cache, todo, keys, groups, verdicts);
  return verdicts;
}

RepairsFound search_repairs(std::optional<RepairSolver>& repairer, std::size_t g, const Group& group,
                            const GroupVerdict& verdict, const Grounding& grounding, const CheckOptions& options,
                            const VerdictMemory& memory, const Dataset& dataset) {
  RepairsFound out;
  std::optional<RepairSearch> search;
  if (memory.cache) {
    out.repair_inputs = repair_key(memory.keys[g], group, dataset, options.max_repairs);
    search = memory.cache->find_repairs(memory.keys[g], out.repair_inputs, group);
    out.reused = search.has_value();
  }
  if (!search && verdict.conflicts.size() == 1 && !verdict.truncated)  // most conflicting groups
    search = repairs_of_only_conflict(verdict.conflicts.front().claims, dataset, options.max_repairs);
  if (!search && verdict.listed_alone)
    search = unsearched_repairs("not searched: the group's other conflicts were not listed");
  if (!search) {
    if (!repairer) repairer.emplace(RepairOptions{options.max_repairs, options.timeout_ms});
    search = repairer->find_repairs(group, grounding, dataset, verdict.spent_ms);
  }
  out.search = std::move(*search);
  return out;
}

void remember_repairs(VerdictMemory& memory, std::size_t g, const Group& group, const RepairsFound& found,
                      Report& report) {
  if (!memory.cache) return;
  if (found.reused) ++report.stats.repairs_reused;
  memory.cache->remember_repairs(memory.keys[g], found.repair_inputs, group, found.search);
}

void store_verdicts(const VerdictMemory& memory, Report& report) {
  if (memory.cache && memory.cache->save())
    report.stats.verdicts_stored = static_cast<int>(memory.cache->remembered_entries());
}

}  // namespace claimcheck
