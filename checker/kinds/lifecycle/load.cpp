// Loading lifecycle: `state` and its `transitions`.
#include <regex>

#include "load/kinds.h"
#include "model/value.h"

namespace claimcheck::kinds::lifecycle {

namespace {

// "member -> frozen" or "withdrawn -> member via rejoin". The values are words inside the
// transition's text, not scalars of their own, so one that reads as a number is a number.
std::optional<Transition> parse_transition(const YamlNode& node, Diagnostics& diagnostics) {
  static const std::regex form(R"(\s*(\S+)\s*->\s*(\S+)(\s+via\s+(\S+))?\s*)");
  std::smatch m;
  if (!node.is_scalar() || !std::regex_match(node.scalar, m, form)) {
    diagnostics.error("invalid-transition",
                      "a transition reads 'FROM -> TO' or 'FROM -> TO via EVENT', not '" + node.scalar + "'",
                      node.range);
    return std::nullopt;
  }
  return Transition{read_value(m[1].str(), true), read_value(m[2].str(), true), m[4].matched ? m[4].str() : "",
                    node.range};
}

void load_transitions(FieldReader& fields, Rule& rule, Diagnostics& diagnostics) {
  const YamlNode* list = fields.find("transitions");
  if (!list) {
    fields.text("transitions", true);
    return;
  }
  if (!expect_type(*list, YamlNode::Type::sequence, "'transitions'", diagnostics)) return;
  for (const YamlNode& item : list->items)
    if (auto transition = parse_transition(item, diagnostics)) rule.transitions.push_back(*transition);
}

}  // namespace

// lifecycle: the state and the steps between its values.
void load_lifecycle(FieldReader& fields, const SourceFile&, Rule& rule, Diagnostics& diagnostics) {
  rule.state = fields.text("state", true).value_or("");
  load_transitions(fields, rule, diagnostics);
}

const KindLoading loading{.fields = {"state", "transitions"}, .load = load_lifecycle};

}  // namespace claimcheck::kinds::lifecycle
