// Loading requires: `this`, `other` (a state with values) and `match`.
#include "load/kinds.h"

namespace claimcheck::kinds::requires_value {

void load_requires(FieldReader& fields, const SourceFile&, Rule& rule, Diagnostics& diagnostics) {
  rule.first = load_selector(fields, "this", diagnostics);
  rule.second = load_selector(fields, "other", diagnostics);
  load_match(fields, rule, diagnostics);
  // Only a state can be checked for: a claim of another value of it at the same time
  // contradicts the requirement, whereas a missing event contradicts nothing.
  if (!rule.second.event.empty() || (!rule.second.state.empty() && rule.second.values.empty()))
    diagnostics.error("unsupported-requirement",
                      "'other' of a requires rule is a state with the values it must have ('state' and 'value')",
                      rule.second.range);
}

const KindLoading loading{.fields = {"this", "other", "match"}, .load = load_requires};

}  // namespace claimcheck::kinds::requires_value
