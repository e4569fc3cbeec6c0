// YAML reader: drives yaml-cpp's event parser into YamlNode trees with code-point locations.
#include "yaml/yaml_document.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "yaml/quoting.h"

namespace claimcheck {

namespace {

// Thrown inside the event handler to abort parsing; caught in parse_yaml only.
struct StopParsing : std::runtime_error {
  StopParsing(std::string code, std::string message, YAML::Mark mark)
      : std::runtime_error(message), code(std::move(code)), mark(mark) {}
  std::string code;
  YAML::Mark mark;
};

// Where a `#` comment starts on a line (its size when none): at the line's start or after a
// space. Only used to look past comments, never to read values.
std::size_t comment_start(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i)
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return i;
  return line.size();
}

std::string_view trim_right(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A comment on the line where a plain scalar ends: the line (0-based), where the blanks before
// it start and where its `#` is (byte offsets in that line).
struct TrailingComment {
  int line = 0;
  std::size_t gap = 0;
  std::size_t hash = 0;
};

// A line's indentation for block structure: its leading spaces, and the "- " of sequence
// entries that open on it ("- id: a" indents "id" by 2).
int block_indentation(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size()) {
    if (line[i] == ' ') {
      ++i;
    } else if (line[i] == '-' && i + 1 < line.size() && line[i + 1] == ' ') {
      i += 2;
    } else {
      break;
    }
  }
  return static_cast<int>(i);
}

// Locates marks in the text yaml-cpp reads: the file's text after a byte-order mark, which an
// editor does not show, so columns on the first line count from the first visible character.
class Locator {
 public:
  Locator(const SourceFile& file, std::string_view text) : file_(file), path_(file.path), text_(text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') line_starts_.push_back(i + 1);
  }

  std::string_view line(int zero_based) const {
    if (zero_based < 0 || static_cast<std::size_t>(zero_based) >= line_starts_.size()) return {};
    std::size_t start = line_starts_[static_cast<std::size_t>(zero_based)];
    std::size_t end = text_.find('\n', start);
    return text_.substr(start, end == std::string::npos ? std::string::npos : end - start);
  }

  std::string_view text() const { return text_; }

  // The comment after a plain scalar that starts at `start` (past its properties) and reads
  // `value`, when one follows it on its last line. The scalar's lines are matched against its
  // value (a plain scalar is its lines' text, folded), so text yaml-cpp did not read as part of
  // it (a key's `:`, a flow collection's `]`) is never taken for the scalar's end.
  std::optional<TrailingComment> comment_after_plain(const YAML::Mark& start, const std::string& value) const {
    std::string_view first = line(start.line);
    auto at = static_cast<std::size_t>(start.column);
    if (start.column < 0 || at > first.size()) return std::nullopt;
    std::string_view rest = first.substr(at);
    if (rest.substr(0, value.size()) == value) {  // on one line; checked first so long lines stay linear
      std::size_t hash = rest.find_first_not_of(" \t", value.size());
      if (hash == value.size() || hash == std::string_view::npos || rest[hash] != '#') return std::nullopt;
      return TrailingComment{start.line, at + value.size(), at + hash};
    }
    std::size_t cut = comment_start(rest);
    if (cut != rest.size()) return std::nullopt;  // the value goes on past a comment: not this scalar
    std::string_view body = trim_right(rest);
    if (body.empty() || body.size() >= value.size() || value.compare(0, body.size(), body) != 0) return std::nullopt;
    std::size_t matched = body.size();
    for (int next = start.line + 1; static_cast<std::size_t>(next) < line_starts_.size(); ++next) {
      std::string_view text = line(next);
      std::size_t lead = text.find_first_not_of(" \t\r");
      if (lead == std::string_view::npos) continue;  // a blank line: a line break in the value
      std::string_view from_lead = text.substr(lead);
      std::size_t comment = comment_start(from_lead);
      std::string_view part = trim_right(from_lead.substr(0, comment));
      if (part.empty()) return std::nullopt;  // a comment on its own line ends the scalar before it
      while (matched < value.size() && (value[matched] == ' ' || value[matched] == '\n')) ++matched;
      if (value.compare(matched, part.size(), part) != 0) return std::nullopt;
      matched += part.size();
      if (matched == value.size()) {
        if (comment == from_lead.size()) return std::nullopt;
        return TrailingComment{next, lead + part.size(), lead + comment};
      }
      if (comment != from_lead.size()) return std::nullopt;
    }
    return std::nullopt;
  }

