// Grounding skips only constraints that every choice of days (and numbers) inside the claims'
// windows satisfies: pairs that just touch or just overlap keep theirs, and the sweeps find
// exactly the pairs a loop over every pair would keep.
#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <random>
#include <set>
#include <utility>

#include "ground/ground.h"
#include "ground/kinds.h"
#include "helpers.h"

using namespace claimcheck;

namespace {

using Pair = std::pair<int, int>;

Claim state_claim(const std::string& name, const std::string& value, DayWindow start, DayWindow end) {
  Claim claim;
  claim.id = name + std::to_string(start.earliest) + value;
  claim.full_id = "s/" + claim.id;
  claim.subject = "A";
  claim.kind = ClaimKind::state;
  claim.name = name;
  claim.value.text = value;
  claim.time.is_point = false;
  claim.time.start_window = start;
  claim.time.end_window = end;
  claim.time.length = {0, end.latest - start.earliest};
  return claim;
}

Claim number_claim(double low, double high, DayWindow start, DayWindow end) {
  Claim claim = state_claim("toll", std::to_string(low), start, end);
  claim.value.number = low;
  claim.value.range = NumberRange{low, high, false, false};
  return claim;
}

// The claim pairs of every constraint grounded (each constraint's first two claims named by
// its differences or its `about`).
std::set<Pair> grounded_pairs(const Dataset& dataset, const RuleSet& rules) {
  Grounding grounding = ground(dataset, rules);
  std::set<Pair> out;
  for (const RuleInstance& instance : grounding.instances)
    for (const Constraint& c : instance.constraints) {
      if (!c.about.empty()) {
        out.emplace(std::min(c.about[0], c.about[1]), std::max(c.about[0], c.about[1]));
        continue;
      }
      const Difference& d = c.any_of.at(0).at(0);
      int a = d.a.claim, b = d.b.claim;
      out.emplace(std::min(a, b), std::max(a, b));
    }
  return out;
}

RuleSet single_value_rules() {
  RuleSet rules;
  Rule rule;
  rule.id = "one";
  rule.kind = RuleKind::single_value;
  rule.state = "level";
  rules.rules.push_back(rule);
  return rules;
}

// Some choice of days puts the two spans on a common day.
bool may_overlap(const Claim& a, const Claim& b) {
  return a.time.start_window.earliest <= b.time.end_window.latest &&
         b.time.start_window.earliest <= a.time.end_window.latest;
}

}  // namespace

TEST_CASE("single-value keeps spans that just touch and skips spans just apart", "[ground]") {
  RuleSet rules = single_value_rules();
  Dataset touching;
  touching.claims = {state_claim("level", "low", {1, 3}, {5, 10}), state_claim("level", "high", {10, 12}, {12, 14})};
  CHECK(grounded_pairs(touching, rules) == std::set<Pair>{{0, 1}});

  Dataset apart;  // the first may end on day 9 at the latest, the second starts on day 10 at the earliest
  apart.claims = {state_claim("level", "low", {1, 3}, {5, 9}), state_claim("level", "high", {10, 12}, {12, 14})};
  CHECK(grounded_pairs(apart, rules).empty());
  Grounding grounding = ground(apart, rules);
  CHECK(grounding.groups.size() == 2);  // nothing ties them any more

  Dataset reversed;  // the same, the later claim first
  reversed.claims = {state_claim("level", "high", {10, 12}, {12, 14}), state_claim("level", "low", {1, 3}, {5, 10})};
  CHECK(grounded_pairs(reversed, rules) == std::set<Pair>{{0, 1}});
}

TEST_CASE("single-value keeps a claim dated from another whatever its neighbours' days", "[ground]") {
  RuleSet rules = single_value_rules();
  Dataset dataset;
  dataset.claims = {state_claim("level", "low", {1, 1}, {1, 1}), state_claim("level", "high", {400, 400}, {400, 400})};
  Claim anchored = state_claim("level", "medium", {kFirstDay, kLastDay}, {kFirstDay, kLastDay});
  anchored.time.anchor = TimeAnchor{};
  anchored.time.anchor->claim = 0;
  anchored.time.anchor->gap = {1, 1};
  dataset.claims.push_back(anchored);
  CHECK(grounded_pairs(dataset, rules) == std::set<Pair>{{0, 2}, {1, 2}});
}

