// EDTF: the Library of Congress specification's own examples, with the windows docs/time.md gives them.
#include <array>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "time_helpers.h"

using namespace claimcheck;
using claimcheck::testing::code_of;
using claimcheck::testing::window_of;

TEST_CASE("EDTF level 0 dates and intervals give their strict bounds", "[time]") {
  CHECK(window_of("1985-04-12") == "1985-04-12");
  CHECK(window_of("1985-04") == "1985-04-01..1985-04-30");
  CHECK(window_of("1985") == "1985-01-01..1985-12-31");
  CHECK(window_of("1964/2008") == "1964-01-01..2008-12-31");
  CHECK(window_of("2004-06/2006-08") == "2004-06-01..2006-08-31");
  CHECK(window_of("2004-02-01/2005-02-08") == "2004-02-01..2005-02-08");
  CHECK(window_of("2004-02-01/2005-02") == "2004-02-01..2005-02-28");
  CHECK(window_of("2004-02-01/2005") == "2004-02-01..2005-12-31");
  CHECK(window_of("2005/2006-02") == "2005-01-01..2006-02-28");
}

TEST_CASE("EDTF level 1 qualifiers widen by one unit of the stated precision", "[time]") {
  CHECK(window_of("1984?") == "1983-01-01..1985-12-31");
  CHECK(window_of("2004-06~") == "2004-05-01..2004-07-31");
  CHECK(window_of("2004-06-11%") == "2004-06-10..2004-06-12");
  CHECK(window_of("2024-01~") == "2023-12-01..2024-02-29");  // months roll over the year
}

TEST_CASE("EDTF level 1 unspecified digits cover every value they allow", "[time]") {
  CHECK(window_of("201X") == "2010-01-01..2019-12-31");
  CHECK(window_of("20XX") == "2000-01-01..2099-12-31");
  CHECK(window_of("2004-XX") == "2004-01-01..2004-12-31");
  CHECK(window_of("1985-04-XX") == "1985-04-01..1985-04-30");
  CHECK(window_of("1985-XX-XX") == "1985-01-01..1985-12-31");
}

TEST_CASE("EDTF level 1 extended intervals: open (..) and unknown (empty) ends", "[time]") {
  CHECK(window_of("1985-04-12/..") == "1985-04-12..9999-12-31");
  CHECK(window_of("1985-04/..") == "1985-04-01..9999-12-31");
  CHECK(window_of("../1985-04-12") == "0001-01-01..1985-04-12");
  CHECK(window_of("../1985") == "0001-01-01..1985-12-31");
  CHECK(window_of("1985-04-12/") == "1985-04-12..9999-12-31");
  CHECK(window_of("/1985-04") == "0001-01-01..1985-04-30");
  CHECK(window_of("1984~/2004-06") == "1983-01-01..2004-06-30");
  CHECK(window_of("1984/2004-06~") == "1984-01-01..2004-07-31");
  CHECK(window_of("1984?/2004%") == "1983-01-01..2005-12-31");
  CHECK(window_of("1984-06-02?/2004-08-08~") == "1984-06-01..2004-08-09");
  CHECK(window_of("1984-06-02?/..") == "1984-06-01..9999-12-31");
  CHECK(code_of("../..") == "unknown-time-expression");
}

TEST_CASE("EDTF level 1 seasons 21-24 read as Northern hemisphere hulls", "[time]") {
  CHECK(window_of("2001-21") == "2001-03-01..2001-06-21");
  CHECK(window_of("2022-22") == "2022-06-01..2022-09-23");
  CHECK(window_of("2022-23") == "2022-09-01..2022-12-22");
  CHECK(window_of("2022-24") == "2021-12-01..2023-03-21");  // either winter that touches 2022
}

