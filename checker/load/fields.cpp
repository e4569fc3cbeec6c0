// Field reader: typed access to YAML maps with missing/mistyped/unknown-field diagnostics.
#include "load/fields.h"

#include "model/suggest.h"

namespace claimcheck {

FieldReader::FieldReader(const YamlNode& map, std::string what, Diagnostics& diagnostics)
    : map_(map), what_(std::move(what)), diagnostics_(diagnostics) {}

SourceRange FieldReader::range_of(const std::string& key) const {
  const YamlNode* node = map_.find(key);
  return node ? node->range : map_.range;
}

void FieldReader::missing(const std::string& key) {
  ok_ = false;
  diagnostics_.error("missing-field", what_ + " has no '" + key + "' field", map_.range);
}

void FieldReader::mistyped(const std::string& key, const YamlNode& node, const char* expected) {
  ok_ = false;
  diagnostics_.error("wrong-type",
                     "'" + key + "' of " + what_ + " must be " + expected + ", not " + describe(node.type), node.range);
}

std::optional<std::string> FieldReader::text(const std::string& key, bool required) {
  const YamlNode* node = map_.find(key);
  if (!node || node->is_null()) {
    if (required) missing(key);
    return std::nullopt;
  }
  if (!node->is_scalar()) {
    mistyped(key, *node, "a scalar");
    return std::nullopt;
  }
  if (required && node->scalar.empty()) {
    ok_ = false;
    diagnostics_.error("empty-field", "'" + key + "' of " + what_ + " is empty", node->range);
    return std::nullopt;
  }
  return node->scalar;
}

std::optional<std::vector<std::string>> FieldReader::words(const std::string& key, bool required) {
  const YamlNode* node = map_.find(key);
  if (!node || node->is_null()) {
    if (required) missing(key);
    return std::nullopt;
  }
  if (node->is_scalar()) return std::vector<std::string>{node->scalar};
  if (!node->is_sequence()) {
    mistyped(key, *node, "a list");
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (const YamlNode& item : node->items) {
    if (!item.is_scalar()) {
      mistyped(key, item, "a list of words");
      return std::nullopt;
    }
    out.push_back(item.scalar);
  }
  return out;
}

void FieldReader::reject_unknown(const std::vector<std::string>& known) {
  for (const YamlEntry& entry : map_.entries) {
    bool is_known = false;
    for (const std::string& k : known) is_known = is_known || k == entry.key;
    if (is_known) continue;
    ok_ = false;
    diagnostics_.error("unknown-field",
                       "unknown field '" + entry.key + "' in " + what_ + did_you_mean(entry.key, known),
                       entry.key_range);
  }
}

bool expect_type(const YamlNode& node, YamlNode::Type type, const std::string& what, Diagnostics& diagnostics) {
  if (node.type == type) return true;
  diagnostics.error("wrong-type", what + " must be " + describe(type) + ", not " + describe(node.type), node.range);
  return false;
}

}  // namespace claimcheck