TEST_CASE("single-value grounds exactly the differing pairs that may overlap (random windows)", "[ground]") {
  RuleSet rules = single_value_rules();
  std::mt19937 random(19);
  const char* values[] = {"low", "high", "medium"};
  for (int round = 0; round < 200; ++round) {
    Dataset dataset;
    int n = 2 + static_cast<int>(random() % 12);
    for (int i = 0; i < n; ++i) {
      Day s = static_cast<Day>(random() % 20), e = s + static_cast<Day>(random() % 6);
      Day s2 = s + static_cast<Day>(random() % 3), e2 = e + static_cast<Day>(random() % 3);
      dataset.claims.push_back(state_claim("level", values[random() % 3], {s, s2}, {std::max(e, s2), e2 + 3}));
    }
    std::set<Pair> expected;
    for (int i = 0; i < n; ++i)
      for (int j = i + 1; j < n; ++j) {
        const Claim& a = dataset.claims[static_cast<std::size_t>(i)];
        const Claim& b = dataset.claims[static_cast<std::size_t>(j)];
        if (a.value.text != b.value.text && may_overlap(a, b)) expected.emplace(i, j);
      }
    INFO("round " << round);
    CHECK(grounded_pairs(dataset, rules) == expected);
  }
}

TEST_CASE("conflicts-with keeps only pairs that may share a day, requires likewise", "[ground]") {
  RuleSet rules;
  Rule rule;
  rule.id = "c";
  rule.kind = RuleKind::conflicts_with;
  rule.first.state = "level";
  rule.first.values = {Value{"low", {}, {}}};
  rule.second.state = "level";
  rule.second.values = {Value{"high", {}, {}}};
  rules.rules.push_back(rule);
  Dataset dataset;
  dataset.claims = {state_claim("level", "low", {1, 1}, {5, 10}), state_claim("level", "high", {10, 10}, {12, 12}),
                    state_claim("level", "high", {11, 11}, {12, 12}), state_claim("level", "low", {12, 13}, {13, 13})};
  CHECK(grounded_pairs(dataset, rules) == std::set<Pair>{{0, 1}, {1, 3}, {2, 3}});

  rules.rules[0].ever = true;  // "never both": days do not matter
  CHECK(grounded_pairs(dataset, rules) == std::set<Pair>{{0, 1}, {0, 2}, {1, 3}, {2, 3}});
}

namespace {

FormulaTerm term(FormulaTerm::Kind kind, int binding, std::int64_t coefficient) {
  return FormulaTerm{kind, binding, coefficient};
}

// The tolls rule: end(e) >= start(l) or value(e) <= value(l), as the loader writes it.
RuleSet tolls_rules() {
  using K = FormulaTerm::Kind;
  RuleSet rules;
  Rule rule;
  rule.id = "tolls";
  rule.kind = RuleKind::expression;
  rule.bindings = {{"e", {}}, {"l", {}}};
  rule.bindings[0].selector.state = "toll";
  rule.bindings[1].selector.state = "toll";
  FormulaAtom days{FormulaAtom::Op::less_equal, {term(K::start, 1, 1), term(K::end, 0, -1)}, 0};
  FormulaAtom values{FormulaAtom::Op::less_equal, {term(K::value, 0, 1), term(K::value, 1, -1)}, 0};
  rule.formula_options = {{days}, {values}};
  rules.rules.push_back(rule);
  return rules;
}

// Ordered (e, l) pairs the expression rule grounds.
std::set<Pair> grounded_combinations(const Dataset& dataset, const RuleSet& rules) {
  Grounding grounding = ground(dataset, rules);
  std::set<Pair> out;
  for (const RuleInstance& instance : grounding.instances)
    for (const Constraint& c : instance.constraints) out.emplace(c.about.at(0), c.about.at(1));
  return out;
}

// Every point of the box (each day inside its window, each number inside its range, integers)
// satisfies some alternative of the assertion: brute force, for small windows and ranges.
bool box_satisfies(const Rule& rule, const Claim& x, const Claim& y) {
  const Claim* claims[] = {&x, &y};
  std::vector<std::vector<std::int64_t>> axes;  // per binding: start, end, value
  for (const Claim* c : claims) {
    axes.push_back({c->time.start_window.earliest, c->time.start_window.latest});
    axes.push_back({c->time.end_window.earliest, c->time.end_window.latest});
    axes.push_back({static_cast<std::int64_t>(c->value.range->low), static_cast<std::int64_t>(c->value.range->high)});
  }
  std::vector<std::int64_t> at(6);
  std::function<bool(std::size_t)> every = [&](std::size_t axis) -> bool {
    if (axis == 6) {
      for (const auto& conjunction : rule.formula_options) {
        bool all = true;
        for (const FormulaAtom& atom : conjunction) {
          std::int64_t sum = 0;
          for (const FormulaTerm& t : atom.terms)
            sum += t.coefficient * at[static_cast<std::size_t>(t.binding) * 3 + static_cast<std::size_t>(t.kind)];
          bool holds = atom.op == FormulaAtom::Op::less         ? sum < atom.constant
                       : atom.op == FormulaAtom::Op::less_equal ? sum <= atom.constant
                                                                : sum == atom.constant;
          all = all && holds;
        }
        if (all) return true;
      }
      return false;
    }
    for (std::int64_t v = axes[axis][0]; v <= axes[axis][1]; ++v) {
      at[axis] = v;
      if (!every(axis + 1)) return false;
    }
    return true;
  };
  return every(0);
}

void check_against_brute_force(const RuleSet& rules, unsigned seed) {
  std::mt19937 random(seed);
  for (int round = 0; round < 150; ++round) {
    Dataset dataset;
    int n = 2 + static_cast<int>(random() % 8);
    for (int i = 0; i < n; ++i) {
      Day s = static_cast<Day>(random() % 8), e = s + static_cast<Day>(random() % 3);
      double low = static_cast<double>(random() % 8);
      dataset.claims.push_back(number_claim(low, low + static_cast<double>(random() % 3),
                                            {s, s + static_cast<Day>(random() % 2)},
                                            {e + 1, e + 1 + static_cast<Day>(random() % 2)}));
    }
    std::set<Pair> expected;
    for (int i = 0; i < n; ++i)
      for (int j = 0; j < n; ++j)
        if (i != j && !box_satisfies(rules.rules[0], dataset.claims[static_cast<std::size_t>(i)],
                                     dataset.claims[static_cast<std::size_t>(j)]))
          expected.emplace(i, j);
    INFO("seed " << seed << " round " << round);
    CHECK(grounded_combinations(dataset, rules) == expected);
  }
}

}  // namespace

