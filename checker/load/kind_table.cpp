// The loading table: each kind's row in RuleKind order, from claimcheck/rule_kinds.def.
#include "load/kinds.h"
#include "model/rule_kinds.h"

namespace claimcheck {

namespace {

const KindLoading* const kTable[] = {
#define CLAIMCHECK_RULE_KIND(identifier, name) &kinds::identifier::loading,
#include "claimcheck/rule_kinds.def"
#undef CLAIMCHECK_RULE_KIND
};

}  // namespace

const KindLoading& loading_of(RuleKind kind) {
  static const KindLoading none{};  // no kind: no fields of its own
  return row_of(kTable, kind, none);
}

}  // namespace claimcheck
