// Loading precedes: `first`, `then`, `min`/`max` gap and `match`.
#include "load/kinds/kinds.h"

namespace claimcheck {

// precedes: `first` before `then`, with an optional gap.
void load_precedes(FieldReader& fields, const SourceFile&, Rule& rule, Diagnostics& diagnostics) {
  rule.first = load_selector(fields, "first", diagnostics);
  rule.second = load_selector(fields, "then", diagnostics);
  load_day_bounds(fields, rule, diagnostics);
  load_match(fields, rule, diagnostics);
}

}  // namespace claimcheck
