// Which claims a rule's selector picks: the one matching every stage uses.
#pragma once

#include "claimcheck/model.h"
#include "claimcheck/rules.h"

namespace claimcheck {

// The selector names the claim's event or state (and its object, when it names one), whatever
// the claim's value.
bool names_claim(const ClaimSelector& selector, const Claim& claim);
// The claim is one the selector picks: named, and surely of one of its values when it lists any
// (model/value.h: `6` picks claims of 6 and 6.0, not "6" or about 6).
bool selects(const ClaimSelector& selector, const Claim& claim);

}  // namespace claimcheck
