// Dataset config: `claimcheck.yaml` in a dataset's root names the rule packs the dataset uses.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimcheck/diagnostic.h"
#include "claimcheck/source_manager.h"
#include "load/fields.h"

namespace claimcheck {

constexpr const char* kDatasetConfigName = "claimcheck.yaml";

// What claimcheck.yaml says; each list is empty when its key is absent.
struct DatasetConfig {
  std::vector<std::string> facts;  // facts files or folders (default: the dataset folder itself)
  std::vector<std::string> rules;  // rule packs (default: --rules, else rules/)
};

// The keys of claimcheck.yaml: "claimcheck.yaml".
FieldTables dataset_config_field_tables();

// Reads `facts:` and `rules:` (a path or a list of paths, each relative to the config file's
// folder), or nullopt with diagnostics when the file is malformed.
std::optional<DatasetConfig> read_dataset_config(const SourceFile& file, Diagnostics& diagnostics);

}  // namespace claimcheck
