// Quoting hints: how to write a text as a YAML value that keeps every character of it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

// `text` as a single-quoted YAML scalar ('It''s'), or double-quoted with escapes when it holds a
// line break or another control character, which single quotes cannot spell on one line.
std::string quoted_yaml(std::string_view text);

// A block line `key: value` (after any indentation and "- ") whose value is text that YAML
// cannot read unquoted: an unquoted value with `: ` inside it, or a quoted one with more text
// after its closing quote. `value_offset` is the value's byte offset in the line; `rewritten` is
// the whole value quoted so that YAML keeps it, when it can be derived.
struct UnquotedText {
  std::string key;
  std::size_t value_offset = 0;
  std::size_t value_size = 0;
  std::optional<std::string> rewritten;
};
std::optional<UnquotedText> find_unquoted_text(std::string_view line);

}  // namespace claimcheck