TEST_CASE("expression keeps a later lower toll and skips what the windows settle", "[ground]") {
  RuleSet rules = tolls_rules();
  Dataset dataset;
  dataset.claims = {number_claim(40, 40, {10, 10}, {10, 10}),   // 0: 40 on day 10
                    number_claim(40, 40, {11, 11}, {11, 11}),   // 1: 40 on day 11: equal, settled
                    number_claim(39, 40, {12, 12}, {12, 12}),   // 2: 39..40 on day 12: may be lower
                    number_claim(50, 50, {5, 12}, {12, 12}),    // 3: may start on day 12, ends then
                    number_claim(45, 45, {13, 13}, {13, 13})};  // 4: 45 on day 13: below 3's 50
  std::set<Pair> pairs = grounded_combinations(dataset, rules);
  CHECK(pairs.count({0, 1}) == 0);  // value(e) <= value(l) holds exactly at equality
  CHECK(pairs.count({1, 0}) == 0);  // 1 ends on day 11 >= 0's start on day 10
  CHECK(pairs.count({0, 2}) == 1);  // 40 against 39..40: just may fall
  CHECK(pairs.count({1, 2}) == 1);
  CHECK(pairs.count({3, 2}) == 0);  // end(3) = 12 >= start(2) = 12: the days just touch
  CHECK(pairs.count({2, 3}) == 0);  // 3 starts on day 12 at the latest, when 2 ends
  CHECK(pairs.count({3, 4}) == 1);  // 3 ends on day 12, before 4 starts, with the higher toll
}

TEST_CASE("expression grounds exactly the combinations the box does not settle (random)", "[ground]") {
  using K = FormulaTerm::Kind;
  SECTION("two one-atom alternatives: the two-threshold sweep") {
    check_against_brute_force(tolls_rules(), 1);
  }
  SECTION("one one-atom alternative: the one-threshold sweep") {
    RuleSet rules = tolls_rules();
    // start(l) - end(e) >= 2  (as -start(l) + end(e) <= -2), or value(e) <= value(l) and start(e) <= start(l)
    FormulaAtom gap{FormulaAtom::Op::less_equal, {term(K::end, 0, 1), term(K::start, 1, -1)}, -2};
    FormulaAtom values = rules.rules[0].formula_options[1][0];
    FormulaAtom starts{FormulaAtom::Op::less_equal, {term(K::start, 0, 1), term(K::start, 1, -1)}, 0};
    rules.rules[0].formula_options = {{gap}, {values, starts}};
    check_against_brute_force(rules, 2);
  }
  SECTION("no one-atom alternative: every pair, decided one by one") {
    RuleSet rules = tolls_rules();
    FormulaAtom same{FormulaAtom::Op::equal, {term(K::start, 0, 1), term(K::start, 1, -1)}, 0};
    FormulaAtom rise{FormulaAtom::Op::less, {term(K::value, 0, 2), term(K::value, 1, -1), term(K::end, 1, -1)}, 3};
    rules.rules[0].formula_options = {{same}, {rise, rules.rules[0].formula_options[0][0]}};
    check_against_brute_force(rules, 3);
  }
}

