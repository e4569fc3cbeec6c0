// Quoting hints: rewrites a value as a quoted YAML scalar and spots text YAML cannot read unquoted.
#include "yaml/quoting.h"

#include <cstdio>

namespace claimcheck {

namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (is_blank(text.front()) || text.front() == '\r')) text.remove_prefix(1);
  while (!text.empty() && (is_blank(text.back()) || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

bool has_control_character(std::string_view text) {
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\t') || byte == 0x7F) return true;
  }
  return false;
}

std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (byte < 0x20 || byte == 0x7F) {
      char escape[5];
      std::snprintf(escape, sizeof escape, "\\x%02X", byte);
      out += escape;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// Where the quoted scalar that opens `value` closes (the index of its closing quote), or npos
// when it does not close on this line.
std::size_t closing_quote(std::string_view value) {
  char quote = value.front();
  for (std::size_t i = 1; i < value.size(); ++i) {
    if (quote == '"' && value[i] == '\\') {
      ++i;
    } else if (value[i] == quote) {
      if (quote == '\'' && i + 1 < value.size() && value[i + 1] == '\'') {
        ++i;  // '' is one ' inside single quotes
        continue;
      }
      return i;
    }
  }
  return std::string_view::npos;
}

// The text a quoted value that YAML could not read was meant to hold: what its outer quotes
// enclose when it ends with the quote it opened with (`'It's the toll'`), else all of it as
// written (`"He" said it`). nullopt when backslash escapes make the meaning unsure.
std::optional<std::string> meant_text(std::string_view value) {
  char quote = value.front();
  if (quote == '"' && value.find('\\') != std::string_view::npos) return std::nullopt;
  if (value.size() < 2 || value.back() != quote) return std::string(value);
  std::string_view inner = value.substr(1, value.size() - 2);
  if (quote == '"') return std::string(inner);
  std::string text;  // a '' the writer already doubled is one '
  for (std::size_t i = 0; i < inner.size(); ++i) {
    text += inner[i];
    if (inner[i] == '\'' && i + 1 < inner.size() && inner[i + 1] == '\'') ++i;
  }
  return text;
}

// A plain value YAML stops reading at `: ` (or a `:` that ends it), outside a comment.
bool has_map_colon(std::string_view value) {
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '#' && i > 0 && is_blank(value[i - 1])) return false;
    if (value[i] == ':' && (i + 1 == value.size() || is_blank(value[i + 1]))) return true;
  }
  return false;
}

}  // namespace

std::string quoted_yaml(std::string_view text) {
  if (has_control_character(text)) return double_quoted(text);
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

std::optional<UnquotedText> find_unquoted_text(std::string_view line) {
  std::size_t at = 0;
  while (true) {
    while (at < line.size() && is_blank(line[at])) ++at;
    if (at + 1 < line.size() && line[at] == '-' && is_blank(line[at + 1])) {
      at += 2;
      continue;
    }
    break;
  }
  std::size_t colon = line.find(": ", at);
  if (colon == std::string_view::npos || colon == at) return std::nullopt;
  std::string_view key = line.substr(at, colon - at);
  if (key.find_first_of("'\"{}[],#&*!|>?") != std::string_view::npos) return std::nullopt;
  std::size_t value_offset = colon + 2;
  while (value_offset < line.size() && is_blank(line[value_offset])) ++value_offset;
  std::string_view value = trimmed(line.substr(value_offset));
  if (value.empty()) return std::nullopt;
  UnquotedText found{std::string(key), value_offset, value.size(), std::nullopt};
  char first = value.front();
  if (first == '\'' || first == '"') {
    std::size_t close = closing_quote(value);
    if (close == std::string_view::npos) return std::nullopt;
    std::string_view after = trimmed(value.substr(close + 1));
    if (after.empty() || after.front() == '#') return std::nullopt;  // a well-formed quoted value
    if (std::optional<std::string> text = meant_text(value)) found.rewritten = quoted_yaml(*text);
    return found;
  }
  if (std::string_view("|>&!*[{#%@`").find(first) != std::string_view::npos) return std::nullopt;
  if (!has_map_colon(value)) return std::nullopt;
  found.rewritten = quoted_yaml(value);
  return found;
}

}  // namespace claimcheck
