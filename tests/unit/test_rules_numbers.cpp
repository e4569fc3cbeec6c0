// Numbers in rules: hedged claim values ("about 8,000", "more than 40", "3-5"), single-value
// with a tolerance (5% or ±2), and the values rules list compared with claims' as numbers.
#include <catch2/catch.hpp>
#include <limits>
#include <random>

#include "helpers.h"
#include "model/hedged_number.h"
#include "model/value.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string facts(const std::string& a, const std::string& b) {
  auto claim = [](const std::string& id, const std::string& value) {
    // Block style: in a flow map the comma of "8,000" would end the value.
    return "  - id: " + id + "\n    quote: q\n    subject: battle\n    state: casualties\n    value: " + value +
           "\n    at: 2024-03-05\n";
  };
  return "source:\n  id: s\n  published: 2024-09-01\nclaims:\n" + claim("a", a) + claim("b", b);
}

std::string rules(const std::string& tolerance) {
  return "vocabulary:\n  states:\n    casualties: number\nrules:\n  - id: one-toll\n    kind: single-value\n"
         "    state: casualties\n" +
         (tolerance.empty() ? "" : "    tolerance: \"" + tolerance + "\"\n");
}

std::size_t findings(const std::string& a, const std::string& b, const std::string& tolerance = "") {
  Run run = run_check({{"f.yaml", facts(a, b)}}, rules(tolerance));
  REQUIRE(codes_of(run.report).empty());
  return run.report.findings.size();
}

// Findings of single-value on an `any` state, two claims on one day (values written as in YAML).
std::size_t any_findings(const std::string& a, const std::string& b) {
  std::string facts =
      "source: {id: s}\nclaims:\n"
      "  - {id: a, quote: q, subject: P, state: w, value: " +
      a +
      ", at: 2024-02-10}\n"
      "  - {id: b, quote: q, subject: P, state: w, value: " +
      b + ", at: 2024-02-10}\n";
  Run run = run_check({{"f.yaml", facts}},
                      "vocabulary: {states: {w: any}}\nrules:\n  - {id: one, kind: single-value, state: w}\n");
  REQUIRE(codes_of(run.report).empty());
  return run.report.findings.size();
}

// Findings of one rule over claims of subject P (and `Club` for counts), with a state `lvl: number`.
std::size_t rule_findings(const std::string& rule, const std::string& claims) {
  std::string rules = "vocabulary: {events: [e], states: {lvl: number, n: number}}\nrules:\n  - " + rule + "\n";
  Run run = run_check({{"f.yaml", "source: {id: s}\nclaims:\n" + claims}}, rules);
  REQUIRE(codes_of(run.report).empty());
  return run.report.findings.size();
}

std::string event_claim(const std::string& id, const std::string& at) {
  return "  - {id: " + id + ", quote: q, subject: P, event: e, at: " + at + "}\n";
}

std::string lvl_claim(const std::string& id, const std::string& value, const std::string& at,
                      const std::string& object = "") {
  return "  - {id: " + id + ", quote: q, subject: P, " + (object.empty() ? "" : "object: " + object + ", ") +
         "state: lvl, value: " + value + ", at: " + at + "}\n";
}

}  // namespace

TEST_CASE("hedged numbers read as the ranges they can mean", "[rules][numbers]") {
  auto about = read_hedged_number("about 8,000");
  REQUIRE(about);
  CHECK(about->low == Approx(7200));
  CHECK(about->high == Approx(8800));
  auto more = read_hedged_number("more than 40");
  REQUIRE(more);
  CHECK(more->low == 40);
  CHECK(more->low_open);
  CHECK(read_hedged_number("3-5")->high == 5);
  CHECK(read_hedged_number("between 3 and 5")->low == 3);
  CHECK(read_hedged_number("at least 3")->low == 3);
  CHECK(read_hedged_number("8,000")->low == 8000);
  CHECK_FALSE(read_hedged_number("many"));
  CHECK_FALSE(read_hedged_number("5-3"));
}

