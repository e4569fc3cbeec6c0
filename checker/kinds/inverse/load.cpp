// Loading inverse: `relation` and the `inverse` name (an event or state like it).
#include "load/kinds.h"

namespace claimcheck::kinds::inverse {

void load_inverse(FieldReader& fields, const SourceFile&, Rule& rule, Diagnostics& diagnostics) {
  rule.first = load_selector(fields, "relation", diagnostics);
  rule.inverse = fields.text("inverse", true).value_or("");
  rule.inverse_range = fields.range_of("inverse");
  if (!rule.first.values.empty() || !rule.first.object.empty())
    diagnostics.error("invalid-selector",
                      "'relation' of a " + std::string(to_string(rule.kind)) +
                          " rule names only an event or a state (no 'value' or 'object')",
                      rule.first.range);
}

const KindLoading loading{.fields = {"relation", "inverse"}, .load = load_inverse};

}  // namespace claimcheck::kinds::inverse