TEST_CASE("EDTF level 2 seasons, quarters, quadrimesters and halves", "[time]") {
  CHECK(window_of("2022-25") == "2022-03-01..2022-06-21");
  CHECK(window_of("2022-29") == "2022-09-01..2022-12-22");  // Southern spring
  CHECK(window_of("2022-31") == "2022-03-01..2022-06-21");  // Southern autumn
  CHECK(window_of("2001-34") == "2001-04-01..2001-06-30");  // the spec's "second quarter of 2001"
  CHECK(window_of("2024-33") == "2024-01-01..2024-03-31");
  CHECK(window_of("2024-36") == "2024-10-01..2024-12-31");
  CHECK(window_of("2024-38") == "2024-05-01..2024-08-31");
  CHECK(window_of("2024-40") == "2024-01-01..2024-06-30");
  CHECK(window_of("2024-41") == "2024-07-01..2024-12-31");
  CHECK(window_of("2024-33~") == "2023-10-01..2024-06-30");
}

TEST_CASE("EDTF level 2 qualification of single components", "[time]") {
  CHECK(window_of("2004-06-11?") == "2004-06-10..2004-06-12");
  CHECK(window_of("2004-06~-11") == "2004-05-11..2004-07-11");   // year and month: widened by the month
  CHECK(window_of("2004-?06-11") == "2004-05-11..2004-07-11");   // the month only
  CHECK(window_of("?2004-06-~11") == "2003-06-10..2005-06-12");  // year uncertain, day approximate
  CHECK(window_of("2004-%06-11") == "2004-05-11..2004-07-11");
  CHECK(window_of("2004-06-~01/2004-06-~20") == "2004-05-31..2004-06-21");
}

TEST_CASE("EDTF level 2 unspecified digits anywhere", "[time]") {
  CHECK(window_of("156X-12-25") == "1560-12-25..1569-12-25");
  CHECK(window_of("15XX-12-25") == "1500-12-25..1599-12-25");
  CHECK(window_of("1XXX-XX") == "1000-01-01..1999-12-31");
  CHECK(window_of("1XXX-12") == "1000-12-01..1999-12-31");
  CHECK(window_of("1984-1X") == "1984-10-01..1984-12-31");
  CHECK(window_of("XXXX-12-XX") == "0001-12-01..9999-12-31");
  CHECK(window_of("2004-06-XX/2004-07-03") == "2004-06-01..2004-07-03");
  CHECK(window_of("2024-02-3X") == "error invalid-date: '2024-02-3X' is not a valid date: February 2024 has 29 days");
}

TEST_CASE("EDTF level 2 one-of sets and significant digits give their hull", "[time]") {
  CHECK(window_of("[1667, 1668, 1670..1672]") == "1667-01-01..1672-12-31");
  CHECK(window_of("[1760-12, 1762]") == "1760-12-01..1762-12-31");
  CHECK(window_of("[..1760-12-03]") == "0001-01-01..1760-12-03");
  CHECK(window_of("1950S2") == "1900-01-01..1999-12-31");
}

TEST_CASE("EDTF dates that do not exist or fall outside 0001-9999 are errors", "[time]") {
  CHECK(code_of("2024-02-30") == "invalid-date");
  CHECK(code_of("2024-13") == "invalid-date");
  CHECK(code_of("2024-00") == "invalid-date");
  CHECK(code_of("2024-20") == "invalid-date");
  CHECK(code_of("2024-06/2024-01") == "reversed-interval");
  CHECK(code_of("Y170000002") == "date-out-of-range");
  CHECK(code_of("-1985") == "date-out-of-range");
  CHECK(code_of("0000") == "date-out-of-range");
}

