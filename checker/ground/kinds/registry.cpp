// The grounding table: one row per rule kind (model/rule_kinds.h lists the kinds).
#include "ground/kinds/kinds.h"
#include "model/rule_kinds.h"

namespace claimcheck {

namespace {

const KindGrounding kKindGroundings[] = {
    {RuleKind::unique_event, ground_unique_event, nullptr, nullptr, true},
    {RuleKind::single_value, ground_single_value},
    {RuleKind::after_event, ground_after_event},
    {RuleKind::precedes, ground_precedes},
    {RuleKind::duration, ground_duration},
    {RuleKind::conflicts_with, ground_conflicts_with},
    {RuleKind::requires_value, ground_requires},
    {RuleKind::lifecycle, ground_lifecycle},
    {RuleKind::allen, ground_allen},
    {RuleKind::contemporary, ground_contemporary, reads_contemporary},
    {RuleKind::symmetric, nullptr, nullptr, mirror_names_symmetric},
    {RuleKind::inverse, nullptr, nullptr, mirror_names_inverse},
    {RuleKind::count, ground_count, reads_count},
    {RuleKind::expression, ground_expression},
};

}  // namespace

const KindGrounding& grounding_of(RuleKind kind) {
  static const KindGrounding none{RuleKind::unique_event};  // no row: grounds and reads nothing
  const KindGrounding* row = row_of(kKindGroundings, kind);
  return row ? *row : none;
}

}  // namespace claimcheck
