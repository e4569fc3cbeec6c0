// Grounding: rules × matching claims → RuleInstances of difference constraints → groups.
#include "ground/ground.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <numeric>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "ground/kinds.h"
#include "ground/mirror.h"
#include "parallel/parallel_for.h"

namespace claimcheck {

namespace {

class UnionFind {
 public:
  explicit UnionFind(int n) : parent_(static_cast<std::size_t>(n)) { std::iota(parent_.begin(), parent_.end(), 0); }
  int find(int x) {
    while (parent_[static_cast<std::size_t>(x)] != x) {
      parent_[static_cast<std::size_t>(x)] = parent_[static_cast<std::size_t>(parent_[static_cast<std::size_t>(x)])];
      x = parent_[static_cast<std::size_t>(x)];
    }
    return x;
  }
  void unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a != b) parent_[static_cast<std::size_t>(std::max(a, b))] = std::min(a, b);
  }

 private:
  std::vector<int> parent_;
};

// The claims that must be solved together with another claim, beyond what rule instances
// relate: a claim dated relative to another shares its variables, and claims read against one
// uncertain publication day share it (only when `published` is a window). One pass over the
// claims, which at 10^6 claims is bound by memory.
void unite_shared_days(const Dataset& dataset, UnionFind& sets) {
  std::vector<int> first_linked_of_source(dataset.sources.size(), -1);
  for (int claim = 0; claim < static_cast<int>(dataset.claims.size()); ++claim) {
    const Claim& data = dataset.claims[static_cast<std::size_t>(claim)];
    if (const auto& anchor = data.time.anchor; anchor && anchor->claim >= 0) sets.unite(claim, anchor->claim);
    if (data.time.by_publication.empty() || data.source < 0) continue;
    auto source = static_cast<std::size_t>(data.source);
    if (source >= first_linked_of_source.size()) first_linked_of_source.resize(source + 1, -1);  // hand-built datasets
    int& first = first_linked_of_source[source];
    if (first < 0)
      first = claim;
    else
      sets.unite(first, claim);
  }
}

// Members (claims or instances) listed by group: `group_of[m]` is member m's group. Members come
// out in increasing order within each group; each group's list is one exact allocation, made on
// `jobs` threads (half a million small groups at 10^6 claims).
template <typename ListOf>
void list_by_group(const std::vector<int>& group_of, std::vector<Group>& groups, ListOf list_of, int jobs) {
  std::vector<int> start(groups.size() + 1, 0);
  for (int g : group_of) ++start[static_cast<std::size_t>(g) + 1];
  for (std::size_t g = 0; g < groups.size(); ++g) start[g + 1] += start[g];
  std::vector<int> members(group_of.size());
  std::vector<int> next(start.begin(), start.end() - 1);
  for (std::size_t m = 0; m < group_of.size(); ++m)
    members[static_cast<std::size_t>(next[static_cast<std::size_t>(group_of[m])]++)] = static_cast<int>(m);
  parallel_for_slices(groups.size(), 16384, jobs, [&](int, std::size_t first, std::size_t last) {
    for (std::size_t g = first; g < last; ++g)
      list_of(groups[g]).assign(members.begin() + start[g], members.begin() + start[g + 1]);
  });
}

std::vector<Group> split_into_groups(const Dataset& dataset, const RuleInstances& instances,
                                     const std::vector<std::pair<int, int>>& ties, int jobs) {
  int claim_count = static_cast<int>(dataset.claims.size());
  UnionFind sets(claim_count);
  for (const RuleInstance& instance : instances)
    for (int claim : instance.claims) sets.unite(instance.claims.front(), claim);
  for (const auto& [a, b] : ties) sets.unite(a, b);
  unite_shared_days(dataset, sets);
  // A set's root is its first claim, so numbering groups as their roots appear orders them by
  // first claim.
  std::vector<int> group_of_claim(static_cast<std::size_t>(claim_count));
  std::vector<int> group_of_root(static_cast<std::size_t>(claim_count), -1);
  int group_count = 0;
  for (int claim = 0; claim < claim_count; ++claim) {
    int& g = group_of_root[static_cast<std::size_t>(sets.find(claim))];
    if (g < 0) g = group_count++;
    group_of_claim[static_cast<std::size_t>(claim)] = g;
  }
  std::vector<int>().swap(group_of_root);
  std::vector<int> group_of_instance;
  group_of_instance.reserve(instances.size());
  for (const RuleInstance& instance : instances)
    group_of_instance.push_back(group_of_claim[static_cast<std::size_t>(instance.claims.front())]);
  std::vector<Group> groups(static_cast<std::size_t>(group_count));
  list_by_group(
      group_of_claim, groups, [](Group& g) -> std::vector<int>& { return g.claims; }, jobs);
  list_by_group(
      group_of_instance, groups, [](Group& g) -> std::vector<int>& { return g.instances; }, jobs);
  return groups;
}

}  // namespace

