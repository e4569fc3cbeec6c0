// Claim and rule values: numbers, hedged numbers and words, and when two are the same value.
#include "model/value.h"

#include <algorithm>
#include <cstdlib>
#include <regex>

#include "model/hedged_number.h"

namespace claimcheck {

namespace {

// Two ranges that mean the same numbers: 6 and 6.0, or a hedge written twice (an age bracket
// `18-24` in a vocabulary and in a claim). Compared as doubles, so -0 == 0 too.
bool same_range(const NumberRange& a, const NumberRange& b) {
  return a.low == b.low && a.high == b.high && a.low_open == b.low_open && a.high_open == b.high_open;
}

}  // namespace

std::optional<double> read_number(const std::string& text) {
  static const std::regex number(R"([-+]?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?)");
  if (!std::regex_match(text, number)) return std::nullopt;
  return std::strtod(text.c_str(), nullptr);
}

Value read_value(const std::string& text, bool plain) {
  Value value{text, std::nullopt, std::nullopt};
  if (!plain) return value;
  value.number = read_number(text);
  value.range = value.number ? NumberRange{*value.number, *value.number, false, false} : read_hedged_number(text);
  return value;
}

Sameness compare_values(const Value& a, const Value& b, const Tolerance& tolerance) {
  // Only numbers have ranges: a number and a word are never the same, whatever their text.
  if (a.range.has_value() != b.range.has_value()) return Sameness::different;
  if (!a.range) return a.text == b.text ? Sameness::same : Sameness::different;
  if (same_range(*a.range, *b.range)) return Sameness::same;
  return ranges_agree(*a.range, *b.range, tolerance) ? Sameness::maybe : Sameness::different;
}

bool surely_listed(const std::vector<Value>& listed, const Value& value) {
  return std::any_of(listed.begin(), listed.end(),
                     [&](const Value& v) { return compare_values(v, value) == Sameness::same; });
}

bool surely_unlisted(const std::vector<Value>& listed, const Value& value) {
  return std::all_of(listed.begin(), listed.end(),
                     [&](const Value& v) { return compare_values(v, value) == Sameness::different; });
}

bool Value::same_as(const Value& other) const {
  return compare_values(*this, other) == Sameness::same;
}

}  // namespace claimcheck
