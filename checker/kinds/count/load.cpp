// Loading count: `state`, `counts` and `set`.
#include "load/kinds.h"
#include "model/suggest.h"

namespace claimcheck::kinds::count {

// count: `state` (the claimed number), `counts` (a state selector: whose subjects are counted,
// their object being the count claim's subject) and `set: at-least | at-most | closed`.
void load_count(FieldReader& fields, const SourceFile&, Rule& rule, Diagnostics& diagnostics) {
  rule.state = fields.text("state", true).value_or("");
  rule.first = load_selector(fields, "counts", diagnostics);
  if (!rule.first.event.empty())
    diagnostics.error("invalid-selector", "'counts' of a count rule is a state ('state' and optionally 'value')",
                      rule.first.range);
  std::optional<std::string> set = fields.text("set", false);
  if (!set || *set == "at-least") return;
  if (*set == "at-most") {
    rule.count_bound = CountBound::at_most;
  } else if (*set == "closed") {
    rule.count_bound = CountBound::closed;
  } else {
    diagnostics.error("invalid-set",
                      "set must be 'at-least', 'at-most' or 'closed', not '" + *set + "'" +
                          did_you_mean(*set, {"at-least", "at-most", "closed"}),
                      fields.range_of("set"));
  }
}

// The counted number is a claim's value: its state must take numbers.
void check_count_state(const Rule& rule, const StateType& state, Diagnostics& diagnostics) {
  if (state.kind != StateType::Kind::number)
    diagnostics.error(
        "invalid-count-state",
        "rule '" + rule.id + "' reads its count from state '" + rule.state + "', which is not declared 'number'",
        rule.range);
}

const KindLoading loading{.fields = {"state", "counts", "set"}, .load = load_count, .check_state = check_count_state};

}  // namespace claimcheck::kinds::count