namespace {

// "after X by D": this claim's first day − X's last day ∈ D; "before X by D": X's first − this last ∈ D.
void add_anchor(int claim, const TimeAnchor& anchor, std::vector<Difference>& out) {
  if (anchor.claim < 0) return;
  TimeVar later = anchor.after ? start_of(claim) : start_of(anchor.claim);
  TimeVar earlier = anchor.after ? end_of(anchor.claim) : end_of(claim);
  out.push_back({later, earlier, anchor.gap.max});
  out.push_back({earlier, later, -std::max<std::int64_t>(0, anchor.gap.min)});
}

}  // namespace

std::vector<Difference> claim_constraints(int claim, const ClaimTime& time) {
  std::vector<Difference> own = own_constraints(claim, time);
  if (time.anchor) add_anchor(claim, *time.anchor, own);
  return own;
}

std::optional<Constraint> anchor_link(int claim, const ClaimTime& time) {
  if (!time.anchor || time.anchor->claim < 0) return std::nullopt;
  Constraint link;
  link.any_of.emplace_back();
  add_anchor(claim, *time.anchor, link.any_of.back());
  link.about = {time.anchor->claim};
  return link;
}

std::vector<Difference> own_constraints(int claim, const ClaimTime& time) {
  std::vector<Difference> out;
  append_own_constraints(claim, time, out);
  return out;
}

void append_own_constraints(int claim, const ClaimTime& time, std::vector<Difference>& out) {
  TimeVar zero{};
  out.push_back({start_of(claim), zero, time.start_window.latest});
  out.push_back({zero, start_of(claim), -static_cast<std::int64_t>(time.start_window.earliest)});
  out.push_back({end_of(claim), zero, time.end_window.latest});
  out.push_back({zero, end_of(claim), -static_cast<std::int64_t>(time.end_window.earliest)});
  out.push_back({end_of(claim), start_of(claim), time.length.max});
  out.push_back({start_of(claim), end_of(claim), -std::max<std::int64_t>(0, time.length.min)});
}

std::optional<Constraint> publication_link(int claim, const Claim& data) {
  if (data.time.by_publication.empty()) return std::nullopt;
  TimeVar published = publication_of(data.source);
  TimeVar zero{};
  Constraint link;
  for (const PublicationReading& reading : data.time.by_publication) {
    ClaimTime time;
    time.start_window = reading.start_window;
    time.end_window = reading.end_window;
    time.length = reading.length;
    std::vector<Difference> option = own_constraints(claim, time);
    option.push_back({published, zero, reading.published.latest});
    option.push_back({zero, published, -static_cast<std::int64_t>(reading.published.earliest)});
    link.any_of.push_back(std::move(option));
  }
  return link;
}

std::vector<int> publication_sources(const std::vector<int>& claims, const Dataset& dataset) {
  std::vector<int> sources;
  for (int claim : claims) {
    const Claim& data = dataset.claims[static_cast<std::size_t>(claim)];
    if (!data.time.by_publication.empty()) sources.push_back(data.source);
  }
  std::sort(sources.begin(), sources.end());
  sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
  return sources;
}

