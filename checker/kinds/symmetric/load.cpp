// Loading symmetric: `relation` (an event or state, no value or object).
#include "load/kinds.h"

namespace claimcheck::kinds::symmetric {

void load_symmetric(FieldReader& fields, const SourceFile&, Rule& rule, Diagnostics& diagnostics) {
  rule.first = load_selector(fields, "relation", diagnostics);
  if (!rule.first.values.empty() || !rule.first.object.empty())
    diagnostics.error("invalid-selector",
                      "'relation' of a " + std::string(to_string(rule.kind)) +
                          " rule names only an event or a state (no 'value' or 'object')",
                      rule.first.range);
}

const KindLoading loading{.fields = {"relation"}, .load = load_symmetric};

}  // namespace claimcheck::kinds::symmetric
