// Claim and rule values: reading one, and the one notion of "same value" every rule compares with.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimcheck/model.h"
#include "claimcheck/rules.h"

namespace claimcheck {

// A decimal number as facts.md defines one ("6", "-0", "010" is ten, "1e3"); nullopt otherwise.
std::optional<double> read_number(const std::string& text);

// Reads a value: plain scalars that look like decimal numbers are numbers ("010" is ten), plain
// hedged numbers ("about 8,000") are the ranges they mean; anything else, and every quoted
// scalar, is a word.
Value read_value(const std::string& text, bool plain);

// How two values compare. Numbers (hedged or not) compare as the ranges they mean: the same
// when both mean the same numbers (6 and 6.0, -0 and 0, 18-24 and 18-24), different when no
// number fits both, and otherwise (about 6 and 6) maybe. Words compare as text. A word is never
// a number: "6" quoted is another value than 6.
enum class Sameness { same, maybe, different };

// Every rule compares values through this (docs/facts.md): rule values with claim values, and
// claims with claims. A tolerance (single-value's) widens both ranges first.
Sameness compare_values(const Value& a, const Value& b, const Tolerance& tolerance = {});

// The value is surely one of the listed values: a selector's `value` picks it.
bool surely_listed(const std::vector<Value>& listed, const Value& value);
// The value is surely none of the listed values: `allowed` or `requires` forbid it. A hedged
// value that may be a listed one is neither this nor surely_listed, and no rule holds it to either.
bool surely_unlisted(const std::vector<Value>& listed, const Value& value);

}  // namespace claimcheck
