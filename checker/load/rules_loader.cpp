// Rules loader: reads `vocabulary:` and `rules:` of a rule pack, kind by kind.
#include "load/rules_loader.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "load/fields.h"
#include "load/kinds.h"
#include "model/names.h"
#include "model/rule_kinds.h"
#include "model/suggest.h"
#include "model/value.h"

namespace claimcheck {

namespace {

const std::vector<std::string> kFileFields = {"vocabulary", "rules"};
const std::vector<std::string> kVocabularyFields = {"events", "states"};
const std::vector<std::string> kCommonRuleFields = {"id",          "kind",     "severity", "message",
                                                    "description", "help_url", "where",    "exceptions"};
const std::vector<std::string> kScopeFields = {"subject", "object"};

std::vector<std::string> fields_of(RuleKind kind) {
  std::vector<std::string> fields = kCommonRuleFields;
  const std::vector<std::string>& own = loading_of(kind).fields;
  fields.insert(fields.end(), own.begin(), own.end());
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
      if (expect_type(item, YamlNode::Type::scalar, "a state value", diagnostics))
        type.values.push_back(read_value(item.scalar, item.plain));
  } else {
    std::string hint = node.is_scalar() ? did_you_mean(node.scalar, {"number", "any"}) : "";
    diagnostics.error("wrong-type", "state '" + entry.key + "' must list its values, or be 'number' or 'any'" + hint,
                      node.range);
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
  for (const Value& v : type.values)
    if (!surely_listed(existing.values, v)) existing.values.push_back(v);
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

std::vector<std::string> normalised_names(std::vector<std::string> names) {
  for (std::string& name : names) name = normalise_name(name);
  return names;
}

void load_scope(FieldReader& fields, Rule& rule, Diagnostics& diagnostics) {
  if (const YamlNode* where = fields.find("where");
      where && expect_type(*where, YamlNode::Type::map, "'where'", diagnostics)) {
    FieldReader scope(*where, "'where'", diagnostics);
    scope.reject_unknown(kScopeFields);
    rule.where.subjects = normalised_names(scope.words("subject", false).value_or(std::vector<std::string>{}));
    rule.where.objects = normalised_names(scope.words("object", false).value_or(std::vector<std::string>{}));
  }
  rule.exceptions = fields.words("exceptions", false).value_or(std::vector<std::string>{});
  rule.exceptions_range = fields.range_of("exceptions");
  const YamlNode* listed = fields.find("exceptions");
  for (std::size_t i = 0; i < rule.exceptions.size(); ++i)
    rule.exception_ranges.push_back(listed && listed->is_sequence() ? listed->items[i].range : rule.exceptions_range);
}

// Why `url` is not an absolute http(s) URL a report may link to, or nothing when it is one.
std::optional<std::string> invalid_url_reason(const std::string& url) {
  std::string lower;
  for (char c : url) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t scheme_end = lower.rfind("https://", 0) == 0 ? 8 : lower.rfind("http://", 0) == 0 ? 7 : 0;
  if (scheme_end == 0) return "'" + url + "' does not start with http:// or https://";
  for (char c : url) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F) return std::string("it contains a space or a control character");
    if (std::string_view("\"<>\\^`{|}").find(c) != std::string_view::npos)
      return "it contains '" + std::string(1, c) + "', which a URL writes percent-encoded";
  }
  std::size_t host_end = url.find_first_of("/?#", scheme_end);
  std::string host = url.substr(scheme_end, host_end == std::string::npos ? std::string::npos : host_end - scheme_end);
  if (host.empty()) return "'" + url + "' names no host";
  for (char c : host)
    if (!std::isalnum(static_cast<unsigned char>(c)) && std::string_view("-.:[]@_~%").find(c) == std::string_view::npos)
      return "its host '" + host + "' has '" + std::string(1, c) + "' in it";
  return std::nullopt;
}

// A description is shown as one line: runs of spaces and line breaks (a folded YAML scalar) read
// as one space.
std::string one_line(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

void load_description(FieldReader& fields, Rule& rule, Diagnostics& diagnostics) {
  if (auto description = fields.text("description", false)) {
    rule.description = one_line(*description);
    if (rule.description.empty())
      diagnostics.error("empty-description", "'description' is empty: write one sentence or leave the field out",
                        fields.range_of("description"));
  }
  if (auto url = fields.text("help_url", false)) {
    if (std::optional<std::string> why = invalid_url_reason(*url))
      diagnostics.error("invalid-help-url", "'help_url' must be an absolute http or https URL: " + *why,
                        fields.range_of("help_url"));
    else
      rule.help_url = *url;
  }
}

void load_rule(const YamlNode& node, const SourceFile& file, RuleSet& rules, Diagnostics& diagnostics) {
  if (!expect_type(node, YamlNode::Type::map, "a rule", diagnostics)) return;
  FieldReader fields(node, "rule", diagnostics);
  Rule rule;
  rule.file = file.path;
  rule.range = node.range;
  rule.id = fields.text("id", true).value_or("");
  std::optional<std::string> kind_name = fields.text("kind", true);
  std::optional<RuleKind> kind = kind_name ? rule_kind_from_string(*kind_name) : std::nullopt;
  if (kind_name && !kind)
    diagnostics.error("unknown-rule-kind",
                      "unknown rule kind '" + *kind_name + "'" + did_you_mean(*kind_name, rule_kind_names()),
                      fields.range_of("kind"));
  if (!kind) {
    if (!rule.id.empty()) rules.unloaded_rules.push_back({rule.id, rule.range});
    return;
  }
  rule.kind = *kind;
  fields.reject_unknown(fields_of(rule.kind));
  if (auto severity = fields.text("severity", false)) {
    if (auto s = rule_severity_from(*severity)) {
      rule.severity = *s;
    } else {
      diagnostics.error("invalid-severity",
                        "severity must be error, warning or info, not '" + *severity + "'" +
                            did_you_mean(*severity, rule_severity_names()),
                        fields.range_of("severity"));
    }
  }
  rule.message = fields.text("message", false).value_or("");
  load_description(fields, rule, diagnostics);
  load_scope(fields, rule, diagnostics);
  if (KindLoader load = loading_of(rule.kind).load) load(fields, file, rule, diagnostics);
  rule.event_range = fields.find("event") ? fields.range_of("event") : rule.range;
  rule.state_range = fields.find("state") ? fields.range_of("state") : rule.range;
  if (fields.ok())
    rules.rules.push_back(std::move(rule));
  else if (!rule.id.empty())
    rules.unloaded_rules.push_back({rule.id, rule.range});
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

FieldTables rules_field_tables() {
  FieldTables tables{{"rules file", kFileFields},
                     {"vocabulary", kVocabularyFields},
                     {"selector", kSelectorFields},
                     {"where", kScopeFields}};
  for (const RuleKindName& row : kRuleKinds) tables[std::string("rule ") + row.name] = fields_of(row.kind);
  return tables;
}

std::vector<std::string> allen_relation_names() {
  return {"before",     "after",  "meets",    "met-by",   "overlaps",    "overlapped-by", "starts",
          "started-by", "during", "contains", "finishes", "finished-by", "equals"};
}

bool is_allen_relation(const std::string& name) {
  std::vector<std::string> names = allen_relation_names();
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::optional<Severity> rule_severity_from(const std::string& text) {
  if (text == "error") return Severity::error;
  if (text == "warning") return Severity::warning;
  if (text == "info") return Severity::info;
  return std::nullopt;
}

std::vector<std::string> rule_severity_names() {
  return {"error", "warning", "info"};
}

}  // namespace claimcheck