namespace {

RuleSet closed_count_rules() {
  RuleSet rules;
  Rule rule;
  rule.id = "seats";
  rule.kind = RuleKind::count;
  rule.state = "seats";
  rule.first.state = "membership";
  rule.count_bound = CountBound::closed;
  rules.rules.push_back(rule);
  return rules;
}

Claim holder(int i, DayWindow start, DayWindow end) {
  Claim claim = state_claim("membership", "member", start, end);
  claim.subject = "Member " + std::to_string(i);
  claim.object = "Assembly";
  return claim;
}

// The days the count's constraints check: a constant day, or a claim's own first or last day.
std::vector<std::string> checked_days(const Grounding& grounding) {
  std::vector<std::string> out;
  for (const RuleInstance& instance : grounding.instances)
    for (const Constraint& c : instance.constraints) {
      const LinearTerm& holds = c.linear.back().front().terms.back();
      out.push_back(holds.day.claim < 0 ? std::to_string(holds.day_offset)
                                        : "claim " + std::to_string(holds.day.claim) +
                                              (holds.day.endpoint == Endpoint::start ? " start" : " end"));
    }
  return out;
}

}  // namespace

TEST_CASE("count checks a fixed day once however many holders change on it", "[ground]") {
  Dataset dataset;
  Claim seats = number_claim(40, 40, {100, 100}, {199, 199});
  seats.name = "seats";
  seats.subject = "Assembly";
  dataset.claims.push_back(seats);
  for (int i = 0; i < 40; ++i) dataset.claims.push_back(holder(i, {100, 100}, {199, 199}));
  Grounding grounding = ground(dataset, closed_count_rules());
  // The count's first day and the day all join (100); the day after all leave (200) is past it.
  CHECK(checked_days(grounding) == std::vector<std::string>{"claim 0 start", "100"});
  REQUIRE(grounding.instances.size() == 1);
  CHECK(grounding.instances[0].claims.size() == 41);

  // One joins on day 199, the count's last: checked; one leaves on day 198: the day after (199)
  // is checked already; one joins on day 90: before the span, no check; one may join on day 150
  // or 151: checked on its own first day; one joins on day 200, after the span: not counted.
  // (Holders come in the order of their subjects' names: "Member 4" before "Member 40".)
  dataset.claims.push_back(holder(40, {199, 199}, {250, 250}));
  dataset.claims.push_back(holder(41, {90, 90}, {198, 198}));
  dataset.claims.push_back(holder(42, {150, 151}, {250, 250}));
  dataset.claims.push_back(holder(43, {200, 200}, {250, 250}));
  grounding = ground(dataset, closed_count_rules());
  CHECK(checked_days(grounding) == std::vector<std::string>{"claim 0 start", "100", "199", "claim 43 start"});
  CHECK(grounding.instances[0].claims.size() == 44);
}

TEST_CASE("a roster one short of its closed count is the count's finding alone, decided in arithmetic",
          "[ground][solve]") {
  std::string claims =
      "source:\n  id: s\n  published: 2024-09-01\nclaims:\n"
      "  - {id: seats, quote: q, subject: Pact, state: member-count, value: 151, from: 2020-01-01, "
      "until: 2020-12-31}\n";
  for (int i = 0; i < 150; ++i)
    claims += "  - {id: m" + std::to_string(i) + ", quote: q, subject: M" + std::to_string(i) +
              ", object: Pact, state: membership, value: member, from: 2020-01-01, until: 2020-12-31}\n";
  const char* rules = R"(
vocabulary:
  states:
    membership: [member]
    member-count: number
rules:
  - {id: member-count, kind: count, state: member-count, counts: {state: membership, value: [member]}, set: closed}
)";
  CheckOptions options;
  options.timeout_ms = 5000;
  testing::Run run = testing::run_check({{"f.yaml", claims}}, rules, options);
  REQUIRE(run.report.checked);
  CHECK(run.report.unknown.empty());
  REQUIRE(run.report.findings.size() == 1);
  CHECK(testing::claim_ids(run.report, run.report.findings[0]) == std::vector<std::string>{"seats"});
}

