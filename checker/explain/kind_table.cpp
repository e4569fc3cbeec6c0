// The explaining table: each kind's row in RuleKind order, from claimcheck/rule_kinds.def.
#include "explain/kinds.h"
#include "model/rule_kinds.h"

namespace claimcheck {

namespace {

const KindExplaining* const kTable[] = {
#define CLAIMCHECK_RULE_KIND(identifier, name) &kinds::identifier::explaining,
#include "claimcheck/rule_kinds.def"
#undef CLAIMCHECK_RULE_KIND
};

}  // namespace

const KindExplaining& explaining_of(RuleKind kind) {
  static const KindExplaining none{};  // no kind: a plain message, who says what
  return row_of(kTable, kind, none);
}

}  // namespace claimcheck
