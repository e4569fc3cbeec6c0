// count: a claimed number of holders ("the six member states") against the subjects whose
// claims say they hold on the claim's days, as linear atoms over 0/1 "holds" indicators.
#include <cstdint>
#include <map>
#include <set>
#include <utility>

#include "ground/kinds.h"

namespace claimcheck::kinds::count {

namespace {

using HoldersBySubject = std::map<std::string, std::vector<int>>;  // counted subject → its claims

// A holder whose windows keep it off every day the count claim may span never counts for it:
// leaving it out is exact, and keeps unrelated claims out of the count's group.
bool may_share_a_day(const ClaimTime& holder, const ClaimTime& count) {
  return holder.start_window.earliest <= count.end_window.latest &&
         count.start_window.earliest <= holder.end_window.latest;
}

HoldersBySubject sharing_days_with(const HoldersBySubject& holders, const Claim& count, const ClaimTable& claims) {
  HoldersBySubject out;
  for (const auto& [subject, held] : holders)
    for (int claim : held)
      if (may_share_a_day(claim_at(claims, claim).time, count.time)) out[subject].push_back(claim);
  return out;
}

// The counted claims, by their object (the counted-in entity), then by their subject.
std::map<std::string, HoldersBySubject> holders_by_object(const GroundInput& input) {
  std::map<std::string, HoldersBySubject> out;
  for (int i : input.claims.named_by(input.rule.first)) {
    const Claim& claim = claim_at(input.claims, i);
    if (selects(input.rule.first, claim)) out[claim.object][claim.subject].push_back(i);
  }
  return out;
}

// The claimed number minus the holders on day `day` + `offset`, compared with 0: at-least
// says Σ holds − value ≤ 0, at-most value − Σ holds ≤ 0, closed value − Σ holds = 0.
LinearAtom count_atom(int count_claim, const HoldersBySubject& holders, TimeVar day, std::int64_t offset,
                      CountBound bound) {
  std::int64_t sign = bound == CountBound::at_least ? -1 : 1;  // the value's coefficient
  LinearAtom atom;
  atom.terms.push_back({LinearTerm::Kind::value, sign, {}, 0, count_claim, {}});
  for (const auto& [subject, claims] : holders)
    atom.terms.push_back({LinearTerm::Kind::holds, -sign, day, offset, -1, claims});
  atom.comparison = bound == CountBound::closed ? Comparison::equal : Comparison::less_equal;
  atom.constant = 0;
  return atom;
}

// The count must hold on a day `day` + `offset` when that day is inside the count claim's span:
// either the day is before its first day, or after its last, or the atom holds.
Constraint on_day_if_inside(int count_claim, const HoldersBySubject& holders, TimeVar day, std::int64_t offset,
                            CountBound bound) {
  Constraint c;
  c.any_of = {{{day, start_of(count_claim), -1 - offset}}, {{end_of(count_claim), day, offset - 1}}, {}};
  c.linear = {{}, {}, {count_atom(count_claim, holders, day, offset, bound)}};
  return c;
}

// The number of holders changes only where a holder claim starts (it may rise) or the day after
// one ends (it may fall). Checking the count's first day and each such day inside its span is
// the same as checking every day of the span: at-least needs the rises, at-most the falls.
// A number claimed on one day (an observation) has no other day to check. Otherwise only a
// change that can fall inside the number's possible days needs a check of its own.
//
// A change whose window is one day is checked on that day, a constant, once however many
// holders change on it: a roster of holders that all join on one day needs one check, not one
// per holder (each check reads every holder, so one per holder grows with their square). For a
// true holder (assumed, or left out of a seed and true there) this is the check on its own first
// or last day; one that is not true holds on no day and changes nothing, and a check on a fixed
// day inside the span is one every day of the span must pass anyway.
// The days to check besides the count's first: (day, offset) pairs.
std::vector<std::pair<TimeVar, std::int64_t>> change_days(int count_claim, const HoldersBySubject& holders,
                                                          CountBound bound, const ClaimTable& claims) {
  std::vector<std::pair<TimeVar, std::int64_t>> out;
  const ClaimTime& time = claim_at(claims, count_claim).time;
  if (time.length.max <= 0) return out;
  DayWindow span{time.start_window.earliest, time.end_window.latest};
  auto may_fall_inside = [&](const DayWindow& w, std::int64_t offset) {
    return w.earliest + offset <= span.latest && span.earliest <= w.latest + offset;
  };
  std::set<std::int64_t> fixed_days_checked;
  auto check = [&](TimeVar day, const DayWindow& window, std::int64_t offset) {
    if (!may_fall_inside(window, offset)) return;
    if (window.earliest != window.latest) {
      out.emplace_back(day, offset);
      return;
    }
    std::int64_t fixed = std::int64_t{window.earliest} + offset;
    if (fixed_days_checked.insert(fixed).second) out.emplace_back(TimeVar{}, fixed);
  };
  for (const auto& [subject, held_claims] : holders) {
    for (int holder : held_claims) {
      const ClaimTime& held = claim_at(claims, holder).time;
      if (bound != CountBound::at_most) check(start_of(holder), held.start_window, 0);
      if (bound != CountBound::at_least) check(end_of(holder), held.end_window, 1);
    }
  }
  return out;
}

// The solver terms one check makes, as estimated_solver_terms counts them.
std::size_t terms_per_check(const HoldersBySubject& holders) {
  std::size_t terms = 4;  // the constraint, its two "outside the span" options, the number
  for (const auto& [subject, claims] : holders) terms += 1 + 2 * claims.size();
  return terms;
}

// No reading of the claimed number fits any number of holders from none to all of them (a
// roster of 10 cannot make 11): the count's claim alone is a conflict, whatever the holders'
// days. It then needs no sum over the holders: the one constraint fails whenever it is assumed.
bool out_of_reach(const NumberRange& value, std::size_t subjects, CountBound bound) {
  auto most = static_cast<double>(subjects);
  bool above_all = value.low > most || (value.low == most && value.low_open);
  bool below_none = value.high < 0 || (value.high == 0 && value.high_open);
  if (bound == CountBound::at_least) return below_none;
  if (bound == CountBound::at_most) return above_all;
  return above_all || below_none;
}

Constraint fails_alone(int count_claim) {
  return Constraint{{}, {count_claim}, {}};
}

std::vector<Constraint> count_constraints(int count_claim, const HoldersBySubject& holders, CountBound bound,
                                          const std::vector<std::pair<TimeVar, std::int64_t>>& days) {
  std::vector<Constraint> out;
  Constraint first_day;
  first_day.any_of = {{}};
  first_day.linear = {{count_atom(count_claim, holders, start_of(count_claim), 0, bound)}};
  out.push_back(std::move(first_day));
  for (const auto& [day, offset] : days) out.push_back(on_day_if_inside(count_claim, holders, day, offset, bound));
  return out;
}

}  // namespace

void ground_count(const GroundInput& input, std::vector<RuleInstance>& out) {
  std::map<std::string, HoldersBySubject> holders = holders_by_object(input);
  const HoldersBySubject none;
  for (int i : input.claims.named(ClaimKind::state, input.rule.state)) {
    const Claim& claim = claim_at(input.claims, i);
    if (claim.kind != ClaimKind::state || claim.name != input.rule.state || !claim.value.range) continue;
    if (!in_scope(input.rule, claim)) continue;
    auto found = holders.find(claim.subject);
    HoldersBySubject counted = sharing_days_with(found == holders.end() ? none : found->second, claim, input.claims);
    RuleInstance instance{input.rule_index, claim.subject, "", {i}, {}};
    for (const auto& [subject, claims] : counted)
      instance.claims.insert(instance.claims.end(), claims.begin(), claims.end());
    if (out_of_reach(*claim.value.range, counted.size(), input.rule.count_bound)) {
      instance.constraints = {fails_alone(i)};
      if (finish_instance(instance)) out.push_back(std::move(instance));
      continue;
    }
    auto days = change_days(i, counted, input.rule.count_bound, input.claims);
    std::size_t terms = (days.size() + 1) * terms_per_check(counted);
    if (input.over_budget(terms))
      leave_unbuilt(instance, terms, instance.claims);
    else
      instance.constraints = count_constraints(i, counted, input.rule.count_bound, days);
    if (finish_instance(instance)) out.push_back(std::move(instance));
  }
}

// A count of X reads the claims whose object is X.
void reads_count(const Rule& rule, const ClaimForm& form, std::vector<ReadKey>& out) {
  if (form.kind == ClaimKind::state && form.name == rule.state)
    out.push_back(read_key('H', form.subject, {}, KeyRole::reads));
  if (names_form(rule.first, form)) out.push_back(read_key('H', form.object, {}, KeyRole::provides));
}

const KindGrounding grounding{.ground = ground_count, .reads = reads_count};

}  // namespace claimcheck::kinds::count
