// Time expressions: the policy of docs/time.md, one small function per form.
#include "time/time_expression.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <functional>
#include <sstream>
#include <vector>

#include "validate/suggest.h"

namespace claimcheck {

namespace {

constexpr std::array<const char*, 12> kMonths = {"january", "february", "march",     "april",
                                                 "may",     "june",     "july",      "august",
                                                 "september", "october", "november", "december"};
constexpr std::array<const char*, 7> kWeekdays = {"sunday",   "monday", "tuesday", "wednesday",
                                                  "thursday", "friday", "saturday"};

std::string capitalised(std::string word) {
  if (!word.empty()) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  return word;
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!current.empty()) words.push_back(current);
      current.clear();
    } else {
      current += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (!current.empty()) words.push_back(current);
  return words;
}

std::optional<int> month_number(const std::string& word) {
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    std::string name = kMonths[i];
    if (word == name || (word.size() >= 3 && name.rfind(word, 0) == 0 && word.size() == 3))
      return static_cast<int>(i) + 1;
  }
  if (word == "sept") return 9;
  return std::nullopt;
}

std::optional<int> weekday_number(const std::string& word) {
  for (std::size_t i = 0; i < kWeekdays.size(); ++i)
    if (word == kWeekdays[i]) return static_cast<int>(i);
  return std::nullopt;
}

std::optional<long> parse_integer(std::string_view s) {
  if (s.empty() || s.size() > 9) return std::nullopt;
  long value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

std::optional<long> number_word(const std::string& word) {
  static const std::array<const char*, 13> names = {"zero", "one", "two",   "three", "four",
                                                    "five", "six", "seven", "eight", "nine",
                                                    "ten",  "eleven", "twelve"};
  if (word == "a" || word == "an") return 1;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (word == names[i]) return static_cast<long>(i);
  return parse_integer(word);
}

DayWindow whole_year(int year) { return {make_day(year, 1, 1), make_day(year, 12, 31)}; }
DayWindow whole_month(int year, int month) {
  return {make_day(year, static_cast<unsigned>(month), 1),
          make_day(year, static_cast<unsigned>(month), days_in_month(year, static_cast<unsigned>(month)))};
}

TimeError invalid_date(std::string_view text, const std::string& why) {
  return {"invalid-date", "'" + std::string(text) + "' is not a valid date: " + why};
}

// YYYY, YYYY-MM or YYYY-MM-DD.
std::optional<WindowResult> iso_date(std::string_view text) {
  auto digits = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  };
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t dash = text.find('-', start);
    parts.push_back(text.substr(start, dash == text.npos ? text.npos : dash - start));
    if (dash == text.npos) break;
    start = dash + 1;
  }
  if (parts.size() > 3 || !std::all_of(parts.begin(), parts.end(), digits)) return std::nullopt;
  // Days are counted from 0001-01-01 to 9999-12-31; a date outside is an error, not a guess.
  if (parts[0].size() > 4 && parts.size() > 1) return invalid_date(text, "years run from 0001 to 9999");
  if (parts[0].size() != 4) return std::nullopt;
  int year = static_cast<int>(*parse_integer(parts[0]));
  if (year == 0) return invalid_date(text, "years run from 0001 to 9999");
  if (parts.size() == 1) return ResolvedWindow{whole_year(year), "year"};
  if (parts[1].size() != 2) return std::nullopt;
  int month = static_cast<int>(*parse_integer(parts[1]));
  if (month < 1 || month > 12) return invalid_date(text, "there is no month " + std::string(parts[1]));
  if (parts.size() == 2) return ResolvedWindow{whole_month(year, month), "year and month"};
  if (parts[2].size() != 2) return std::nullopt;
  int day = static_cast<int>(*parse_integer(parts[2]));
  std::optional<Day> d = checked_day(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  if (!d)
    return invalid_date(text, capitalised(kMonths[static_cast<std::size_t>(month - 1)]) + " " +
                                  std::to_string(year) + " has " +
                                  std::to_string(days_in_month(year, static_cast<unsigned>(month))) + " days");
  return ResolvedWindow{{*d, *d}, "full date"};
}

// a/b: from the first day of a to the last day of b.
std::optional<WindowResult> iso_interval(std::string_view text) {
  std::size_t slash = text.find('/');
  if (slash == text.npos) return std::nullopt;
  std::optional<WindowResult> from = iso_date(text.substr(0, slash));
  std::optional<WindowResult> to = iso_date(text.substr(slash + 1));
  if (!from || !to) return std::nullopt;
  if (auto* e = std::get_if<TimeError>(&*from)) return *e;
  if (auto* e = std::get_if<TimeError>(&*to)) return *e;
  DayWindow w{std::get<ResolvedWindow>(*from).window.earliest, std::get<ResolvedWindow>(*to).window.latest};
  if (w.empty())
    return TimeError{"reversed-interval", "interval '" + std::string(text) + "' ends before it starts"};
  return ResolvedWindow{w, "interval"};
}

