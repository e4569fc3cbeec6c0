// Pins every row of docs/time.md's policy table.
#include <catch2/catch.hpp>

#include "time/resolve.h"

using namespace claimcheck;

namespace {

DayWindow window(const std::string& text,
                 std::optional<DayWindow> published = DayWindow{make_day(2024, 9, 1), make_day(2024, 9, 1)}) {
  WindowResult r = resolve_window(text, TimeContext{published});
  if (auto* e = std::get_if<TimeError>(&r)) FAIL(text << ": " << e->message);
  return std::get<ResolvedWindow>(r).window;
}

std::string window_text(const std::string& text) {
  return format_window(window(text));
}

std::string error_code(const std::string& text, std::optional<DayWindow> published = std::nullopt) {
  WindowResult r = resolve_window(text, TimeContext{published});
  auto* e = std::get_if<TimeError>(&r);
  return e ? e->code : "no error";
}

DayCount length(const std::string& text) {
  LengthResult r = resolve_length(text);
  if (auto* e = std::get_if<TimeError>(&r)) FAIL(text << ": " << e->message);
  return std::get<ResolvedLength>(r).days;
}

}  // namespace

TEST_CASE("absolute dates resolve to the whole unit they name", "[time]") {
  CHECK(window_text("2024") == "2024-01-01..2024-12-31");
  CHECK(window_text("2024-02") == "2024-02-01..2024-02-29");
  CHECK(window_text("2023-02") == "2023-02-01..2023-02-28");
  CHECK(window_text("2024-02-10") == "2024-02-10");
  CHECK(window_text("2024-06/2024-12") == "2024-06-01..2024-12-31");
  CHECK(window_text("June 2023") == "2023-06-01..2023-06-30");
}

TEST_CASE("month names mean the most recent such month on or before publication", "[time]") {
  CHECK(window_text("February") == "2024-02-01..2024-02-29");
  CHECK(window_text("in June") == "2024-06-01..2024-06-30");
  CHECK(window_text("in September") == "2024-09-01..2024-09-30");  // the publication month itself
  CHECK(window_text("in October") == "2023-10-01..2023-10-31");    // later months are last year's
}

TEST_CASE("weekdays mean the most recent such day on or before publication", "[time]") {
  // 2024-09-01 is a Sunday; 2024-06-01 a Saturday.
  CHECK(window_text("on Saturday") == "2024-08-31");
  CHECK(window_text("Sunday") == "2024-09-01");
  CHECK(window_text("Monday") == "2024-08-26");
}

TEST_CASE("early, mid and late split a year into thirds", "[time]") {
  CHECK(window_text("early 2024") == "2024-01-01..2024-04-30");
  CHECK(window_text("mid-2023") == "2023-05-01..2023-08-31");
  CHECK(window_text("mid 2023") == "2023-05-01..2023-08-31");
  CHECK(window_text("late 2022") == "2022-09-01..2022-12-31");
}

TEST_CASE("earlier this year and published are relative to publication", "[time]") {
  CHECK(window_text("earlier this year") == "2024-01-01..2024-08-31");
  CHECK(window_text("published") == "2024-09-01");
}

TEST_CASE("an uncertain publication widens relative phrases to every day they can mean", "[time]") {
  DayWindow june_to_december{make_day(2024, 6, 1), make_day(2024, 12, 31)};
  CHECK(format_window(window("in February", june_to_december)) == "2024-02-01..2024-02-29");
  CHECK(format_window(window("in August", june_to_december)) == "2023-08-01..2024-08-31");
  CHECK(format_window(window("on Saturday", june_to_december)) == "2024-06-01..2024-12-28");
}

TEST_CASE("bad time expressions get their own codes", "[time]") {
  CHECK(error_code("2024-02-30") == "invalid-date");
  CHECK(error_code("2024-13") == "invalid-date");
  CHECK(error_code("2024-06/2024-01") == "reversed-interval");
  CHECK(error_code("Febuary", DayWindow{0, 0}) == "unknown-time-expression");
  CHECK(error_code("in June") == "relative-without-published");
  CHECK(error_code("") == "empty-time-expression");
  WindowResult r = resolve_window("Febuary", TimeContext{DayWindow{0, 0}});
  CHECK_THAT(std::get<TimeError>(r).message, Catch::Contains("did you mean 'February'?"));
}

TEST_CASE("durations bound the days between a span's first and last day", "[time]") {
  CHECK(length("10 days") == DayCount{9, 10});
  CHECK(length("2 weeks") == DayCount{13, 14});
  CHECK(length("1 month") == DayCount{27, 31});
  CHECK(length("a year") == DayCount{364, 366});
  CHECK(length("almost a year") == DayCount{273, 366});
  CHECK(length("about 3 months") == DayCount{70, 111});
  CHECK(std::holds_alternative<TimeError>(resolve_length("a while")));
}
