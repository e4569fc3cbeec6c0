// The describing table: each kind's row in RuleKind order, from claimcheck/rule_kinds.def.
#include "model/rule_kinds.h"
#include "render/kinds.h"

namespace claimcheck {

namespace {

const KindDescribing* const kTable[] = {
#define CLAIMCHECK_RULE_KIND(identifier, name) &kinds::identifier::describing,
#include "claimcheck/rule_kinds.def"
#undef CLAIMCHECK_RULE_KIND
};

}  // namespace

const KindDescribing& describing_of(RuleKind kind) {
  static const KindDescribing none{};  // no kind: described by its id
  return row_of(kTable, kind, none);
}

}  // namespace claimcheck