  // The flow collection's closing `]`/`}` after 1-based (line, code-point column), past blanks,
  // commas, line breaks and comments: the position just after it, or nullopt when something else
  // comes first. yaml-cpp marks where a collection starts, never where it ends.
  std::optional<std::pair<int, int>> past_closer(int line1, int column1, char closer) const {
    if (line1 < 1 || static_cast<std::size_t>(line1) > line_starts_.size()) return std::nullopt;
    std::size_t at = line_starts_[static_cast<std::size_t>(line1 - 1)];
    for (int points = 1; points < column1 && at < text_.size() && text_[at] != '\n'; ++points) {
      ++at;
      while (at < text_.size() && (static_cast<unsigned char>(text_[at]) & 0xC0) == 0x80) ++at;
    }
    for (; at < text_.size(); ++at) {
      char c = text_[at];
      if (c == closer) {
        auto line = std::upper_bound(line_starts_.begin(), line_starts_.end(), at) - line_starts_.begin();
        std::size_t start = line_starts_[static_cast<std::size_t>(line - 1)];
        int column = column_in_code_points(this->line(static_cast<int>(line) - 1), static_cast<int>(at - start));
        return std::pair<int, int>{static_cast<int>(line), column + 1};
      }
      if (c == '#') {
        while (at < text_.size() && text_[at] != '\n') ++at;
        continue;
      }
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ',') return std::nullopt;
    }
    return std::nullopt;
  }

  // A range starting at the mark and spanning `width_hint` code points on that line.
  SourceRange at(const YAML::Mark& mark, int width_hint = 0) const {
    if (mark.is_null()) return SourceRange{path_, 1, 1, 1, 1};
    int column = column_in_code_points(line(mark.line), mark.column);
    return SourceRange{path_, mark.line + 1, column, mark.line + 1, column + width_hint};
  }

  // yaml-cpp marks a scalar at its node properties (`&anchor`, `!tag`) when it has any; an error
  // about the value points at the value itself, after them.
  YAML::Mark past_properties(YAML::Mark mark) const {
    std::string_view text = line(mark.line);
    auto at = static_cast<std::size_t>(mark.column);
    while (at < text.size() && (text[at] == '&' || text[at] == '!')) {
      std::size_t end = text.find_first_of(" \t", at);
      if (end == std::string_view::npos) return mark;  // the value is on a later line: keep the mark
      at = text.find_first_not_of(" \t", end);
      if (at == std::string_view::npos || text[at] == '#') return mark;
    }
    mark.column = static_cast<int>(at);
    return mark;
  }

  // An empty node (`-` or `key:` with nothing after) is marked by yaml-cpp where the next token
  // starts, often lines later or past the end of the file; it belongs just after the indicator
  // that opened it, so the range points at that `-` or `:`.
  SourceRange empty_node(const YAML::Mark& mark) const {
    if (mark.is_null()) return at(mark);
    std::string_view here =
        line(mark.line).substr(std::min(line(mark.line).size(), static_cast<std::size_t>(mark.column)));
    for (std::string_view written : {"~", "null", "Null", "NULL"})  // a null spelled out is where it is written
      if (here.substr(0, written.size()) == written) return at(mark, static_cast<int>(written.size()));
    for (int l = std::min(mark.line, static_cast<int>(line_starts_.size()) - 1); l >= 0 && l >= mark.line - 50; --l) {
      std::string_view text = line(l);
      if (l == mark.line) text = text.substr(0, std::min(text.size(), static_cast<std::size_t>(mark.column)));
      text = text.substr(0, comment_start(text));
      std::size_t last = text.find_last_not_of(" \t\r");
      if (last == std::string_view::npos) continue;
      if (text[last] != '-' && text[last] != ':' && text[last] != '?') break;
      YAML::Mark indicator = mark;
      indicator.line = l;
      indicator.column = static_cast<int>(last);
      return at(indicator, 1);
    }
    return at(mark);
  }

