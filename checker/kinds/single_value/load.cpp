// Loading single-value: `state`, and `tolerance` for numbers.
#include <regex>

#include "load/kinds.h"
#include "model/value.h"

namespace claimcheck::kinds::single_value {

namespace {

// `tolerance: 5%` or `tolerance: ±2` (also `+-2` or `2`).
void load_tolerance(FieldReader& fields, Rule& rule, Diagnostics& diagnostics) {
  std::optional<std::string> text = fields.text("tolerance", false);
  if (!text) return;
  static const std::regex form(R"(\s*(±|\+-|\+/-)?\s*([0-9]+(\.[0-9]+)?)\s*(%)?\s*)");
  std::smatch m;
  if (!std::regex_match(*text, m, form)) {
    diagnostics.error("invalid-tolerance", "tolerance is a percentage ('5%') or an amount ('±2'), not '" + *text + "'",
                      fields.range_of("tolerance"));
    return;
  }
  rule.tolerance = Tolerance{std::strtod(m[2].str().c_str(), nullptr), m[4].matched};
}

}  // namespace

// single-value: the state that has one value at a time, and a tolerance for numbers.
void load_single_value(FieldReader& fields, const SourceFile&, Rule& rule, Diagnostics& diagnostics) {
  rule.state = fields.text("state", true).value_or("");
  load_tolerance(fields, rule, diagnostics);
}

const KindLoading loading{.fields = {"state", "tolerance"}, .load = load_single_value};

}  // namespace claimcheck::kinds::single_value
