// Validation: duplicate ids, unknown names with "did you mean", rules naming unknown things.
#include "validate/validate.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "load/kinds.h"
#include "model/hedged_number.h"
#include "model/suggest.h"
#include "model/value.h"

namespace claimcheck {

namespace {

template <typename Map>
std::vector<std::string> keys_of(const Map& map) {
  std::vector<std::string> keys;
  for (const auto& [key, unused] : map) keys.push_back(key);
  return keys;
}

// `advice`: how to get what the duplicate was likely for, after the message.
void duplicate(Diagnostics& diagnostics, const std::string& what, const std::string& id, const SourceRange& here,
               const SourceRange& first, const std::string& advice = "") {
  Diagnostic& d = diagnostics.error("duplicate-id", "duplicate " + what + " id '" + id + "'" + advice, here);
  d.notes.push_back(DiagnosticNote{first, "first defined here"});
}

// A second pack redefining a rule is most often a curator changing a shipped rule for one dataset.
const char* kRedefinedRuleAdvice =
    ": to change a loaded rule for a dataset, tune it in claimcheck.yaml instead of redefining it (`ignore:` "
    "or `select:` to drop it, `severity:` to change its severity, `exceptions:` to accept claims; docs/rules.md); "
    "a rule of your own needs an id of its own";

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

void unknown_event(Diagnostics& diagnostics, const Rule& rule, const std::string& event, const Vocabulary& vocabulary,
                   const SourceRange& range) {
  diagnostics.error("unknown-event",
                    "rule '" + rule.id + "' names event '" + event + "', which no vocabulary declares" +
                        did_you_mean(event, keys_of(vocabulary.events)),
                    range);
}

// A value the rule names must be a value of its state (when the state lists its values).
void check_value(Diagnostics& diagnostics, const Rule& rule, const std::string& state, const Value& value,
                 const Vocabulary& vocabulary, const SourceRange& range) {
  auto type = vocabulary.states.find(state);
  if (type == vocabulary.states.end() || type->second.kind != StateType::Kind::words) return;
  if (!surely_listed(type->second.values, value))
    diagnostics.error("unknown-value",
                      "rule '" + rule.id + "' names '" + value.text + "', which is not a value of '" + state + "'" +
                          did_you_mean(value.text, texts_of(type->second.values)),
                      range);
}

void check_selector(Diagnostics& diagnostics, const Rule& rule, const ClaimSelector& selector,
                    const Vocabulary& vocabulary) {
  if (selector.empty()) return;
  if (!selector.event.empty()) {
    if (!vocabulary.events.count(selector.event))
      unknown_event(diagnostics, rule, selector.event, vocabulary, selector.range);
    return;
  }
  if (!vocabulary.states.count(selector.state)) {
    diagnostics.error("unknown-state",
                      "rule '" + rule.id + "' names state '" + selector.state + "', which no vocabulary declares" +
                          did_you_mean(selector.state, keys_of(vocabulary.states)),
                      selector.range);
    return;
  }
  for (const Value& value : selector.values)
    check_value(diagnostics, rule, selector.state, value, vocabulary, selector.range);
}

// Selectors (precedes, duration, conflicts-with, requires, count, expression) and lifecycle transitions.
void check_rule_parts(Diagnostics& diagnostics, const Rule& rule, const Vocabulary& vocabulary) {
  check_selector(diagnostics, rule, rule.first, vocabulary);
  check_selector(diagnostics, rule, rule.second, vocabulary);
  check_selector(diagnostics, rule, rule.begins, vocabulary);
  check_selector(diagnostics, rule, rule.ends, vocabulary);
  if (!rule.inverse.empty()) {
    ClaimSelector inverse = rule.first;
    (inverse.event.empty() ? inverse.state : inverse.event) = rule.inverse;
    inverse.range = rule.inverse_range;
    check_selector(diagnostics, rule, inverse, vocabulary);
  }
  for (const FormulaBinding& binding : rule.bindings) check_selector(diagnostics, rule, binding.selector, vocabulary);
  for (const Transition& t : rule.transitions) {
    check_value(diagnostics, rule, rule.state, t.from, vocabulary, t.range);
    check_value(diagnostics, rule, rule.state, t.to, vocabulary, t.range);
    if (!t.via.empty() && !vocabulary.events.count(t.via)) unknown_event(diagnostics, rule, t.via, vocabulary, t.range);
  }
}

// Calls `visit(full_id, range)` for every claim, loaded or not, in file order, so the first of
// two claims with one id is the one written first. Only a run with load errors has unloaded
// claims; only then is a merged list built.
template <typename Visit>
void for_each_claim_id(const Dataset& dataset, Visit visit) {
  if (dataset.unloaded_claims.empty()) {
    for (const Claim& claim : dataset.claims) visit(claim.full_id, claim.range);
    return;
  }
  struct Entry {
    std::string_view id;
    int source;
    const SourceRange* range;
  };
  std::vector<Entry> entries;
  entries.reserve(dataset.claims.size() + dataset.unloaded_claims.size());
  for (const Claim& claim : dataset.claims) entries.push_back({claim.full_id, claim.source, &claim.range});
  for (const UnloadedClaim& claim : dataset.unloaded_claims)
    entries.push_back({claim.full_id, claim.source, &claim.range});
  // One source is one file, so within a source the range is the order in the file.
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.source != b.source ? a.source < b.source : *a.range < *b.range;
  });
  for (const Entry& entry : entries) visit(entry.id, *entry.range);
}

}  // namespace

