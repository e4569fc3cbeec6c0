// Rules loader: reads `vocabulary:` and `rules:` of a rule pack, kind by kind.
#include "load/rules_loader.h"

#include <algorithm>

#include "load/fields.h"
#include "validate/suggest.h"

namespace claimcheck {

namespace {

const std::vector<std::string> kFileFields = {"vocabulary", "rules"};
const std::vector<std::string> kVocabularyFields = {"events", "states"};
const std::vector<std::string> kCommonRuleFields = {"id", "kind", "severity", "message"};

std::vector<std::string> fields_of(RuleKind kind) {
  std::vector<std::string> fields = kCommonRuleFields;
  switch (kind) {
    case RuleKind::unique_event: fields.push_back("event"); break;
    case RuleKind::single_value: fields.push_back("state"); break;
    case RuleKind::after_event: fields.insert(fields.end(), {"event", "state", "allowed"}); break;
  }
  return fields;
}

void load_events(const YamlNode& node, Vocabulary& vocabulary, Diagnostics& diagnostics) {
  if (!expect_type(node, YamlNode::Type::sequence, "'events'", diagnostics)) return;
  for (const YamlNode& item : node.items) {
    if (!expect_type(item, YamlNode::Type::scalar, "an event name", diagnostics)) continue;
    vocabulary.events.emplace(item.scalar, item.range);
  }
}

void load_state(const YamlEntry& entry, Vocabulary& vocabulary, Diagnostics& diagnostics) {
  StateType type;
  type.range = entry.key_range;
  const YamlNode& node = entry.value;
  if (node.is_scalar() && node.scalar == "number") {
    type.kind = StateType::Kind::number;
  } else if (node.is_scalar() && node.scalar == "any") {
    type.kind = StateType::Kind::any;
  } else if (node.is_sequence()) {
    for (const YamlNode& item : node.items)
      if (expect_type(item, YamlNode::Type::scalar, "a state value", diagnostics)) type.values.push_back(item.scalar);
  } else {
    diagnostics.error("wrong-type",
                      "state '" + entry.key + "' must list its values, or be 'number' or 'any'", node.range);
    return;
  }
  auto [it, inserted] = vocabulary.states.emplace(entry.key, type);
  if (inserted) return;
  StateType& existing = it->second;
  if (existing.kind != type.kind) {
    diagnostics.error("conflicting-vocabulary", "state '" + entry.key + "' is declared with another type elsewhere",
                      entry.key_range);
    return;
  }
  for (const std::string& v : type.values)
    if (std::find(existing.values.begin(), existing.values.end(), v) == existing.values.end())
      existing.values.push_back(v);
}

void load_vocabulary(const YamlNode& node, Vocabulary& vocabulary, Diagnostics& diagnostics) {
  if (!expect_type(node, YamlNode::Type::map, "'vocabulary'", diagnostics)) return;
  FieldReader fields(node, "vocabulary", diagnostics);
  fields.reject_unknown(kVocabularyFields);
  if (const YamlNode* events = fields.find("events")) load_events(*events, vocabulary, diagnostics);
  if (const YamlNode* states = fields.find("states")) {
    if (!expect_type(*states, YamlNode::Type::map, "'states'", diagnostics)) return;
    for (const YamlEntry& entry : states->entries) load_state(entry, vocabulary, diagnostics);
  }
}

std::optional<Severity> severity_from(const std::string& text) {
  if (text == "error") return Severity::error;
  if (text == "warning") return Severity::warning;
  if (text == "info") return Severity::info;
  return std::nullopt;
}

void load_rule(const YamlNode& node, const SourceFile& file, RuleSet& rules, Diagnostics& diagnostics) {
  if (!expect_type(node, YamlNode::Type::map, "a rule", diagnostics)) return;
  FieldReader fields(node, "rule", diagnostics);
  Rule rule;
  rule.file = file.path;
  rule.range = node.range;
  rule.id = fields.text("id", true).value_or("");
  std::optional<std::string> kind_name = fields.text("kind", true);
  if (!kind_name) return;
  std::optional<RuleKind> kind = rule_kind_from_string(*kind_name);
  if (!kind) {
    diagnostics.error("unknown-rule-kind",
                      "unknown rule kind '" + *kind_name + "'" + did_you_mean(*kind_name, rule_kind_names()),
                      fields.range_of("kind"));
    return;
  }
  rule.kind = *kind;
  fields.reject_unknown(fields_of(rule.kind));
  if (auto severity = fields.text("severity", false)) {
    if (auto s = severity_from(*severity)) {
      rule.severity = *s;
    } else {
      diagnostics.error("invalid-severity",
                        "severity must be error, warning or info, not '" + *severity + "'" +
                            did_you_mean(*severity, {"error", "warning", "info"}),
                        fields.range_of("severity"));
    }
  }
  rule.message = fields.text("message", false).value_or("");
  bool needs_event = rule.kind != RuleKind::single_value;
  bool needs_state = rule.kind != RuleKind::unique_event;
  if (needs_event) rule.event = fields.text("event", true).value_or("");
  if (needs_state) rule.state = fields.text("state", true).value_or("");
  if (rule.kind == RuleKind::after_event) rule.allowed = fields.words("allowed", true).value_or(std::vector<std::string>{});
  if (fields.ok()) rules.rules.push_back(std::move(rule));
}

}  // namespace

void load_rules_file(const SourceFile& file, RuleSet& rules, Diagnostics& diagnostics, const YamlLimits& limits) {
  rules.files.push_back(file.path);
  std::optional<YamlNode> root = parse_yaml(file, diagnostics, limits);
  if (!root) return;
  if (root->is_null()) {
    diagnostics.error("empty-file", "rules file is empty: expected 'vocabulary' and/or 'rules'", root->range);
    return;
  }
  if (!expect_type(*root, YamlNode::Type::map, "a rules file", diagnostics)) return;
  FieldReader top(*root, "rules file", diagnostics);
  top.reject_unknown(kFileFields);
  if (const YamlNode* vocabulary = top.find("vocabulary")) load_vocabulary(*vocabulary, rules.vocabulary, diagnostics);
  const YamlNode* list = top.find("rules");
  if (!list || list->is_null()) return;
  if (!expect_type(*list, YamlNode::Type::sequence, "'rules'", diagnostics)) return;
  for (const YamlNode& rule : list->items) load_rule(rule, file, rules, diagnostics);
}

const char* to_string(RuleKind kind) {
  switch (kind) {
    case RuleKind::unique_event: return "unique-event";
    case RuleKind::single_value: return "single-value";
    case RuleKind::after_event: return "after-event";
  }
  return "unique-event";
}

std::vector<std::string> rule_kind_names() { return {"unique-event", "single-value", "after-event"}; }

std::optional<RuleKind> rule_kind_from_string(const std::string& name) {
  for (RuleKind kind : {RuleKind::unique_event, RuleKind::single_value, RuleKind::after_event})
    if (name == to_string(kind)) return kind;
  return std::nullopt;
}

}  // namespace claimcheck