namespace {

bool reads_holds(const Constraint& c) {
  for (const auto& atoms : c.linear)
    for (const LinearAtom& atom : atoms)
      for (const LinearTerm& t : atom.terms)
        if (t.kind == LinearTerm::Kind::holds) return true;
  return false;
}

// The claims whose days or number `c` reads, outside the claims an option needs of its own.
std::vector<int> claims_read(const Constraint& c) {
  std::vector<int> read;
  auto add = [&](const TimeVar& v, std::size_t option) {
    if (v.claim < 0) return;
    if (option < c.option_needs.size() &&
        std::count(c.option_needs[option].begin(), c.option_needs[option].end(), v.claim))
      return;
    read.push_back(v.claim);
  };
  for (std::size_t k = 0; k < c.any_of.size(); ++k)
    for (const Difference& d : c.any_of[k]) add(d.a, k), add(d.b, k);
  for (std::size_t k = 0; k < c.linear.size(); ++k)
    for (const LinearAtom& atom : c.linear[k])
      for (const LinearTerm& t : atom.terms) {
        add(t.day, k);
        if (t.kind == LinearTerm::Kind::value) add(TimeVar{t.claim}, k);
      }
  std::sort(read.begin(), read.end());
  read.erase(std::unique(read.begin(), read.end()), read.end());
  return read;
}

// A rule binds only the claims a set holds: each constraint applies while the claims it reads
// are assumed (ground.h, Constraint). Grounders state what their constraints say; this states
// when, once for every kind.
void bind_to_claims_read(std::vector<RuleInstance>& instances) {
  for (RuleInstance& instance : instances)
    for (Constraint& c : instance.constraints)
      if (c.about.empty() && !reads_holds(c)) c.about = claims_read(c);
}

// Rules ground independently (grounders only read), so they run on `jobs` threads; each rule's
// instances stay apart, in rule order, so the result never depends on `jobs`. Over mirrored
// claims each rule folds its mirrors back on the same thread.
std::vector<std::vector<RuleInstance>> ground_every_rule(const ClaimTable& claims, const RuleSet& rules,
                                                         const MirroredDataset* mirrored, int jobs,
                                                         std::size_t max_terms) {
  std::vector<std::vector<RuleInstance>> by_rule(rules.rules.size());
  parallel_for(static_cast<int>(rules.rules.size()), jobs, [&](int, int r) {
    const Rule& rule = rules.rules[static_cast<std::size_t>(r)];
    std::vector<RuleInstance>& instances = by_rule[static_cast<std::size_t>(r)];
    if (KindGrounder grounder = grounding_of(rule.kind).ground)
      grounder(GroundInput{r, rule, claims, max_terms}, instances);
    bind_to_claims_read(instances);
    if (mirrored) fold_mirrors(instances, *mirrored);
  });
  return by_rule;
}

}  // namespace

namespace {

// Numbers the common events of every rule 0..n-1 (a grounder names each by the rule's claim that
// opened it, unique within the rule), and ties the instances that share one into one group: the
// parts of an instance that fold_mirrors split each read the same event. Returns the ties, as
// pairs of claims of one group.
std::vector<std::pair<int, int>> number_common_events(RuleInstances& instances, const RuleSet& rules, int& count) {
  std::map<std::pair<int, int>, std::pair<int, int>> numbered;  // (rule, name) → (number, a claim)
  std::vector<std::pair<int, int>> ties;
  std::vector<bool> names_events;
  for (const Rule& rule : rules.rules) names_events.push_back(grounding_of(rule.kind).common_events);
  for (std::size_t i = 0; i < instances.size(); ++i) {
    RuleInstance& instance = instances[i];
    if (!names_events[static_cast<std::size_t>(instance.rule)]) continue;
    for (Constraint& c : instance.constraints)
      for (auto& option : c.any_of)
        for (Difference& d : option)
          for (TimeVar* v : {&d.a, &d.b}) {
            if (v->common < 0) continue;
            auto [entry, added] = numbered.try_emplace({instance.rule, v->common}, count, instance.claims.front());
            if (added)
              ++count;
            else if (entry->second.second != instance.claims.front())
              ties.emplace_back(entry->second.second, instance.claims.front());
            v->common = entry->second.first;
          }
  }
  return ties;
}

}  // namespace

