// Model check: a group's binding constraints evaluated on concrete days and exact fractions.
#include "solve/model_check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <unordered_set>

namespace claimcheck {

namespace {

Int128 gcd(Int128 a, Int128 b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b != 0) {
    Int128 r = a % b;
    a = b;
    b = r;
  }
  return a;
}

Fraction reduced(Int128 num, Int128 den) {
  if (den < 0) {
    num = -num;
    den = -den;
  }
  Int128 g = gcd(num, den);
  if (g > 1) {
    num /= g;
    den /= g;
  }
  return {num, den};
}

std::optional<Fraction> add(const Fraction& a, const Fraction& b) {
  Int128 left = 0, right = 0, num = 0, den = 0;
  if (__builtin_mul_overflow(a.num, b.den, &left) || __builtin_mul_overflow(b.num, a.den, &right) ||
      __builtin_add_overflow(left, right, &num) || __builtin_mul_overflow(a.den, b.den, &den))
    return std::nullopt;
  return reduced(num, den);
}

std::optional<Fraction> times(std::int64_t k, const Fraction& a) {
  Int128 num = 0;
  if (__builtin_mul_overflow(static_cast<Int128>(k), a.num, &num)) return std::nullopt;
  return reduced(num, a.den);
}

// -1, 0 or 1 as a <, = or > b; nullopt past 128 bits.
std::optional<int> compare(const Fraction& a, const Fraction& b) {
  Int128 left = 0, right = 0;
  if (__builtin_mul_overflow(a.num, b.den, &left) || __builtin_mul_overflow(b.num, a.den, &right)) return std::nullopt;
  return left < right ? -1 : (left > right ? 1 : 0);
}

std::optional<Int128> whole_number(std::string_view digits) {
  if (digits.empty()) return std::nullopt;
  Int128 out = 0;
  for (char ch : digits) {
    if (ch < '0' || ch > '9') return std::nullopt;
    if (__builtin_mul_overflow(out, 10, &out) || __builtin_add_overflow(out, ch - '0', &out)) return std::nullopt;
  }
  return out;
}

// "12", "12.5" without a sign.
std::optional<Fraction> unsigned_decimal(std::string_view text) {
  std::size_t point = text.find('.');
  if (point == std::string_view::npos) {
    std::optional<Int128> whole = whole_number(text);
    if (!whole) return std::nullopt;
    return Fraction{*whole, 1};
  }
  std::string_view fraction_digits = text.substr(point + 1);
  std::string digits = std::string(text.substr(0, point)) + std::string(fraction_digits);
  std::optional<Int128> num = whole_number(digits);
  if (!num) return std::nullopt;
  Int128 den = 1;
  for (std::size_t i = 0; i < fraction_digits.size(); ++i)
    if (__builtin_mul_overflow(den, 10, &den)) return std::nullopt;
  return reduced(*num, den);
}

}  // namespace

std::optional<Fraction> fraction_of_text(std::string_view text) {
  bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  std::optional<Fraction> out;
  if (std::size_t slash = text.find('/'); slash != std::string_view::npos) {
    std::optional<Int128> num = whole_number(text.substr(0, slash));
    std::optional<Int128> den = whole_number(text.substr(slash + 1));
    if (!num || !den || *den == 0) return std::nullopt;
    out = reduced(*num, *den);
  } else {
    out = unsigned_decimal(text);
  }
  if (out && negative) out->num = -out->num;
  return out;
}

std::string decimal_text(double x) {
  char text[400];
  std::snprintf(text, sizeof text, "%.17g", x);
  // Exponents are not decimal text: large or tiny magnitudes are written out in fixed notation.
  if (std::string_view(text).find('e') != std::string_view::npos) std::snprintf(text, sizeof text, "%.6f", x);
  return text;
}

std::optional<Fraction> fraction_of_double(double x) {
  if (!std::isfinite(x)) return std::nullopt;
  return fraction_of_text(decimal_text(x));
}

bool DayNodes::knows(const TimeVar& v) const {
  if (v.published >= 0) return std::binary_search(sources_.begin(), sources_.end(), v.published);
  if (v.common >= 0) return std::binary_search(common_events_.begin(), common_events_.end(), v.common);
  return v.claim < 0 || std::binary_search(claims_.begin(), claims_.end(), v.claim);
}

namespace {
int position(const std::vector<int>& sorted, int item) {
  auto found = std::lower_bound(sorted.begin(), sorted.end(), item);
  if (found == sorted.end() || *found != item) throw std::out_of_range("a variable outside the group");
  return static_cast<int>(found - sorted.begin());
}
}  // namespace

