// Dates as newsrooms write them: AP style, weekdays with dates, parts of days, weekends, numeric
// dates, and the closest forms for text no form reads (docs/time.md), published Sunday 1 September 2024.
#include <catch2/catch.hpp>

#include "time/claim_phrases.h"
#include "time_helpers.h"

using namespace claimcheck;
using claimcheck::testing::code_of;
using claimcheck::testing::window_of;

namespace {

DayWindow published_on(int year, unsigned month, unsigned day) {
  return {make_day(year, month, day), make_day(year, month, day)};
}

}  // namespace

TEST_CASE("AP-style and everyday dates", "[time]") {
  CHECK(window_of("Jan. 23") == "2024-01-23");
  CHECK(window_of("Sept. 5") == "2023-09-05");  // the most recent 5 September on or before publication
  CHECK(window_of("Feb. 3, 2024") == "2024-02-03");
  CHECK(window_of("3 February 2024") == "2024-02-03");
  CHECK(window_of("on Aug. 30") == "2024-08-30");
  CHECK(window_of("last week") == "2024-08-19..2024-08-31");
  CHECK(window_of("last month") == "2024-08-01..2024-08-31");
  CHECK(window_of("last year") == "2023-01-01..2023-12-31");
  CHECK(window_of("Tues.") == "2024-08-27");
  CHECK(code_of("Jan. 23", std::nullopt) == "relative-without-published");
}

TEST_CASE("a weekday with a date must be that date's weekday", "[time]") {
  CHECK(window_of("Saturday, Feb. 3, 2024") == "2024-02-03");
  CHECK(window_of("Saturday 3 February 2024") == "2024-02-03");
  CHECK(window_of("Saturday, Feb. 3") == "2024-02-03");
  CHECK(window_of("on Saturday, Feb. 3") == "2024-02-03");
  CHECK(window_of("Friday, Feb. 3, 2024") ==
        "error weekday-mismatch: 'Friday, Feb. 3, 2024' names the wrong weekday: 2024-02-03 is a Saturday, not a "
        "Friday");
  CHECK(window_of("Friday, Feb. 3") ==
        "error weekday-mismatch: 'Friday, Feb. 3' names the wrong weekday: 2024-02-03 is a Saturday, not a Friday "
        "(the most recent February 3 on or before publication, 2024-09-01)");
  CHECK(code_of("Saturday, Feb. 30, 2024") == "invalid-date");
  CHECK(code_of("Saturday, Feb. 30") == "invalid-date");
  CHECK(code_of("Saturday, Feb. 3", std::nullopt) == "relative-without-published");
}

TEST_CASE("a weekday with a date over an uncertain publication keeps the readings on that weekday", "[time]") {
  // Publication in 2024 or 2025: "Feb. 3" reads 2023-02-03 (a Friday), 2024-02-03 (a Saturday) or
  // 2025-02-03 (a Monday), depending on the publication day.
  DayWindow two_years{make_day(2024, 1, 1), make_day(2025, 12, 31)};
  CHECK(window_of("Friday, Feb. 3", two_years) == "2023-02-03");
  CHECK(window_of("Saturday, Feb. 3", two_years) == "2024-02-03");
  CHECK(window_of("Monday, Feb. 3", two_years) == "2025-02-03");
  CHECK(window_of("Feb. 3", two_years) == "2023-02-03..2025-02-03");
  CHECK(window_of("Sunday, Feb. 3", two_years) ==
        "error weekday-mismatch: 'Sunday, Feb. 3' names the wrong weekday: 2023-02-03 is a Friday, not a Sunday (and "
        "no February 3 read against a publication day in 2024-01-01..2025-12-31 is one)");
  // Read day by day (as the loader does), the publication days whose reading is a Friday are the
  // ones before 3 February 2024.
  DayWindow half_year{make_day(2024, 1, 1), make_day(2024, 6, 30)};
  CHECK(window_of("Friday, Feb. 3", half_year) == "2023-02-03");
  std::vector<PublicationRun> runs = window_by_publication("Friday, Feb. 3", half_year);
  REQUIRE(runs.size() == 1);
  CHECK(format_window(runs[0].published) == "2024-01-01..2024-02-02");
  CHECK(format_window(runs[0].window) == "2023-02-03");
}

TEST_CASE("parts of a day are that day; a night also takes the day after", "[time]") {
  CHECK(window_of("this morning") == "2024-09-01");
  CHECK(window_of("this afternoon") == "2024-09-01");
  CHECK(window_of("this evening") == "2024-09-01");
  CHECK(window_of("tonight") == "2024-09-01..2024-09-02");
  CHECK(window_of("last night") == "2024-08-31..2024-09-01");
  CHECK(window_of("overnight") == "2024-08-31..2024-09-01");
  CHECK(window_of("yesterday afternoon") == "2024-08-31");
  CHECK(window_of("Tuesday night") == "2024-08-27..2024-08-28");
  CHECK(window_of("on Tuesday morning") == "2024-08-27");
  CHECK(window_of("last Tuesday night") == "2024-08-20..2024-08-28");
  CHECK(window_of("Saturday, Feb. 3, 2024 night") == "2024-02-03..2024-02-04");
  CHECK(window_of("Tuesday night", published_on(2024, 9, 4)) == "2024-09-03..2024-09-04");  // a Wednesday
  CHECK(code_of("June night") == "unknown-time-expression");                                // a month has no night
  CHECK(code_of("this morning", std::nullopt) == "relative-without-published");
}

