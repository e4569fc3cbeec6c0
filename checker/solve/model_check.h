// Model check: evaluates concrete days and numbers, exactly, against every constraint that binds
// in a group. A group is called consistent only with a model that passes it, whichever engine
// (the pre-check or Z3) produced the model.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ground/ground.h"

namespace claimcheck {

__extension__ typedef __int128 Int128;

// An exact fraction num/den, den > 0. Arithmetic on it reports overflow instead of wrapping.
struct Fraction {
  Int128 num = 0;
  Int128 den = 1;
};

// "-12", "12.5", "7/2" (Z3's numerals); nullopt for anything else or past 128 bits.
std::optional<Fraction> fraction_of_text(std::string_view text);
// The decimal text a double is given to the solver as, exact for every double it can print
// without an exponent.
std::string decimal_text(double x);
// The fraction that decimal_text(x) denotes; nullopt when it does not fit.
std::optional<Fraction> fraction_of_double(double x);

// The day variables of a group, numbered: node 0 is the constant 0, then a claim's first and last
// day for each claim of the group (in group.claims order), then one node per source whose
// publication day is uncertain, then a first and a last day per common event, then each claim's
// start and end instant (TimeVar::instant), in ticks. The lists are sorted: a node is found by
// binary search.
class DayNodes {
 public:
  DayNodes(const std::vector<int>& claims, std::vector<int> published_sources, std::vector<int> common_events)
      : claims_(claims), sources_(std::move(published_sources)), common_events_(std::move(common_events)) {}
  DayNodes(const Group& group, const Dataset& dataset, const Grounding& grounding)
      : DayNodes(group.claims, publication_sources(group.claims, dataset), common_events_of(group, grounding)) {}

  bool knows(const TimeVar& v) const;
  int node(const TimeVar& v) const;  // throws std::out_of_range for a variable outside the group
  int node_count() const { return first_instant_node() + 2 * static_cast<int>(claims_.size()); }
  const std::vector<int>& claims() const { return claims_; }
  const std::vector<int>& sources() const { return sources_; }
  const std::vector<int>& common_events() const { return common_events_; }
  int first_instant_node() const { return first_common_node() + 2 * static_cast<int>(common_events_.size()); }

 private:
  int first_source_node() const { return 1 + 2 * static_cast<int>(claims_.size()); }
  int first_common_node() const { return first_source_node() + static_cast<int>(sources_.size()); }
  const std::vector<int>& claims_;
  std::vector<int> sources_;
  std::vector<int> common_events_;
};

// Concrete values for a group's variables. Days are read relative to node 0 (the constant 0), so
// a model that differences alone produced may be shifted as a whole.
struct GroupModel {
  std::vector<std::int64_t> days;               // per node of DayNodes
  std::vector<std::optional<Fraction>> values;  // per claim of the group: the number it states
};

// Which claims of a group are assumed (the claims at positions `claims` of group.claims). With
// all of them (the whole group), every test is true without a lookup: `about`, `option_needs`
// and holders only name claims of the group.
class AssumedClaims {
 public:
  AssumedClaims(const Group& group, const std::vector<int>& claims);
  bool contains(int claim) const { return all_ || assumed_.count(claim) > 0; }  // a dataset index
  bool all_of(const std::vector<int>& claims) const;

 private:
  bool all_;
  std::unordered_set<int> assumed_;  // dataset claim indices, when not all
};

// What binds in a group while the claims at positions `claims` of group.claims and the instances
// at positions `instances` of group.instances are assumed, exactly as the solver's lowering
// states it: an assumed claim's own days, its anchor link while the claim it is dated from is
// assumed too, its readings against an uncertain publication day and the range of its number;
// an assumed instance's constraints whose `about` claims are all assumed, without the options
// whose `option_needs` are not. A claim not assumed is a free interval, its number any value,
// and it holds on no day (a `count` does not count it).
class BindingConstraints {
 public:
  BindingConstraints(const Group& group, const std::vector<int>& claims, const std::vector<int>& instances,
                     const Grounding& grounding, const Dataset& dataset);
  BindingConstraints(const BindingConstraints&) = delete;
  BindingConstraints& operator=(const BindingConstraints&) = delete;

  const std::vector<Difference>& base() const { return base_; }
  const std::vector<const Constraint*>& constraints() const { return constraints_; }
  const std::vector<int>& assumed_claims() const { return assumed_claims_; }  // dataset indices
  const AssumedClaims& assumed() const { return assumed_; }

 private:
  AssumedClaims assumed_;
  std::vector<Difference> base_;
  std::vector<const Constraint*> constraints_;
  std::vector<std::unique_ptr<Constraint>> owned_;  // links, and constraints with closed options
  std::vector<int> assumed_claims_;
};

// The options of `c` at `option`: its linear atoms (none when it has none).
const std::vector<LinearAtom>& atoms_of(const Constraint& c, std::size_t option);

// Evaluation of constraints on one model, exactly. Every answer is "holds" only when it was
// evaluated exactly; a term that cannot be (a number the model does not give, an overflow)
// makes it "does not hold", which costs a proof, never makes a wrong one. Only an assumed claim
// holds on a day, as in the lowering.
class ModelEvaluator {
 public:
  ModelEvaluator(const DayNodes& nodes, const std::vector<std::int64_t>& days,
                 const std::vector<std::optional<Fraction>>& values, const AssumedClaims& assumed)
      : nodes_(nodes), days_(days), values_(values), assumed_(assumed) {}
  ModelEvaluator(const DayNodes& nodes, const GroupModel& model, const AssumedClaims& assumed)
      : ModelEvaluator(nodes, model.days, model.values, assumed) {}

  // The day of `v`, relative to node 0.
  std::int64_t day(const TimeVar& v) const { return days_[static_cast<std::size_t>(nodes_.node(v))] - days_.front(); }
  bool holds(const Difference& d) const;
  // The claim's start and end instants lie inside its first and last day (TimeVar::instant).
  bool instants_inside_days(int claim) const;
  bool holds_on(int holder, std::int64_t on) const;
  std::optional<Fraction> sum(const LinearAtom& atom) const;
  bool holds(const LinearAtom& atom) const;
  bool option_holds(const Constraint& c, std::size_t option) const;
  bool holds(const Constraint& c) const;
  // The number the model gives group claim `claim` (a dataset index).
  const std::optional<Fraction>& value_of(int claim) const;

 private:
  const DayNodes& nodes_;
  const std::vector<std::int64_t>& days_;
  const std::vector<std::optional<Fraction>>& values_;
  const AssumedClaims& assumed_;
};

// True only when the model satisfies every binding constraint and every assumed claim's number
// lies in its range.
bool model_satisfies(const BindingConstraints& binding, const DayNodes& nodes, const GroupModel& model,
                     const Dataset& dataset);

}  // namespace claimcheck
