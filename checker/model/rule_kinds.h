// The rule kinds and the names rules write them by, and how a stage finds a kind's row.
#pragma once

#include <cstddef>

#include "claimcheck/rules.h"

namespace claimcheck {

struct RuleKindName {
  RuleKind kind;
  const char* name;
};

// Every kind, in the order of claimcheck/rule_kinds.def (the order docs/rules.md lists them).
inline constexpr RuleKindName kRuleKinds[] = {
#define CLAIMCHECK_RULE_KIND(identifier, name) {RuleKind::identifier, name},
#include "claimcheck/rule_kinds.def"
#undef CLAIMCHECK_RULE_KIND
};
inline constexpr std::size_t kRuleKindCount = std::size(kRuleKinds);

// The row of `kind` in a stage's kind table, which holds one row per kind in RuleKind order
// (each stage's kind_table.cpp builds it from claimcheck/rule_kinds.def); `none` for a value
// outside the enumeration.
template <typename Row, std::size_t N>
const Row& row_of(const Row* const (&table)[N], RuleKind kind, const Row& none) {
  static_assert(N == kRuleKindCount, "a kind table has one row per rule kind");
  auto at = static_cast<std::size_t>(kind);
  return at < N ? *table[at] : none;
}

}  // namespace claimcheck