int DayNodes::node(const TimeVar& v) const {
  if (v.published >= 0) return first_source_node() + position(sources_, v.published);
  if (v.common >= 0)
    return first_common_node() + 2 * position(common_events_, v.common) + (v.endpoint == Endpoint::end ? 1 : 0);
  if (v.claim < 0) return 0;
  int end = v.endpoint == Endpoint::end ? 1 : 0;
  if (v.instant) return first_instant_node() + 2 * position(claims_, v.claim) + end;
  return 1 + 2 * position(claims_, v.claim) + end;
}

AssumedClaims::AssumedClaims(const Group& group, const std::vector<int>& claims)
    : all_(claims.size() == group.claims.size()) {
  if (all_) return;
  for (int c : claims) assumed_.insert(group.claims[static_cast<std::size_t>(c)]);
}

bool AssumedClaims::all_of(const std::vector<int>& claims) const {
  return all_ || std::all_of(claims.begin(), claims.end(), [&](int c) { return assumed_.count(c) > 0; });
}

const std::vector<LinearAtom>& atoms_of(const Constraint& c, std::size_t option) {
  static const std::vector<LinearAtom> none;
  return option < c.linear.size() ? c.linear[option] : none;
}

BindingConstraints::BindingConstraints(const Group& group, const std::vector<int>& claims,
                                       const std::vector<int>& instances, const Grounding& grounding,
                                       const Dataset& dataset)
    : assumed_(group, claims) {
  const AssumedClaims& assumed = assumed_;
  base_.reserve(claims.size() * 8);
  for (int c : claims) {
    int claim = group.claims[static_cast<std::size_t>(c)];
    assumed_claims_.push_back(claim);
    const Claim& data = dataset.claims[static_cast<std::size_t>(claim)];
    append_own_constraints(claim, data.time, base_);
    if (std::optional<Constraint> link = anchor_link(claim, data.time); link && assumed.all_of(link->about))
      base_.insert(base_.end(), link->any_of.front().begin(), link->any_of.front().end());
    if (std::optional<Constraint> link = publication_link(claim, data)) {
      owned_.push_back(std::make_unique<Constraint>(std::move(*link)));
      constraints_.push_back(owned_.back().get());
    }
  }
  for (int i : instances) {
    const RuleInstance& instance =
        grounding.instances[static_cast<std::size_t>(group.instances[static_cast<std::size_t>(i)])];
    for (const Constraint& c : instance.constraints) {
      if (!assumed.all_of(c.about)) continue;
      if (c.option_needs.empty()) {
        constraints_.push_back(&c);
        continue;
      }
      auto open = std::make_unique<Constraint>();  // the options whose claims are assumed
      for (std::size_t k = 0; k < c.any_of.size(); ++k) {
        if (k < c.option_needs.size() && !assumed.all_of(c.option_needs[k])) continue;
        open->any_of.push_back(c.any_of[k]);
        open->linear.push_back(atoms_of(c, k));
      }
      constraints_.push_back(open.get());
      owned_.push_back(std::move(open));
    }
  }
}

bool ModelEvaluator::holds(const Difference& d) const {
  std::int64_t difference = 0;
  if (__builtin_sub_overflow(day(d.a), day(d.b), &difference)) return false;
  return difference <= d.bound;
}

bool ModelEvaluator::holds_on(int holder, std::int64_t on) const {
  return assumed_.contains(holder) && day(TimeVar{holder, Endpoint::start}) <= on &&
         on <= day(TimeVar{holder, Endpoint::end});
}

const std::optional<Fraction>& ModelEvaluator::value_of(int claim) const {
  return values_[static_cast<std::size_t>(position(nodes_.claims(), claim))];
}

std::optional<Fraction> ModelEvaluator::sum(const LinearAtom& atom) const {
  Fraction total;
  for (const LinearTerm& t : atom.terms) {
    std::optional<Fraction> value;
    switch (t.kind) {
      case LinearTerm::Kind::day:
        if (!nodes_.knows(t.day)) return std::nullopt;
        value = Fraction{day(t.day), 1};
        break;
      case LinearTerm::Kind::value:
        if (!nodes_.knows(TimeVar{t.claim, Endpoint::start})) return std::nullopt;
        value = value_of(t.claim);
        break;
      case LinearTerm::Kind::holds: {
        if (!nodes_.knows(t.day)) return std::nullopt;
        for (int holder : t.holders)
          if (!nodes_.knows(TimeVar{holder, Endpoint::start})) return std::nullopt;
        std::int64_t on = 0;
        if (__builtin_add_overflow(day(t.day), t.day_offset, &on)) return std::nullopt;
        bool held = std::any_of(t.holders.begin(), t.holders.end(), [&](int h) { return holds_on(h, on); });
        value = Fraction{held ? 1 : 0, 1};
        break;
      }
    }
    if (!value) return std::nullopt;
    std::optional<Fraction> product = times(t.coefficient, *value);
    std::optional<Fraction> next = product ? add(total, *product) : std::nullopt;
    if (!next) return std::nullopt;
    total = *next;
  }
  return total;
}

