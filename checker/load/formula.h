// Formula parser: the `assert` language of `expression` rules → disjunctive normal form.
#pragma once

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "claimcheck/rules.h"

namespace claimcheck {

// Where and why a formula is rejected; `offset` is the byte of the offending character.
struct FormulaError {
  std::string code;
  std::string message;
  std::size_t offset = 0;
};

using ParsedFormula = std::variant<std::vector<std::vector<FormulaAtom>>, FormulaError>;

// Parses `text` over the binding names `names` (FormulaTerm::binding indexes them). The
// result is linear atoms in disjunctive normal form, at most kMaxFormulaOptions options.
ParsedFormula parse_formula(const std::string& text, const std::vector<std::string>& names);

inline constexpr std::size_t kMaxFormulaOptions = 64;

}  // namespace claimcheck
