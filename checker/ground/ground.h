// Grounding: instantiates each rule over the claims it matches, as difference constraints,
// and splits the claims into independent groups that no rule relates.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "claimcheck/model.h"
#include "claimcheck/rules.h"

namespace claimcheck {

enum class Endpoint { start, end };

// A claim's first or last day. claim == -1 stands for the constant 0, unless `published` names
// a source: then it is that source's (uncertain) publication day; or unless `common` names a
// common event: then it is that event's first or last day.
// With `instant`, a claim's true start or end in ticks (kTicksPerDay per day) instead: a claim
// dated by days happens at unknown times inside them, its start somewhere in its first day
// [K·first, K·first + K − 1] and its end somewhere in its last day [K·last + 1, K·last + K]
// (K = kTicksPerDay), after its start. Relations that order claims (allen) compare instants.
struct TimeVar {
  int claim = -1;
  Endpoint endpoint = Endpoint::start;
  int published = -1;  // a source index: its publication day
  int common = -1;     // a common event (numbered by grounding, Grounding::common_events)
  bool instant = false;
  bool operator==(const TimeVar&) const = default;
};

// Ticks per day for instants: more than the instants any group can place inside one day, so
// that every order of them fits between two midnights (a group with more claims than
// kMaxClaimsWithInstants is not given instants: grounding leaves it unknown).
constexpr std::int64_t kTicksPerDay = std::int64_t{1} << 21;
constexpr std::size_t kMaxClaimsWithInstants = (std::size_t{1} << 20) - 2;

inline TimeVar instant_of(int claim, Endpoint endpoint) {
  return {claim, endpoint, -1, -1, true};
}

inline TimeVar publication_of(int source) {
  return {-1, Endpoint::start, source};
}
// The days of the one event several claims describe (unique-event): a variable of its own, so
// that a claim left out of a set never carries the set's other claims' days.
inline TimeVar common_event_day(int common, Endpoint endpoint) {
  return {-1, endpoint, -1, common};
}

// a − b ≤ bound
struct Difference {
  TimeVar a;
  TimeVar b;
  std::int64_t bound = 0;
  bool operator==(const Difference&) const = default;
};

// A term of a linear atom: `coefficient` × one of
//   day:   a claim's first or last day (`day`);
//   value: the number a claim states (`claim`), somewhere in its NumberRange (hedges included);
//   holds: 1 when at least one of `holders` holds on day `day` + `day_offset`, else 0 (a claim
//          holds on the days from its first to its last, and only while it is true: a claim left
//          out of a seed may be true, its own time then binding, or not, holding on no day).
struct LinearTerm {
  enum class Kind { day, value, holds } kind = Kind::day;
  std::int64_t coefficient = 1;
  TimeVar day;
  std::int64_t day_offset = 0;
  int claim = -1;
  std::vector<int> holders;
  bool operator==(const LinearTerm&) const = default;
};

enum class Comparison { less, less_equal, equal };

// Σ terms  comparison  constant: what difference constraints cannot say (counts, numeric
// values). Only the solver decides these; the pre-check hands their groups to Z3.
struct LinearAtom {
  std::vector<LinearTerm> terms;
  Comparison comparison = Comparison::less_equal;
  std::int64_t constant = 0;
  bool operator==(const LinearAtom&) const = default;
};

// One of several conjunctions must hold: (d1 ∧ d2) ∨ (d3) ∨ …
// It applies only while every claim in `about` is assumed. Grounding sets `about` to every claim
// whose days or number the constraint reads (outside options' own needs), unless the grounder
// set it: a rule binds only the claims a set holds, and a claim left out of a set is a free
// interval that no two constraints meet in. A constraint over "holds" terms keeps the `about`
// its grounder gave it (what a left-out holder may do is count's rule, see count.cpp); a common
// event's days are no claim's.
// An option may also need claims of its own (`option_needs[i]`, parallel to any_of when not
// empty): it is open only while they are assumed, e.g. a rejoin event that permits a step.
struct Constraint {
  std::vector<std::vector<Difference>> any_of;
  std::vector<int> about;
  std::vector<std::vector<int>> option_needs;
  // Linear atoms option i also needs (`linear[i]`, parallel to any_of when not empty).
  std::vector<std::vector<LinearAtom>> linear = {};
  bool operator==(const Constraint&) const = default;
  bool has_linear() const {
    for (const auto& atoms : linear)
      if (!atoms.empty()) return true;
    return false;
  }
};

// A rule applied to the claims of one (subject, object) pair; one tracking literal in the solver.
struct RuleInstance {
  int rule = -1;  // index into RuleSet::rules
  std::string subject;
  std::string object;
  std::vector<int> claims;
  std::vector<Constraint> constraints;
  // The symmetric/inverse rules whose mirrored claims its constraints read (ground/mirror.h),
  // sorted; a finding that needs the instance names them too.
  std::vector<int> mirror_rules = {};
  // Not 0: the instance would make about this many solver terms, over the budget grounding was
  // given, so its constraints were never built (none is listed) and its group is `unknown`.
  std::size_t unbuilt_terms = 0;
};

struct Group {
  std::vector<int> claims;     // sorted
  std::vector<int> instances;  // indices into Grounding::instances, sorted
};

// The grounded instances in order (each rule's in turn), indexed 0..size()-1, kept in the lists
// each rule's grounder filled rather than moved into one: at 10^6 claims that move put 350,000
// instances into fresh pages, a quarter of a second on one core.
class RuleInstances {
 public:
  using Part = std::vector<RuleInstance>;

