// Loading conflicts-with: `this`, `other`, `match` and `when: same-time | ever`.
#include "load/kinds.h"
#include "model/suggest.h"

namespace claimcheck::kinds::conflicts_with {

// `when: ever` instead of at the same time.
void load_conflicts_with(FieldReader& fields, const SourceFile&, Rule& rule, Diagnostics& diagnostics) {
  rule.first = load_selector(fields, "this", diagnostics);
  rule.second = load_selector(fields, "other", diagnostics);
  load_match(fields, rule, diagnostics);
  std::optional<std::string> when = fields.text("when", false);
  if (!when || *when == "same-time") return;
  if (*when == "ever") {
    rule.ever = true;
    return;
  }
  diagnostics.error(
      "invalid-when",
      "when must be 'same-time' or 'ever', not '" + *when + "'" + did_you_mean(*when, {"same-time", "ever"}),
      fields.range_of("when"));
}

const KindLoading loading{.fields = {"this", "other", "when", "match"}, .load = load_conflicts_with};

}  // namespace claimcheck::kinds::conflicts_with
