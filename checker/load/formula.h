// Expression parser: the `assert` language of `expression` rules → disjunctive normal form.
#pragma once

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "claimcheck/rules.h"

namespace claimcheck {

// Where and why an expression is rejected; `offset` is the byte of the offending character.
struct ExpressionError {
  std::string code;
  std::string message;
  std::size_t offset = 0;
};

using ParsedExpression = std::variant<std::vector<std::vector<ExpressionAtom>>, ExpressionError>;

// Parses `text` over the binding names `names` (ExpressionTerm::binding indexes them). The
// result is linear atoms in disjunctive normal form, at most kMaxExpressionOptions options.
ParsedExpression parse_expression(const std::string& text, const std::vector<std::string>& names);

inline constexpr std::size_t kMaxExpressionOptions = 64;

}  // namespace claimcheck
