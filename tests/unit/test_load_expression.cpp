// The expression language of `expression` rules: what parses to which atoms, and where errors point.
#include <catch2/catch.hpp>

#include "load/expression.h"

using namespace claimcheck;

namespace {

using Dnf = std::vector<std::vector<ExpressionAtom>>;
const std::vector<std::string> kNames = {"a", "b"};

Dnf parsed(const std::string& text) {
  ParsedExpression result = parse_expression(text, kNames);
  if (auto* error = std::get_if<ExpressionError>(&result)) FAIL(error->code + ": " + error->message);
  return std::get<Dnf>(result);
}

ExpressionError error_of(const std::string& text) {
  ParsedExpression result = parse_expression(text, kNames);
  REQUIRE(std::holds_alternative<ExpressionError>(result));
  return std::get<ExpressionError>(result);
}

// "start(a)*1 + end(b)*-1 <= 365" style, terms in (kind, binding) order.
std::string show(const ExpressionAtom& atom) {
  static const char* kinds[] = {"start", "end", "value"};
  std::string out;
  for (const ExpressionTerm& t : atom.terms)
    out += (out.empty() ? "" : " + ") + std::to_string(t.coefficient) + "*" + kinds[static_cast<int>(t.kind)] + "(" +
           kNames[static_cast<std::size_t>(t.binding)] + ")";
  const char* op = atom.op == ExpressionAtom::Op::less ? " < " : atom.op == ExpressionAtom::Op::less_equal ? " <= " : " = ";
  return out + op + std::to_string(atom.constant);
}

std::vector<std::vector<std::string>> shown(const Dnf& dnf) {
  std::vector<std::vector<std::string>> out;
  for (const auto& conjunction : dnf) {
    out.emplace_back();
    for (const ExpressionAtom& atom : conjunction) out.back().push_back(show(atom));
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
  CHECK(parsed("1 < 2").size() == 1);     // true: one empty conjunction
  CHECK(parsed("1 > 2").empty());         // false: no option at all
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
    ExpressionError error = error_of(c.text);
    CHECK(error.code == c.code);
    CHECK(error.offset == c.offset);
  }
}

TEST_CASE("expression: an expansion past the limit is refused, not computed", "[rules][expression]") {
  std::string text;
  for (int i = 0; i < 7; ++i) text += std::string(i ? " and " : "") + "(value(a) < " + std::to_string(i) + " or value(b) < 1)";
  CHECK(error_of(text).code == "expression-too-complex");
}
