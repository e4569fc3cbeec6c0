// Selector matching.
#include "model/selectors.h"

#include "model/value.h"

namespace claimcheck {

bool names_claim(const ClaimSelector& selector, const Claim& claim) {
  if (selector.empty() || (!selector.object.empty() && claim.object != selector.object)) return false;
  if (!selector.event.empty()) return claim.kind == ClaimKind::event && claim.name == selector.event;
  return claim.kind == ClaimKind::state && claim.name == selector.state;
}

bool selects(const ClaimSelector& selector, const Claim& claim) {
  if (!names_claim(selector, claim)) return false;
  // Only a claim surely of a listed value: a hedged `about 6` may not be 6, and a rule binds
  // claims only by what they surely say.
  return !selector.event.empty() || selector.values.empty() || surely_listed(selector.values, claim.value);
}

}  // namespace claimcheck
