// YAML reader: the only module that sees yaml-cpp. Turns a file's text into a small located tree.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/defaults.h"
#include "claimcheck/diagnostic.h"
#include "claimcheck/source_manager.h"

namespace claimcheck {

struct YamlNode;

struct YamlEntry;

struct YamlNode {
  enum class Type { null, scalar, sequence, map };
  Type type = Type::null;
  std::string scalar;
  bool plain = true;               // an unquoted scalar (only plain scalars may be numbers or dates)
  std::vector<YamlNode> items;     // sequence items
  std::vector<YamlEntry> entries;  // map entries, in file order, keys unique
  SourceRange range;

  bool is_map() const { return type == Type::map; }
  bool is_sequence() const { return type == Type::sequence; }
  bool is_scalar() const { return type == Type::scalar; }
  bool is_null() const { return type == Type::null; }
  const YamlNode* find(const std::string& key) const;
};

struct YamlEntry {
  std::string key;
  SourceRange key_range;
  YamlNode value;
};

struct YamlLimits {
  std::size_t max_file_bytes = defaults::max_file_bytes;
  int max_depth = defaults::max_depth;
  std::size_t max_nodes = 4'000'000;
  std::size_t max_alias_nodes = 100'000;  // nodes copied by aliases: stops "billion laughs"
};

// Parses one YAML document. Returns nullopt (with diagnostics) when the text is not a single
// well-formed document: malformed YAML, several documents, duplicate keys, invalid UTF-8 or
// a NUL byte, a limit exceeded. An empty file or one with only comments yields a null node.
std::optional<YamlNode> parse_yaml(const SourceFile& file, Diagnostics& diagnostics, const YamlLimits& limits = {});

const char* describe(YamlNode::Type type);

}  // namespace claimcheck