  SourceRange scalar(YAML::Mark mark, const std::string& value, bool plain) const {
    if (!mark.is_null()) mark = past_properties(mark);
    int width = 0;
    bool single_line = value.find('\n') == std::string::npos;
    if (single_line) {
      for (unsigned char c : value)
        if ((c & 0xC0) != 0x80) ++width;
      if (!plain) width += 2;
    }
    return at(mark, single_line ? width : 1);
  }

  // A value scalar in block context that goes on past its first line (a block scalar, a quoted
  // or plain scalar folded over lines) ends on the last non-blank line after `range`'s that is
  // indented deeper than that first line: nothing else may follow a scalar there. Without this a
  // claim whose last field is such a scalar would end on the scalar's first line.
  void extend_over_continuation_lines(SourceRange& range, int zero_based_line) const {
    int base = block_indentation(line(zero_based_line));
    int last = -1;
    for (int next = zero_based_line + 1; static_cast<std::size_t>(next) < line_starts_.size(); ++next) {
      std::string_view text = line(next);
      std::size_t first = text.find_first_not_of(" \r");
      if (first == std::string_view::npos) continue;  // blank lines may sit inside a block scalar
      if (static_cast<int>(first) <= base) break;
      last = next;
    }
    if (last < 0) return;
    std::string_view text = line(last);
    text = text.substr(0, text.find_last_not_of(" \r") + 1);
    range.end_line = last + 1;
    range.end_column = column_in_code_points(text, static_cast<int>(text.size()));
  }

  const SourceFile& file() const { return file_; }

