// Rules loader: rule-pack YAML → the vocabulary and the rules (docs/rules.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimcheck/rules.h"
#include "claimcheck/source_manager.h"
#include "load/fields.h"
#include "yaml/yaml_document.h"

namespace claimcheck {

// Merges the file's vocabulary and appends its rules to `rules`. Reports every problem.
void load_rules_file(const SourceFile& file, RuleSet& rules, Diagnostics& diagnostics, const YamlLimits& limits = {});

// The keys of each map of a rule pack: "rules file", "vocabulary", "selector", "where", and
// "rule KIND" for each kind (its own fields and the common ones).
FieldTables rules_field_tables();

// A rule's severity as a pack or claimcheck.yaml writes it: error, warning or info.
std::optional<Severity> rule_severity_from(const std::string& text);
std::vector<std::string> rule_severity_names();

}  // namespace claimcheck