TEST_CASE("a tenth either side is exact: about N reaches 1.1 N as the stated number reads it", "[rules][numbers]") {
  // In doubles 100 × 1.1 is 110.00000000000001: multiplied that way, "about 100" would meet "more than 110".
  for (int n = 1; n <= 200; ++n) {
    std::string about = "about " + std::to_string(n);
    std::string high = std::to_string(n + n / 10) + "." + std::to_string(n % 10);
    INFO(about << " against " << high);
    CHECK(read_hedged_number(about)->high == read_hedged_number(high)->high);
    CHECK_FALSE(ranges_agree(*read_hedged_number(about), *read_hedged_number("more than " + high), Tolerance{}));
    CHECK(ranges_agree(*read_hedged_number(about), *read_hedged_number("at least " + high), Tolerance{}));
    CHECK(read_hedged_number("nearly " + std::to_string(n))->high == n);
  }
  CHECK(read_hedged_number("about 3.3")->high == read_hedged_number("3.63")->low);
  CHECK(read_hedged_number("about -1,000.5")->low == read_hedged_number("-1100.55")->low);
  CHECK(read_hedged_number("nearly 0.7")->low == read_hedged_number("0.63")->low);
  CHECK(read_hedged_number("about 1e3")->high == 1100);
  CHECK(read_hedged_number("about 1.5E-2")->low == read_hedged_number("0.0135")->low);
  CHECK(read_hedged_number("more than 2e3")->low == 2000);
  CHECK(read_hedged_number("1e3-2e3")->high == 2000);
  CHECK(findings("about 100", "more than 110") == 1);
  CHECK(findings("about 100", "under 90") == 1);
  CHECK(findings("about 100", "110") == 0);
}

TEST_CASE("a percentage tolerance never overflows into agreeing with everything", "[rules][numbers]") {
  Tolerance five_percent{5, true};
  NumberRange thousand{1000, 1000, false, false};
  for (double huge : {1e307, 5e307, 9e307, 1e308, 1.7e308, -1.7e308}) {
    INFO(huge);
    CHECK_FALSE(ranges_agree(thousand, NumberRange{huge, huge, false, false}, five_percent));
  }
  CHECK(ranges_agree(NumberRange{1e308, 1e308, false, false}, NumberRange{1.04e308, 1.04e308, false, false},
                     five_percent));
}

TEST_CASE("nearly and almost fall short toward zero, for negative numbers too", "[rules][numbers]") {
  auto nearly = read_hedged_number("nearly 100");
  REQUIRE(nearly);
  CHECK(nearly->low == Approx(90));
  CHECK(nearly->high == Approx(100));
  auto negative = read_hedged_number("nearly -10");
  REQUIRE(negative);
  CHECK(negative->low == Approx(-10));
  CHECK(negative->high == Approx(-9));
  CHECK(read_hedged_number("almost -10")->high == Approx(-9));
  CHECK(findings("nearly -10", "-9.5") == 0);
  CHECK(findings("nearly -10", "-10.5") == 1);
}

TEST_CASE("a quoted number is a word: never the same value as a number, however written", "[rules][numbers]") {
  CHECK(any_findings("6", "6.0") == 0);
  CHECK(any_findings("-0", "0") == 0);
  CHECK(any_findings("\"6\"", "\"6\"") == 0);
  CHECK(any_findings("\"6\"", "6") == 1);
  CHECK(any_findings("\"6\"", "6.0") == 1);
  CHECK(any_findings("\"about 6\"", "about 6") == 1);
  CHECK(any_findings("about 6", "6") == 0);  // hedged: may be 6
}

TEST_CASE("values compare as numbers, hedged ranges or words", "[rules][numbers]") {
  CHECK(compare_values(read_value("6", true), read_value("6.0", true)) == Sameness::same);
  CHECK(compare_values(read_value("-0", true), read_value("0", true)) == Sameness::same);
  CHECK(compare_values(read_value("6", true), read_value("7", true)) == Sameness::different);
  CHECK(compare_values(read_value("about 6", true), read_value("6", true)) == Sameness::maybe);
  CHECK(compare_values(read_value("about 6", true), read_value("8", true)) == Sameness::different);
  CHECK(compare_values(read_value("18-24", true), read_value("18-24", true)) == Sameness::same);
  CHECK(compare_values(read_value("18-24", true), read_value("20-30", true)) == Sameness::maybe);
  CHECK(compare_values(read_value("6", false), read_value("6", true)) == Sameness::different);
  CHECK(compare_values(read_value("6", false), read_value("6", false)) == Sameness::same);
  CHECK(compare_values(read_value("frozen", true), read_value("frozen", false)) == Sameness::same);
}

TEST_CASE("single-value flags hedged numbers that cannot meet", "[rules][numbers]") {
  CHECK(findings("more than 40", "30") == 1);
  CHECK(findings("about 8,000", "5000") == 1);
  CHECK(findings("3-5", "at least 6") == 1);
  CHECK(findings("fewer than 40", "40") == 1);
}

TEST_CASE("single-value accepts hedged numbers that can be the same", "[rules][numbers]") {
  CHECK(findings("more than 40", "45") == 0);
  CHECK(findings("about 8,000", "8500") == 0);
  CHECK(findings("3-5", "at least 5") == 0);
  CHECK(findings("at most 40", "40") == 0);
}

TEST_CASE("single-value with a tolerance accepts close numbers and flags far ones", "[rules][numbers]") {
  CHECK(findings("100", "104", "5%") == 0);
  CHECK(findings("100", "112", "5%") == 1);
  CHECK(findings("100", "102", "±2") == 0);
  CHECK(findings("100", "105", "±2") == 1);
  CHECK(findings("100", "101") == 1);  // no tolerance: exact
}

