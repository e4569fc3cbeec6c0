// Rule kinds' loaders: the fields each kind takes and how it reads them into a Rule.
#pragma once

#include <string>
#include <vector>

#include "claimcheck/rules.h"
#include "claimcheck/source_manager.h"
#include "load/fields.h"
#include "load/rule_fields.h"

namespace claimcheck {

// Reads a kind's own fields of `rule` (its common fields are read already). Reports problems;
// a missing or bad field marks `fields` failed.
using KindLoader = void (*)(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics);

// Checks the declaration of the state a rule reads (its `state`), found in the vocabulary once
// the packs are merged (validate, after the state's name is known to be declared).
using KindStateCheck = void (*)(const Rule& rule, const StateType& state, Diagnostics& diagnostics);

// Everything loading knows of one rule kind: the fields it takes beyond the common ones (any
// other is an unknown field), its loader, and what its `state` must be declared as.
struct KindLoading {
  std::vector<std::string> fields = {};
  KindLoader load = nullptr;
  KindStateCheck check_state = nullptr;
};
const KindLoading& loading_of(RuleKind kind);

// Each kind's row, defined in checker/kinds/<kind>/load.cpp (claimcheck/rule_kinds.def lists the kinds).
namespace kinds {
#define CLAIMCHECK_RULE_KIND(identifier, name) \
  namespace identifier {                       \
  extern const KindLoading loading;            \
  }
#include "claimcheck/rule_kinds.def"
#undef CLAIMCHECK_RULE_KIND
}  // namespace kinds

}  // namespace claimcheck