std::vector<int> common_events_of(const Group& group, const Grounding& grounding) {
  std::vector<int> events;
  for (int i : group.instances)
    for (const Constraint& c : grounding.instances[static_cast<std::size_t>(i)].constraints)
      for (const auto& option : c.any_of)
        for (const Difference& d : option)
          for (const TimeVar* v : {&d.a, &d.b})
            if (v->common >= 0) events.push_back(v->common);
  std::sort(events.begin(), events.end());
  events.erase(std::unique(events.begin(), events.end()), events.end());
  return events;
}

void append_instant_claims(const Constraint& c, std::vector<int>& out) {
  for (const auto& option : c.any_of)
    for (const Difference& d : option)
      for (const TimeVar* v : {&d.a, &d.b})
        if (v->instant) out.push_back(v->claim);
}

void sort_unique(std::vector<int>& items) {
  std::sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end()), items.end());
}

std::vector<int> claims_with_instants(const Group& group, const Grounding& grounding) {
  std::vector<int> claims;
  for (int i : group.instances)
    for (const Constraint& c : grounding.instances[static_cast<std::size_t>(i)].constraints)
      append_instant_claims(c, claims);
  sort_unique(claims);
  return claims;
}

std::size_t estimated_solver_terms(const Group& group, const Grounding& grounding) {
  std::size_t terms = group.claims.size() * 8;  // each claim's own window, length and number
  for (int i : group.instances) {
    const RuleInstance& instance = grounding.instances[static_cast<std::size_t>(i)];
    terms += instance.unbuilt_terms;
    for (const Constraint& c : instance.constraints) {
      terms += 1 + c.about.size();
      for (const auto& option : c.any_of) terms += option.size();
      for (const auto& atoms : c.linear)
        for (const LinearAtom& atom : atoms)
          for (const LinearTerm& t : atom.terms) terms += 1 + 2 * t.holders.size();
    }
  }
  return terms;
}

bool has_unbuilt_instance(const Group& group, const Grounding& grounding) {
  return std::any_of(group.instances.begin(), group.instances.end(),
                     [&](int i) { return grounding.instances[static_cast<std::size_t>(i)].unbuilt_terms > 0; });
}

const std::vector<int>& mirror_rules_of(const Grounding& grounding, int instance) {
  static const std::vector<int> none;
  if (instance < 0 || static_cast<std::size_t>(instance) >= grounding.instances.size()) return none;
  return grounding.instances[static_cast<std::size_t>(instance)].mirror_rules;
}

namespace {

std::vector<int> accepted_claims(const Dataset& dataset, const RuleSet& rules) {
  std::unordered_set<std::string_view> ids;
  for (const Rule& rule : rules.rules) ids.insert(rule.exceptions.begin(), rule.exceptions.end());
  std::vector<int> out;
  if (ids.empty()) return out;
  for (std::size_t c = 0; c < dataset.claims.size(); ++c)
    if (ids.count(dataset.claims[c].full_id)) out.push_back(static_cast<int>(c));
  return out;
}

}  // namespace

Grounding ground(const Dataset& dataset, const RuleSet& rules, int jobs, std::size_t max_group_bytes) {
  Grounding grounding;
  GroundTimes& times = grounding.times;
  auto lap = [last = std::chrono::steady_clock::now()](double& seconds) mutable {
    auto now = std::chrono::steady_clock::now();
    seconds += std::chrono::duration<double>(now - last).count();
    last = now;
  };
  // Every rule also reads the mirrors; folding maps them back onto the real claims, so the
  // groups below join a claim with whatever its mirror relates it to.
  std::optional<MirroredDataset> mirrored = with_mirrors(dataset, rules, jobs);
  lap(times.mirrors_seconds);
  {
    ClaimTable claims(dataset.claims, mirrored ? &mirrored->mirrors : nullptr);
    grounding.instances = RuleInstances(
        ground_every_rule(claims, rules, mirrored ? &*mirrored : nullptr, jobs, max_group_bytes / kSolverBytesPerTerm));
  }
  mirrored.reset();
  std::vector<std::pair<int, int>> ties = number_common_events(grounding.instances, rules, grounding.common_events);
  lap(times.rules_seconds);
  grounding.groups = split_into_groups(dataset, grounding.instances, ties, jobs);
  grounding.accepted = accepted_claims(dataset, rules);
  lap(times.groups_seconds);
  return grounding;
}

}  // namespace claimcheck
