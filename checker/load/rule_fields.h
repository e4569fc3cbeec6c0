// Rule fields every kind's loader reads the same way: listed values, selectors, day bounds, `match`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "claimcheck/rules.h"
#include "load/fields.h"

namespace claimcheck {

// The keys a selector map may have (its unknown-field check; the schemas' drift test reads them).
extern const std::vector<std::string> kSelectorFields;

// The values a rule lists (`value`, `allowed`), read like a claim's value, so that the rule and
// the claims compare them one way: unquoted `6` is the number 6 (and picks a claim of 6.0),
// quoted `"6"` the word.
std::optional<std::vector<Value>> listed_values(FieldReader& fields, const std::string& key, bool required);

// A selector's node: a bare event name, or a map with `event` or `state`, `value`, `object`.
// Returns false when it reported a problem.
bool read_selector(const YamlNode& node, const std::string& what, ClaimSelector& selector, Diagnostics& diagnostics);

// `first: {event: announce-withdrawal}` or `this: {state: membership, value: [member], object: NATO}`;
// a bare word is an event name.
ClaimSelector load_selector(FieldReader& rule_fields, const std::string& key, Diagnostics& diagnostics);

// `min` and `max` of precedes and duration, in days. A `min` above the `max` leaves no span or
// gap that satisfies the rule whatever the claims say, so it is the rule's error, not a finding.
void load_day_bounds(FieldReader& fields, Rule& rule, Diagnostics& diagnostics);

// `match: subject | subject-and-object`.
void load_match(FieldReader& fields, Rule& rule, Diagnostics& diagnostics);

}  // namespace claimcheck
