// Field reader: typed, located access to a YAML map's fields, reporting every problem it meets.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "claimcheck/diagnostic.h"
#include "yaml/yaml_document.h"

namespace claimcheck {

// The keys each kind of map in an input format accepts (any other is an unknown-field error), by
// a name for the map ("claim", "rule unique-event"). The schemas in schemas/ are held to them.
using FieldTables = std::map<std::string, std::vector<std::string>>;

class FieldReader {
 public:
  // `what` names the map in messages ("claim", "source", "rule").
  FieldReader(const YamlNode& map, std::string what, Diagnostics& diagnostics);

  const YamlNode* find(const std::string& key) const { return map_.find(key); }
  // A scalar field's text; reports a missing or mistyped field when `required`.
  std::optional<std::string> text(const std::string& key, bool required);
  // A list of scalars (a single scalar is accepted as a one-item list).
  std::optional<std::vector<std::string>> words(const std::string& key, bool required);
  // Reports each key not in `known`, suggesting the closest known one.
  void reject_unknown(const std::vector<std::string>& known);

  const YamlNode& node() const { return map_; }
  SourceRange range_of(const std::string& key) const;
  bool ok() const { return ok_; }

 private:
  void missing(const std::string& key);
  void mistyped(const std::string& key, const YamlNode& node, const char* expected);

  const YamlNode& map_;
  std::string what_;
  Diagnostics& diagnostics_;
  bool ok_ = true;
};

// Reports "expected a map" etc. Returns true when the node has the wanted type.
bool expect_type(const YamlNode& node, YamlNode::Type type, const std::string& what, Diagnostics& diagnostics);

}  // namespace claimcheck
