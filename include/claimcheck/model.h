// The claim model: sources, their claims and the time each claim asserts, as loaded from facts YAML.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claimcheck/calendar.h"
#include "claimcheck/diagnostic.h"

namespace claimcheck {

// The numbers a (possibly hedged) value can mean: "about 8,000" is 7,200..8,800, "more than 40"
// is (40, ∞), "3-5" is 3..5, a plain number n is n..n. Infinite bounds are open.
struct NumberRange {
  double low = 0;
  double high = 0;
  bool low_open = false;
  bool high_open = false;
};

// A claim's value (or one a rule lists): a word, an entity name or a number. Numbers compare
// numerically; a quoted "6" is a word, never the same value as the number 6.
struct Value {
  std::string text;
  std::optional<double> number;
  std::optional<NumberRange> range;  // numbers and hedged numbers ("about 8,000")
  bool empty() const { return text.empty(); }
  // Surely the same value: 6 and 6.0, "6" and "6", not "6" and 6 (checker/load/value.h).
  bool same_as(const Value& other) const;
};

enum class ClaimKind { event, state };

// An optional value kept on the heap: a large member that few claims have costs the others one
// pointer instead of its size (a million claims are loaded at once). Copies are deep.
template <typename T>
class OptionalBox {
 public:
  OptionalBox() = default;
  OptionalBox(const T& value) : value_(std::make_unique<T>(value)) {}  // NOLINT: like std::optional
  OptionalBox(const OptionalBox& other) : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}
  OptionalBox(OptionalBox&&) noexcept = default;
  OptionalBox& operator=(const OptionalBox& other) {
    if (this != &other) value_ = other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
    return *this;
  }
  OptionalBox& operator=(OptionalBox&&) noexcept = default;
  OptionalBox& operator=(const T& value) {
    value_ = std::make_unique<T>(value);
    return *this;
  }

  explicit operator bool() const { return value_ != nullptr; }
  bool has_value() const { return value_ != nullptr; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return value_.get(); }
  const T* operator->() const { return value_.get(); }
  void reset() { value_.reset(); }

 private:
  std::unique_ptr<T> value_;
};

// "at: {after: CLAIM, by: D}" / "{before: CLAIM}": a claim dated only relative to another claim.
struct TimeAnchor {
  bool after = true;   // after: starts `gap` days after the target's last day; before: ends `gap` days before its first
  std::string target;  // the target's full id, source-id/claim-id
  int claim = -1;      // index into Dataset::claims, set when anchors are linked after loading
  DayCount gap;        // days between the two claims (0 = the same day)
  std::string description;  // e.g. "13..14 days after s/press-conference"
  SourceRange range;        // the `after:`/`before:` value
};

// How a claim reads for some of its source's publication days, when `published` is a window:
// for a publication day in `published`, the claim's days are start_window/end_window/length.
struct PublicationReading {
  DayWindow published;
  DayWindow start_window;
  DayWindow end_window;
  DayCount length;
  friend bool operator==(const PublicationReading&, const PublicationReading&) = default;
};

// An Allen relation a claim states to another claim: this claim's days `name` the other claim's
// days (before, meets, overlaps, starts, during, finishes, equals and their inverses).
struct StatedRelation {
  std::string name;
  std::string other;  // the other claim's full id (source-id/claim-id)
  SourceRange other_range;
};

// What a claim says about time, resolved to windows of days.
// The claim holds over [start, end] where start ∈ start_window, end ∈ end_window and
// end - start ∈ length. A point ("at") has start == end.
// A new field goes to checker/cache/claim_cache.cpp and, when grounding reads it, to
// mirror_of in checker/ground/mirror.cpp too.
struct ClaimTime {
  bool is_point = true;
  DayWindow start_window;
  DayWindow end_window;
  DayCount length;        // for points {0, 0}
  std::string text;       // what the curator wrote, e.g. "at: February" or "from: mid-2023, for: almost a year"
  std::string rule_text;  // how it was resolved, e.g. "month name: most recent February on or before publication"
  OptionalBox<TimeAnchor> anchor;  // set when the claim's days are tied to another claim's
  // When the source's `published` is a window and this claim's days depend on the publication
  // day: its readings, in order of publication day, covering every day that gives a reading.
  // Empty otherwise. The windows above are the hull of these readings.
  std::vector<PublicationReading> by_publication;
};

// Every field is also written by checker/cache/claim_cache.cpp: add it there too.
struct Claim {
  std::string id;       // unique within its source
  std::string full_id;  // source-id/claim-id
  int source = -1;      // index into Dataset::sources
  std::string quote;
  std::string said_by;
  std::string via;
  double confidence = 1.0;  // the curator's trust in this reading of the source, in (0, 1]
  std::string subject;
  std::string object;
  ClaimKind kind = ClaimKind::event;
  std::string name;  // the event type or the state name
  Value value;       // states only
  ClaimTime time;
  SourceRange range;                     // the claim's mapping (its `id:` line)
  SourceRange name_range;                // the `event:`/`state:` value
  SourceRange value_range;               // the `value:` value
  SourceRange subject_range;             // the `subject:` value
  SourceRange object_range;              // the `object:` value (none when there is no object)
  OptionalBox<StatedRelation> relation;  // few claims state one
};

struct Source {
  std::string id;
  std::string title;
  std::string publisher;
  std::optional<DayWindow> published;
  std::string published_text;
  double reliability = 0.5;
  std::string url;
  std::string file;
  SourceRange range;
  int qualifier_units = 1;  // `qualifier_widening`: units of precision EDTF ?/~/% widen each side
};

// A claim that did not load because it has an error. Its id still counts as defined, so a
// reference to it is not also "unknown" and a second claim with its id is still a duplicate
// (docs/facts.md: every problem in one run); nothing else about it is checked. Never cached:
// a file with an error is not.
struct UnloadedClaim {
  std::string full_id;
  int source = -1;    // index into Dataset::sources
  SourceRange range;  // the claim's mapping, as Claim::range
};

// One entry of the entity registry (docs/facts.md#entities): claims may name the entity by its
// id, its display name or any alias (all normalised); loading then replaces the name with the id.
struct Entity {
  std::string id;
  std::string name;                  // the display name ("" when not given)
  std::vector<std::string> aliases;  // as normalised
  std::string wikidata;              // a QID such as Q1234, or ""
  SourceRange range;                 // the entry's mapping
  SourceRange id_range, name_range;
  std::vector<SourceRange> alias_ranges;  // parallel to aliases
};

// A `distinct:` entry: names that look alike but are different entities (no similar-names warning).
struct DistinctNames {
  std::vector<std::string> names;  // as normalised
  SourceRange range;
};

struct Dataset {
  std::vector<Source> sources;
  std::vector<Claim> claims;
  std::vector<UnloadedClaim> unloaded_claims;  // empty unless loading had errors
  std::vector<Entity> entities;                // the registry, in file order
  std::vector<DistinctNames> distinct;
};

}  // namespace claimcheck