void validate_ids(const Dataset& dataset, Diagnostics& diagnostics) {
  std::map<std::string, SourceRange> sources;
  for (const Source& source : dataset.sources) {
    if (source.id.empty()) continue;
    auto [it, inserted] = sources.emplace(source.id, source.range);
    if (!inserted) duplicate(diagnostics, "source", source.id, source.range, it->second);
  }
  // Every claim's id: a hash map of views into the dataset (no copies of ids or ranges). The
  // diagnostics come out in claim order whatever the map's order, and are sorted when rendered.
  std::unordered_map<std::string_view, const SourceRange*> claims;
  claims.reserve(dataset.claims.size() + dataset.unloaded_claims.size());
  for_each_claim_id(dataset, [&](std::string_view id, const SourceRange& range) {
    auto [it, inserted] = claims.emplace(id, &range);
    if (!inserted) duplicate(diagnostics, "claim", std::string(id), range, *it->second);
  });
}

// Every rule's id, loaded or not: a rule with errors of its own may still repeat an id.
void validate_rule_ids(const RuleSet& rules, Diagnostics& diagnostics) {
  std::vector<std::pair<std::string, SourceRange>> all;
  for (const Rule& rule : rules.rules) all.emplace_back(rule.id, rule.range);
  for (const UnloadedRule& rule : rules.unloaded_rules) all.emplace_back(rule.id, rule.range);
  for (const UnloadedRule& rule : rules.deselected_rules) all.emplace_back(rule.id, rule.range);
  std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  std::map<std::string, SourceRange> first;
  for (const auto& [id, range] : all) {
    auto [it, inserted] = first.emplace(id, range);
    if (!inserted) duplicate(diagnostics, "rule", id, range, it->second, kRedefinedRuleAdvice);
  }
}

void validate_rules(const RuleSet& rules, Diagnostics& diagnostics) {
  validate_rule_ids(rules, diagnostics);
  const Vocabulary& vocabulary = rules.vocabulary;
  for (const Rule& rule : rules.rules) {
    check_rule_parts(diagnostics, rule, vocabulary);
    if (!rule.event.empty() && !vocabulary.events.count(rule.event))
      diagnostics.error("unknown-event",
                        "rule '" + rule.id + "' names event '" + rule.event + "', which no vocabulary declares" +
                            did_you_mean(rule.event, keys_of(vocabulary.events)),
                        rule.event_range);
    if (rule.state.empty()) continue;
    auto state = vocabulary.states.find(rule.state);
    if (state == vocabulary.states.end()) {
      diagnostics.error("unknown-state",
                        "rule '" + rule.id + "' names state '" + rule.state + "', which no vocabulary declares" +
                            did_you_mean(rule.state, keys_of(vocabulary.states)),
                        rule.state_range);
      continue;
    }
    if (KindStateCheck check_state = loading_of(rule.kind).check_state) check_state(rule, state->second, diagnostics);
    if (state->second.kind != StateType::Kind::words) continue;
    for (const Value& value : rule.allowed)
      if (!surely_listed(state->second.values, value))
        diagnostics.error("unknown-value",
                          "rule '" + rule.id + "' allows '" + value.text + "', which is not a value of '" + rule.state +
                              "'" + did_you_mean(value.text, texts_of(state->second.values)),
                          rule.range);
  }
}