// time.md: the calendar is 0001-01-01..9999-12-31. A window that a qualifier, a phrase or
// publication pushes past it is an error (never clamped: that would drop days the words can
// mean); open ends stop at the edges.
TEST_CASE("windows that leave the 0001-9999 calendar are date-out-of-range errors", "[time]") {
  DayWindow late{make_day(9999, 6, 1), make_day(9999, 6, 1)};
  DayWindow early{make_day(1, 6, 1), make_day(1, 6, 1)};
  CHECK(code_of("next year", late) == "date-out-of-range");
  CHECK(code_of("a year ago", early) == "date-out-of-range");
  for (const char* text : {"9999?", "about 9999", "winter 9999", "0001~", "after 9999", "before 0001", "0001~/..",
                           "[9999?, 2024]", "since 0001~"})
    CHECK(code_of(text) == "date-out-of-range");
  CHECK(claimcheck::testing::window_of("after 9999") ==
        "error date-out-of-range: 'after 9999' reaches +10000-01-01, outside the calendar: claimcheck handles years "
        "0001 to 9999");
  // In the calendar, and open ends at its edges: no error.
  CHECK(claimcheck::testing::window_of("9999/..") == "9999-01-01..9999-12-31");
  CHECK(claimcheck::testing::window_of("../0001") == "0001-01-01..0001-12-31");
  CHECK(claimcheck::testing::window_of("before winter 9999") == "0001-01-01..9998-11-30");
  CHECK(claimcheck::testing::window_of("next year", DayWindow{make_day(9998, 6, 1), make_day(9998, 6, 1)}) ==
        "9999-01-01..9999-12-31");
  CHECK(std::get<TimeError>(resolve_published("9999?")).code == "date-out-of-range");
  auto set = resolve_all_of("{9999?, 2024}");
  REQUIRE(set);
  CHECK(std::get<TimeError>(*set).code == "date-out-of-range");
}

// A Y-form year inside 0001-9999 and an ISO basic-format date are forms claimcheck does not
// read (unknown-time-expression, saying what to write), not years out of range.
TEST_CASE("Y-form years in range and basic-format dates are unsupported forms, not out of range", "[time]") {
  CHECK(claimcheck::testing::window_of("Y2024") ==
        "error unknown-time-expression: 'Y2024' is a form claimcheck does not read: write the year as 2024 (the Y "
        "form is for years past 9999)");
  CHECK(code_of("Y17E2") == "unknown-time-expression");
  CHECK_THAT(claimcheck::testing::window_of("Y0017"), Catch::Contains("write the year as 0017"));
  CHECK(claimcheck::testing::window_of("20240901") ==
        "error unknown-time-expression: '20240901' is a form claimcheck does not read: write dates as YYYY-MM-DD "
        "(2024-09-01)");
  for (const char* text : {"Y170000002", "Y-17E7", "Y17E22", "Y1E4", "Y0", "99999", "99999-01-01"})
    CHECK(code_of(text) == "date-out-of-range");
  CHECK(claimcheck::testing::window_of("Yesterday") == "2024-08-31");  // a phrase, not a Y-form
}

// time.md: each qualified component widens by one of its own units each side, and several add up.
TEST_CASE("EDTF qualifiers on several components add up", "[time]") {
  CHECK(window_of("?2004-%06") == "2003-05-01..2005-07-31");
  CHECK(window_of("2004?-%06") == "2003-05-01..2005-07-31");
  CHECK(window_of("2004?-06~") == "2003-05-01..2005-07-31");
  CHECK(window_of("2004?-~06-~04") == "2003-05-03..2005-07-05");
  CHECK(window_of("?2004-?06-?04") == "2003-05-03..2005-07-05");
  CHECK(window_of("2004-06~-11%") == "2004-05-10..2004-07-12");
  CHECK(window_of("2004?-06-11~") == "2003-06-10..2005-06-12");
  CHECK(window_of("2024?-33~") == "2022-10-01..2025-06-30");  // a year and a quarter
  CHECK(window_of("2004?-%06/2010") == "2003-05-01..2010-12-31");
  // Near misses: one qualified component widens by its own unit only.
  CHECK(window_of("2004?-06") == "2003-06-01..2005-06-30");
  CHECK(window_of("2004-%06") == "2004-05-01..2004-07-31");
  CHECK(window_of("?2004?-06") == "2003-06-01..2005-06-30");  // one component qualified twice: one unit
}

// A day keeps its day of the month when months are added (the month's last day when it is
// shorter); a window of whole months stays whole months.
TEST_CASE("EDTF month widening keeps the day of the month", "[time]") {
  CHECK(window_of("2004-?04-30") == "2004-03-30..2004-05-30");
  CHECK(window_of("2004-?03-31") == "2004-02-29..2004-04-30");
  CHECK(window_of("2004-?02-29") == "2004-01-29..2004-03-29");
  CHECK(window_of("2004-04~") == "2004-03-01..2004-05-31");
  CHECK(window_of("2004-?02-XX") == "2004-01-01..2004-03-31");
}

namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

std::string iso(year_month_day d) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return text;
}

year_month_day clamped(year_month_day d) {
  return d.ok() ? d : year_month_day{d.year() / d.month() / std::chrono::last};
}

// The window time.md gives a date of `precision` components (1 year, 2 month, 3 day) on `base`
// whose components `qualified` are widened, `units` each: months first (a whole-month window
// stays whole months), then days.
std::string expected_window(year_month_day base, int precision, std::array<bool, 3> qualified, int units) {
  year_month_day first = precision == 1 ? base.year() / 1 / 1 : precision == 2 ? base.year() / base.month() / 1 : base;
  year_month_day last = precision == 1   ? base.year() / 12 / 31
                        : precision == 2 ? year_month_day{base.year() / base.month() / std::chrono::last}
                                         : base;
  std::chrono::months months{units * ((qualified[0] ? 12 : 0) + (qualified[1] ? 1 : 0))};
  std::chrono::days days{qualified[2] ? units : 0};
  first = clamped(first - months);
  last = precision < 3 ? year_month_day{(last + months).year() / (last + months).month() / std::chrono::last}
                       : clamped(last + months);
  std::string from = iso(year_month_day{sys_days{first} - days});
  std::string to = iso(year_month_day{sys_days{last} + days});
  return from == to ? from : from + ".." + to;
}

std::string widened_by(const std::string& text, int units) {
  WindowResult r = resolve_window(text, TimeContext{std::nullopt, units});
  if (auto* e = std::get_if<TimeError>(&r)) return "error " + e->code + ": " + e->message;
  return format_window(std::get<ResolvedWindow>(r).window);
}

// How one component is written: no qualifier, one before it, one after it, or both.
struct Marking {
  std::string before;
  std::string after;
};

std::vector<Marking> markings() {
  std::vector<Marking> all{{"", ""}};
  for (std::string q : {"?", "~", "%"}) {
    all.push_back({q, ""});
    all.push_back({"", q});
  }
  all.push_back({"?", "~"});
  all.push_back({"%", "%"});
  return all;
}

}  // namespace

TEST_CASE("every combination of qualified components widens by the sum of their units", "[time]") {
  const std::vector<year_month_day> bases = {std::chrono::year{2004} / 6 / 4,  std::chrono::year{2004} / 1 / 31,
                                             std::chrono::year{2004} / 2 / 29, std::chrono::year{2003} / 12 / 31,
                                             std::chrono::year{2004} / 3 / 31, std::chrono::year{2001} / 1 / 1};
  const std::vector<Marking> marks = markings();
  std::size_t checked = 0;
  for (year_month_day base : bases)
    for (int precision = 1; precision <= 3; ++precision)
      for (std::size_t y = 0; y < marks.size(); ++y)
        for (std::size_t m = 0; m < (precision >= 2 ? marks.size() : 1); ++m)
          for (std::size_t d = 0; d < (precision == 3 ? marks.size() : 1); ++d)
            for (int units : {1, 2}) {
              char digits[16];
              std::snprintf(digits, sizeof digits, "%04d|%02u|%02u", static_cast<int>(base.year()),
                            static_cast<unsigned>(base.month()), static_cast<unsigned>(base.day()));
              const std::array<std::size_t, 3> picked = {y, m, d};
              std::string text;
              std::array<bool, 3> qualified{};
              for (int k = 0; k < precision; ++k) {
                const Marking& mark = marks[picked[static_cast<std::size_t>(k)]];
                std::string component(digits + (k == 0 ? 0 : 2 + 3 * k), k == 0 ? 4 : 2);
                text += (k ? "-" : "") + mark.before + component + mark.after;
                qualified[static_cast<std::size_t>(k)] = !mark.before.empty() || !mark.after.empty();
              }
              INFO(text << " with qualifier_widening " << units);
              CHECK(widened_by(text, units) == expected_window(base, precision, qualified, units));
              ++checked;
            }
  CHECK(checked ==
        bases.size() * 2 * (marks.size() + marks.size() * marks.size() + marks.size() * marks.size() * marks.size()));
}
