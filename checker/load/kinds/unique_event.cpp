// Loading unique-event: `event`.
#include "load/kinds/kinds.h"

namespace claimcheck {

// unique-event: the event that happens once.
void load_unique_event(FieldReader& fields, const SourceFile&, Rule& rule, Diagnostics&) {
  rule.event = fields.text("event", true).value_or("");
}

}  // namespace claimcheck