 private:
  const SourceFile& file_;
  FilePath path_;  // interned once per file, not once per node
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const Locator& locator, const YamlLimits& limits, Diagnostics& diagnostics)
      : locator_(locator), limits_(limits), diagnostics_(diagnostics) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    YamlNode node;
    node.range = locator_.empty_node(mark);
    finish(std::move(node), anchor, mark);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) throw StopParsing("yaml-syntax", "alias to an unknown anchor", mark);
    alias_nodes_ += it->second.second;
    if (alias_nodes_ > limits_.max_alias_nodes)
      throw StopParsing("yaml-too-large",
                        "aliases expand past " + std::to_string(limits_.max_alias_nodes) +
                            " nodes; is this a \"billion laughs\" file?",
                        mark);
    nodes_ += it->second.second - 1;  // finish() counts the copy's root; anchors above see its true size
    YamlNode copy = it->second.first;
    copy.range = locator_.at(mark);
    finish(std::move(copy), 0, mark);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    YamlNode node;
    node.type = YamlNode::Type::scalar;
    node.scalar = value;
    node.plain = tag != "!";
    node.range = locator_.scalar(mark, value, node.plain);
    if (flow_depth_ == 0 && is_value_position() && !mark.is_null())
      locator_.extend_over_continuation_lines(node.range, mark.line);
    // yaml-cpp tags a plain scalar "?" and a quoted or block one "!"; an explicit tag (`!!str`)
    // hides the style, so only scalars known to be plain are checked.
    if (tag == "?" && !mark.is_null()) warn_comment_after(locator_.past_properties(mark), value, node.range);
    finish(std::move(node), anchor, mark);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(YamlNode::Type::sequence, mark, anchor, style);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(YamlNode::Type::map, mark, anchor, style);
  }
  void OnMapEnd() override { close(); }

  std::optional<YamlNode> take_root() { return std::move(root_); }

 private:
  struct Open {
    YamlNode node;
    YAML::anchor_t anchor;
    YAML::Mark mark;
    std::size_t first_node;  // node count when opened, to size alias copies
    std::optional<YamlEntry> pending_key;
    std::set<std::string> keys;
    bool flow = false;  // written in [ ] or { }
  };

  // A plain scalar followed by a comment on its last line: YAML drops everything from ` #` on,
  // so `quote: It's the #1 toll` reads "It's the". The fix quotes the whole text as written.
  void warn_comment_after(const YAML::Mark& start, const std::string& value, const SourceRange& range) {
    std::optional<TrailingComment> comment = locator_.comment_after_plain(start, value);
    if (!comment) return;
    std::string_view text = locator_.line(comment->line);
    std::string dropped(trim_right(text.substr(comment->hash)));
    std::string meant = value + std::string(text.substr(comment->gap, comment->hash - comment->gap)) + dropped;
    YAML::Mark hash = start;
    hash.line = comment->line;
    hash.column = static_cast<int>(comment->hash);
    SourceRange comment_range = locator_.at(hash, static_cast<int>(code_points(dropped)));
    std::string where = comment->line == start.line ? "column " + std::to_string(comment_range.column)
                                                    : "line " + std::to_string(comment_range.line) + ", column " +
                                                          std::to_string(comment_range.column);
    std::string fix = written_as(quoted_yaml(meant));
    Diagnostic& warning = diagnostics_.warning(
        "comment-after-plain-value",
        "the text after ' #' (" + where + ") is dropped: YAML reads '" + dropped +
            "' as a comment, so this unquoted value is only '" + value +
            "'; if that text belongs to the value, quote the value: " + fix + " (a comment goes on a line of its own)",
        range);
    warning.notes.push_back({comment_range, "the comment starts here"});
  }

  // A fixed value as the line would hold it: after its key in a map, after "- " in a block list.
  std::string written_as(const std::string& quoted) const {
    if (stack_.empty()) return quoted;
    const Open& parent = stack_.back();
    if (parent.pending_key) return parent.pending_key->key + ": " + quoted;
    if (parent.node.type == YamlNode::Type::sequence && !parent.flow) return "- " + quoted;
    return quoted;
  }

  // A scalar that is a sequence item, a map value or the document itself, not a map key (the
  // deeper lines after a key are its value's).
  bool is_value_position() const {
    return stack_.empty() || stack_.back().node.type != YamlNode::Type::map || stack_.back().pending_key.has_value();
  }

  void open(YamlNode::Type type, const YAML::Mark& mark, YAML::anchor_t anchor, YAML::EmitterStyle::value style) {
    if (static_cast<int>(stack_.size()) >= limits_.max_depth)
      throw StopParsing("yaml-too-deep", "nesting deeper than " + std::to_string(limits_.max_depth) + " levels", mark);
    count(mark);
    YamlNode node;
    node.type = type;
    node.range = locator_.at(mark, 1);
    bool flow = style == YAML::EmitterStyle::Flow;
    flow_depth_ += flow ? 1 : 0;
    stack_.push_back(Open{std::move(node), anchor, mark, nodes_, std::nullopt, {}, flow});
  }

  void close() {
    Open done = std::move(stack_.back());
    stack_.pop_back();
    flow_depth_ -= done.flow ? 1 : 0;
    if (done.pending_key) throw StopParsing("yaml-syntax", "map key without a value", done.mark);
    extend_to_last_child(done.node);
    if (done.flow) extend_past_closer(done.node);
    std::size_t size = nodes_ - done.first_node + 1;
    if (done.anchor != 0) anchors_[done.anchor] = {done.node, size};
    place(std::move(done.node), done.mark);
  }

  // A collection's range runs from its first character to the end of its last child, so a
  // claim's range covers the whole claim (SARIF regions, annotations) and not one character.
  static void extend_to_last_child(YamlNode& node) {
    const SourceRange* last = nullptr;
    if (!node.items.empty()) last = &node.items.back().range;
    if (!node.entries.empty()) last = &node.entries.back().value.range;
    if (!last || last->end_line < node.range.line) return;
    if (last->end_line == node.range.line && last->end_column <= node.range.end_column) return;
    node.range.end_line = last->end_line;
    node.range.end_column = last->end_column;
  }

  // `[a, b]` and `{x: 1}` end at their closing bracket, not at their last item.
  void extend_past_closer(YamlNode& node) const {
    char closer = node.type == YamlNode::Type::sequence ? ']' : '}';
    if (auto end = locator_.past_closer(node.range.end_line, node.range.end_column, closer)) {
      node.range.end_line = end->first;
      node.range.end_column = end->second;
    }
  }

  void finish(YamlNode node, YAML::anchor_t anchor, const YAML::Mark& mark) {
    count(mark);
    if (anchor != 0) anchors_[anchor] = {node, 1};
    place(std::move(node), mark);
  }

  void count(const YAML::Mark& mark) {
    if (++nodes_ > limits_.max_nodes)
      throw StopParsing("yaml-too-large", "more than " + std::to_string(limits_.max_nodes) + " YAML nodes", mark);
  }

  void place(YamlNode node, const YAML::Mark& mark) {
    if (stack_.empty()) {
      if (root_) throw StopParsing("yaml-multiple-documents", "only one YAML document per file is allowed", mark);
      root_ = std::move(node);
      return;
    }
    Open& parent = stack_.back();
    if (parent.node.type == YamlNode::Type::sequence) {
      parent.node.items.push_back(std::move(node));
      return;
    }
    if (!parent.pending_key) {
      if (node.type != YamlNode::Type::scalar && node.type != YamlNode::Type::null)
        throw StopParsing("yaml-complex-key", "map keys must be plain words", mark);
      if (!parent.keys.insert(node.scalar).second)
        throw StopParsing("duplicate-key", "duplicate key '" + node.scalar + "' in the same map", mark);
      parent.pending_key = YamlEntry{node.scalar, node.range, {}};
      return;
    }
    parent.pending_key->value = std::move(node);
    parent.node.entries.push_back(std::move(*parent.pending_key));
    parent.pending_key.reset();
  }

  const Locator& locator_;
  const YamlLimits& limits_;
  Diagnostics& diagnostics_;  // warnings found while reading; errors stop the parse
  std::vector<Open> stack_;
  std::optional<YamlNode> root_;
  std::map<YAML::anchor_t, std::pair<YamlNode, std::size_t>> anchors_;
  std::size_t nodes_ = 0;
  std::size_t alias_nodes_ = 0;
  int flow_depth_ = 0;  // open collections written in [ ] or { }
};

