// The rule model: a vocabulary of known events/states and the rules that relate claims.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "claimcheck/diagnostic.h"
#include "claimcheck/model.h"

namespace claimcheck {

// The values a state may take: a closed list of words, or any number, or anything.
struct StateType {
  enum class Kind { words, number, any } kind = Kind::words;
  std::vector<Value> values;  // for Kind::words, read like claim values (an unquoted 1 is a number)
  SourceRange range;
};

struct Vocabulary {
  std::map<std::string, SourceRange> events;
  std::map<std::string, StateType> states;
  bool empty() const { return events.empty() && states.empty(); }
};

// Every kind rules may name (claimcheck/rule_kinds.def lists them).
enum class RuleKind {
#define CLAIMCHECK_RULE_KIND(identifier, name) identifier,
#include "claimcheck/rule_kinds.def"
#undef CLAIMCHECK_RULE_KIND
};

// Allen's 13 interval relations, as claims write them: before, after, meets, met-by, overlaps,
// overlapped-by, starts, started-by, during, contains, finishes, finished-by, equals.
std::vector<std::string> allen_relation_names();
bool is_allen_relation(const std::string& name);

const char* to_string(RuleKind kind);
std::optional<RuleKind> rule_kind_from_string(const std::string& name);
std::vector<std::string> rule_kind_names();

// One side of a two-sided rule: the claims of an event, or of a state (with one of `values`).
struct ClaimSelector {
  std::string event;
  std::string state;
  std::vector<Value> values;  // empty: any value of the state; read like claim values (6 is a number)
  std::string object;         // empty: any object
  SourceRange range;
  bool empty() const { return event.empty() && state.empty(); }
};

// lifecycle: `from -> to`, or `from -> to via event` when only that event allows the step.
// A value in a transition that reads as a number is a number (`1 -> 2` holds for 1.0 and 2.0).
struct Transition {
  Value from;
  Value to;
  std::string via;
  SourceRange range;
};

// Which claims a rule relates: those sharing subject and object, or only the subject.
enum class RuleMatch { subject_and_object, subject };

// single-value on numbers: values within `amount` (percent of the value when `percent`) agree.
struct Tolerance {
  double amount = 0;
  bool percent = false;
};

// count: how a claimed number relates to the subjects the dataset says hold on its days.
// at-least: claimed ≥ known holders (sound with partial knowledge); at-most: claimed ≤ known
// holders (the dataset lists every holder); closed: both.
enum class CountBound { at_least, at_most, closed };

// expression: `coefficient` × the first day, last day or stated number of the claim bound to
// bindings[binding].
struct FormulaTerm {
  enum class Kind { start, end, value } kind = Kind::start;
  int binding = 0;
  std::int64_t coefficient = 1;
};

// Σ terms  op  constant.
struct FormulaAtom {
  enum class Op { less, less_equal, equal } op = Op::less_equal;
  std::vector<FormulaTerm> terms;
  std::int64_t constant = 0;
};

// expression: a name and the claims it stands for.
struct FormulaBinding {
  std::string name;
  ClaimSelector selector;
};

// Restricts a rule to some subjects/objects (empty: all).
struct RuleScope {
  std::vector<std::string> subjects;
  std::vector<std::string> objects;
};

struct Rule {
  std::string id;
  RuleKind kind = RuleKind::unique_event;
  Severity severity = Severity::error;
  std::string message;                   // template with {subject}, {object}, {event}, {state}, {values}
  std::string description;               // one sentence on what the rule demands ("": worded from its fields)
  std::string help_url;                  // the rule's documentation, an absolute http(s) URL ("": none given)
  std::string event;                     // unique-event, after-event
  std::string state;                     // single-value, after-event
  std::vector<Value> allowed;            // after-event
  ClaimSelector first;                   // precedes: `first`; conflicts-with/requires: `this`; duration: the span;
                                         // contemporary/symmetric/inverse: `relation`
  ClaimSelector second;                  // precedes: `then`; conflicts-with/requires: `other`
  std::optional<std::int64_t> min_days;  // precedes gap, duration
  std::optional<std::int64_t> max_days;
  bool ever = false;  // conflicts-with: `when: ever` instead of at the same time
  RuleMatch match = RuleMatch::subject_and_object;
  std::vector<Transition> transitions;            // lifecycle
  Tolerance tolerance;                            // single-value on numbers
  CountBound count_bound = CountBound::at_least;  // count: `set`; `state` is the count, `first` what it counts
  std::vector<FormulaBinding> bindings;           // expression: `bind`
  std::string formula;                            // expression: `assert`, as written
  // expression: `assert` in disjunctive normal form: one of these conjunctions holds (none: false).
  std::vector<std::vector<FormulaAtom>> formula_options;
  RuleScope where;
  std::vector<std::string> exceptions;  // full claim ids (source/claim) a curator has accepted
  SourceRange exceptions_range;
  // Where each of `exceptions` was written (the pack's list, or a claimcheck.yaml that added it).
  std::vector<SourceRange> exception_ranges;
  ClaimSelector begins;  // contemporary: the events that begin an entity's lifetime
  ClaimSelector ends;    // contemporary: the events (or lasting states) that end it
  std::string inverse;   // inverse: the name of the mirrored relation (same kind as `relation`)
  SourceRange inverse_range;
  std::string file;
  SourceRange range;
  SourceRange event_range, state_range;  // the `event:` / `state:` values (the rule's range without them)
};

// The values as their rule wrote them, for messages.
inline std::vector<std::string> texts_of(const std::vector<Value>& values) {
  std::vector<std::string> out;
  for (const Value& value : values) out.push_back(value.text);
  return out;
}

// A rule that did not load (its own errors were reported): kept so that its id still counts
// when looking for duplicate ids.
struct UnloadedRule {
  std::string id;
  SourceRange range;
};

struct RuleSet {
  Vocabulary vocabulary;
  std::vector<Rule> rules;
  std::vector<std::string> files;
  std::vector<UnloadedRule> unloaded_rules;  // empty unless loading had errors
  // Rules a dataset's tuning left out (select/ignore): unused, but their ids still count as
  // defined, so a pack redefining one is still a duplicate.
  std::vector<UnloadedRule> deselected_rules;
};

// A rule id or a rule kind (a kind names every rule of it), where the tuning wrote it.
struct RuleName {
  std::string name;
  SourceRange range;
};

// How a dataset tunes the loaded packs without forking them (docs/rules.md, "Tuning the rules
// for a dataset"): claimcheck.yaml's keys, then the command line's flags.
struct RuleTuning {
  // One source of select/ignore (claimcheck.yaml, then the command line): a layer whose `select`
  // is not empty keeps only the rules it names from those still in use, and `ignore` drops the
  // rules it names.
  struct Layer {
    std::vector<RuleName> select;
    std::vector<RuleName> ignore;
  };
  struct SeverityOverride {
    RuleName rule;
    Severity severity = Severity::error;
  };
  // Claim ids (source-id/claim-id) the rule accepts besides its own `exceptions`.
  struct AddedExceptions {
    RuleName rule;
    std::vector<RuleName> claims;
  };
  std::vector<Layer> layers;
  // In the order applied: claimcheck.yaml's, then the command line's; within each source, a
  // kind's before an id's, so the later and the more specific override wins.
  std::vector<SeverityOverride> severities;
  std::vector<AddedExceptions> exceptions;

  bool empty() const { return layers.empty() && severities.empty() && exceptions.empty(); }
};

// The tuning as one line of text without locations: what cache keys read, so a changed
// selection, severity or exception never reuses a result of other rules.
std::string describe_tuning(const RuleTuning& tuning);

}  // namespace claimcheck
