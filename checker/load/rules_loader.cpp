// Rules loader: reads `vocabulary:` and `rules:` of a rule pack, kind by kind.
#include "load/rules_loader.h"

#include <algorithm>
#include <regex>
#include <variant>

#include "load/expression.h"
#include "load/fields.h"
#include "model/names.h"
#include "model/suggest.h"
#include "model/value.h"
#include "time/time_expression.h"

namespace claimcheck {

namespace {

const std::vector<std::string> kFileFields = {"vocabulary", "rules"};
const std::vector<std::string> kVocabularyFields = {"events", "states"};
const std::vector<std::string> kCommonRuleFields = {"id", "kind", "severity", "message", "where", "exceptions"};
const std::vector<std::string> kSelectorFields = {"event", "state", "value", "object"};
const std::vector<std::string> kScopeFields = {"subject", "object"};
constexpr RuleKind kAllKinds[] = {RuleKind::unique_event,   RuleKind::single_value, RuleKind::after_event,
                                  RuleKind::precedes,       RuleKind::duration,     RuleKind::conflicts_with,
                                  RuleKind::requires_value, RuleKind::lifecycle,    RuleKind::allen,
                                  RuleKind::contemporary,   RuleKind::symmetric,    RuleKind::inverse,
                                  RuleKind::count,          RuleKind::expression};

std::vector<std::string> fields_of(RuleKind kind) {
  std::vector<std::string> fields = kCommonRuleFields;
  switch (kind) {
    case RuleKind::unique_event:
      fields.push_back("event");
      break;
    case RuleKind::single_value:
      fields.insert(fields.end(), {"state", "tolerance"});
      break;
    case RuleKind::after_event:
      fields.insert(fields.end(), {"event", "state", "allowed"});
      break;
    case RuleKind::precedes:
      fields.insert(fields.end(), {"first", "then", "min", "max", "match"});
      break;
    case RuleKind::duration:
      fields.insert(fields.end(), {"event", "state", "value", "min", "max"});
      break;
    case RuleKind::conflicts_with:
      fields.insert(fields.end(), {"this", "other", "when", "match"});
      break;
    case RuleKind::requires_value:
      fields.insert(fields.end(), {"this", "other", "match"});
      break;
    case RuleKind::lifecycle:
      fields.insert(fields.end(), {"state", "transitions"});
      break;
    case RuleKind::allen:
      break;
    case RuleKind::contemporary:
      fields.insert(fields.end(), {"relation", "begins", "ends"});
      break;
    case RuleKind::symmetric:
      fields.push_back("relation");
      break;
    case RuleKind::inverse:
      fields.insert(fields.end(), {"relation", "inverse"});
      break;
    case RuleKind::count:
      fields.insert(fields.end(), {"state", "counts", "set"});
      break;
    case RuleKind::expression:
      fields.insert(fields.end(), {"bind", "assert", "match"});
      break;
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

// The values a rule lists (`value`, `allowed`), read like a claim's value, so that the rule and
// the claims compare them one way: unquoted `6` is the number 6 (and picks a claim of 6.0),
// quoted `"6"` the word.
std::optional<std::vector<Value>> listed_values(FieldReader& fields, const std::string& key, bool required) {
  std::optional<std::vector<std::string>> words = fields.words(key, required);
  if (!words) return std::nullopt;
  const YamlNode& node = *fields.find(key);
  std::vector<Value> values;
  for (std::size_t i = 0; i < words->size(); ++i)
    values.push_back(read_value((*words)[i], node.is_scalar() ? node.plain : node.items[i].plain));
  return values;
}

// A selector's node: a bare event name, or a map with `event` or `state`, `value`, `object`.
// Returns false when it reported a problem.
bool read_selector(const YamlNode& node, const std::string& what, ClaimSelector& selector, Diagnostics& diagnostics) {
  selector.range = node.range;
  if (node.is_scalar()) {
    selector.event = node.scalar;
    return true;
  }
  if (!expect_type(node, YamlNode::Type::map, what, diagnostics)) return false;
  FieldReader fields(node, what, diagnostics);
  fields.reject_unknown(kSelectorFields);
  selector.event = fields.text("event", false).value_or("");
  selector.state = fields.text("state", false).value_or("");
  selector.values = listed_values(fields, "value", false).value_or(std::vector<Value>{});
  selector.object = normalise_name(fields.text("object", false).value_or(""));
  if (selector.event.empty() == selector.state.empty())
    diagnostics.error("invalid-selector", what + " names exactly one of 'event' or 'state'", node.range);
  else if (!selector.event.empty() && !selector.values.empty())
    diagnostics.error("invalid-selector", what + " names an event, which has no 'value'", node.range);
  return fields.ok();
}

// `first: {event: announce-withdrawal}` or `this: {state: membership, value: [member], object: NATO}`;
// a bare word is an event name.
ClaimSelector load_selector(FieldReader& rule_fields, const std::string& key, Diagnostics& diagnostics) {
  ClaimSelector selector;
  const YamlNode* node = rule_fields.find(key);
  if (!node || node->is_null()) {
    rule_fields.text(key, true);  // reports the missing field
    return selector;
  }
  if (!read_selector(*node, "'" + key + "'", selector, diagnostics))
    rule_fields.text(key, true);  // marks the rule as failed
  return selector;
}

// A duration field (`min: 1 year`) → days: the shortest the words can mean for a minimum, the
// longest for a maximum, so a bound never claims more than the curator wrote.
std::optional<std::int64_t> load_days(FieldReader& fields, const std::string& key, bool is_minimum,
                                      Diagnostics& diagnostics) {
  std::optional<std::string> text = fields.text(key, false);
  if (!text) return std::nullopt;
  if (*text == "0" || *text == "0 days") return 0;
  LengthResult r = resolve_length(*text);
  if (auto* error = std::get_if<TimeError>(&r)) {
    diagnostics.error(error->code, error->message, fields.range_of(key));
    return std::nullopt;
  }
  DayCount days = std::get<ResolvedLength>(r).days;
  return is_minimum ? days.min : days.max;
}

// `min` and `max` of precedes and duration. A `min` above the `max` leaves no span or gap that
// satisfies the rule whatever the claims say, so it is the rule's error, not a finding.
void load_day_bounds(FieldReader& fields, Rule& rule, Diagnostics& diagnostics) {
  rule.min_days = load_days(fields, "min", true, diagnostics);
  rule.max_days = load_days(fields, "max", false, diagnostics);
  if (rule.min_days && rule.max_days && *rule.min_days > *rule.max_days)
    diagnostics.error("min-above-max",
                      "'min: " + fields.text("min", false).value_or("") + "' is longer than 'max: " +
                          fields.text("max", false).value_or("") + "': nothing can satisfy this rule",
                      fields.range_of("min"));
}

void load_match(FieldReader& fields, Rule& rule, Diagnostics& diagnostics) {
  std::optional<std::string> match = fields.text("match", false);
  if (!match || *match == "subject-and-object") return;
  if (*match == "subject") {
    rule.match = RuleMatch::subject;
    return;
  }
  diagnostics.error("invalid-match",
                    "match must be 'subject' or 'subject-and-object', not '" + *match + "'" +
                        did_you_mean(*match, {"subject", "subject-and-object"}),
                    fields.range_of("match"));
}

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

// `tolerance: 5%` or `tolerance: ±2` (also `+-2` or `2`).
void load_tolerance(FieldReader& fields, Rule& rule, Diagnostics& diagnostics) {
  std::optional<std::string> text = fields.text("tolerance", false);
  if (!text) return;
  static const std::regex form(R"(\s*(±|\+-|\+/-)?\s*([0-9]+(\.[0-9]+)?)\s*(%)?\s*)");
  std::smatch m;
  if (!std::regex_match(*text, m, form)) {
    diagnostics.error("invalid-tolerance", "tolerance is a percentage ('5%') or an amount ('±2'), not '" + *text + "'",
                      fields.range_of("tolerance"));
    return;
  }
  rule.tolerance = Tolerance{std::strtod(m[2].str().c_str(), nullptr), m[4].matched};
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

// duration: `event: summit` or `state: membership, value: frozen`, with `min` and/or `max`.
void load_duration(FieldReader& fields, Rule& rule, Diagnostics& diagnostics) {
  rule.first.event = fields.text("event", false).value_or("");
  rule.first.state = fields.text("state", false).value_or("");
  rule.first.values = listed_values(fields, "value", false).value_or(std::vector<Value>{});
  rule.first.range = fields.node().range;
  if (rule.first.event.empty() == rule.first.state.empty())
    diagnostics.error("invalid-selector", "a duration rule names exactly one of 'event' or 'state'",
                      fields.node().range);
  std::size_t problems = diagnostics.all().size();
  load_day_bounds(fields, rule, diagnostics);
  bool unreadable = diagnostics.all().size() > problems;  // an unreadable bound has its own error
  if (!rule.min_days && !rule.max_days && !unreadable)
    diagnostics.error("missing-field", "a duration rule needs 'min', 'max' or both", fields.node().range);
  // A state claim's span is only part of the state's stretch, so `min` on a state is checked
  // against the other values that shut an episode in (ground/kinds/duration.cpp), not the span.
}

// conflicts-with / requires: `this` and `other`; conflicts-with may say `when: ever`.
void load_this_and_other(FieldReader& fields, Rule& rule, Diagnostics& diagnostics) {
  rule.first = load_selector(fields, "this", diagnostics);
  rule.second = load_selector(fields, "other", diagnostics);
  load_match(fields, rule, diagnostics);
  if (rule.kind == RuleKind::requires_value) {
    // Only a state can be checked for: a claim of another value of it at the same time
    // contradicts the requirement, whereas a missing event contradicts nothing.
    if (!rule.second.event.empty() || (!rule.second.state.empty() && rule.second.values.empty()))
      diagnostics.error("unsupported-requirement",
                        "'other' of a requires rule is a state with the values it must have ('state' and 'value')",
                        rule.second.range);
    return;
  }
  std::optional<std::string> when = fields.text("when", false);
  if (!when || *when == "same-time") return;
  if (*when == "ever") {
    rule.ever = true;
    return;
  }
  diagnostics.error(
      "invalid-when",
      "when must be 'same-time' or 'ever', not '" + *when + "'" + did_you_mean(*when, {"same-time", "ever"}),
      fields.range_of("when"));
}
// contemporary: `relation`, and `begins` and/or `ends` (events; `ends` may be a lasting state).
void load_contemporary(FieldReader& fields, Rule& rule, Diagnostics& diagnostics) {
  rule.first = load_selector(fields, "relation", diagnostics);
  if (fields.find("begins")) rule.begins = load_selector(fields, "begins", diagnostics);
  if (fields.find("ends")) rule.ends = load_selector(fields, "ends", diagnostics);
  if (!fields.find("begins") && !fields.find("ends"))
    diagnostics.error("missing-field", "a contemporary rule needs 'begins', 'ends' or both", fields.node().range);
  // A state claim is an observation: it says the entity existed then, not that it began then.
  if (!rule.begins.state.empty())
    diagnostics.error("invalid-selector",
                      "'begins' names events: a state claim shows the entity existed, not when it began",
                      rule.begins.range);
}

// symmetric: `relation`; inverse: `relation` and the `inverse` name (an event or state like it).
void load_mirror(FieldReader& fields, Rule& rule, Diagnostics& diagnostics) {
  rule.first = load_selector(fields, "relation", diagnostics);
  if (rule.kind == RuleKind::inverse) {
    rule.inverse = fields.text("inverse", true).value_or("");
    rule.inverse_range = fields.range_of("inverse");
  }
  if (!rule.first.values.empty() || !rule.first.object.empty())
    diagnostics.error("invalid-selector",
                      "'relation' of a " + std::string(to_string(rule.kind)) +
                          " rule names only an event or a state (no 'value' or 'object')",
                      rule.first.range);
}

// count: `state` (the claimed number), `counts` (a state selector: whose subjects are counted,
// their object being the count claim's subject) and `set: at-least | at-most | closed`.
void load_count(FieldReader& fields, Rule& rule, Diagnostics& diagnostics) {
  rule.state = fields.text("state", true).value_or("");
  rule.first = load_selector(fields, "counts", diagnostics);
  if (!rule.first.event.empty())
    diagnostics.error("invalid-selector", "'counts' of a count rule is a state ('state' and optionally 'value')",
                      rule.first.range);
  std::optional<std::string> set = fields.text("set", false);
  if (!set || *set == "at-least") return;
  if (*set == "at-most") {
    rule.count_bound = CountBound::at_most;
  } else if (*set == "closed") {
    rule.count_bound = CountBound::closed;
  } else {
    diagnostics.error("invalid-set",
                      "set must be 'at-least', 'at-most' or 'closed', not '" + *set + "'" +
                          did_you_mean(*set, {"at-least", "at-most", "closed"}),
                      fields.range_of("set"));
  }
}

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
    ExpressionBinding binding{entry.key, {}};
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
  rule.expression = *text;
  std::vector<std::string> names;
  for (const ExpressionBinding& binding : rule.bindings) names.push_back(binding.name);
  ParsedExpression parsed = parse_expression(*text, names);
  if (auto* error = std::get_if<ExpressionError>(&parsed)) {
    diagnostics.error(error->code, error->message, locate_in_scalar(file, *fields.find("assert"), error->offset));
    fields.text("assert", false);
    return;
  }
  rule.expression_options = std::get<std::vector<std::vector<ExpressionAtom>>>(std::move(parsed));
}

void load_kind_fields(FieldReader& fields, const SourceFile& file, Rule& rule, Diagnostics& diagnostics) {
  switch (rule.kind) {
    case RuleKind::unique_event:
      rule.event = fields.text("event", true).value_or("");
      break;
    case RuleKind::single_value:
      rule.state = fields.text("state", true).value_or("");
      load_tolerance(fields, rule, diagnostics);
      break;
    case RuleKind::after_event:
      rule.event = fields.text("event", true).value_or("");
      rule.state = fields.text("state", true).value_or("");
      rule.allowed = listed_values(fields, "allowed", true).value_or(std::vector<Value>{});
      break;
    case RuleKind::precedes:
      rule.first = load_selector(fields, "first", diagnostics);
      rule.second = load_selector(fields, "then", diagnostics);
      load_day_bounds(fields, rule, diagnostics);
      load_match(fields, rule, diagnostics);
      break;
    case RuleKind::duration:
      load_duration(fields, rule, diagnostics);
      break;
    case RuleKind::conflicts_with:
    case RuleKind::requires_value:
      load_this_and_other(fields, rule, diagnostics);
      break;
    case RuleKind::lifecycle:
      rule.state = fields.text("state", true).value_or("");
      load_transitions(fields, rule, diagnostics);
      break;
    case RuleKind::allen:
      break;  // relates every claim that states a relation (within `where`)
    case RuleKind::contemporary:
      load_contemporary(fields, rule, diagnostics);
      break;
    case RuleKind::symmetric:
    case RuleKind::inverse:
      load_mirror(fields, rule, diagnostics);
      break;
    case RuleKind::count:
      load_count(fields, rule, diagnostics);
      break;
    case RuleKind::expression:
      load_bindings(fields, rule, diagnostics);
      load_match(fields, rule, diagnostics);
      load_assertion(fields, file, rule, diagnostics);
      break;
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
  load_scope(fields, rule, diagnostics);
  load_kind_fields(fields, file, rule, diagnostics);
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

const char* to_string(RuleKind kind) {
  switch (kind) {
    case RuleKind::unique_event:
      return "unique-event";
    case RuleKind::single_value:
      return "single-value";
    case RuleKind::after_event:
      return "after-event";
    case RuleKind::precedes:
      return "precedes";
    case RuleKind::duration:
      return "duration";
    case RuleKind::conflicts_with:
      return "conflicts-with";
    case RuleKind::requires_value:
      return "requires";
    case RuleKind::lifecycle:
      return "lifecycle";
    case RuleKind::allen:
      return "allen";
    case RuleKind::contemporary:
      return "contemporary";
    case RuleKind::symmetric:
      return "symmetric";
    case RuleKind::inverse:
      return "inverse";
    case RuleKind::count:
      return "count";
    case RuleKind::expression:
      return "expression";
  }
  return "unique-event";
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

std::vector<std::string> rule_kind_names() {
  std::vector<std::string> names;
  for (RuleKind kind : kAllKinds) names.push_back(to_string(kind));
  return names;
}

std::optional<RuleKind> rule_kind_from_string(const std::string& name) {
  for (RuleKind kind : kAllKinds)
    if (name == to_string(kind)) return kind;
  return std::nullopt;
}

}  // namespace claimcheck