// yaml-cpp reads bytes; it neither rejects invalid UTF-8 nor NUL. We do, with a location.
bool check_encoding(const Locator& locator, Diagnostics& diagnostics) {
  std::string_view text = locator.text();
  int line = 0;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    auto where = [&] {
      YAML::Mark mark;
      mark.line = line;
      mark.column = static_cast<int>(i - line_start);
      return locator.at(mark, 1);
    };
    if (c == 0) {
      diagnostics.error("nul-byte", "file contains a NUL byte", where());
      return false;
    }
    if (c == '\n') {
      ++line;
      line_start = ++i;
      continue;
    }
    int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
    bool ok = extra >= 0 && i + static_cast<std::size_t>(extra) < text.size() + (extra == 0 ? 1 : 0);
    for (int k = 1; ok && k <= extra; ++k)
      ok = (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0xC0) == 0x80;
    if (ok && extra == 1) ok = c >= 0xC2;  // overlong two-byte forms
    if (!ok) {
      diagnostics.error("invalid-utf8", "file is not valid UTF-8", where());
      return false;
    }
    i += static_cast<std::size_t>(extra) + 1;
  }
  return true;
}

std::string describe_parser_error(const std::string& message) {
  if (message.empty()) return "malformed YAML";
  return "malformed YAML: " + message;
}

