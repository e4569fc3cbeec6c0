// Natural phrases: every row of docs/time.md's phrase table, published Sunday 1 September 2024.
#include <catch2/catch.hpp>

#include "time_helpers.h"

using namespace claimcheck;
using claimcheck::testing::code_of;
using claimcheck::testing::window_of;

TEST_CASE("today, yesterday and this/last/next week, month and year", "[time]") {
  CHECK(window_of("today") == "2024-09-01");
  CHECK(window_of("yesterday") == "2024-08-31");
  CHECK(window_of("this week") == "2024-08-26..2024-09-01");  // a Monday-start week began 26 August
  CHECK(window_of("last week") == "2024-08-19..2024-08-31");  // Monday 19–25 or Sunday 25–31 August
  CHECK(window_of("next week") == "2024-09-02..2024-09-14");
  CHECK(window_of("this month") == "2024-09-01");
  CHECK(window_of("last month") == "2024-08-01..2024-08-31");
  CHECK(window_of("next month") == "2024-10-01..2024-10-31");
  CHECK(window_of("this year") == "2024-01-01..2024-09-01");
  CHECK(window_of("last year") == "2023-01-01..2023-12-31");
  CHECK(window_of("next year") == "2025-01-01..2025-12-31");
}

TEST_CASE("earlier and later this year or month exclude the publication day", "[time]") {
  CHECK(window_of("earlier this year") == "2024-01-01..2024-08-31");
  CHECK(window_of("later this year") == "2024-09-02..2024-12-31");
  DayWindow mid_month{make_day(2024, 9, 15), make_day(2024, 9, 15)};
  CHECK(window_of("earlier this month", mid_month) == "2024-09-01..2024-09-14");
  CHECK(window_of("later this month", mid_month) == "2024-09-16..2024-09-30");
  CHECK(code_of("earlier this month") == "empty-window");  // published on the 1st: no earlier day
}

TEST_CASE("N days, weeks, months and years ago", "[time]") {
  CHECK(window_of("3 days ago") == "2024-08-29");
  CHECK(window_of("two weeks ago") == "2024-08-15..2024-08-21");
  CHECK(window_of("a week ago") == "2024-08-22..2024-08-28");
  CHECK(window_of("2 months ago") == "2024-07-01..2024-07-31");
  CHECK(window_of("a year ago") == "2023-01-01..2023-12-31");
  // Counting in days can leave the calendar unit: the window covers both readings.
  CHECK(window_of("a month ago", DayWindow{make_day(2024, 3, 31), make_day(2024, 3, 31)}) == "2024-02-01..2024-03-03");
  CHECK(window_of("a year ago", DayWindow{make_day(2024, 1, 1), make_day(2024, 1, 1)}) == "2022-12-31..2023-12-31");
}

TEST_CASE("month names with or without in, and with a year", "[time]") {
  CHECK(window_of("in February") == "2024-02-01..2024-02-29");
  CHECK(window_of("June") == "2024-06-01..2024-06-30");
  CHECK(window_of("in October") == "2023-10-01..2023-10-31");
  CHECK(window_of("in June 2023") == "2023-06-01..2023-06-30");
  CHECK(window_of("Sept 2023") == "2023-09-01..2023-09-30");
}

TEST_CASE("day and month, with or without a year", "[time]") {
  CHECK(window_of("February 10") == "2024-02-10");
  CHECK(window_of("10 February 2024") == "2024-02-10");
  CHECK(window_of("February 10, 2023") == "2023-02-10");
  CHECK(window_of("on 3rd October") == "2023-10-03");
  CHECK(code_of("February 30") == "invalid-date");
  CHECK(code_of("30 February 2023") == "invalid-date");
}

TEST_CASE("weekdays: on Saturday is the most recent, last Saturday one of the two before", "[time]") {
  CHECK(window_of("on Saturday") == "2024-08-31");
  CHECK(window_of("Sunday") == "2024-09-01");
  CHECK(window_of("last Saturday") == "2024-08-24..2024-08-31");
  CHECK(window_of("last Sunday") == "2024-08-18..2024-08-25");
}

