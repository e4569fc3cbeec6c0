// The rule packs a run loads, tuned by the dataset, and the YAML limits every loaded file is read under.
#pragma once

#include <vector>

#include "claimcheck/check.h"
#include "claimcheck/report.h"
#include "claimcheck/source_manager.h"
#include "yaml/yaml_document.h"

namespace claimcheck {

// The input limits of CheckOptions as the YAML parser takes them.
YamlLimits yaml_limits(const CheckOptions& options);

// The packs, then the dataset's tuning of them (select/ignore, severities, exceptions).
void load_rules(const SourceManager& sources, const std::vector<int>& rules, const CheckOptions& options,
                const YamlLimits& limits, Report& report);

}  // namespace claimcheck