TEST_CASE("a tolerance that is not a number or percentage is an error", "[rules][numbers]") {
  Run run = run_check({{"f.yaml", facts("1", "2")}}, rules("a little"));
  CHECK(codes_of(run.report) == std::vector<std::string>{"invalid-tolerance"});
}

TEST_CASE("requires: a listed 6 is met by a claim of 6.0, and not by 7 or a quoted \"6\"", "[rules][numbers]") {
  const std::string rule = "{id: rq, kind: requires, this: e, other: {state: lvl, value: [6]}}";
  CHECK(rule_findings(rule, event_claim("a1", "2024-02-10") + lvl_claim("b1", "6.0", "2024-02-10")) == 0);
  CHECK(rule_findings(rule, event_claim("a1", "2024-02-10") + lvl_claim("b1", "7", "2024-02-10")) == 1);
  CHECK(rule_findings(rule, event_claim("a1", "2024-02-10") + lvl_claim("b1", "about 6", "2024-02-10")) == 0);
  CHECK(rule_findings("{id: rq, kind: requires, this: e, other: {state: lvl, value: [\"6\"]}}",
                      event_claim("a1", "2024-02-10") + lvl_claim("b1", "6", "2024-02-10")) == 1);
}

TEST_CASE("after-event: allowed 0 allows claims of 0.0 and -0", "[rules][numbers]") {
  const std::string rule = "{id: ae, kind: after-event, event: e, state: lvl, allowed: [0]}";
  std::string event = event_claim("a1", "2024-02-10");
  CHECK(rule_findings(rule, event + lvl_claim("b1", "0.0", "2024-03-10")) == 0);
  CHECK(rule_findings(rule, event + lvl_claim("b1", "-0", "2024-03-10")) == 0);
  CHECK(rule_findings(rule, event + lvl_claim("b1", "1", "2024-03-10")) == 1);
  CHECK(rule_findings(rule, event + lvl_claim("b1", "at most 0.5", "2024-03-10")) == 0);  // may be 0
}

TEST_CASE("conflicts-with: a selector's 6 picks a claim of 6.0", "[rules][numbers]") {
  const std::string rule = "{id: cw, kind: conflicts-with, this: e, other: {state: lvl, value: 6}}";
  CHECK(rule_findings(rule, event_claim("a1", "2024-02-10") + lvl_claim("b1", "6.0", "2024-02-10")) == 1);
  CHECK(rule_findings(rule, event_claim("a1", "2024-02-10") + lvl_claim("b1", "6", "2024-02-10")) == 1);
  CHECK(rule_findings(rule, event_claim("a1", "2024-02-10") + lvl_claim("b1", "about 6", "2024-02-10")) == 0);
}

TEST_CASE("lifecycle: transitions between numbers hold for numbers written otherwise", "[rules][numbers]") {
  const std::string rule = "{id: lc, kind: lifecycle, state: lvl, transitions: [1 -> 2]}";
  CHECK(rule_findings(rule, lvl_claim("a", "2.0", "2020") + lvl_claim("b", "1.0", "2023")) == 1);
  CHECK(rule_findings(rule, lvl_claim("a", "2", "2020") + lvl_claim("b", "1", "2023")) == 1);
  CHECK(rule_findings(rule, lvl_claim("a", "1.0", "2020") + lvl_claim("b", "2.0", "2023")) == 0);
  CHECK(rule_findings(rule, lvl_claim("a", "2.0", "2020") + lvl_claim("b", "2", "2023")) == 0);  // one value
}

TEST_CASE("count: a selector's 1 counts a holder claimed as 1.0", "[rules][numbers]") {
  const std::string rule = "{id: ct, kind: count, state: n, counts: {state: lvl, value: [1]}}";
  std::string number = "  - {id: n0, quote: q, subject: Club, state: n, value: 0, at: 2024-02-10}\n";
  CHECK(rule_findings(rule, number + lvl_claim("h", "1.0", "2024-02-10", "Club")) == 1);
  CHECK(rule_findings(rule, number + lvl_claim("h", "2", "2024-02-10", "Club")) == 0);
}

