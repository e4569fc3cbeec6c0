// Calendar days as integers, and the windows of days that time expressions resolve to.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace claimcheck {

// Days since 1970-01-01 (negative before). Z3 sees these integers directly.
using Day = std::int32_t;

// "Some day in here": every time expression resolves to one (inclusive on both ends).
struct DayWindow {
  Day earliest = 0;
  Day latest = 0;
  bool contains(Day d) const { return earliest <= d && d <= latest; }
  bool empty() const { return latest < earliest; }
  friend bool operator==(const DayWindow&, const DayWindow&) = default;
};

// Bounds on a length of time in days (e.g. "almost a year" = [274, 366]).
struct DayCount {
  std::int64_t min = 0;
  std::int64_t max = 0;
  friend bool operator==(const DayCount&, const DayCount&) = default;
};

// The earliest and latest days claimcheck represents; open span ends use them.
constexpr Day kFirstDay = -719162;  // 0001-01-01
constexpr Day kLastDay = 2932896;   // 9999-12-31

Day make_day(int year, unsigned month, unsigned day);
// Returns nullopt when the date does not exist (2024-02-30).
std::optional<Day> checked_day(int year, unsigned month, unsigned day);
std::string format_day(Day d);                  // 2024-02-01
std::string format_window(const DayWindow& w);  // 2024-02-01..2024-02-29 (or one day)
int year_of(Day d);
unsigned month_of(Day d);
unsigned day_of_month(Day d);
unsigned weekday_of(Day d);  // 0 = Sunday … 6 = Saturday
unsigned days_in_month(int year, unsigned month);

}  // namespace claimcheck