void validate_claims_against_vocabulary(const Dataset& dataset, const Vocabulary& vocabulary,
                                        Diagnostics& diagnostics) {
  if (vocabulary.empty()) return;
  for (const Claim& claim : dataset.claims) {
    if (claim.kind == ClaimKind::event) {
      if (!vocabulary.events.count(claim.name))
        diagnostics.error("unknown-event",
                          "unknown event '" + claim.name + "'" + did_you_mean(claim.name, keys_of(vocabulary.events)),
                          claim.name_range);
      continue;
    }
    auto state = vocabulary.states.find(claim.name);
    if (state == vocabulary.states.end()) {
      diagnostics.error("unknown-state",
                        "unknown state '" + claim.name + "'" + did_you_mean(claim.name, keys_of(vocabulary.states)),
                        claim.name_range);
      continue;
    }
    const StateType& type = state->second;
    if (type.kind == StateType::Kind::number && !claim.value.range) {
      // A number in quotes is a word to YAML: say so, since the text looks right.
      std::string quoted = read_hedged_number(claim.value.text)
                               ? " (the value is quoted, so it reads as a word: remove the quotes)"
                               : "";
      diagnostics.error("wrong-type",
                        "state '" + claim.name + "' takes a number, not '" + claim.value.text + "'" + quoted,
                        claim.value_range);
    } else if (type.kind == StateType::Kind::words && !surely_listed(type.values, claim.value)) {
      diagnostics.error("unknown-value",
                        "'" + claim.value.text + "' is not a value of state '" + claim.name + "' (known: " +
                            join(texts_of(type.values)) + ")" + did_you_mean(claim.value.text, texts_of(type.values)),
                        claim.value_range);
    }
  }
}

}  // namespace claimcheck

namespace claimcheck {

void validate_claim_times(const Dataset& dataset, Diagnostics& diagnostics) {
  for (const Claim& claim : dataset.claims) {
    const ClaimTime& t = claim.time;
    // start ∈ [a, b] and end ∈ [c, d] range freely, so end − start covers exactly [c − b, d − a].
    std::int64_t shortest = std::int64_t{t.end_window.earliest} - t.start_window.latest;
    std::int64_t longest = std::int64_t{t.end_window.latest} - t.start_window.earliest;
    if (std::max<std::int64_t>(shortest, std::max<std::int64_t>(0, t.length.min)) <= std::min(longest, t.length.max))
      continue;
    diagnostics.error("impossible-time",
                      "the claim's own time cannot hold: " + t.text + " (start " + format_window(t.start_window) +
                          ", end " + format_window(t.end_window) + ", " + std::to_string(t.length.min) + ".." +
                          std::to_string(t.length.max) + " days long)",
                      claim.range);
  }
}

}  // namespace claimcheck

namespace claimcheck {

namespace {

// The dataset's claim ids as views (no copies), for lookups; the sorted list of them, for "did
// you mean", only when some id is unknown.
class ClaimIds {
 public:
  // Claims that did not load count too: their own error is enough (docs/facts.md).
  explicit ClaimIds(const Dataset& dataset) {
    ids_.reserve(dataset.claims.size() + dataset.unloaded_claims.size());
    for (const Claim& claim : dataset.claims) ids_.insert(claim.full_id);
    for (const UnloadedClaim& claim : dataset.unloaded_claims) ids_.insert(claim.full_id);
  }
  bool has(const std::string& id) const { return ids_.count(id) > 0; }
  // `self`: the id of the claim that names `id`, never suggested to itself.
  std::string did_you_mean(const std::string& id, std::string_view self = {}) {
    if (!sorted_) {
      sorted_.emplace(ids_.begin(), ids_.end());
      std::sort(sorted_->begin(), sorted_->end());
    }
    return claimcheck::did_you_mean(id, *sorted_, self);
  }

 private:
  std::unordered_set<std::string_view> ids_;
  std::optional<std::vector<std::string>> sorted_;
};

}  // namespace

void validate_rule_exceptions(const RuleSet& rules, const Dataset& dataset, Diagnostics& diagnostics) {
  bool any = std::any_of(rules.rules.begin(), rules.rules.end(), [](const Rule& r) { return !r.exceptions.empty(); });
  if (!any) return;
  ClaimIds ids(dataset);
  for (const Rule& rule : rules.rules)
    for (std::size_t i = 0; i < rule.exceptions.size(); ++i) {
      const std::string& id = rule.exceptions[i];
      if (!ids.has(id))
        diagnostics.warning("unknown-exception",
                            "rule '" + rule.id + "' accepts claim '" + id + "', which no facts file has (give " +
                                "source-id/claim-id)" + ids.did_you_mean(id),
                            i < rule.exception_ranges.size() ? rule.exception_ranges[i] : rule.exceptions_range);
    }
}

void validate_relations(const Dataset& dataset, Diagnostics& diagnostics) {
  bool any =
      std::any_of(dataset.claims.begin(), dataset.claims.end(), [](const Claim& c) { return c.relation.has_value(); });
  if (!any) return;
  ClaimIds ids(dataset);
  for (const Claim& claim : dataset.claims) {
    if (!claim.relation) continue;
    const StatedRelation& relation = *claim.relation;
    if (relation.other == claim.full_id)
      diagnostics.error("self-relation", "a claim cannot state a relation to itself", relation.other_range);
    else if (!ids.has(relation.other))
      diagnostics.error("unknown-claim",
                        "'other' names claim '" + relation.other + "', which no facts file has" +
                            ids.did_you_mean(relation.other, claim.full_id),
                        relation.other_range);
  }
}

}  // namespace claimcheck

