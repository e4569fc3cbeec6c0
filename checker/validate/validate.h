// Validation: cross-file checks the loaders cannot make alone (ids, vocabulary, rule references).
#pragma once

#include "claimcheck/diagnostic.h"
#include "claimcheck/model.h"
#include "claimcheck/rules.h"

namespace claimcheck {

void validate_ids(const Dataset& dataset, Diagnostics& diagnostics);
void validate_rules(const RuleSet& rules, Diagnostics& diagnostics);
// Every claim's event/state/value must be known to the vocabulary (when one is loaded).
void validate_claims_against_vocabulary(const Dataset& dataset, const Vocabulary& vocabulary, Diagnostics& diagnostics);

}  // namespace claimcheck

namespace claimcheck {
// A claim whose own windows and length cannot all hold (a span that must end before it starts).
void validate_claim_times(const Dataset& dataset, Diagnostics& diagnostics);
// A claim's `other` must name another loaded claim.
void validate_relations(const Dataset& dataset, Diagnostics& diagnostics);
// A number given to a state that takes numbers and written like 316.000 or 1.500 (a point before
// exactly three digits, the European thousands separator): a warning, since it reads as 316 or 1.5.
void warn_thousands_separators(const Dataset& dataset, const Vocabulary& vocabulary, Diagnostics& diagnostics);
// A rule's `exceptions` that name no claim: a warning, since a typo would accept nothing.
void validate_rule_exceptions(const RuleSet& rules, const Dataset& dataset, Diagnostics& diagnostics);
}  // namespace claimcheck