  RuleInstances() = default;
  explicit RuleInstances(std::vector<Part> parts) : parts_(std::move(parts)) {
    for (const Part& part : parts_) {
      starts_.push_back(size_);
      size_ += part.size();
    }
  }

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const RuleInstance& operator[](std::size_t i) const { return const_cast<RuleInstances&>(*this)[i]; }
  RuleInstance& operator[](std::size_t i) {
    // The last part starting at or before i; an empty part starts where the next one does.
    auto part = static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), i) - starts_.begin()) - 1;
    return parts_[part][i - starts_[part]];
  }
  void push_back(RuleInstance instance) {
    if (parts_.empty()) {
      parts_.emplace_back();
      starts_.push_back(0);
    }
    parts_.back().push_back(std::move(instance));
    ++size_;
  }

  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = RuleInstance;
    using difference_type = std::ptrdiff_t;
    using pointer = const RuleInstance*;
    using reference = const RuleInstance&;
    const_iterator() = default;
    const_iterator(const std::vector<Part>* parts, std::size_t part) : parts_(parts), part_(part) {
      skip_empty_parts();
    }
    reference operator*() const { return (*parts_)[part_][at_]; }
    pointer operator->() const { return &**this; }
    const_iterator& operator++() {
      if (++at_ == (*parts_)[part_].size()) {
        ++part_;
        at_ = 0;
        skip_empty_parts();
      }
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const const_iterator& other) const { return part_ == other.part_ && at_ == other.at_; }

   private:
    void skip_empty_parts() {
      while (part_ < parts_->size() && (*parts_)[part_].empty()) ++part_;
    }
    const std::vector<Part>* parts_ = nullptr;
    std::size_t part_ = 0, at_ = 0;
  };
  const_iterator begin() const { return {&parts_, 0}; }
  const_iterator end() const { return {&parts_, parts_.size()}; }

 private:
  std::vector<Part> parts_;
  std::vector<std::size_t> starts_;  // per part, the index of its first instance
  std::size_t size_ = 0;
};

// Where grounding's time went (--stats): the mirrored claims, the grounders (each folding its
// mirrors back), and splitting into groups.
struct GroundTimes {
  double mirrors_seconds = 0, rules_seconds = 0, groups_seconds = 0;
};

struct Grounding {
  GroundTimes times;
  RuleInstances instances;
  std::vector<Group> groups;  // every claim is in exactly one group; ordered by first claim
  // How many common events (TimeVar::common) the instances use, numbered 0..n-1; each belongs
  // to one group.
  int common_events = 0;
  // Claims some rule's `exceptions` accept, sorted: the solver lists the conflicts that need
  // none of them first, so a --max-conflicts cut full of accepted conflicts never hides one.
  std::vector<int> accepted;
};

// The symmetric/inverse rules (indices into RuleSet::rules) that instance `instance` reads through.
const std::vector<int>& mirror_rules_of(const Grounding& grounding, int instance);

// What deciding a group in Z3 costs in memory, estimated before anything is lowered: the terms
// its claims and constraints make (each difference, each term of a linear atom, each holder a
// "holds" term reads) times kSolverBytesPerTerm, measured on counts whose holds terms grow with
// the square of their holders (Z3 took 4-11 KiB per such term; the estimate errs low only for
// groups far smaller than any budget).
constexpr std::size_t kSolverBytesPerTerm = 4096;
std::size_t estimated_solver_terms(const Group& group, const Grounding& grounding);
bool has_unbuilt_instance(const Group& group, const Grounding& grounding);
inline std::size_t estimated_solver_bytes(const Group& group, const Grounding& grounding) {
  return estimated_solver_terms(group, grounding) * kSolverBytesPerTerm;
}

// `jobs` threads ground the rules (0: every core); the result is the same for any `jobs`.
// `max_group_bytes` (0: none) bounds what one instance may build, by estimated_solver_bytes: a
// larger one is left unbuilt (RuleInstance::unbuilt_terms), so grounding never takes what
// deciding it could not.
Grounding ground(const Dataset& dataset, const RuleSet& rules, int jobs = 1, std::size_t max_group_bytes = 0);

// The constraints a claim makes on its own days (its windows and its length), and, when it is
// dated relative to another claim, the link to that claim's days. All under the claim's literal.
std::vector<Difference> claim_constraints(int claim, const ClaimTime& time);
// The windows and length only.
std::vector<Difference> own_constraints(int claim, const ClaimTime& time);
void append_own_constraints(int claim, const ClaimTime& time, std::vector<Difference>& out);  // the same, appended
// A claim dated relative to another claim ("two weeks after X"): the link to X's days, under the
// claim's literal and `about` X, so it binds only while X is assumed too. A conflict through the
// link then names X: were X dropped, the link must not keep tying the claim to X's days, which
// other rules may still pin ("opens once" ties X's day to other claims' without X's literal).
// nullopt when the claim has no resolved anchor.
std::optional<Constraint> anchor_link(int claim, const ClaimTime& time);
// For a claim read against an uncertain publication day (ClaimTime::by_publication): one option
// per reading, "the source's publication day is in its days, and the claim's days are its
// windows". Under the claim's literal, beside claim_constraints. nullopt when it has none.
std::optional<Constraint> publication_link(int claim, const Claim& data);
// The sources whose publication day is a variable for some claim of `claims`, sorted.
std::vector<int> publication_sources(const std::vector<int>& claims, const Dataset& dataset);
// The common events (TimeVar::common) the group's instances use, sorted.
std::vector<int> common_events_of(const Group& group, const Grounding& grounding);
// The claims of a group whose instants (TimeVar::instant) some constraint of the group reads, sorted.
std::vector<int> claims_with_instants(const Group& group, const Grounding& grounding);
// The claims whose instants the constraint reads, appended (unsorted, maybe repeated).
void append_instant_claims(const Constraint& c, std::vector<int>& out);
// Sorts and drops repeats.
void sort_unique(std::vector<int>& items);

}  // namespace claimcheck
