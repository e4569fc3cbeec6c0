// Dataset config: `claimcheck.yaml` in a dataset's root names the packs and tunes their rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimcheck/diagnostic.h"
#include "claimcheck/rules.h"
#include "claimcheck/source_manager.h"
#include "load/fields.h"

namespace claimcheck {

constexpr const char* kDatasetConfigName = "claimcheck.yaml";

// A scalar of the config as written, and where.
struct ConfigValue {
  std::string text;
  SourceRange range;
};

// What claimcheck.yaml says (docs/rules.md, "claimcheck.yaml"); each list is empty and each
// value absent when its key is.
struct DatasetConfig {
  std::vector<std::string> facts;  // facts files or folders (default: the dataset folder itself)
  std::vector<std::string> rules;  // rule packs (default: --rules, else rules/)
  // Tuning of the loaded rules by id or kind (docs/rules.md, "Tuning the rules for a dataset").
  std::vector<RuleName> select;
  std::vector<RuleName> ignore;
  std::vector<RuleTuning::SeverityOverride> severities;  // kinds first, then ids: an id's wins
  std::vector<RuleTuning::AddedExceptions> exceptions;
  // Defaults of command-line options (the command line wins); checked by the CLI, which knows them.
  std::optional<ConfigValue> format;
  std::optional<ConfigValue> fail_on;
  std::optional<ConfigValue> timeout;
};

// The keys of claimcheck.yaml: "claimcheck.yaml".
FieldTables dataset_config_field_tables();

// Reads claimcheck.yaml's keys (paths relative to the config file's folder), or nullopt with
// diagnostics when the file is malformed: an unknown key, a wrong type, an invalid severity.
std::optional<DatasetConfig> read_dataset_config(const SourceFile& file, Diagnostics& diagnostics);

// Takes each key `into` lacks from `other`: when several configs apply, the first to set a key
// wins. `facts` is not merged: it belongs to its own dataset folder.
void merge_dataset_config(DatasetConfig& into, const DatasetConfig& other);

}  // namespace claimcheck