// Relative phrases are monotone in the publication day, so their window over an uncertain
// publication window is [earliest at its first day, latest at its last day].
using Anchored = std::function<DayWindow(Day published)>;

WindowResult over_publication(const Anchored& at, const TimeContext& context, std::string_view text,
                              const std::string& rule) {
  if (!context.published)
    return TimeError{"relative-without-published",
                     "'" + std::string(text) + "' is relative to publication, but the source has no 'published' date"};
  DayWindow first = at(context.published->earliest);
  DayWindow last = at(context.published->latest);
  DayWindow w{first.earliest, last.latest};
  if (w.empty()) return TimeError{"empty-window", "'" + std::string(text) + "' cannot fall on or before publication"};
  return ResolvedWindow{w, rule};
}

// "February", "in June": the most recent such month on or before publication.
DayWindow most_recent_month(Day published, int month) {
  int year = year_of(published);
  if (static_cast<int>(month_of(published)) < month) --year;
  return whole_month(year, month);
}

// "Saturday", "on Saturday": the most recent such weekday on or before publication.
DayWindow most_recent_weekday(Day published, int weekday) {
  int back = (static_cast<int>(weekday_of(published)) - weekday + 7) % 7;
  return {published - back, published - back};
}

// Thirds of a year: Jan–Apr, May–Aug, Sep–Dec.
DayWindow year_third(int year, int third) {
  int first_month = 1 + 4 * third;
  return {make_day(year, static_cast<unsigned>(first_month), 1),
          make_day(year, static_cast<unsigned>(first_month + 3),
                   days_in_month(year, static_cast<unsigned>(first_month + 3)))};
}

std::optional<int> third_number(const std::string& word) {
  if (word == "early") return 0;
  if (word == "mid" || word == "middle") return 1;
  if (word == "late") return 2;
  return std::nullopt;
}

std::optional<int> four_digit_year(const std::string& word) {
  if (word.size() != 4) return std::nullopt;
  std::optional<long> y = parse_integer(word);
  if (!y || *y == 0) return std::nullopt;  // year 0000 is before the first day claimcheck counts
  return static_cast<int>(*y);
}

std::optional<WindowResult> phrase(std::string_view text, const TimeContext& context) {
  std::vector<std::string> words = words_of(text);
  if (!words.empty() && (words[0] == "in" || words[0] == "on" || words[0] == "the")) words.erase(words.begin());
  if (!words.empty() && words[0] == "the") words.erase(words.begin());
  if (words.empty()) return std::nullopt;

  if (words.size() == 1 && words[0] == "published")
    return over_publication([](Day p) { return DayWindow{p, p}; }, context, text, "publication");

  // early|mid|late YEAR, mid-2023
  std::string first = words[0];
  std::size_t dash = first.find('-');
  if (words.size() == 1 && dash != std::string::npos && third_number(first.substr(0, dash))) {
    words = {first.substr(0, dash), first.substr(dash + 1)};
  }
  if (words.size() == 2 && third_number(words[0]) && four_digit_year(words[1]))
    return ResolvedWindow{year_third(*four_digit_year(words[1]), *third_number(words[0])),
                          "early/mid/late year (thirds)"};

  if (auto month = month_number(words[0])) {
    if (words.size() == 1)
      return over_publication([m = *month](Day p) { return most_recent_month(p, m); }, context, text,
                              "month name");
    if (words.size() == 2 && four_digit_year(words[1]))
      return ResolvedWindow{whole_month(*four_digit_year(words[1]), *month), "month and year"};
  }
  if (words.size() == 1) {
    if (auto weekday = weekday_number(words[0]))
      return over_publication([w = *weekday](Day p) { return most_recent_weekday(p, w); }, context, text,
                              "weekday");
  }
  if (words == std::vector<std::string>{"earlier", "this", "year"})
    return over_publication(
        [](Day p) { return DayWindow{make_day(year_of(p), 1, 1), std::max(make_day(year_of(p), 1, 1), p - 1)}; },
        context, text, "earlier this year");
  return std::nullopt;
}

TimeError unknown_expression(std::string_view text) {
  std::vector<std::string> words = words_of(text);
  std::vector<std::string> names;
  for (const char* m : kMonths) names.push_back(capitalised(m));
  for (const char* w : kWeekdays) names.push_back(capitalised(w));
  for (const std::string& word : words) {
    if (month_number(word) || weekday_number(word) || word.size() < 4) continue;
    std::string hint = did_you_mean(word, names);
    if (!hint.empty()) return {"unknown-time-expression", "cannot read time expression '" + std::string(text) + "'" + hint};
  }
  return {"unknown-time-expression",
          "cannot read time expression '" + std::string(text) +
              "' (see docs/time.md for the forms claimcheck understands)"};
}

