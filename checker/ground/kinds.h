// Rule kinds' grounders: each turns one rule into RuleInstances over the claims it matches.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ground/ground.h"
#include "ground/reads.h"
#include "model/selectors.h"

namespace claimcheck {

// The claims grounding reads: the dataset's own, then the mirrors that symmetric and inverse
// rules add (ground/mirror.h). A view, so a large dataset is never copied to add a few mirrors.
// It also lists the claims of each event and state name: most grounders read only the claims
// their rule names, and at 10^6 claims a pass over all of them per rule was bound by memory.
// Mirrors come in slices of kMirrorSlice claims (the last one shorter): slices are built on
// several threads, where one vector would fault in its pages on one.
constexpr std::size_t kMirrorSlice = 16384;
using ClaimSlices = std::vector<std::vector<Claim>>;

class ClaimTable {
 public:
  explicit ClaimTable(const std::vector<Claim>& claims, const ClaimSlices* mirrors = nullptr);
  int size() const { return static_cast<int>(claims_.size() + mirror_count_); }
  const Claim& operator[](int index) const {
    auto i = static_cast<std::size_t>(index);
    if (i < claims_.size()) return claims_[i];
    i -= claims_.size();
    return (*mirrors_)[i / kMirrorSlice][i % kMirrorSlice];
  }
  // The claims of this kind and name, in table order.
  const std::vector<int>& named(ClaimKind kind, std::string_view name) const;
  // The claims a selector's event or state names (its values and object still to be checked).
  const std::vector<int>& named_by(const ClaimSelector& selector) const;
  // The claims that state an Allen relation to another claim.
  const std::vector<int>& with_relation() const { return with_relation_; }

