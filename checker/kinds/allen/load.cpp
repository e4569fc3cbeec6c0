// Loading allen: no fields of its own.
#include "load/kinds.h"

namespace claimcheck::kinds::allen {

// allen: no fields of its own: relates every claim that states a relation (within `where`).
void load_allen(FieldReader&, const SourceFile&, Rule&, Diagnostics&) {}

const KindLoading loading{.fields = {}, .load = load_allen};

}  // namespace claimcheck::kinds::allen