// Fewest and most days in `count` consecutive calendar months, over the 400-year cycle.
DayCount month_span(long count) {
  constexpr int kCycle = 4800;
  std::vector<int> lengths(kCycle);
  for (int i = 0; i < kCycle; ++i)
    lengths[static_cast<std::size_t>(i)] = static_cast<int>(days_in_month(2000 + i / 12, static_cast<unsigned>(i % 12 + 1)));
  long full_cycles = count / kCycle;
  long rest = count % kCycle;
  std::int64_t window = 0;
  for (long i = 0; i < rest; ++i) window += lengths[static_cast<std::size_t>(i)];
  std::int64_t lo = window, hi = window;
  for (int start = 1; start < kCycle; ++start) {
    window += lengths[static_cast<std::size_t>((start - 1 + rest) % kCycle)] - lengths[static_cast<std::size_t>(start - 1)];
    lo = std::min(lo, window);
    hi = std::max(hi, window);
  }
  std::int64_t cycle_days = 146097;
  return {lo + full_cycles * cycle_days, hi + full_cycles * cycle_days};
}

// "N units" as a length in days: a span of N days runs from its first to its last day, so
// end − start is N − 1 or N depending on how the source counted; both are allowed.
std::optional<DayCount> unit_span(long n, const std::string& unit) {
  std::string u = unit;
  if (u.size() > 1 && u.back() == 's') u.pop_back();
  DayCount exact;
  if (u == "day") exact = {n, n};
  else if (u == "week") exact = {7 * n, 7 * n};
  else if (u == "month") exact = month_span(n);
  else if (u == "year") exact = month_span(12 * n);
  else return std::nullopt;
  return DayCount{std::max<std::int64_t>(0, exact.min - 1), exact.max};
}

}  // namespace

WindowResult resolve_window(std::string_view text, const TimeContext& context) {
  std::string trimmed(text);
  while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back()))) trimmed.pop_back();
  while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.front()))) trimmed.erase(0, 1);
  if (trimmed.empty()) return TimeError{"empty-time-expression", "time expression is empty"};
  if (auto r = iso_interval(trimmed)) return *r;
  if (auto r = iso_date(trimmed)) return *r;
  if (auto r = phrase(trimmed, context)) return *r;
  return unknown_expression(trimmed);
}

WindowResult resolve_published(std::string_view text) {
  std::string trimmed(text);
  if (auto r = iso_interval(trimmed)) return *r;
  if (auto r = iso_date(trimmed)) return *r;
  return TimeError{"invalid-published",
                   "'published' must be a date (2024-09-01, 2024-09, 2024) or a window (2024-06/2024-12), not '" +
                       trimmed + "'"};
}

LengthResult resolve_length(std::string_view text) {
  std::vector<std::string> words = words_of(text);
  enum class Hedge { exact, almost, about } hedge = Hedge::exact;
  if (!words.empty() && (words[0] == "almost" || words[0] == "nearly")) {
    hedge = Hedge::almost;
    words.erase(words.begin());
  } else if (words.size() >= 2 && words[0] == "just" && words[1] == "under") {
    hedge = Hedge::almost;
    words.erase(words.begin(), words.begin() + 2);
  } else if (!words.empty() && (words[0] == "about" || words[0] == "around" || words[0] == "roughly")) {
    hedge = Hedge::about;
    words.erase(words.begin());
  }
  std::optional<DayCount> span;
  if (words.size() == 2) {
    if (std::optional<long> n = number_word(words[0]); n && *n >= 0 && *n <= 100000) span = unit_span(*n, words[1]);
  }
  if (!span)
    return TimeError{"unknown-duration",
                     "cannot read duration '" + std::string(text) +
                         "' (expected e.g. '10 days', '3 months', 'almost a year', 'about 2 weeks')"};
  switch (hedge) {
    case Hedge::exact: return ResolvedLength{*span, "N units"};
    case Hedge::almost:
      return ResolvedLength{{static_cast<std::int64_t>(std::floor(0.75 * static_cast<double>(span->min))), span->max},
                            "almost N units (75%..100%)"};
    case Hedge::about:
      return ResolvedLength{{static_cast<std::int64_t>(std::floor(0.8 * static_cast<double>(span->min))),
                             static_cast<std::int64_t>(std::ceil(1.2 * static_cast<double>(span->max)))},
                            "about N units (80%..120%)"};
  }
  return TimeError{"unknown-duration", "cannot read duration"};
}

}  // namespace claimcheck
