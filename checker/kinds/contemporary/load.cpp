// Loading contemporary: `relation`, and `begins` and/or `ends`.
#include "load/kinds.h"

namespace claimcheck::kinds::contemporary {

// contemporary: `relation`, and `begins` and/or `ends` (events; `ends` may be a lasting state).
void load_contemporary(FieldReader& fields, const SourceFile&, Rule& rule, Diagnostics& diagnostics) {
  rule.first = load_selector(fields, "relation", diagnostics);
  if (fields.find("begins")) rule.begins = load_selector(fields, "begins", diagnostics);
  if (fields.find("ends")) rule.ends = load_selector(fields, "ends", diagnostics);
  if (!fields.find("begins") && !fields.find("ends"))
    diagnostics.error("missing-field", "a contemporary rule needs 'begins', 'ends' or both", fields.node().range);
  // A state claim is an observation: it says the entity existed then, not that it began then.
  if (!rule.begins.state.empty())
    diagnostics.error("invalid-selector",
                      "'begins' names events: a state claim shows the entity existed, not when it began",
                      rule.begins.range);
}

const KindLoading loading{.fields = {"relation", "begins", "ends"}, .load = load_contemporary};

}  // namespace claimcheck::kinds::contemporary
