// The rule kinds and the names rules write them by: the one list every stage's kind table follows.
#pragma once

#include "claimcheck/rules.h"

namespace claimcheck {

struct RuleKindName {
  RuleKind kind;
  const char* name;
};

// Every kind, in the order docs/rules.md lists them. A new kind adds a row here and one in each
// stage's table (load/kinds, ground/kinds, explain/kinds, render/kinds; docs/ARCHITECTURE.md).
inline constexpr RuleKindName kRuleKinds[] = {
    {RuleKind::unique_event, "unique-event"},
    {RuleKind::single_value, "single-value"},
    {RuleKind::after_event, "after-event"},
    {RuleKind::precedes, "precedes"},
    {RuleKind::duration, "duration"},
    {RuleKind::conflicts_with, "conflicts-with"},
    {RuleKind::requires_value, "requires"},
    {RuleKind::lifecycle, "lifecycle"},
    {RuleKind::allen, "allen"},
    {RuleKind::contemporary, "contemporary"},
    {RuleKind::symmetric, "symmetric"},
    {RuleKind::inverse, "inverse"},
    {RuleKind::count, "count"},
    {RuleKind::expression, "expression"},
};

// The row of `kind` in a stage's table (rows carry a `kind` member), or nullptr.
template <typename Row, std::size_t N>
const Row* row_of(const Row (&table)[N], RuleKind kind) {
  for (const Row& row : table)
    if (row.kind == kind) return &row;
  return nullptr;
}

}  // namespace claimcheck
