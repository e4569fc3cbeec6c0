// The grounding table: each kind's row in RuleKind order, from claimcheck/rule_kinds.def.
#include "ground/kinds.h"
#include "model/rule_kinds.h"

namespace claimcheck {

namespace {

const KindGrounding* const kTable[] = {
#define CLAIMCHECK_RULE_KIND(identifier, name) &kinds::identifier::grounding,
#include "claimcheck/rule_kinds.def"
#undef CLAIMCHECK_RULE_KIND
};

}  // namespace

const KindGrounding& grounding_of(RuleKind kind) {
  static const KindGrounding none{};  // no kind: grounds and reads nothing
  return row_of(kTable, kind, none);
}

}  // namespace claimcheck
