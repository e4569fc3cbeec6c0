// The loading table: one row per rule kind (model/rule_kinds.h lists the kinds).
#include "load/kinds/kinds.h"
#include "model/rule_kinds.h"

namespace claimcheck {

namespace {

const KindLoading kKindLoadings[] = {
    {RuleKind::unique_event, {"event"}, load_unique_event},
    {RuleKind::single_value, {"state", "tolerance"}, load_single_value},
    {RuleKind::after_event, {"event", "state", "allowed"}, load_after_event},
    {RuleKind::precedes, {"first", "then", "min", "max", "match"}, load_precedes},
    {RuleKind::duration, {"event", "state", "value", "min", "max"}, load_duration},
    {RuleKind::conflicts_with, {"this", "other", "when", "match"}, load_conflicts_with},
    {RuleKind::requires_value, {"this", "other", "match"}, load_requires},
    {RuleKind::lifecycle, {"state", "transitions"}, load_lifecycle},
    {RuleKind::allen, {}, load_allen},
    {RuleKind::contemporary, {"relation", "begins", "ends"}, load_contemporary},
    {RuleKind::symmetric, {"relation"}, load_symmetric},
    {RuleKind::inverse, {"relation", "inverse"}, load_inverse},
    {RuleKind::count, {"state", "counts", "set"}, load_count, check_count_state},
    {RuleKind::expression, {"bind", "assert", "match"}, load_expression},
};

}  // namespace

const KindLoading& loading_of(RuleKind kind) {
  static const KindLoading none{RuleKind::unique_event, {}, nullptr};  // no row: no fields of its own
  const KindLoading* row = row_of(kKindLoadings, kind);
  return row ? *row : none;
}

}  // namespace claimcheck
