// Loading after-event: `event`, `state` and the `allowed` values after it.
#include "load/kinds.h"
#include "model/value.h"

namespace claimcheck::kinds::after_event {

// after-event: the event, and the values its state may take after it.
void load_after_event(FieldReader& fields, const SourceFile&, Rule& rule, Diagnostics&) {
  rule.event = fields.text("event", true).value_or("");
  rule.state = fields.text("state", true).value_or("");
  rule.allowed = listed_values(fields, "allowed", true).value_or(std::vector<Value>{});
}

const KindLoading loading{.fields = {"event", "state", "allowed"}, .load = load_after_event};

}  // namespace claimcheck::kinds::after_event
