// An expression rule's `assert` in words: each comparison shape, alternatives, and what stays a formula.
#include <catch2/catch.hpp>

#include "load/formula.h"
#include "model/phrases.h"

using namespace claimcheck;

namespace {

ClaimSelector state(const std::string& name) {
  ClaimSelector selector;
  selector.state = name;
  return selector;
}

ClaimSelector event(const std::string& name) {
  ClaimSelector selector;
  selector.event = name;
  return selector;
}

Rule expression_rule(const std::string& text, std::vector<FormulaBinding> bindings) {
  Rule rule;
  rule.kind = RuleKind::expression;
  rule.formula = text;
  rule.bindings = std::move(bindings);
  std::vector<std::string> names;
  for (const FormulaBinding& b : rule.bindings) names.push_back(b.name);
  ParsedFormula parsed = parse_formula(text, names);
  if (auto* error = std::get_if<FormulaError>(&parsed)) FAIL(error->code + ": " + error->message);
  rule.formula_options = std::get<std::vector<std::vector<FormulaAtom>>>(parsed);
  return rule;
}

// The casualties pair the shipped events pack binds.
std::string tolls(const std::string& text) {
  return expression_in_words(expression_rule(text, {{"earlier", state("casualties")}, {"later", state("casualties")}}));
}

// Two events under short labels.
std::string events(const std::string& text) {
  return expression_in_words(expression_rule(text, {{"a", event("announce")}, {"b", event("withdraw")}}));
}

}  // namespace

TEST_CASE("a death-toll expression reads as days and figures joined by 'or'", "[explain]") {
  CHECK(tolls("end(earlier) >= start(later) or value(earlier) <= value(later)") ==
        "the earlier claim ends on or after the later one starts, or the earlier figure is at most the later one");
}

TEST_CASE("comparisons of two days read as before, after and gaps in days", "[explain]") {
  CHECK(events("end(a) <= start(b)") == "claim a ends on or before claim b starts");
  CHECK(events("end(a) < start(b)") == "claim a ends before claim b starts");
  CHECK(events("start(b) > end(a)") == "claim a ends before claim b starts");
  CHECK(events("start(a) >= end(b)") == "claim a starts on or after claim b ends");
  CHECK(events("start(a) > end(b)") == "claim a starts after claim b ends");
  CHECK(events("start(b) >= end(a) + 30") == "claim a ends at least 30 days before claim b starts");
  CHECK(events("start(a) >= end(b) + 30 days") == "claim a starts at least 30 days after claim b ends");
  CHECK(events("start(a) <= end(b) + 1 week") == "claim a starts no later than 7 days after claim b ends");
  CHECK(events("start(a) >= end(b) - 1") == "claim a starts no earlier than 1 day before claim b ends");
  CHECK(events("start(a) == start(b)") == "claim a starts on the day claim b starts");
  CHECK(events("start(a) == start(b) + 2") == "claim a starts exactly 2 days after claim b starts");
}

TEST_CASE("a claim compared with itself reads 'it'", "[explain]") {
  CHECK(events("end(a) - start(a) <= 30") == "claim a ends no later than 30 days after it starts");
  CHECK(events("start(a) + 1 year >= end(a)") == "claim a ends no later than 365 days after it starts");
}

TEST_CASE("figures compare as at most, lower, equals, with a constant as plus or minus", "[explain]") {
  CHECK(tolls("value(earlier) < value(later)") == "the earlier figure is lower than the later one");
  CHECK(tolls("value(earlier) >= value(later)") == "the earlier figure is at least the later one");
  CHECK(tolls("value(later) < value(earlier)") == "the earlier figure is higher than the later one");
  CHECK(tolls("value(earlier) == value(later)") == "the earlier figure equals the later one");
  CHECK(tolls("value(earlier) <= value(later) + 100") == "the earlier figure is at most the later one plus 100");
  CHECK(tolls("value(earlier) + 5 <= value(later)") == "the earlier figure is at most the later one minus 5");
  CHECK(events("value(a) >= 100") == "claim a's figure is at least 100");
  CHECK(tolls("value(later) > 0") == "the later figure is higher than 0");
}

TEST_CASE("a day against a number reads as a date", "[explain]") {
  // 18262 days after 1970-01-01.
  CHECK(events("start(a) >= 18262") == "claim a starts on or after 2020-01-01");
  CHECK(events("end(a) < 18262") == "claim a ends on or before 2019-12-31");
}

TEST_CASE("alternatives join with 'or', comparisons within one with 'and'", "[explain]") {
  CHECK(events("end(a) <= start(b) and start(b) <= end(a) + 30 or value(a) == value(b)") ==
        "claim a ends on or before claim b starts and claim a ends no earlier than 30 days before claim b starts, or "
        "claim a's figure equals claim b's");
  // != is two alternatives.
  CHECK(events("start(a) != start(b)") ==
        "claim a starts before claim b starts, or claim a starts after claim b starts");
  // not is moved onto the comparison.
  CHECK(events("not (end(a) > start(b))") == "claim a ends on or before claim b starts");
}

TEST_CASE("what no sentence shape fits stays in the assert language", "[explain]") {
  CHECK(events("2 * end(a) <= start(b)") == "2 * end(a) - start(b) <= 0");
  CHECK(events("start(a) + start(b) <= end(a)") == "start(a) - end(a) + start(b) <= 0");
  CHECK(events("value(a) <= start(b)") == "value(a) - start(b) <= 0");
}

TEST_CASE("word-like binding names read as adjectives, underscores as spaces", "[explain]") {
  Rule rule = expression_rule("end(first_report) <= start(second_report)",
                              {{"first_report", state("casualties")}, {"second_report", state("casualties")}});
  CHECK(expression_in_words(rule) == "the first report claim ends on or before the second report one starts");
}

TEST_CASE("the bindings read as the claims the rule ranges over", "[explain]") {
  Rule same = expression_rule("value(earlier) <= value(later)",
                              {{"earlier", state("casualties")}, {"later", state("casualties")}});
  CHECK(expression_bindings_in_words(same) ==
        "any two 'casualties' claims of one subject and object, earlier and later");
  Rule mixed = expression_rule("end(a) <= start(b)", {{"a", event("announce")}, {"b", event("withdraw")}});
  mixed.match = RuleMatch::subject;
  CHECK(expression_bindings_in_words(mixed) == "any 'announce' claim a and 'withdraw' claim b of one subject");
}