namespace {

// Twelve values of one state on one day: every pair differs, 66 constraints.
std::string crowded_day() {
  std::string claims = "source:\n  id: s\n  published: 2024-09-01\nclaims:\n";
  for (int i = 0; i < 12; ++i)
    claims += "  - {id: c" + std::to_string(i) +
              ", quote: q, subject: Armenia, object: CSTO, state: membership, value: v" + std::to_string(i) +
              ", at: 2024-03-05}\n";
  return claims;
}

const char* kAnyMembership = R"(
vocabulary:
  states:
    membership: any
rules:
  - {id: one-status, kind: single-value, state: membership}
)";

}  // namespace

TEST_CASE("a group over --max-group-memory is unknown with the reason, never built", "[ground][check]") {
  CheckOptions options;
  options.max_group_memory = 66 * kDisjointTerms * kSolverBytesPerTerm;  // the constraints fit, the claims do not
  testing::Run over = testing::run_check({{"f.yaml", crowded_day()}}, kAnyMembership, options);
  REQUIRE(over.report.checked);
  CHECK(over.report.findings.empty());
  REQUIRE(over.report.unknown.size() == 1);
  CHECK(over.report.unknown[0].claims.size() == 12);
  CHECK(over.report.unknown[0].reason.find("over --max-group-memory") != std::string::npos);

  options.max_group_memory = 65 * kDisjointTerms * kSolverBytesPerTerm;  // not even the constraints: left unbuilt
  testing::Run unbuilt = testing::run_check({{"f.yaml", crowded_day()}}, kAnyMembership, options);
  REQUIRE(unbuilt.report.unknown.size() == 1);
  CHECK(unbuilt.report.unknown[0].claims.size() == 12);

  options.max_group_memory = 0;  // no limit: 66 pairwise conflicts
  testing::Run decided = testing::run_check({{"f.yaml", crowded_day()}}, kAnyMembership, options);
  CHECK(decided.report.unknown.empty());
  CHECK(decided.report.findings.size() == 20);  // --max-conflicts
}

TEST_CASE("grounding leaves an instance over its budget unbuilt, with its claims", "[ground]") {
  RuleSet rules = single_value_rules();
  Dataset dataset;
  for (int i = 0; i < 5; ++i) dataset.claims.push_back(state_claim("level", "v" + std::to_string(i), {1, 1}, {1, 1}));
  Grounding within = ground(dataset, rules, 1, 10 * kDisjointTerms * kSolverBytesPerTerm);  // 10 pairs fit
  REQUIRE(within.instances.size() == 1);
  CHECK(within.instances[0].constraints.size() == 10);
  CHECK(within.instances[0].unbuilt_terms == 0);
  Grounding over = ground(dataset, rules, 1, 9 * kDisjointTerms * kSolverBytesPerTerm);
  REQUIRE(over.instances.size() == 1);
  CHECK(over.instances[0].constraints.empty());
  CHECK(over.instances[0].unbuilt_terms > 9 * kDisjointTerms);
  CHECK(over.instances[0].claims == std::vector<int>{0, 1, 2, 3, 4});
  REQUIRE(over.groups.size() == 1);
  CHECK(has_unbuilt_instance(over.groups[0], over));
}

TEST_CASE("a group over --max-group-memory that the pre-check proves consistent is consistent", "[ground][check]") {
  std::string claims = "source:\n  id: s\n  published: 2024-09-01\nclaims:\n";
  for (int i = 0; i < 12; ++i)
    claims += "  - {id: c" + std::to_string(i) +
              ", quote: q, subject: Armenia, object: CSTO, state: membership, value: v" + std::to_string(i) +
              ", at: 2024-03}\n";  // some day in March each: they fit on twelve days
  CheckOptions options;
  options.max_group_memory = 66 * kDisjointTerms * kSolverBytesPerTerm;
  testing::Run run = testing::run_check({{"f.yaml", claims}}, kAnyMembership, options);
  REQUIRE(run.report.checked);
  CHECK(run.report.unknown.empty());
  CHECK(run.report.findings.empty());
}
