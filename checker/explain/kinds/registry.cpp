// The explaining table: one row per rule kind (model/rule_kinds.h lists the kinds).
#include "explain/kinds/kinds.h"
#include "model/rule_kinds.h"

namespace claimcheck {

namespace {

const std::string& other_state(const Rule& rule) {
  return rule.second.state;
}
const std::string& counted_state(const Rule& rule) {
  return rule.state;
}

// The templates name the rule's parts: {subject}, {object}, {event}, {state}, {values},
// {allowed}, {first}, {then}, {gap}, {length}, {when}, {compared}, {expression} (docs/rules.md).
const KindExplaining kKindExplainings[] = {
    {RuleKind::unique_event,
     "{event} of {subject}{ with object} happens once, but the claims date it on different days", unique_event_words},
    {RuleKind::single_value, "{subject}{ with object} cannot have {state} {values} at the same time",
     single_value_words},
    {RuleKind::after_event,
     "after {event}, {subject}'s {state}{ with object} can only be {allowed}, but a claim says {values}",
     after_event_words},
    {RuleKind::precedes,
     "{first} must come before {then} for {subject}{ with object}{gap}, but the claims' dates do not allow it",
     precedes_words, nullptr, false, true},
    {RuleKind::duration, "{first} of {subject}{ with object} lasts{length}, but a claim's dates do not allow it",
     duration_words},
    {RuleKind::conflicts_with, "{first} and {then} cannot both hold for {subject}{ with object}{when}",
     conflicts_with_words},
    {RuleKind::requires_value,
     "{first} needs {then} for {subject}{ with object}, but a claim says {values} at that time", requires_words,
     other_state, true},
    {RuleKind::lifecycle, "{subject}'s {state}{ with object} cannot go through {values} in the order the claims force",
     lifecycle_words},
    {RuleKind::allen, "the stated relations between these events cannot all hold together with their dates",
     allen_words},
    {RuleKind::contemporary,
     "{first} of {subject}{ with object} must fall within the lifetime of each, but the claims' dates do not allow it",
     contemporary_kind_words},
    // Never primary: these rules only add mirrored claims to other rules.
    {RuleKind::symmetric, "{first} read both ways contradicts the other claims", nullptr, nullptr, false, false,
     symmetric_reading},
    {RuleKind::inverse, "{first} read both ways contradicts the other claims", nullptr, nullptr, false, false,
     inverse_reading},
    {RuleKind::count,
     "{subject}'s {state} {values} {compared} the number of subjects with {first} of {subject} on its days",
     count_kind_words, counted_state},
    {RuleKind::expression, "claims of {subject}{ with object} break '{expression}'", expression_words},
};

}  // namespace

const KindExplaining& explaining_of(RuleKind kind) {
  static const KindExplaining none{RuleKind::unique_event};  // no row: a plain message, who says what
  const KindExplaining* row = row_of(kKindExplainings, kind);
  return row ? *row : none;
}

}  // namespace claimcheck
