// The rule model: a vocabulary of known events/states and the rules that relate claims.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "claimcheck/diagnostic.h"

namespace claimcheck {

// The values a state may take: a closed list of words, or any number, or anything.
struct StateType {
  enum class Kind { words, number, any } kind = Kind::words;
  std::vector<std::string> values;  // for Kind::words
  SourceRange range;
};

struct Vocabulary {
  std::map<std::string, SourceRange> events;
  std::map<std::string, StateType> states;
  bool empty() const { return events.empty() && states.empty(); }
};

enum class RuleKind { unique_event, single_value, after_event };

const char* to_string(RuleKind kind);
std::optional<RuleKind> rule_kind_from_string(const std::string& name);
std::vector<std::string> rule_kind_names();

struct Rule {
  std::string id;
  RuleKind kind = RuleKind::unique_event;
  Severity severity = Severity::error;
  std::string message;  // template with {subject}, {object}, {event}, {state}, {values}
  std::string event;    // unique-event, after-event
  std::string state;    // single-value, after-event
  std::vector<std::string> allowed;  // after-event
  std::string file;
  SourceRange range;
};

struct RuleSet {
  Vocabulary vocabulary;
  std::vector<Rule> rules;
  std::vector<std::string> files;
};

}  // namespace claimcheck
