// Edge values with a decided behaviour (docs/facts.md, "Numbers and dates at the edges").
#include <catch2/catch.hpp>
#include <cmath>

#include "helpers.h"
#include "load/facts_loader.h"
#include "time/resolve.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string error_code_of(std::string_view text) {
  WindowResult r = resolve_window(text, TimeContext{});
  if (const auto* e = std::get_if<TimeError>(&r)) return e->code;
  return "";
}

}  // namespace

TEST_CASE("years outside 0001..9999 are out of range", "[time]") {
  CHECK(error_code_of("0000-01-01") == "date-out-of-range");
  CHECK(error_code_of("0000") == "date-out-of-range");
  CHECK(error_code_of("99999-01-01") == "date-out-of-range");
  CHECK(error_code_of("99999-01") == "date-out-of-range");
  CHECK(error_code_of("2024-02-30") == "invalid-date");
  WindowResult r = resolve_window("0000-01-01", TimeContext{});
  CHECK(std::get<TimeError>(r).message == "'0000-01-01': claimcheck handles years 0001 to 9999");
  CHECK(error_code_of("June 0000") == "unknown-time-expression");
  CHECK(std::get<TimeError>(resolve_published("0000-06")).code == "date-out-of-range");
}

TEST_CASE("the first and last representable days are accepted", "[time]") {
  WindowResult first = resolve_window("0001-01-01", TimeContext{});
  REQUIRE(std::holds_alternative<ResolvedWindow>(first));
  CHECK(std::get<ResolvedWindow>(first).window.earliest == kFirstDay);
  WindowResult last = resolve_window("9999-12-31", TimeContext{});
  REQUIRE(std::holds_alternative<ResolvedWindow>(last));
  CHECK(std::get<ResolvedWindow>(last).window.latest == kLastDay);
}

TEST_CASE("numbers: decimal only, leading zeros are decimal, -0 is zero", "[load]") {
  CHECK(read_value("010", true).number == std::optional<double>(10.0));
  CHECK(read_value("-0", true).same_as(read_value("0", true)));
  CHECK_FALSE(read_value("0x10", true).number);
  CHECK_FALSE(read_value("0o10", true).number);
  CHECK_FALSE(read_value(".5", true).number);
  CHECK_FALSE(read_value("010", false).number);  // quoted: a word
  REQUIRE(read_value("1e400", true).number);
  CHECK(std::isinf(*read_value("1e400", true).number));  // the loader reports it as invalid-number
}

TEST_CASE("number edge values in a facts file", "[load]") {
  const char* facts =
      "source: {id: s, published: 2024-09-01}\n"
      "claims:\n"
      "  - {id: leading-zero, quote: q, subject: CSTO, state: member-count, value: 010, at: 2024-01-01}\n"
      "  - {id: ten, quote: q, subject: CSTO, state: member-count, value: 10, at: 2024-01-01}\n"
      "  - {id: negative-zero, quote: q, subject: NATO, state: member-count, value: -0, at: 2024-01-01}\n"
      "  - {id: zero, quote: q, subject: NATO, state: member-count, value: 0, at: 2024-01-01}\n";
  Run run = run_check({{"s.yaml", facts}}, kMembershipRules);
  CHECK(run.report.diagnostics.all().empty());
  CHECK(run.report.findings.empty());  // 010 = 10 and -0 = 0: nothing to contradict

  const char* bad =
      "source: {id: s, published: 2024-09-01}\n"
      "claims:\n"
      "  - {id: hex, quote: q, subject: CSTO, state: member-count, value: 0x10, at: 2024-01-01}\n"
      "  - {id: huge, quote: q, subject: CSTO, state: member-count, value: 1e400, at: 2024-01-01}\n";
  Run broken = run_check({{"s.yaml", bad}}, kMembershipRules);
  CHECK(codes_of(broken.report) == std::vector<std::string>{"wrong-type", "invalid-number"});
}
