// Loading duration: `event` or `state` (with `value`), and `min` and/or `max`.
#include "load/kinds.h"

namespace claimcheck::kinds::duration {

// duration: `event: summit` or `state: membership, value: frozen`, with `min` and/or `max`.
void load_duration(FieldReader& fields, const SourceFile&, Rule& rule, Diagnostics& diagnostics) {
  rule.first.event = fields.text("event", false).value_or("");
  rule.first.state = fields.text("state", false).value_or("");
  rule.first.values = listed_values(fields, "value", false).value_or(std::vector<Value>{});
  rule.first.range = fields.node().range;
  if (rule.first.event.empty() == rule.first.state.empty())
    diagnostics.error("invalid-selector", "a duration rule names exactly one of 'event' or 'state'",
                      fields.node().range);
  std::size_t problems = diagnostics.all().size();
  load_day_bounds(fields, rule, diagnostics);
  bool unreadable = diagnostics.all().size() > problems;  // an unreadable bound has its own error
  if (!rule.min_days && !rule.max_days && !unreadable)
    diagnostics.error("missing-field", "a duration rule needs 'min', 'max' or both", fields.node().range);
  // A state claim's span is only part of the state's stretch, so `min` on a state is checked
  // against the other values that shut an episode in (ground/kinds/duration.cpp), not the span.
}

const KindLoading loading{.fields = {"event", "state", "value", "min", "max"}, .load = load_duration};

}  // namespace claimcheck::kinds::duration