TEST_CASE("early, mid and late split months, years and decades", "[time]") {
  CHECK(window_of("early February") == "2024-02-01..2024-02-10");
  CHECK(window_of("mid-February 2024") == "2024-02-11..2024-02-20");
  CHECK(window_of("late February 2023") == "2023-02-21..2023-02-28");
  CHECK(window_of("early 2024") == "2024-01-01..2024-04-30");
  CHECK(window_of("mid-2023") == "2023-05-01..2023-08-31");
  CHECK(window_of("late 2022") == "2022-09-01..2022-12-31");
  CHECK(window_of("early 1990s") == "1990-01-01..1993-12-31");
  CHECK(window_of("mid-1990s") == "1994-01-01..1996-12-31");
  CHECK(window_of("late 1990s") == "1997-01-01..1999-12-31");
  CHECK(window_of("the 1990s") == "1990-01-01..1999-12-31");
}

TEST_CASE("seasons, halves and quarters of a year", "[time]") {
  CHECK(window_of("the spring of 2022") == "2022-03-01..2022-06-21");
  CHECK(window_of("summer 2022") == "2022-06-01..2022-09-23");
  CHECK(window_of("in the autumn of 2022") == "2022-09-01..2022-12-22");
  CHECK(window_of("fall 2022") == "2022-09-01..2022-12-22");
  CHECK(window_of("winter 2022") == "2021-12-01..2023-03-21");
  CHECK(window_of("the first half of 2024") == "2024-01-01..2024-06-30");
  CHECK(window_of("the second half of 2024") == "2024-07-01..2024-12-31");
  CHECK(window_of("the third quarter of 2023") == "2023-07-01..2023-09-30");
}

TEST_CASE("since, by, before, after and about another expression", "[time]") {
  CHECK(window_of("since mid-2023") == "2023-05-01..2024-09-01");
  CHECK(window_of("by June") == "0001-01-01..2024-06-30");
  CHECK(window_of("before 2020") == "0001-01-01..2019-12-31");
  CHECK(window_of("after March 2024") == "2024-04-01..9999-12-31");
  CHECK(window_of("about 2004") == "2003-01-01..2005-12-31");
  CHECK(window_of("around June 2023") == "2023-05-01..2023-07-31");
  CHECK(window_of("circa 2004-06-11") == "2004-06-10..2004-06-12");
  CHECK(window_of("about mid-2023") == "2022-12-29..2024-01-01");  // widened by its own 123 days
  CHECK(code_of("since Febuary") == "unknown-time-expression");
}

TEST_CASE("since X keeps X as where a state's span starts", "[time]") {
  WindowResult r = resolve_window("since mid-2023", TimeContext{claimcheck::testing::sunday_1_september_2024()});
  const auto& resolved = std::get<ResolvedWindow>(r);
  REQUIRE(resolved.since_start);
  CHECK(format_window(*resolved.since_start) == "2023-05-01..2023-08-31");
}

TEST_CASE("an uncertain publication window widens every relative phrase soundly", "[time]") {
  DayWindow june_to_december{make_day(2024, 6, 1), make_day(2024, 12, 31)};
  CHECK(window_of("yesterday", june_to_december) == "2024-05-31..2024-12-30");
  CHECK(window_of("last month", june_to_december) == "2024-05-01..2024-11-30");
  CHECK(window_of("two weeks ago", june_to_december) == "2024-05-15..2024-12-20");
  CHECK(window_of("earlier this year", june_to_december) == "2024-01-01..2024-12-30");
}

TEST_CASE("misspelt words get a suggestion; relative phrases need publication", "[time]") {
  CHECK(window_of("Febuary") ==
        "error unknown-time-expression: cannot read time expression 'Febuary' (did you mean 'February'?)");
  CHECK(window_of("on Satruday") ==
        "error unknown-time-expression: cannot read time expression 'on Satruday' (did you mean 'Saturday'?)");
  CHECK(window_of("erlier this year") ==
        "error unknown-time-expression: cannot read time expression 'erlier this year' (did you mean 'earlier'?)");
  CHECK(code_of("in June", std::nullopt) == "relative-without-published");
  CHECK(code_of("since 2023", std::nullopt) == "relative-without-published");
  CHECK(code_of("yesterday", std::nullopt) == "relative-without-published");
  CHECK(code_of("June 2023", std::nullopt) == "no error");
}
