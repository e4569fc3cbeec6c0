// Claim and rule values: numbers, hedged numbers and words, and when two are the same value.
#include "load/value.h"

#include <cstdlib>
#include <regex>

#include "load/hedged_number.h"

namespace claimcheck {

namespace {

// A range that is one number: a plain number, or a hedge that leaves nothing open ("about 0").
bool one_number(const NumberRange& range) { return range.low == range.high && !range.low_open && !range.high_open; }

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
  if (!ranges_agree(*a.range, *b.range, tolerance)) return Sameness::different;
  // Compared as numbers, so 6 and 6.0 are one value, and -0 == 0 holds for doubles too.
  bool one = one_number(*a.range) && one_number(*b.range) && a.range->low == b.range->low;
  return one ? Sameness::same : Sameness::maybe;
}

bool Value::same_as(const Value& other) const { return compare_values(*this, other) == Sameness::same; }

}  // namespace claimcheck
