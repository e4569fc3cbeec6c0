// Loading unique-event: `event`.
#include "load/kinds.h"

namespace claimcheck::kinds::unique_event {

// unique-event: the event that happens once.
void load_unique_event(FieldReader& fields, const SourceFile&, Rule& rule, Diagnostics&) {
  rule.event = fields.text("event", true).value_or("");
}

const KindLoading loading{.fields = {"event"}, .load = load_unique_event};

}  // namespace claimcheck::kinds::unique_event
