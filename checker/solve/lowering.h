// Lowering: one group's claim times and rule instances as Z3 expressions (for repair and timeline).
#pragma once

#include <z3++.h>

#include <map>
#include <vector>

#include "ground/ground.h"

namespace claimcheck {

// Two integer variables per claim of a group (its first and last day) and the expressions
// that claims and rule instances make over them. Claims outside the group are not variables.
class Lowering {
 public:
  Lowering(z3::context& ctx, const Group& group, const Dataset& dataset);

  z3::expr start(int claim) const { return starts_.at(local(claim)); }
  z3::expr end(int claim) const { return ends_.at(local(claim)); }
  // The claim's own windows and length (and its reading against an uncertain publication day).
  z3::expr claim_time(int claim) const;
  // Every constraint of the instance.
  z3::expr instance(const RuleInstance& instance) const;

 private:
  std::size_t local(int claim) const { return static_cast<std::size_t>(local_.at(claim)); }
  z3::expr var(const TimeVar& v) const;
  z3::expr difference(const Difference& d) const;
  z3::expr constraint(const Constraint& c) const;

  z3::context& ctx_;
  const Dataset& dataset_;
  std::map<int, int> local_;
  std::map<int, z3::expr> published_;  // a source's uncertain publication day
  std::vector<z3::expr> starts_, ends_;
};

// Milliseconds left until `deadline_ms` (a steady-clock reading); 0 when past it.
unsigned remaining_ms(long long deadline_ms);
long long deadline_after(int timeout_ms);

}  // namespace claimcheck
