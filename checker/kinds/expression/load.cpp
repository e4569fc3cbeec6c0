// Loading expression: `bind`, `match` and `assert` (parsed by load/formula).
#include <algorithm>
#include <regex>
#include <string_view>
#include <variant>

#include "load/formula.h"
#include "load/kinds.h"

namespace claimcheck::kinds::expression {

namespace {

// expression: `bind: {a: SELECTOR, …}`; names are identifiers that are not words of the language.
void load_bindings(FieldReader& fields, Rule& rule, Diagnostics& diagnostics) {
  static const std::regex identifier(R"([A-Za-z_][A-Za-z0-9_]*)");
  static const std::vector<std::string> reserved = {"start", "end",  "value", "and",   "or",   "not",
                                                    "day",   "days", "week",  "weeks", "year", "years"};
  const YamlNode* bind = fields.find("bind");
  if (!bind || bind->is_null()) {
    fields.text("bind", true);  // reports the missing field
    return;
  }
  if (!expect_type(*bind, YamlNode::Type::map, "'bind'", diagnostics)) {
    fields.text("bind", true);
    return;
  }
  for (const YamlEntry& entry : bind->entries) {
    if (!std::regex_match(entry.key, identifier) ||
        std::find(reserved.begin(), reserved.end(), entry.key) != reserved.end()) {
      diagnostics.error("invalid-binding",
                        "'" + entry.key +
                            "' cannot name claims: use letters, digits and '_', not a word of the "
                            "expression language",
                        entry.key_range);
      continue;
    }
    FormulaBinding binding{entry.key, {}};
    if (read_selector(entry.value, "'" + entry.key + "'", binding.selector, diagnostics))
      rule.bindings.push_back(std::move(binding));
  }
}

// A byte of an expression scalar → its place in the file. A plain or quoted scalar on one line is
// the text as written (after the quote), so the column is exact; where escapes or line folding
// make the text differ from the file, the scalar's own start is the best place to point at.
SourceRange locate_in_scalar(const SourceFile& file, const YamlNode& node, std::size_t offset) {
  SourceRange at = node.range;
  std::string_view text = file.text;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // columns count after a byte-order mark
  std::size_t line_start = 0;
  for (int line = 1; line < at.line && line_start != std::string_view::npos; ++line) {
    line_start = text.find('\n', line_start);
    if (line_start != std::string_view::npos) ++line_start;
  }
  if (line_start == std::string_view::npos) return at;
  std::string_view line = text.substr(line_start, text.find('\n', line_start) - line_start);
  auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  std::size_t byte = 0;  // the scalar's first byte in the line: skip column − 1 code points
  for (int column = 1; column < at.column && byte < line.size(); ++column) {
    ++byte;
    while (byte < line.size() && continuation(line[byte])) ++byte;
  }
  if (!node.plain) ++byte;  // the opening quote
  std::string_view prefix = std::string_view(node.scalar).substr(0, offset + 1);
  if (line.substr(byte, prefix.size()) != prefix) return at;
  int column = at.column + (node.plain ? 0 : 1);
  for (std::size_t i = 0; i < offset && i < node.scalar.size(); ++i)
    if (!continuation(node.scalar[i])) ++column;
  return SourceRange{at.file, at.line, column, at.line, column + 1};
}

// expression: `assert: "start(a) + 365 >= end(b)"`, parsed now so that errors point at their column.
void load_assertion(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics) {
  std::optional<std::string> text = fields.text("assert", true);
  if (!text) return;
  rule.formula = *text;
  std::vector<std::string> names;
  for (const FormulaBinding& binding : rule.bindings) names.push_back(binding.name);
  ParsedFormula parsed = parse_formula(*text, names);
  if (auto* error = std::get_if<FormulaError>(&parsed)) {
    diagnostics.error(error->code, error->message, locate_in_scalar(file, *fields.find("assert"), error->offset));
    fields.text("assert", false);
    return;
  }
  rule.formula_options = std::get<std::vector<std::vector<FormulaAtom>>>(std::move(parsed));
}

}  // namespace

void load_expression(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics) {
  load_bindings(fields, rule, diagnostics);
  load_match(fields, rule, diagnostics);
  load_assertion(fields, file, rule, diagnostics);
}

const KindLoading loading{.fields = {"bind", "assert", "match"}, .load = load_expression};

}  // namespace claimcheck::kinds::expression