TEST_CASE("the weekend is Friday to Sunday of the most recent weekend, up to publication", "[time]") {
  CHECK(window_of("the weekend") == "2024-08-30..2024-09-01");  // published on its Sunday
  CHECK(window_of("over the weekend") == "2024-08-30..2024-09-01");
  CHECK(window_of("at the weekend") == "2024-08-30..2024-09-01");
  CHECK(window_of("this weekend") == "2024-08-30..2024-09-01");
  CHECK(window_of("over the weekend", published_on(2024, 9, 4)) == "2024-08-30..2024-09-01");   // Wednesday
  CHECK(window_of("over the weekend", published_on(2024, 8, 31)) == "2024-08-30..2024-08-31");  // its Saturday
  CHECK(window_of("over the weekend", published_on(2024, 8, 30)) == "2024-08-23..2024-08-25");  // a Friday
  CHECK(window_of("last weekend") == "2024-08-23..2024-09-01");
  CHECK(window_of("last weekend", published_on(2024, 9, 4)) == "2024-08-23..2024-09-01");
  CHECK(window_of("last weekend", published_on(2024, 8, 31)) == "2024-08-16..2024-08-25");
  CHECK(code_of("over the weekend", std::nullopt) == "relative-without-published");
}

TEST_CASE("numeric dates name their readings and the ISO form to write", "[time]") {
  CHECK(window_of("03/02/2024") ==
        "error ambiguous-date: '03/02/2024' is ambiguous: 3 February 2024 (day first) or March 2, 2024 (month "
        "first): write 2024-02-03 or 2024-03-02");
  CHECK(window_of("3.2.2024") ==
        "error ambiguous-date: '3.2.2024' is ambiguous: 3 February 2024 (day first) or March 2, 2024 (month first): "
        "write 2024-02-03 or 2024-03-02");
  CHECK(window_of("3/2") ==
        "error ambiguous-date: '3/2' is ambiguous: 3 February (day first) or March 2 (month first): write 3 February "
        "or March 2");
  CHECK(code_of("03/02/24") == "ambiguous-date");
  CHECK(code_of("before 03/02/2024") == "ambiguous-date");
  CHECK(window_of("2024-3-2") ==
        "error unknown-time-expression: cannot read time expression '2024-3-2': write 2024-03-02");
  CHECK(window_of("2024/03/02") ==
        "error unknown-time-expression: cannot read time expression '2024/03/02': write 2024-03-02");
  CHECK(window_of("2024-3") == "error unknown-time-expression: cannot read time expression '2024-3': write 2024-03");
  CHECK(window_of("3/2024") == "error unknown-time-expression: cannot read time expression '3/2024': write 2024-03");
  CHECK(window_of("13/02/2024") ==
        "error unknown-time-expression: cannot read time expression '13/02/2024': write 2024-02-13");
  CHECK(window_of("02/13/2024") ==
        "error unknown-time-expression: cannot read time expression '02/13/2024': write 2024-02-13");
  CHECK(window_of("03/03/2024") ==
        "error unknown-time-expression: cannot read time expression '03/03/2024': write 2024-03-03");
  CHECK(code_of("31/31/2024") == "invalid-date");
  CHECK(code_of("2024-2-30") == "invalid-date");
  CHECK(code_of("2024-02-03") == "no error");  // the ISO form itself
}

TEST_CASE("text no form reads lists the closest forms", "[time]") {
  CHECK(window_of("the weekend before") ==
        "error unknown-time-expression: cannot read time expression 'the weekend before'; the closest forms claimcheck "
        "reads: 'the weekend', 'last weekend', 'two weeks ago' (docs/time.md lists them all)");
  CHECK_THAT(window_of("next weekend"), Catch::Contains("the closest forms claimcheck reads: 'next week'"));
  // A word class stands for its class: another weekday, a misspelt part of the day.
  CHECK_THAT(window_of("Wednesday nite"), Catch::Contains("closest forms claimcheck reads: 'Tuesday night'"));
  CHECK_THAT(window_of("5 days hence"), Catch::Contains("'3 days ago'"));
  // A misspelt month or keyword is named directly.
  CHECK_THAT(window_of("Febuary 3"), Catch::Contains("(did you mean 'February'?)"));
  CHECK_THAT(window_of("the wekend"), Catch::Contains("(did you mean 'weekend'?)"));
}

TEST_CASE("a phrase dated from another claim needs that claim", "[time]") {
  CHECK(window_of("two days later") ==
        "error relative-without-claim: 'two days later' is dated from another claim: name it, as in at: {two days "
        "later: CLAIM-ID} (docs/time.md)");
  CHECK(code_of("the day before") == "relative-without-claim");
}

TEST_CASE("phrases dated from another claim give a side and a gap", "[time]") {
  auto read = [](const char* text) {
    std::optional<ClaimRelative> r = resolve_claim_relative(text);
    if (!r) return std::string("none");
    return std::string(r->after ? "after " : "before ") + std::to_string(r->gap.min) + ".." +
           std::to_string(r->gap.max);
  };
  CHECK(read("the day before") == "before 1..1");
  CHECK(read("the previous day") == "before 1..1");
  CHECK(read("The day after") == "after 1..1");
  CHECK(read("the next day") == "after 1..1");
  CHECK(read("the same day") == "after 0..0");
  CHECK(read("two days later") == "after 1..2");  // as `by: two days`
  CHECK(read("a week earlier") == "before 6..7");
  CHECK(read("3 days before") == "before 2..3");
  CHECK(read("about two weeks later") == "after 10..17");
  CHECK(read("later") == "after 0.." + std::to_string(static_cast<std::int64_t>(kLastDay) - kFirstDay));
  CHECK(read("two dayz later") == "none");
  CHECK(read("the day") == "none");
}
