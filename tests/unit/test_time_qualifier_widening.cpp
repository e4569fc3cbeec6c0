// Configurable widening of EDTF ?, ~ and %: a source's qualifier_widening, N units of the stated precision.
#include <catch2/catch.hpp>

#include "load/facts_loader.h"
#include "time/resolve.h"

using namespace claimcheck;

namespace {

std::string widened(const std::string& text, int units) {
  WindowResult r = resolve_window(text, TimeContext{std::nullopt, units});
  if (auto* e = std::get_if<TimeError>(&r)) return "error " + e->code;
  return format_window(std::get<ResolvedWindow>(r).window);
}

std::string rule_of(const std::string& text, int units) {
  WindowResult r = resolve_window(text, TimeContext{std::nullopt, units});
  auto* w = std::get_if<ResolvedWindow>(&r);
  return w ? w->rule : "error";
}

struct Loaded {
  Dataset dataset;
  Diagnostics diagnostics;
};

Loaded load(const std::string& source_fields, const std::string& at) {
  Loaded l;
  load_facts_file(SourceFile{"f.yaml", "source:\n  id: s\n" + source_fields +
                                           "claims:\n  - {id: a, quote: q, subject: X, event: e, at: " + at + "}\n"},
                  l.dataset, l.diagnostics);
  return l;
}

}  // namespace

TEST_CASE("by default a qualifier widens by one unit of the stated precision", "[time]") {
  CHECK(widened("1984?", 1) == "1983-01-01..1985-12-31");
  CHECK(widened("2004-06~", 1) == "2004-05-01..2004-07-31");
  CHECK(widened("2004-06-11%", 1) == "2004-06-10..2004-06-12");
}

TEST_CASE("qualifier widening N widens by N units: years, months, days, seasons", "[time]") {
  CHECK(widened("1984?", 2) == "1982-01-01..1986-12-31");
  CHECK(widened("2004-06~", 2) == "2004-04-01..2004-08-31");
  CHECK(widened("2004-06-11%", 3) == "2004-06-08..2004-06-14");
  CHECK(widened("2004-06~-11", 2) == "2004-04-11..2004-08-11");
  CHECK(widened("?2004-06-~11", 2) == "2002-06-09..2006-06-13");  // two years and two days
  CHECK(widened("2024-33~", 2) == "2023-07-01..2024-09-30");      // two quarters of three months
  CHECK(widened("2004-02~/2004-06", 2) == "2003-12-01..2004-06-30");
  CHECK(widened("[2004~, 2010]", 2) == "2002-01-01..2010-12-31");
}

TEST_CASE("qualifier widening 0 reads a qualified date as its strict window", "[time]") {
  CHECK(widened("1984?", 0) == "1984-01-01..1984-12-31");
  CHECK(widened("2004-06-11%", 0) == "2004-06-11");
  CHECK_THAT(rule_of("1984?", 0), Catch::Contains("widened by 0 years each side"));
}

TEST_CASE("the rule names the widening it applied", "[time]") {
  CHECK_THAT(rule_of("1984?", 1), Catch::Contains("widened by one year each side"));
  CHECK_THAT(rule_of("1984?", 2), Catch::Contains("widened by 2 years each side"));
  CHECK_THAT(rule_of("2004-06-11~", 3), Catch::Contains("widened by 3 days each side"));
  CHECK_THAT(rule_of("2024-33~", 2), Catch::Contains("widened by 2 seasons (3 months each) each side"));
  CHECK_THAT(rule_of("?2004-06-~11", 2), Catch::Contains("widened by 2 years each side and 2 days each side"));
  CHECK_THAT(rule_of("2004?-~06-~04", 1),
             Catch::Contains("widened by one year each side, one month each side and one day each side"));
  CHECK_THAT(rule_of("2024?-33~", 1),
             Catch::Contains("widened by one year each side and one season (3 months) each side"));
}

TEST_CASE("a source's qualifier_widening applies to its claims and to its published date", "[time]") {
  Loaded l = load("  published: 2024-09~\n  qualifier_widening: 2\n", "2004-06~");
  REQUIRE(l.diagnostics.all().empty());
  CHECK(format_window(*l.dataset.sources[0].published) == "2024-07-01..2024-11-30");
  CHECK(format_window(l.dataset.claims[0].time.start_window) == "2004-04-01..2004-08-31");
  Loaded plain = load("  published: 2024-09-01\n", "2004-06~");
  CHECK(format_window(plain.dataset.claims[0].time.start_window) == "2004-05-01..2004-07-31");
}

TEST_CASE("a qualifier_widening that is not 0 to 12 units is an error at its value", "[time]") {
  for (const char* bad : {"13", "two", "-1", "1.5"}) {
    Loaded l = load(std::string("  published: 2024-09-01\n  qualifier_widening: ") + bad + "\n", "2004");
    REQUIRE(l.diagnostics.all().size() == 1);
    CHECK(l.diagnostics.all().front().code == "invalid-qualifier-widening");
    CHECK(l.diagnostics.all().front().range.line == 4);
    CHECK(l.diagnostics.all().front().range.column == 23);
  }
}
