// Loading allen: no fields of its own.
#include "load/kinds/kinds.h"

namespace claimcheck {

// allen: no fields of its own: relates every claim that states a relation (within `where`).
void load_allen(FieldReader&, const SourceFile&, Rule&, Diagnostics&) {}

}  // namespace claimcheck
