// Dataset config: parses claimcheck.yaml's paths, rule tuning and option defaults.
#include "load/dataset_config.h"

#include <algorithm>
#include <filesystem>

#include "load/fields.h"
#include "load/rules_loader.h"
#include "model/suggest.h"
#include "yaml/yaml_document.h"

namespace claimcheck {

namespace {

const std::vector<std::string> kConfigFields = {"facts",      "rules",  "select",  "ignore", "severity",
                                                "exceptions", "format", "fail-on", "timeout"};

void wrong_type(const YamlNode& node, const std::string& what, Diagnostics& diagnostics) {
  diagnostics.error("wrong-type", what + " must be a name or a list of names, not " + describe(node.type), node.range);
}

// A name or a list of names, each with its own location.
std::vector<RuleName> names_in(const YamlNode& node, const std::string& what, Diagnostics& diagnostics) {
  std::vector<RuleName> out;
  if (node.is_null()) return out;
  if (node.is_scalar()) return {RuleName{node.scalar, node.range}};
  if (!node.is_sequence()) {
    wrong_type(node, what, diagnostics);
    return out;
  }
  for (const YamlNode& item : node.items) {
    if (item.is_scalar())
      out.push_back(RuleName{item.scalar, item.range});
    else
      wrong_type(item, what, diagnostics);
  }
  return out;
}

// A map from rule ids or kinds to something, as a list of its entries.
const std::vector<YamlEntry>* entries_of(const YamlNode* node, const std::string& key, Diagnostics& diagnostics) {
  if (!node || node->is_null()) return nullptr;
  if (!node->is_map()) {
    diagnostics.error(
        "wrong-type",
        "'" + key + "' of " + kDatasetConfigName + " must be a map from rule ids or kinds, not " + describe(node->type),
        node->range);
    return nullptr;
  }
  return &node->entries;
}

// `severity: {death-toll-does-not-fall: info, expression: warning}`; kinds first, so an id's wins.
std::vector<RuleTuning::SeverityOverride> severities_in(const YamlNode* node, Diagnostics& diagnostics) {
  std::vector<RuleTuning::SeverityOverride> out;
  const std::vector<YamlEntry>* entries = entries_of(node, "severity", diagnostics);
  if (!entries) return out;
  for (const YamlEntry& entry : *entries) {
    std::optional<Severity> severity =
        entry.value.is_scalar() ? rule_severity_from(entry.value.scalar) : std::optional<Severity>{};
    if (!severity) {
      std::string written = entry.value.is_scalar() ? "'" + entry.value.scalar + "'" : describe(entry.value.type);
      diagnostics.error("invalid-severity",
                        "severity of '" + entry.key + "' must be error, warning or info, not " + written +
                            (entry.value.is_scalar() ? did_you_mean(entry.value.scalar, rule_severity_names()) : ""),
                        entry.value.range);
      continue;
    }
    out.push_back(RuleTuning::SeverityOverride{RuleName{entry.key, entry.key_range}, *severity});
  }
  std::stable_partition(out.begin(), out.end(), [](const RuleTuning::SeverityOverride& s) {
    return rule_kind_from_string(s.rule.name).has_value();
  });
  return out;
}

// `exceptions: {death-toll-does-not-fall: [daily/flood-toll-may-20]}`.
std::vector<RuleTuning::AddedExceptions> exceptions_in(const YamlNode* node, Diagnostics& diagnostics) {
  std::vector<RuleTuning::AddedExceptions> out;
  const std::vector<YamlEntry>* entries = entries_of(node, "exceptions", diagnostics);
  if (!entries) return out;
  for (const YamlEntry& entry : *entries)
    out.push_back(RuleTuning::AddedExceptions{RuleName{entry.key, entry.key_range},
                                              names_in(entry.value, "exceptions of '" + entry.key + "'", diagnostics)});
  return out;
}

std::optional<ConfigValue> value_of(FieldReader& fields, const std::string& key) {
  std::optional<std::string> text = fields.text(key, false);
  if (!text) return std::nullopt;
  return ConfigValue{*text, fields.range_of(key)};
}

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
  DatasetConfig config;
  config.facts = relative("facts");
  config.rules = relative("rules");
  if (const YamlNode* select = fields.find("select")) config.select = names_in(*select, "'select'", diagnostics);
  if (const YamlNode* ignore = fields.find("ignore")) config.ignore = names_in(*ignore, "'ignore'", diagnostics);
  config.severities = severities_in(fields.find("severity"), diagnostics);
  config.exceptions = exceptions_in(fields.find("exceptions"), diagnostics);
  config.format = value_of(fields, "format");
  config.fail_on = value_of(fields, "fail-on");
  config.timeout = value_of(fields, "timeout");
  if (diagnostics.error_count() != errors_before) return std::nullopt;
  return config;
}

void merge_dataset_config(DatasetConfig& into, const DatasetConfig& other) {
  auto take = [](auto& mine, const auto& theirs) {
    if (mine.empty()) mine = theirs;
  };
  take(into.rules, other.rules);
  take(into.select, other.select);
  take(into.ignore, other.ignore);
  take(into.severities, other.severities);
  take(into.exceptions, other.exceptions);
  for (auto [mine, theirs] : {std::pair{&into.format, &other.format}, std::pair{&into.fail_on, &other.fail_on},
                              std::pair{&into.timeout, &other.timeout}})
    if (!*mine) *mine = *theirs;
}

}  // namespace claimcheck
