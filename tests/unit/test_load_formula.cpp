// The formula language (`assert`) of `expression` rules: what parses to which atoms, and where errors point.
#include <catch2/catch.hpp>

#include "load/formula.h"

using namespace claimcheck;

namespace {

using Dnf = std::vector<std::vector<FormulaAtom>>;
const std::vector<std::string> kNames = {"a", "b"};

Dnf parsed(const std::string& text) {
  ParsedFormula result = parse_formula(text, kNames);
  if (auto* error = std::get_if<FormulaError>(&result)) FAIL(error->code + ": " + error->message);
  return std::get<Dnf>(result);
}

FormulaError error_of(const std::string& text) {
  ParsedFormula result = parse_formula(text, kNames);
  REQUIRE(std::holds_alternative<FormulaError>(result));
  return std::get<FormulaError>(result);
}

// "start(a)*1 + end(b)*-1 <= 365" style, terms in (kind, binding) order.
std::string show(const FormulaAtom& atom) {
  static const char* kinds[] = {"start", "end", "value"};
  std::string out;
  for (const FormulaTerm& t : atom.terms)
    out += (out.empty() ? "" : " + ") + std::to_string(t.coefficient) + "*" + kinds[static_cast<int>(t.kind)] + "(" +
           kNames[static_cast<std::size_t>(t.binding)] + ")";
  const char* op = atom.op == FormulaAtom::Op::less ? " < " : atom.op == FormulaAtom::Op::less_equal ? " <= " : " = ";
  return out + op + std::to_string(atom.constant);
}

std::vector<std::vector<std::string>> shown(const Dnf& dnf) {
  std::vector<std::vector<std::string>> out;
  for (const auto& conjunction : dnf) {
    out.emplace_back();
    for (const FormulaAtom& atom : conjunction) out.back().push_back(show(atom));
  }
  return out;
}

}  // namespace

TEST_CASE("expression: a comparison becomes one linear atom", "[rules][expression]") {
  CHECK(shown(parsed("start(a) + 365 >= end(b)")) ==
        std::vector<std::vector<std::string>>{{"-1*start(a) + 1*end(b) <= 365"}});
  CHECK(shown(parsed("value(a) <= value(b)")) ==
        std::vector<std::vector<std::string>>{{"1*value(a) + -1*value(b) <= 0"}});
  CHECK(shown(parsed("2 * (end(a) - start(a)) < 3 * 7")) ==
        std::vector<std::vector<std::string>>{{"-2*start(a) + 2*end(a) < 21"}});
}

TEST_CASE("expression: durations are whole days", "[rules][expression]") {
  CHECK(shown(parsed("end(a) <= start(b) + 1 year")) ==
        std::vector<std::vector<std::string>>{{"-1*start(b) + 1*end(a) <= 365"}});
  CHECK(shown(parsed("end(a) - start(a) == 2 weeks")) ==
        std::vector<std::vector<std::string>>{{"-1*start(a) + 1*end(a) = 14"}});
}

TEST_CASE("expression: and, or, not and != are in disjunctive normal form", "[rules][expression]") {
  CHECK(parsed("value(a) < 3 or (value(a) > 5 and value(b) = 1)").size() == 2);
  CHECK(shown(parsed("not (value(a) <= 3)")) == std::vector<std::vector<std::string>>{{"-1*value(a) < -3"}});
  CHECK(shown(parsed("value(a) != value(b)")) ==
        std::vector<std::vector<std::string>>{{"1*value(a) + -1*value(b) < 0"}, {"-1*value(a) + 1*value(b) < 0"}});
  // not (x and y) = not x or not y
  CHECK(parsed("not (value(a) < 1 and value(b) < 1)").size() == 2);
}

TEST_CASE("expression: comparisons of constants fold to true or false", "[rules][expression]") {
  CHECK(parsed("1 < 2").size() == 1);  // true: one empty conjunction
  CHECK(parsed("1 > 2").empty());      // false: no option at all
  CHECK(parsed("value(a) - value(a) = 0").size() == 1);
}

