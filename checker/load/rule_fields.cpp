// Rule fields shared by the kinds' loaders.
#include "load/rule_fields.h"

#include <variant>

#include "model/names.h"
#include "model/suggest.h"
#include "model/value.h"
#include "time/resolve.h"

namespace claimcheck {

const std::vector<std::string> kSelectorFields = {"event", "state", "value", "object"};

namespace {

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

}  // namespace

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

}  // namespace claimcheck
