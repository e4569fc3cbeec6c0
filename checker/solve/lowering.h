// Lowering: one group's claim times and rule instances as Z3 expressions (solver, repair, timeline).
#pragma once

#include <z3++.h>

#include <map>
#include <optional>
#include <vector>

#include "ground/ground.h"

namespace claimcheck {

// Two integer variables per claim of a group (its first and last day), a real one for the number
// it states, two per common event of its instances, two instants per claim that a relation
// orders, and the expressions that claims and rule instances make over them. Claims outside the group are not
// variables.
class Lowering {
 public:
  Lowering(z3::context& ctx, const Group& group, const Dataset& dataset, const Grounding& grounding);

  z3::expr start(int claim) const { return starts_.at(local(claim)); }
  z3::expr end(int claim) const { return ends_.at(local(claim)); }
  z3::expr value(int claim) const { return values_.at(local(claim)); }
  // The publication day of a source whose claims read it as uncertain (publication_sources).
  z3::expr published(int source) const { return published_.at(source); }
  // A common event's first or last day (TimeVar::common).
  z3::expr common_event_day(int event, Endpoint endpoint) const;
  // A claim's start or end instant in ticks (TimeVar::instant), for the claims some constraint
  // of the group orders (claims_with_instants); nullopt for the others.
  std::optional<z3::expr> instant(int claim, Endpoint endpoint) const;
  // The claim's own windows and length, its link to the claim it is dated from, its reading
  // against an uncertain publication day, and the range of the number it states.
  z3::expr claim_time(int claim) const;
  // A Boolean per group claim (parallel to group.claims) saying the claim is assumed. Once set,
  // a constraint binds only while its `about` claims are assumed, an option is open only while
  // its `option_needs` are, and a claim holds on a day ("holds" terms) only while it is assumed;
  // without them all three are ignored (every claim counts as assumed).
  void track_claims(std::vector<z3::expr> literals) { literals_ = std::move(literals); }
  // Every constraint of the instance.
  z3::expr instance(const RuleInstance& instance) const;
  // One constraint: the disjunction of its options (differences and linear atoms).
  z3::expr constraint(const Constraint& c) const;
  z3::expr difference(const Difference& d) const;
  z3::expr linear(const LinearAtom& atom) const;

 private:
  std::size_t local(int claim) const { return static_cast<std::size_t>(local_.at(claim)); }
  z3::expr var(const TimeVar& v) const;
  z3::expr term(const LinearTerm& t) const;
  z3::expr indicator(const LinearTerm& t) const;
  z3::expr holds_on(int claim, const z3::expr& day) const;
  z3::expr value_range(int claim) const;
  z3::expr option(const Constraint& c, std::size_t i) const;
  z3::expr assumed(const std::vector<int>& claims) const;

  z3::context& ctx_;
  const Dataset& dataset_;
  mutable z3::expr_vector definitions_;  // the indicators of the atom being lowered
  std::map<int, int> local_;
  std::map<int, z3::expr> published_;                      // a source's uncertain publication day
  std::map<int, std::pair<z3::expr, z3::expr>> common_;    // a common event's first and last days
  std::map<int, std::pair<z3::expr, z3::expr>> instants_;  // a claim's start and end instants
  std::vector<z3::expr> starts_, ends_, values_, literals_;
};

// Milliseconds left until `deadline_ms` (a steady-clock reading); 0 when past it.
unsigned remaining_ms(long long deadline_ms);
long long deadline_after(int timeout_ms);

}  // namespace claimcheck
