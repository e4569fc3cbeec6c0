// expression described: the bindings and the assertion as written.
#include <algorithm>

#include "render/kinds/kinds.h"

namespace claimcheck {

namespace {

// "a = 'announce-withdrawal', b = 'withdraw'".
std::string bound_names(const Rule& rule) {
  std::string out;
  for (const FormulaBinding& b : rule.bindings)
    out += (out.empty() ? "" : ", ") + b.name + " = " + side_words(b.selector, true);
  return out;
}

}  // namespace

std::string expression_short(const Rule& rule) {
  return bound_names(rule) + ": " + rule.formula;
}

std::string expression_constraint(const Rule& rule) {
  return rule.formula;
}

bool expression_looks_at(const Rule& rule, const Claim& claim) {
  return std::any_of(rule.bindings.begin(), rule.bindings.end(),
                     [&](const FormulaBinding& b) { return names_claim(b.selector, claim); });
}
}  // namespace claimcheck