namespace claimcheck {

namespace {

bool is_numeral_character(char c) {
  return (c >= '0' && c <= '9') || c == '.' || c == ',';
}

// A numeral that a European writer may have meant with a thousands separator: one to three
// digits (no leading zero: 0.125 is no thousands group), a point and exactly three digits,
// no exponent after it (1.500e3 is written by someone who means the point).
bool looks_like_thousands(std::string_view numeral, char after) {
  std::size_t point = numeral.find('.');
  if (point == std::string_view::npos || point == 0 || point > 3 || numeral.size() - point - 1 != 3) return false;
  if (numeral.front() == '0' || after == 'e' || after == 'E') return false;
  return std::all_of(numeral.begin(), numeral.end(), [](char c) { return c != ','; }) &&
         numeral.find('.', point + 1) == std::string_view::npos;
}

// What the numeral reads as: the point a decimal point, trailing zeros dropped (1.500 → 1.5).
std::string as_read(std::string_view numeral) {
  std::string text(numeral);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

// The decimal written so that it does not warn: as read, or with a fourth decimal when it still
// has three (1.125 → 1.1250).
std::string as_decimal(std::string_view numeral) {
  std::string text = as_read(numeral);
  std::size_t point = text.find('.');
  if (point != std::string::npos && text.size() - point - 1 == 3) text += '0';
  return text;
}

std::string as_thousands(std::string_view numeral) {
  std::string text(numeral);
  text.erase(text.find('.'), 1);
  return text;
}

// The value's text with every numeral that looks like thousands rewritten by `rewrite`; empty
// when it has none.
template <typename Rewrite>
std::string rewritten_numerals(const std::string& text, Rewrite rewrite) {
  std::string out;
  bool found = false;
  for (std::size_t i = 0; i < text.size();) {
    if (!is_numeral_character(text[i])) {
      out += text[i++];
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_numeral_character(text[end])) ++end;
    std::string_view numeral = std::string_view(text).substr(i, end - i);
    if (looks_like_thousands(numeral, end < text.size() ? text[end] : '\0')) {
      out += rewrite(numeral);
      found = true;
    } else {
      out += numeral;
    }
    i = end;
  }
  return found ? out : std::string();
}

// The states a number (hedged or not) is given to as a number: `number` and `any` states, and
// every state when no vocabulary is loaded. A state with a list of words has its own check.
bool takes_numbers(const Vocabulary& vocabulary, const std::string& state) {
  if (vocabulary.states.empty() && vocabulary.events.empty()) return true;
  auto it = vocabulary.states.find(state);
  return it != vocabulary.states.end() && it->second.kind != StateType::Kind::words;
}

}  // namespace

void warn_thousands_separators(const Dataset& dataset, const Vocabulary& vocabulary, Diagnostics& diagnostics) {
  for (const Claim& claim : dataset.claims) {
    if (claim.kind != ClaimKind::state || !claim.value.range || !takes_numbers(vocabulary, claim.name)) continue;
    std::string read = rewritten_numerals(claim.value.text, as_read);
    if (read.empty()) continue;
    std::string decimal = rewritten_numerals(claim.value.text, as_decimal);
    std::string thousands = rewritten_numerals(claim.value.text, as_thousands);
    diagnostics.warning("thousands-separator",
                        "'" + claim.value.text + "' reads as " + read +
                            ": the '.' is a decimal point, though three digits after it look like a thousands "
                            "separator; write " +
                            thousands + " if thousands were meant, or " + decimal + " if the decimal was meant" +
                            (decimal != read ? " (a fourth decimal keeps it from warning)" : ""),
                        claim.value_range);
  }
}

}  // namespace claimcheck
