// Numbers written like 316.000: a European thousands separator that reads as a decimal point.
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string facts(const std::string& value, const std::string& state = "casualties") {
  return "source:\n  id: s\n  published: 2024-09-01\nclaims:\n  - id: a\n    quote: q\n    subject: battle\n"
         "    state: " +
         state + "\n    value: " + value + "\n    at: 2024-03-05\n";
}

const char* kRules =
    "vocabulary:\n  states:\n    casualties: number\n    holder: any\n    level: [1.500, high]\n"
    "rules:\n  - {id: one-toll, kind: single-value, state: casualties}\n";

// The thousands-separator warnings of one claim's value, on a state of kRules.
std::vector<Diagnostic> warnings_for(const std::string& value, const std::string& state = "casualties",
                                     const char* rules = kRules) {
  Run run = run_check({{"f.yaml", facts(value, state)}}, rules);
  CHECK_FALSE(run.report.diagnostics.has_errors());
  std::vector<Diagnostic> found;
  for (const Diagnostic& d : run.report.diagnostics.sorted())
    if (d.code == "thousands-separator") found.push_back(d);
  return found;
}

}  // namespace

TEST_CASE("a number with three digits after its point warns that it reads as a decimal", "[validate]") {
  std::vector<Diagnostic> found = warnings_for("316.000");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].range.line == 9);
  CHECK(found[0].range.column == 12);
  CHECK(found[0].message.find("'316.000' reads as 316:") == 0);
  CHECK(found[0].message.find("write 316000 if thousands were meant, or 316 if the decimal was meant") !=
        std::string::npos);
  CHECK(warnings_for("1.500")[0].message.find("reads as 1.5:") != std::string::npos);
  CHECK(warnings_for("-2.250").size() == 1);
}

TEST_CASE("a decimal with three significant decimals gets a fourth digit as its fix", "[validate]") {
  std::vector<Diagnostic> found = warnings_for("1.125");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("write 1125 if thousands were meant, or 1.1250 if the decimal was meant") !=
        std::string::npos);
}

TEST_CASE("hedged values and ranges warn on each numeral that looks like thousands", "[validate]") {
  std::vector<Diagnostic> found = warnings_for("about 1.500");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("'about 1.500' reads as about 1.5:") == 0);
  CHECK(found[0].message.find("write about 1500 if") != std::string::npos);
  found = warnings_for("1.500-2.000");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("write 1500-2000 if") != std::string::npos);
  CHECK(warnings_for("more than 316.000").size() == 1);
}

TEST_CASE("an any state and a dataset without vocabulary take numbers too", "[validate]") {
  CHECK(warnings_for("316.000", "holder").size() == 1);
  CHECK(warnings_for("316.000", "casualties", "rules: []\n").size() == 1);
}

TEST_CASE("numbers that cannot be a thousands group, words and listed values do not warn", "[validate]") {
  const char* quiet[] = {"316",        "316.0",  "316.00", "316.0000",  // not three decimals
                         "0.125",      "-0.500",                        // a leading 0 is no thousands group
                         "1234.567",                                    // four digits before the point
                         "1.500e3",                                     // an exponent: the point is meant
                         "1,500.000",                                   // comma groups: the point is decimal
                         "about 8,000"};
  for (const char* value : quiet) {
    INFO(value);
    CHECK(warnings_for(value).empty());
  }
  CHECK(warnings_for("'316.000'", "holder").empty());  // quoted: a word, compared as text
  CHECK(warnings_for("1.500", "level").empty());       // a state with listed values
}

TEST_CASE("the warning leaves the check and its findings alone", "[validate]") {
  Run run = run_check({{"f.yaml", facts("316.000") + "  - id: b\n    quote: q\n    subject: battle\n"
                                                     "    state: casualties\n    value: 316000\n    at: 2024-03-05\n"}},
                      kRules);
  CHECK(codes_of(run.report) == std::vector<std::string>{"thousands-separator"});
  CHECK(run.report.findings.size() == 1);  // 316 and 316000 conflict, as written
}

TEST_CASE("a quoted number where a state takes numbers says to remove the quotes", "[validate]") {
  auto wrong_type = [](const std::string& value) {
    Run run = run_check({{"f.yaml", facts(value)}}, kRules);
    for (const Diagnostic& d : run.report.diagnostics.sorted())
      if (d.code == "wrong-type") return d.message;
    return std::string();
  };
  CHECK_THAT(wrong_type("\"316\""), Catch::Contains("remove the quotes"));
  CHECK_THAT(wrong_type("'about 300'"), Catch::Contains("remove the quotes"));
  // A word that is no number is wrong for another reason: no advice about quotes.
  std::string word = wrong_type("\"many\"");
  CHECK_THAT(word, Catch::Contains("takes a number, not 'many'"));
  CHECK_THAT(word, !Catch::Contains("quotes"));
}
