// Loading precedes: `first`, `then`, `min`/`max` gap and `match`.
#include "load/kinds.h"

namespace claimcheck::kinds::precedes {

// precedes: `first` before `then`, with an optional gap.
void load_precedes(FieldReader& fields, const SourceFile&, Rule& rule, Diagnostics& diagnostics) {
  rule.first = load_selector(fields, "first", diagnostics);
  rule.second = load_selector(fields, "then", diagnostics);
  load_day_bounds(fields, rule, diagnostics);
  load_match(fields, rule, diagnostics);
}

const KindLoading loading{.fields = {"first", "then", "min", "max", "match"}, .load = load_precedes};

}  // namespace claimcheck::kinds::precedes
