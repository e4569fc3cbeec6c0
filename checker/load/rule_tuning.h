// Rule tuning: a dataset's select/ignore, severities and exceptions applied to the loaded packs.
#pragma once

#include "claimcheck/diagnostic.h"
#include "claimcheck/rules.h"

namespace claimcheck {

// Applies `tuning` to the rules every pack loaded (docs/rules.md, "Tuning the rules for a
// dataset"): the rules its layers leave out move to `deselected_rules`, overridden severities
// are set and added exceptions appended. A name that is neither a rule id (of a rule that loaded
// or failed to) nor a rule kind is an `unknown-rule` error at the name, with "did you mean".
void apply_rule_tuning(RuleSet& rules, const RuleTuning& tuning, Diagnostics& diagnostics);

}  // namespace claimcheck