 private:
  const std::vector<Claim>& claims_;
  const ClaimSlices* mirrors_;
  std::size_t mirror_count_ = 0;
  std::unordered_map<std::string_view, std::vector<int>> events_, states_;
  std::vector<int> with_relation_;
};

// What every grounder reads: the claims, and the claims inside the rule's `where` scope.
struct GroundInput {
  int rule_index = -1;
  const Rule& rule;
  const ClaimTable& claims;
  // The most solver terms one instance may make (0: no limit); a grounder that would pass it
  // builds none and sets RuleInstance::unbuilt_terms instead (over_budget).
  std::size_t max_terms = 0;
  bool over_budget(std::size_t terms) const { return max_terms > 0 && terms > max_terms; }
};

using KindGrounder = void (*)(const GroundInput& input, std::vector<RuleInstance>& out);

// A claim as grounders match it: itself, or one of its mirrors (subject and object swapped, under
// a name a symmetric or inverse rule gives it).
struct ClaimForm {
  std::string_view subject, object, name;
  ClaimKind kind;
};
// The selector names the form's event or state (values, objects and `where` are ignored): a
// superset of what `selects` picks, as read keys need.
bool names_form(const ClaimSelector& selector, const ClaimForm& form);

// The read keys a rule of one kind gives a claim form beyond the keys of its pair, which every
// grounder reads (ground/reads.cpp): a rule that relates claims of other pairs adds the keys
// that let them meet.
using KindReads = void (*)(const Rule& rule, const ClaimForm& form, std::vector<ReadKey>& out);

// symmetric/inverse: the two names a rule mirrors claims between (the same name twice for
// symmetric); a claim of either name is read under both with subject and object swapped.
using KindMirrorNames = std::pair<std::string_view, std::string_view> (*)(const Rule& rule);

// Everything grounding knows of one rule kind: how it grounds (none for symmetric and inverse,
// which act through the mirrored claims every other rule reads), the read keys it adds, the
// names it mirrors claims between, and whether its instances name common events.
struct KindGrounding {
  KindGrounder ground = nullptr;
  KindReads reads = nullptr;
  KindMirrorNames mirror_names = nullptr;
  // Its instances tie claims to common events (TimeVar::common), named within the rule until
  // grounding numbers every rule's common events after folding (unique-event).
  bool common_events = false;
};
const KindGrounding& grounding_of(RuleKind kind);

// Each kind's row, defined in checker/kinds/<kind>/ground.cpp (claimcheck/rule_kinds.def lists the kinds).
namespace kinds {
#define CLAIMCHECK_RULE_KIND(identifier, name) \
  namespace identifier {                       \
  extern const KindGrounding grounding;        \
  }
#include "claimcheck/rule_kinds.def"
#undef CLAIMCHECK_RULE_KIND
}  // namespace kinds

// --- shared building blocks ---

inline TimeVar start_of(int claim) {
  return {claim, Endpoint::start};
}
inline TimeVar end_of(int claim) {
  return {claim, Endpoint::end};
}

inline Constraint all_of(std::vector<Difference> differences) {
  return Constraint{{std::move(differences)}, {}, {}};
}
// A constraint no choice of days satisfies: claims a and b cannot both hold under the rule.
inline Constraint never(int a, int b) {
  return Constraint{{}, {a, b}, {}};
}
// a's span and b's span share no day.
Constraint disjoint(int a, int b);
constexpr std::size_t kDisjointTerms = 3;  // its solver terms, as estimated_solver_terms counts them
// every day of `before` is on or before every day of `after`, with at least `gap` days between.
Difference ends_before_start(int before, int after, std::int64_t gap = 0);
// `before` ends at or before the instant `after` starts (strictly before when `strict`), each
// starting before it ends (TimeVar::instant): on a shared day the two are ordered in time too,
// so a cycle of such orders inside one day is a conflict.
void ends_before_start_in_time(std::vector<Difference>& out, int before, int after, bool strict);

inline const Claim& claim_at(const ClaimTable& claims, int index) {
  return claims[index];
}
inline const Claim& claim_at(const Dataset& dataset, int index) {
  return dataset.claims[static_cast<std::size_t>(index)];
}
// The claim is inside the rule's `where` scope.
bool in_scope(const Rule& rule, const Claim& claim);
// `selects` (model/selectors.h) tells whether a selector picks a claim.

// A rule's match key, (subject, object) or (subject, "") under match: subject, as views into a
// claim's strings (none is copied while grounding), with a hash of both: grounding buckets
// claims by sorting hashes, and compares strings only to confirm a bucket and to order the keys.
struct MatchKey {
  std::string_view subject;
  std::string_view object;
  std::uint64_t hash = 0;
  // Keys are their strings: the hash only buckets them.
  bool operator==(const MatchKey& other) const { return subject == other.subject && object == other.object; }
  bool operator<(const MatchKey& other) const {
    return subject != other.subject ? subject < other.subject : object < other.object;
  }
};
MatchKey key_of(const Rule& rule, const Claim& claim);

// Claims by match key, keys in the strings' order (so instances come out in the same order on
// every run), claims in table order within a key.
class ClaimsByKey {
 public:
  using Entry = std::pair<MatchKey, std::vector<int>>;
  explicit ClaimsByKey(std::vector<Entry> sorted) : entries_(std::move(sorted)) {}
  std::vector<Entry>::const_iterator begin() const { return entries_.begin(); }
  std::vector<Entry>::const_iterator end() const { return entries_.end(); }
  std::vector<Entry>::const_iterator find(const MatchKey& key) const {
    auto at = std::lower_bound(entries_.begin(), entries_.end(), key,
                               [](const Entry& entry, const MatchKey& k) { return entry.first < k; });
    return at != entries_.end() && at->first == key ? at : entries_.end();
  }
  // The key's claims; none when no claim has it.
  const std::vector<int>& of(const MatchKey& key) const {
    static const std::vector<int> none;
    auto found = find(key);
    return found == end() ? none : found->second;
  }

