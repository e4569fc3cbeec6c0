// Rules loader: rule-pack YAML → the vocabulary and the rules (docs/rules.md).
#pragma once

#include "claimcheck/rules.h"
#include "claimcheck/source_manager.h"
#include "yaml/yaml_document.h"

namespace claimcheck {

// Merges the file's vocabulary and appends its rules to `rules`. Reports every problem.
void load_rules_file(const SourceFile& file, RuleSet& rules, Diagnostics& diagnostics, const YamlLimits& limits = {});

}  // namespace claimcheck
