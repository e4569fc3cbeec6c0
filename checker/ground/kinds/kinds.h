// Rule kinds' grounders: each turns one rule into RuleInstances over the claims it matches.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ground/ground.h"

namespace claimcheck {

// The claims grounding reads: the dataset's own, then the mirrors that symmetric and inverse
// rules add (ground/mirror.h). A view, so a large dataset is never copied to add a few mirrors.
// It also lists the claims of each event and state name: most grounders read only the claims
// their rule names, and at 10^6 claims a pass over all of them per rule was bound by memory.
class ClaimTable {
 public:
  explicit ClaimTable(const std::vector<Claim>& claims, const std::vector<Claim>* mirrors = nullptr);
  int size() const { return static_cast<int>(claims_.size() + (mirrors_ ? mirrors_->size() : 0)); }
  const Claim& operator[](int index) const {
    auto i = static_cast<std::size_t>(index);
    return i < claims_.size() ? claims_[i] : (*mirrors_)[i - claims_.size()];
  }
  // The claims of this kind and name, in table order.
  const std::vector<int>& named(ClaimKind kind, std::string_view name) const;
  // The claims a selector's event or state names (its values and object still to be checked).
  const std::vector<int>& named_by(const ClaimSelector& selector) const;
  // The claims that state an Allen relation to another claim.
  const std::vector<int>& with_relation() const { return with_relation_; }

 private:
  const std::vector<Claim>& claims_;
  const std::vector<Claim>* mirrors_;
  std::unordered_map<std::string_view, std::vector<int>> events_, states_;
  std::vector<int> with_relation_;
};

// What every grounder reads: the claims, and the claims inside the rule's `where` scope.
struct GroundInput {
  int rule_index = -1;
  const Rule& rule;
  const ClaimTable& claims;
};

using KindGrounder = void (*)(const GroundInput& input, std::vector<RuleInstance>& out);

void ground_unique_event(const GroundInput& input, std::vector<RuleInstance>& out);
void ground_single_value(const GroundInput& input, std::vector<RuleInstance>& out);
void ground_after_event(const GroundInput& input, std::vector<RuleInstance>& out);
void ground_precedes(const GroundInput& input, std::vector<RuleInstance>& out);
void ground_duration(const GroundInput& input, std::vector<RuleInstance>& out);
void ground_conflicts_with(const GroundInput& input, std::vector<RuleInstance>& out);
void ground_requires(const GroundInput& input, std::vector<RuleInstance>& out);
void ground_allen(const GroundInput& input, std::vector<RuleInstance>& out);
void ground_lifecycle(const GroundInput& input, std::vector<RuleInstance>& out);
void ground_contemporary(const GroundInput& input, std::vector<RuleInstance>& out);
void ground_count(const GroundInput& input, std::vector<RuleInstance>& out);
void ground_expression(const GroundInput& input, std::vector<RuleInstance>& out);

// --- shared building blocks ---

using PairKey = std::pair<std::string, std::string>;  // (subject, object); object "" under match: subject

inline TimeVar start_of(int claim) { return {claim, Endpoint::start}; }
inline TimeVar end_of(int claim) { return {claim, Endpoint::end}; }

inline Constraint all_of(std::vector<Difference> differences) { return Constraint{{std::move(differences)}, {}, {}}; }
// A constraint no choice of days satisfies: claims a and b cannot both hold under the rule.
inline Constraint never(int a, int b) { return Constraint{{}, {a, b}, {}}; }
// a's span and b's span share no day.
Constraint disjoint(int a, int b);
// every day of `before` is on or before every day of `after`, with at least `gap` days between.
Difference ends_before_start(int before, int after, std::int64_t gap = 0);

inline const Claim& claim_at(const ClaimTable& claims, int index) { return claims[index]; }
inline const Claim& claim_at(const Dataset& dataset, int index) { return dataset.claims[static_cast<std::size_t>(index)]; }
// The claim is inside the rule's `where` scope.
bool in_scope(const Rule& rule, const Claim& claim);
// The claim is one the selector names (event, or state with one of its values, and object).
bool selects(const ClaimSelector& selector, const Claim& claim);
PairKey key_of(const Rule& rule, const Claim& claim);

// A match key as views into a claim's strings, for bucketing without copying them.
using PairKeyView = std::pair<std::string_view, std::string_view>;
struct PairKeyViewHash {
  std::size_t operator()(const PairKeyView& key) const {
    std::size_t h = std::hash<std::string_view>{}(key.first);
    return h ^ (std::hash<std::string_view>{}(key.second) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
  }
};
PairKeyView key_view_of(const Rule& rule, const Claim& claim);

// The in-scope claims satisfying `matches`, grouped by the rule's match key (in claim order
// within a key). Bucketed on views first, so a key's strings are copied once, not per claim.
// Only `candidates` (in table order; e.g. ClaimTable::named) are tried.
template <typename Predicate>
std::map<PairKey, std::vector<int>> claims_by_key(const GroundInput& input, const std::vector<int>& candidates,
                                                  Predicate matches) {
  std::unordered_map<PairKeyView, std::vector<int>, PairKeyViewHash> buckets;
  for (int i : candidates) {
    const Claim& claim = input.claims[i];
    if (in_scope(input.rule, claim) && matches(claim)) buckets[key_view_of(input.rule, claim)].push_back(i);
  }
  std::map<PairKey, std::vector<int>> out;
  for (auto& [key, claims] : buckets)
    out.emplace(PairKey{std::string(key.first), std::string(key.second)}, std::move(claims));
  return out;
}

// Sorts and deduplicates an instance's claims; returns false when it relates nothing.
bool finish_instance(RuleInstance& instance);

}  // namespace claimcheck
