// Rule list renderer: what `claimcheck rules` prints, the rules and the vocabulary, as text or JSON.
#include <nlohmann/json.hpp>

#include "claimcheck/render.h"
#include "render/describe.h"
#include "render/printable.h"

namespace claimcheck {

namespace {

using nlohmann::ordered_json;

std::string location(const Rule& rule) {
  return rule.file + ":" + std::to_string(rule.range.line) + ":" + std::to_string(rule.range.column);
}

const char* type_name(const StateType& type) {
  switch (type.kind) {
    case StateType::Kind::number:
      return "number";
    case StateType::Kind::any:
      return "any";
    case StateType::Kind::words:
      break;
  }
  return "words";
}

// What a claim of the state may say: its listed values, any number, or anything.
std::string values_text(const StateType& type) {
  if (type.kind == StateType::Kind::number) return "number (any number, hedged or not)";
  if (type.kind == StateType::Kind::any) return "any (any word, name or number)";
  std::string out;
  for (const Value& value : type.values) out += (out.empty() ? "" : ", ") + value.text;
  return out;
}

void add_place(ordered_json& item, const SourceRange& range) {
  item["file"] = range.file.str();
  item["line"] = range.line;
  item["column"] = range.column;
}

ordered_json vocabulary_json(const Vocabulary& vocabulary) {
  ordered_json events = ordered_json::array();
  for (const auto& [name, range] : vocabulary.events) {
    ordered_json event = {{"name", name}};
    add_place(event, range);
    events.push_back(std::move(event));
  }
  ordered_json states = ordered_json::array();
  for (const auto& [name, type] : vocabulary.states) {
    ordered_json values = ordered_json::array();
    for (const Value& value : type.values) values.push_back(value.text);
    ordered_json state = {{"name", name}, {"type", type_name(type)}, {"values", std::move(values)}};
    add_place(state, type.range);
    states.push_back(std::move(state));
  }
  return {{"events", std::move(events)}, {"states", std::move(states)}};
}

std::string vocabulary_text(const Vocabulary& vocabulary) {
  if (vocabulary.empty()) return "no vocabulary: claims may name any event, state and value\n";
  std::string out = "vocabulary (" + std::to_string(vocabulary.events.size()) + " events, " +
                    std::to_string(vocabulary.states.size()) + " states):\n";
  for (const auto& [name, range] : vocabulary.events) out += "  event " + name + "\n";
  for (const auto& [name, type] : vocabulary.states) out += "  state " + name + ": " + values_text(type) + "\n";
  return out;
}

}  // namespace

std::string render_rule_list(const RuleSet& rules, bool as_json) {
  if (as_json) {
    ordered_json list = ordered_json::array();
    for (const Rule& rule : rules.rules)
      list.push_back({{"id", rule.id},
                      {"kind", to_string(rule.kind)},
                      {"severity", to_string(rule.severity)},
                      {"file", rule.file},
                      {"line", rule.range.line},
                      {"column", rule.range.column},
                      {"description", describe_rule_sentence(rule)},
                      {"help_url", rule_help_url(rule)}});
    ordered_json out = {{"rules", std::move(list)}, {"vocabulary", vocabulary_json(rules.vocabulary)}};
    return out.dump(2) + "\n";
  }
  std::string out;
  for (const Rule& rule : rules.rules) {
    out += location(rule) + ": " + rule.id + " (" + to_string(rule.kind) + ", " + to_string(rule.severity) + ")\n";
    out += "  " + printable(describe_rule_sentence(rule)) + "\n";
  }
  out += vocabulary_text(rules.vocabulary);
  out += std::to_string(rules.rules.size()) + " rules from " + std::to_string(rules.files.size()) + " files\n";
  return out;
}

}  // namespace claimcheck
