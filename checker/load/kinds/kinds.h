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

void load_unique_event(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics);
void load_single_value(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics);
void load_after_event(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics);
void load_precedes(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics);
void load_duration(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics);
void load_conflicts_with(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics);
void load_requires(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics);
void load_lifecycle(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics);
void load_allen(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics);
void load_contemporary(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics);
void load_symmetric(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics);
void load_inverse(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics);
void load_count(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics);
void load_expression(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics);

// Checks the declaration of the state a rule reads (its `state`), found in the vocabulary once
// the packs are merged (validate, after the state's name is known to be declared).
using KindStateCheck = void (*)(const Rule& rule, const StateType& state, Diagnostics& diagnostics);
void check_count_state(const Rule& rule, const StateType& state, Diagnostics& diagnostics);

// Everything loading knows of one rule kind: the fields it takes beyond the common ones (any
// other is an unknown field), its loader, and what its `state` must be declared as. One row per
// kind in kinds/registry.cpp.
struct KindLoading {
  RuleKind kind;
  std::vector<std::string> fields;
  KindLoader load = nullptr;
  KindStateCheck check_state = nullptr;
};
const KindLoading& loading_of(RuleKind kind);

}  // namespace claimcheck
