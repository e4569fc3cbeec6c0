// Dataset config: parses claimcheck.yaml's `rules:` into rule paths relative to the file.
#include "load/dataset_config.h"

#include <filesystem>

#include "load/fields.h"
#include "yaml/yaml_document.h"

namespace claimcheck {

namespace {

const std::vector<std::string> kConfigFields = {"facts", "rules"};

}  // namespace

FieldTables dataset_config_field_tables() {
  return {{kDatasetConfigName, kConfigFields}};
}

std::optional<DatasetConfig> read_dataset_config(const SourceFile& file, Diagnostics& diagnostics) {
  int errors_before = diagnostics.error_count();
  std::optional<YamlNode> root = parse_yaml(file, diagnostics);
  if (!root) return std::nullopt;
  if (!expect_type(*root, YamlNode::Type::map, std::string(kDatasetConfigName), diagnostics)) return std::nullopt;
  FieldReader fields(*root, kDatasetConfigName, diagnostics);
  fields.reject_unknown(kConfigFields);
  std::filesystem::path folder = std::filesystem::path(file.path).parent_path();
  auto relative = [&](const char* key) {
    std::vector<std::string> paths;
    for (const std::string& path : fields.words(key, false).value_or(std::vector<std::string>{}))
      paths.push_back((folder / path).lexically_normal().generic_string());
    return paths;
  };
  DatasetConfig config{relative("facts"), relative("rules")};
  if (diagnostics.error_count() != errors_before) return std::nullopt;
  return config;
}

}  // namespace claimcheck