TEST_CASE("a tolerance moves a range's ends but keeps an open end open", "[rules][numbers]") {
  Tolerance half{0.5, false};
  NumberRange under_four{-std::numeric_limits<double>::infinity(), 4, false, true};
  NumberRange at_least_five{5, std::numeric_limits<double>::infinity(), false, false};
  NumberRange exactly_five{5, 5, false, false};
  NumberRange over_five{5, std::numeric_limits<double>::infinity(), true, false};
  // Widened: (-inf, 4.5) and [4.5, inf) share no number.
  CHECK_FALSE(ranges_agree(under_four, at_least_five, half));
  CHECK_FALSE(ranges_agree(at_least_five, under_four, half));
  // Closed ends that touch after widening agree; so do ranges that overlap.
  NumberRange at_most_four{-std::numeric_limits<double>::infinity(), 4, false, false};
  CHECK(ranges_agree(at_most_four, exactly_five, half));
  CHECK(ranges_agree(under_four, NumberRange{4.9, 4.9, false, false}, half));
  CHECK_FALSE(ranges_agree(under_four, over_five, half));
}

TEST_CASE("a tolerance is exact in decimal: ends that meet agree, ends a hair apart do not", "[rules][numbers]") {
  auto point = [](double x) { return NumberRange{x, x, false, false}; };
  constexpr double inf = std::numeric_limits<double>::infinity();
  Tolerance five_percent{5, true}, two{2, false};
  // 0.95 + 5% and 1.05 - 5% are both 0.9975 exactly; binary floating point misses it either way.
  CHECK(ranges_agree(point(0.95), point(1.05), five_percent));
  CHECK_FALSE(ranges_agree(point(0.95), point(1.0501), five_percent));
  // An open end stays open at the exact point where the other range ends.
  CHECK_FALSE(ranges_agree(NumberRange{105, inf, true, false}, point(95), five_percent));  // more than 105
  CHECK(ranges_agree(NumberRange{105, inf, true, false}, point(95.01), five_percent));
  CHECK_FALSE(ranges_agree(NumberRange{20, inf, true, false}, point(16), two));  // more than 20
  CHECK(ranges_agree(NumberRange{20, inf, true, false}, point(16.01), two));
  CHECK_FALSE(ranges_agree(NumberRange{-inf, 5, false, true}, point(9), two));  // under 5
  CHECK(ranges_agree(NumberRange{-inf, 5, false, true}, point(8.99), two));
}

TEST_CASE("tolerances against exact integer arithmetic on random decimals", "[rules][numbers]") {
  // Values in hundredths, tolerances in whole percent or hundredths; the oracle works in
  // ten-thousandths, where every widened end is an integer.
  std::mt19937 random(20261205);
  constexpr double inf = std::numeric_limits<double>::infinity();
  std::uniform_int_distribution<int> value(-3000, 3000), percent(0, 20), kind(0, 2);
  for (int round = 0; round < 20000; ++round) {
    int a = value(random), b = value(random), p = percent(random);
    bool in_percent = round % 2 == 0;
    int a_kind = kind(random), b_kind = kind(random);  // 0: the number, 1: more than it, 2: under it
    auto slack = [&](int hundredths) { return in_percent ? std::abs(hundredths) * p : 10000 * p; };
    struct Range {
      long long low, high;
      bool low_open, high_open, low_inf, high_inf;
    };
    auto range_of = [&](int v, int k) {
      long long low = 100LL * v - slack(v), high = 100LL * v + slack(v);
      return Range{low, high, k == 1, k == 2, k == 2, k == 1};
    };
    Range ra = range_of(a, a_kind), rb = range_of(b, b_kind);
    // Exact: the higher low end against the lower high end.
    bool agree;
    {
      bool low_inf = ra.low_inf && rb.low_inf, high_inf = ra.high_inf && rb.high_inf;
      const Range& lo = ra.low_inf ? rb : rb.low_inf ? ra : (ra.low >= rb.low ? ra : rb);
      const Range& hi = ra.high_inf ? rb : rb.high_inf ? ra : (ra.high <= rb.high ? ra : rb);
      if (low_inf || high_inf) {
        agree = true;
      } else if (lo.low != hi.high) {
        agree = lo.low < hi.high;
      } else {
        bool low_open =
            (!ra.low_inf && ra.low == lo.low && ra.low_open) || (!rb.low_inf && rb.low == lo.low && rb.low_open);
        bool high_open = (!ra.high_inf && ra.high == hi.high && ra.high_open) ||
                         (!rb.high_inf && rb.high == hi.high && rb.high_open);
        agree = !low_open && !high_open;
      }
    }
    auto hedged = [&](int v, int k) {
      double x = v / 100.0;  // correctly rounded: the double a source's "v/100" reads as
      return k == 0   ? NumberRange{x, x, false, false}
             : k == 1 ? NumberRange{x, inf, true, false}
                      : NumberRange{-inf, x, false, true};
    };
    Tolerance tolerance{static_cast<double>(p), in_percent};  // p % or ±p
    INFO(a << " " << b << " " << p << (in_percent ? "%" : "") << " kinds " << a_kind << b_kind);
    CHECK(ranges_agree(hedged(a, a_kind), hedged(b, b_kind), tolerance) == agree);
  }
}
