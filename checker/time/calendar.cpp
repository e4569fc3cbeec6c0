// Calendar: conversions between civil dates and day numbers, on std::chrono's calendar types.
#include "claimcheck/calendar.h"

#include <chrono>
#include <cstdio>

namespace claimcheck {

namespace {
using namespace std::chrono;

year_month_day civil(Day d) {
  return year_month_day{sys_days{days{d}}};
}
}  // namespace

Day make_day(int y, unsigned m, unsigned d) {
  return static_cast<Day>(sys_days{year{y} / month{m} / day{d}}.time_since_epoch().count());
}

std::optional<Day> checked_day(int y, unsigned m, unsigned d) {
  year_month_day ymd{year{y}, month{m}, day{d}};
  if (!ymd.ok()) return std::nullopt;
  return static_cast<Day>(sys_days{ymd}.time_since_epoch().count());
}

int year_of(Day d) {
  return static_cast<int>(civil(d).year());
}
unsigned month_of(Day d) {
  return static_cast<unsigned>(civil(d).month());
}
unsigned day_of_month(Day d) {
  return static_cast<unsigned>(civil(d).day());
}
unsigned weekday_of(Day d) {
  return weekday{sys_days{days{d}}}.c_encoding();
}

unsigned days_in_month(int y, unsigned m) {
  return static_cast<unsigned>((year{y} / month{m} / last).day());
}

std::string format_day(Day d) {
  year_month_day ymd = civil(d);
  char buffer[32];
  int y = static_cast<int>(ymd.year());
  if (y >= 0 && y <= 9999) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", y, static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
  } else {
    std::snprintf(buffer, sizeof buffer, "%+05d-%02u-%02u", y, static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
  }
  return buffer;
}

std::string format_window(const DayWindow& w) {
  if (w.earliest == w.latest) return format_day(w.earliest);
  return format_day(w.earliest) + ".." + format_day(w.latest);
}

}  // namespace claimcheck