bool ModelEvaluator::holds(const LinearAtom& atom) const {
  std::optional<Fraction> total = sum(atom);
  if (!total) return false;
  std::optional<int> order = compare(*total, Fraction{atom.constant, 1});
  if (!order) return false;
  switch (atom.comparison) {
    case Comparison::less:
      return *order < 0;
    case Comparison::less_equal:
      return *order <= 0;
    case Comparison::equal:
      return *order == 0;
  }
  return false;
}

bool ModelEvaluator::option_holds(const Constraint& c, std::size_t option) const {
  for (const Difference& d : c.any_of[option])
    if (!holds(d)) return false;
  for (const LinearAtom& atom : atoms_of(c, option))
    if (!holds(atom)) return false;
  return true;
}

bool ModelEvaluator::holds(const Constraint& c) const {
  for (std::size_t i = 0; i < c.any_of.size(); ++i)
    if (option_holds(c, i)) return true;
  return false;
}

namespace {

// Whether `value` lies in the claim's range; a claim without a number takes any value. A value
// the model does not give stands for "some number of the range", which exists when the range is
// not empty.
bool in_range(const Claim& claim, const std::optional<Fraction>& value) {
  const std::optional<NumberRange>& range = claim.value.range;
  if (!range) return true;
  if (!value) {
    if (std::isnan(range->low) || std::isnan(range->high)) return false;
    return range->low < range->high || (range->low == range->high && !range->low_open && !range->high_open);
  }
  if (std::isfinite(range->low)) {
    std::optional<Fraction> low = fraction_of_double(range->low);
    std::optional<int> order = low ? compare(*value, *low) : std::nullopt;
    if (!order || *order < 0 || (*order == 0 && range->low_open)) return false;
  } else if (range->low > 0) {
    return false;  // +infinity as a lower bound: no number reaches it
  }
  if (std::isfinite(range->high)) {
    std::optional<Fraction> high = fraction_of_double(range->high);
    std::optional<int> order = high ? compare(*value, *high) : std::nullopt;
    if (!order || *order > 0 || (*order == 0 && range->high_open)) return false;
  } else if (range->high < 0) {
    return false;
  }
  return true;
}

}  // namespace

bool ModelEvaluator::instants_inside_days(int claim) const {
  Int128 first = day(TimeVar{claim, Endpoint::start}), last = day(TimeVar{claim, Endpoint::end});
  Int128 start = day(instant_of(claim, Endpoint::start)), end = day(instant_of(claim, Endpoint::end));
  return kTicksPerDay * first <= start && start <= kTicksPerDay * first + kTicksPerDay - 1 &&
         kTicksPerDay * last + 1 <= end && end <= kTicksPerDay * last + kTicksPerDay;
}

namespace {
// The claims whose instants a binding constraint reads: only theirs must lie inside their days.
std::vector<int> instants_read(const BindingConstraints& binding) {
  std::vector<int> claims;
  for (const Constraint* c : binding.constraints()) append_instant_claims(*c, claims);
  sort_unique(claims);
  return claims;
}
}  // namespace

bool model_satisfies(const BindingConstraints& binding, const DayNodes& nodes, const GroupModel& model,
                     const Dataset& dataset) {
  if (model.days.size() != static_cast<std::size_t>(nodes.node_count()) || model.values.size() != nodes.claims().size())
    return false;
  ModelEvaluator evaluator(nodes, model, binding.assumed());
  try {
    for (const Difference& d : binding.base())
      if (!evaluator.holds(d)) return false;
    for (const Constraint* c : binding.constraints())
      if (!evaluator.holds(*c)) return false;
    for (int claim : binding.assumed_claims())
      if (!in_range(dataset.claims[static_cast<std::size_t>(claim)], evaluator.value_of(claim))) return false;
    for (int claim : instants_read(binding))
      if (!evaluator.instants_inside_days(claim)) return false;
  } catch (const std::out_of_range&) {
    return false;  // a constraint names a variable outside the group: nothing here can vouch for it
  }
  return true;
}

}  // namespace claimcheck