TEST_CASE("expression: errors name the offending byte and a stable code", "[rules][expression]") {
  struct Case {
    std::string text;
    std::string code;
    std::size_t offset;
  };
  std::vector<Case> cases = {
      {"start(c) < 1", "expression-unknown-name", 6},
      {"begin(a) < 1", "expression-unknown-function", 0},
      {"start(a) < 1 ?", "expression-syntax", 13},
      {"start(a) <", "expression-syntax", 10},
      {"start(a) < end(b", "expression-syntax", 16},
      {"start(a) * end(b) < 1", "expression-nonlinear", 9},
      {"start(a) < 1 < 2", "expression-syntax", 13},
      {"start(a) + 1", "expression-type", 0},
      {"(start(a) < 1) + 2 < 3", "expression-type", 0},
      {"start(a) < 3 months", "expression-unit", 13},
      {"99999999999999999999 < start(a)", "expression-overflow", 0},
      {"", "expression-syntax", 0},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    FormulaError error = error_of(c.text);
    CHECK(error.code == c.code);
    CHECK(error.offset == c.offset);
  }
}

TEST_CASE("expression: an expansion past the limit is refused, not computed", "[rules][expression]") {
  std::string text;
  for (int i = 0; i < 7; ++i)
    text += std::string(i ? " and " : "") + "(value(a) < " + std::to_string(i) + " or value(b) < 1)";
  CHECK(error_of(text).code == "expression-too-complex");
}

namespace {

// A point: start, end and value of a and of b.
struct Point {
  double start[2], end[2], value[2];
};

double term_at(const FormulaTerm& t, const Point& p) {
  auto b = static_cast<std::size_t>(t.binding);
  double x = t.kind == FormulaTerm::Kind::start ? p.start[b] : t.kind == FormulaTerm::Kind::end ? p.end[b] : p.value[b];
  return static_cast<double>(t.coefficient) * x;
}

bool holds_at(const Dnf& dnf, const Point& p) {
  for (const auto& conjunction : dnf) {
    bool all = true;
    for (const FormulaAtom& atom : conjunction) {
      double sum = 0;
      for (const FormulaTerm& t : atom.terms) sum += term_at(t, p);
      auto k = static_cast<double>(atom.constant);
      all = all && (atom.op == FormulaAtom::Op::less         ? sum < k
                    : atom.op == FormulaAtom::Op::less_equal ? sum <= k
                                                             : sum == k);
    }
    if (all) return true;
  }
  return false;
}

// Whole days in 0..4 and numbers in steps of a half in 0..6 (exact in a double).
template <typename Visit>
void for_each_point(Visit visit) {
  Point p{};
  for (int sa = 0; sa <= 4; ++sa)
    for (int ea = 0; ea <= 4; ++ea)
      for (int sb = 0; sb <= 4; ++sb)
        for (int eb = 0; eb <= 4; ++eb)
          for (int va = 0; va <= 12; ++va)
            for (int vb = 0; vb <= 12; ++vb) {
              p.start[0] = sa, p.end[0] = ea, p.start[1] = sb, p.end[1] = eb, p.value[0] = va / 2.0,
              p.value[1] = vb / 2.0;
              visit(p);
            }
}

// The asserts of the differential tester's cases whose `not (...)` was refused as too complex.
const std::vector<std::string> kNegatedFormulas = {
    "((end(a) != start(b)) or (start(a) == end(b) + 2)) and (start(a) != start(b) + 1)",
    "((start(a) != start(b) + 1) or (start(a) == start(b))) and (end(a) != start(b) + 1)",
    "((end(a) != end(b) - 1) or (end(a) == end(b))) and (value(b) != 4)",
    "((value(a) != value(b) + 1) and (start(a) != start(b))) and (end(a) != start(b) + 2)",
    "((value(a) == value(b) + 2) or (value(a) == value(b) + 1)) and (value(b) != 5)",
    "((end(a) != end(b) + 2) and (start(a) < start(b) + 1)) and (start(a) != start(b) + 2)",
    "((start(a) == end(b) + 1) and (end(a) != end(b) + 1)) and (start(a) != end(b) - 1)",
    "((value(a) == value(b) + 1) or (value(a) != value(b) + 2)) and (end(a) != start(b) + 1)",
    "((value(a) != value(b) + 2) and (value(a) >= 3)) and (value(a) != value(b) + 1)",
    "((start(a) != start(b) + 2) and (end(a) > end(b) + 2)) and (end(a) != end(b))",
    "((value(a) != value(b)) and (value(a) != value(b) + 2)) and (value(a) <= 4)",
    "((start(a) == start(b)) and (start(a) != start(b))) and (start(a) != start(b))",
    "((end(a) != start(b)) and (value(a) < value(b) + 2)) and (end(a) != start(b))",
};

}  // namespace