// yaml-cpp's message for a tab in indentation ("illegal block entry", …) does not say "tab".
std::string explain_tabs(const Locator& locator, const YAML::Mark& mark) {
  std::string_view line = locator.line(mark.line);
  std::size_t indent_end = line.find_first_not_of(" \t");
  std::string_view indent = line.substr(0, indent_end);
  if (indent.find('\t') == std::string_view::npos) return "";
  return " (YAML indents with spaces; this line's indentation has a tab)";
}

// A map that ends too early or a `:` where none may be is most often text that needed quotes:
// `quote: He said: no`, `quote: 'It's the toll'`. When the error's line holds such a value, a
// note says how to quote it, with the value rewritten when that can be derived.
void add_quoting_note(const Locator& locator, const YAML::Exception& e, Diagnostic& error) {
  static const std::vector<std::string> kQuotingErrors = {"illegal map value", "end of map not found",
                                                          "end of sequence not found"};
  if (e.mark.is_null() || std::find(kQuotingErrors.begin(), kQuotingErrors.end(), e.msg) == kQuotingErrors.end())
    return;
  std::string_view line = locator.line(e.mark.line);
  std::optional<UnquotedText> text = find_unquoted_text(line);
  if (!text) return;
  YAML::Mark value = e.mark;
  value.column = static_cast<int>(text->value_offset);
  std::string advice = "to keep this value as text, quote all of it in single quotes, with each ' inside doubled";
  if (text->rewritten)
    advice += ": " + text->key + ": " + *text->rewritten + " (or in double quotes, with each \" inside written \\\")";
  else
    advice += " (It's → 'It''s'), or in double quotes, with each \" inside written \\\"";
  error.notes.push_back(
      {locator.at(value, static_cast<int>(code_points(line.substr(text->value_offset, text->value_size)))), advice});
}

}  // namespace

const YamlNode* YamlNode::find(const std::string& key) const {
  for (const YamlEntry& entry : entries)
    if (entry.key == key) return &entry.value;
  return nullptr;
}

const char* describe(YamlNode::Type type) {
  switch (type) {
    case YamlNode::Type::null:
      return "nothing";
    case YamlNode::Type::scalar:
      return "a scalar";
    case YamlNode::Type::sequence:
      return "a list";
    case YamlNode::Type::map:
      return "a map";
  }
  return "nothing";
}

std::optional<YamlNode> parse_yaml(const SourceFile& file, Diagnostics& diagnostics, const YamlLimits& limits) {
  if (file.unreadable) {
    diagnostics.error("unreadable-file", "cannot read file (was it moved or changed while claimcheck ran?)",
                      SourceRange{file.path, 0, 0, 0, 0});
    return std::nullopt;
  }
  if (file.text.size() > limits.max_file_bytes) {
    diagnostics.error(
        "file-too-large",
        "file is " + std::to_string(file.text.size()) + " bytes; the limit is " + std::to_string(limits.max_file_bytes),
        SourceRange{file.path, 1, 1, 1, 1});
    return std::nullopt;
  }
  std::string_view text = file.text;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a BOM is fine
  Locator locator(file, text);
  if (!check_encoding(locator, diagnostics)) return std::nullopt;

  std::istringstream in{std::string(text)};
  TreeBuilder builder(locator, limits, diagnostics);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const StopParsing& stop) {
    diagnostics.error(stop.code, stop.what(), locator.at(stop.mark, 1));
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    std::string code = e.msg.find("deep") != std::string::npos ? "yaml-too-deep" : "yaml-syntax";
    Diagnostic& error =
        diagnostics.error(code, describe_parser_error(e.msg) + explain_tabs(locator, e.mark), locator.at(e.mark, 1));
    add_quoting_note(locator, e, error);
    return std::nullopt;
  } catch (const std::exception& e) {
    diagnostics.error("yaml-syntax", describe_parser_error(e.what()), SourceRange{file.path, 1, 1, 1, 1});
    return std::nullopt;
  }
  std::optional<YamlNode> root = builder.take_root();
  if (!root) {
    YamlNode empty;
    empty.range = SourceRange{file.path, 1, 1, 1, 1};
    return empty;
  }
  return root;
}

}  // namespace claimcheck
