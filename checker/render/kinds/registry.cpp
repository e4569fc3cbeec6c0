// The describing table: one row per rule kind (model/rule_kinds.h lists the kinds).
#include "model/rule_kinds.h"
#include "render/kinds/kinds.h"

namespace claimcheck {

namespace {

#define CLAIMCHECK_DESCRIBED(kind, name) \
  RuleKind::kind, name##_short, nullptr, name##_constraint, nullptr, name##_looks_at

// GitHub's heading anchors: symmetric and inverse share one section of docs/rules.md.
#define CLAIMCHECK_MIRROR_DESCRIBED(kind, name) CLAIMCHECK_DESCRIBED(kind, name), nullptr, "symmetric-and-inverse"

const KindDescribing kKindDescribings[] = {
    {RuleKind::unique_event, unique_event_short, unique_event_paragraph, unique_event_constraint, unique_event_remedy,
     unique_event_looks_at, unique_event_shading},
    {RuleKind::single_value, single_value_short, single_value_paragraph, single_value_constraint, single_value_remedy,
     single_value_looks_at, single_value_shading},
    {RuleKind::after_event, after_event_short, after_event_paragraph, after_event_constraint, after_event_remedy,
     after_event_looks_at, after_event_shading},
    {CLAIMCHECK_DESCRIBED(precedes, precedes)},
    {CLAIMCHECK_DESCRIBED(duration, duration)},
    {CLAIMCHECK_DESCRIBED(conflicts_with, conflicts_with)},
    {CLAIMCHECK_DESCRIBED(requires_value, requires_value)},
    {CLAIMCHECK_DESCRIBED(lifecycle, lifecycle)},
    {CLAIMCHECK_DESCRIBED(allen, allen)},
    {CLAIMCHECK_DESCRIBED(contemporary, contemporary)},
    {CLAIMCHECK_MIRROR_DESCRIBED(symmetric, symmetric)},
    {CLAIMCHECK_MIRROR_DESCRIBED(inverse, inverse)},
    {CLAIMCHECK_DESCRIBED(count, count)},
    {CLAIMCHECK_DESCRIBED(expression, expression)},
};

#undef CLAIMCHECK_MIRROR_DESCRIBED
#undef CLAIMCHECK_DESCRIBED

}  // namespace

const KindDescribing& describing_of(RuleKind kind) {
  static const KindDescribing none{RuleKind::unique_event};  // no row: described by its id
  const KindDescribing* row = row_of(kKindDescribings, kind);
  return row ? *row : none;
}

}  // namespace claimcheck