TEST_CASE("expression: 'not' is moved onto the comparisons, so negating a small formula stays small",
          "[rules][expression]") {
  // not (a != b) is a == b: one atom, not the two sides of a product.
  CHECK(shown(parsed("not (value(a) != value(b))")) ==
        std::vector<std::vector<std::string>>{{"1*value(a) + -1*value(b) = 0"}});
  CHECK(shown(parsed("not (value(a) != value(b) + 1 and start(a) != start(b))")) ==
        std::vector<std::vector<std::string>>{{"1*value(a) + -1*value(b) = 1"}, {"1*start(a) + -1*start(b) = 0"}});
  for (const std::string& formula : kNegatedFormulas) {
    INFO(formula);
    Dnf negated = parsed("not (" + formula + ")");
    CHECK(negated.size() <= 4);
  }
}

TEST_CASE("expression: 'not (...)' holds exactly where the formula fails", "[rules][expression]") {
  std::vector<std::string> formulas = kNegatedFormulas;
  formulas.push_back("not (value(a) < 1 and value(b) < 1) or start(a) = end(b)");
  formulas.push_back("(start(a) < end(a) or value(a) > 2) and not (end(b) - start(b) >= 2 or value(b) = value(a))");
  for (const std::string& formula : formulas) {
    INFO(formula);
    Dnf holds = parsed(formula);
    Dnf fails = parsed("not (" + formula + ")");
    Dnf twice = parsed("not not (" + formula + ")");
    int wrong = 0;
    for_each_point([&](const Point& p) {
      bool h = holds_at(holds, p);
      if (h == holds_at(fails, p) || h != holds_at(twice, p)) ++wrong;
    });
    CHECK(wrong == 0);
  }
}

TEST_CASE("expression: alternatives that cannot hold or repeat are dropped", "[rules][expression]") {
  // Whole days: end(a) - end(b) = -1 and end(a) > end(b) cannot both hold.
  CHECK(shown(parsed("not ((end(a) != end(b) - 1 or end(a) == end(b)) and value(b) != 4)")) ==
        std::vector<std::vector<std::string>>{{"1*end(a) + -1*end(b) = -1", "1*end(a) + -1*end(b) < 0"},
                                              {"1*value(b) = 4"}});
  CHECK(parsed("start(a) < 1 and start(a) > 1").empty());
  CHECK(parsed("start(a) < 2 and start(a) > 1").empty());      // no whole day between
  CHECK(parsed("value(a) < 2 and value(a) > 1").size() == 1);  // numbers may lie between
  CHECK(shown(parsed("value(a) < 1 and value(a) < 1 or value(a) < 1")) ==
        std::vector<std::vector<std::string>>{{"1*value(a) < 1"}});
}

TEST_CASE("expression: a negated formula that is large is still refused", "[rules][expression]") {
  std::string text;
  for (int i = 0; i < 7; ++i)
    text += std::string(i ? " or " : "") + "(value(a) < " + std::to_string(i) + " and start(b) < " + std::to_string(i) +
            ")";
  CHECK(parsed(text).size() == 7);  // its negation (2^7 alternatives) is never needed
  FormulaError error = error_of("not (" + text + ")");
  CHECK(error.code == "expression-too-complex");
  CHECK(error.message == "this expression expands to more than 64 alternatives");
}