 private:
  std::vector<Entry> entries_;
};

// Claims (hash of their key, claim index; in any order) grouped into ClaimsByKey.
ClaimsByKey group_by_key(const GroundInput& input, std::vector<std::pair<std::uint64_t, int>> hashed);

// The in-scope claims among `candidates` (in table order; e.g. ClaimTable::named) satisfying
// `matches`, grouped by the rule's match key (in claim order within a key).
template <typename Predicate>
ClaimsByKey claims_by_key(const GroundInput& input, const std::vector<int>& candidates, Predicate matches) {
  std::vector<std::pair<std::uint64_t, int>> hashed;
  for (int i : candidates) {
    const Claim& claim = input.claims[i];
    if (in_scope(input.rule, claim) && matches(claim)) hashed.emplace_back(key_of(input.rule, claim).hash, i);
  }
  return group_by_key(input, std::move(hashed));
}

// A rule's instance for the claims of one match key.
inline RuleInstance instance_for(int rule_index, const MatchKey& key, std::vector<int> claims = {}) {
  return RuleInstance{rule_index, std::string(key.subject), std::string(key.object), std::move(claims), {}};
}

// The days a claim may cover: from the earliest day it may start to the latest it may end.
// Its own windows are asserted under its literal wherever it is assumed (claim_constraints; an
// anchored claim's are the whole calendar, a claim read against an uncertain publication day
// has the hull of its readings), so they bound its days soundly.
inline DayWindow reach_of(const Claim& claim) {
  return {claim.time.start_window.earliest, claim.time.end_window.latest};
}

// Positions (p, q), p < q, into `reaches` of every two reaches that share a day, found by
// sorting the reaches by first day and sweeping (time and memory grow with the pairs found, not
// with all pairs). Pairs that share no day are never visited; the order of visits is unspecified.
// `visit` returns false to stop.
template <typename Visit>
void for_each_meeting_pair(const std::vector<DayWindow>& reaches, Visit visit);

// Marks `instance` unbuilt: about `terms` solver terms, over the budget; it relates `claims`.
void leave_unbuilt(RuleInstance& instance, std::size_t terms, const std::vector<int>& claims);

// Sorts and deduplicates an instance's claims; returns false when it relates nothing (an unbuilt
// instance relates its claims).
bool finish_instance(RuleInstance& instance);

// The pairs (position in `as`, position in `bs`) of different claims whose reaches share a day,
// sorted. Stops past `max_pairs`.
std::vector<std::pair<std::size_t, std::size_t>> meeting_pairs(const ClaimTable& table, const std::vector<int>& as,
                                                               const std::vector<int>& bs, std::size_t max_pairs);

// --- templates ---

// Positions into `reaches` sorted by first day (ties by position).
std::vector<std::size_t> by_first_day(const std::vector<DayWindow>& reaches);

template <typename Visit>
void for_each_meeting_pair(const std::vector<DayWindow>& reaches, Visit visit) {
  // `open` holds the reaches begun so far that still reach the current first day, as a heap on
  // last day: those ending before it leave from the top, and every one left meets it.
  std::vector<std::size_t> open;
  auto ends_later = [&](std::size_t a, std::size_t b) { return reaches[a].latest > reaches[b].latest; };
  for (std::size_t at : by_first_day(reaches)) {
    while (!open.empty() && reaches[open.front()].latest < reaches[at].earliest) {
      std::pop_heap(open.begin(), open.end(), ends_later);
      open.pop_back();
    }
    for (std::size_t other : open)
      if (!visit(std::min(other, at), std::max(other, at))) return;
    open.push_back(at);
    std::push_heap(open.begin(), open.end(), ends_later);
  }
}

// Every pair (a from `these`, b from `those`) with the same key gets `constraint(a, b)`: `these`
// are the claims `candidates_a` holds that `is_a` accepts, `those` likewise. When the constraint
// says the two share no day (`only_meeting`), pairs whose reaches share none need nothing and
// are never looked at.
template <typename IsA, typename IsB, typename MakeConstraint>
void ground_pairs(const GroundInput& input, const std::vector<int>& candidates_a, IsA is_a,
                  const std::vector<int>& candidates_b, IsB is_b, MakeConstraint constraint, bool only_meeting,
                  std::vector<RuleInstance>& out) {
  auto left = claims_by_key(input, candidates_a, is_a);
  auto right = claims_by_key(input, candidates_b, is_b);
  for (auto& [key, a_claims] : left) {
    auto b_claims = right.find(key);
    if (b_claims == right.end()) continue;
    RuleInstance instance = instance_for(input.rule_index, key);
    auto add = [&](int a, int b) {
      instance.constraints.push_back(constraint(a, b));
      instance.claims.insert(instance.claims.end(), {a, b});
    };
    // Each constraint is kDisjointTerms solver terms, or 3 for a "never".
    std::size_t max_pairs = input.max_terms > 0 ? input.max_terms / kDisjointTerms : SIZE_MAX;
    if (only_meeting) {
      auto pairs = meeting_pairs(input.claims, a_claims, b_claims->second, max_pairs);
      if (pairs.size() > max_pairs) {
        std::vector<int> both(a_claims);
        both.insert(both.end(), b_claims->second.begin(), b_claims->second.end());
        leave_unbuilt(instance, pairs.size() * kDisjointTerms, both);
      } else {
        for (auto [p, q] : pairs) add(a_claims[p], b_claims->second[q]);
      }
    } else if (a_claims.size() * b_claims->second.size() > max_pairs) {
      std::vector<int> both(a_claims);
      both.insert(both.end(), b_claims->second.begin(), b_claims->second.end());
      leave_unbuilt(instance, a_claims.size() * b_claims->second.size() * kDisjointTerms, both);
    } else {
      for (int a : a_claims)
        for (int b : b_claims->second)
          if (a != b) add(a, b);
    }
    if (finish_instance(instance)) out.push_back(std::move(instance));
  }
}

}  // namespace claimcheck
