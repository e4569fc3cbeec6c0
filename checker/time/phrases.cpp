// Natural phrases: one small function per family of docs/time.md's table, tried in order.
#include "time/phrases.h"

#include <algorithm>
#include <functional>
#include <vector>

#include "model/phrases.h"
#include "time/time_text.h"

namespace claimcheck {

namespace {

using Words = std::vector<std::string>;

// A relative phrase as a function of the publication day. Every such function here is monotone
// (a later publication day never gives an earlier window), so over an uncertain publication
// window the phrase covers [its earliest day at the first day, its latest day at the last].
using Anchored = std::function<DayWindow(Day published)>;

WindowResult over_publication(const Anchored& at, const TimeContext& context, std::string_view text,
                              const std::string& rule) {
  if (!context.published)
    return TimeError{"relative-without-published",
                     quoted(std::string(text)) + " is relative to publication, but the source has no 'published' date"};
  DayWindow w{at(context.published->earliest).earliest, at(context.published->latest).latest};
  if (w.empty())
    return TimeError{"empty-window", quoted(std::string(text)) + " names no day for this publication date"};
  return ResolvedWindow{w, rule};
}

DayWindow single(Day d) {
  return {d, d};
}

// The publication month itself counts: "in September" published 1 September is this September.
DayWindow most_recent_month(Day published, int month) {
  int year = year_of(published);
  if (static_cast<int>(month_of(published)) < month) --year;
  return whole_month(year, month);
}

Day most_recent_weekday(Day published, int weekday) {
  return published - (static_cast<int>(weekday_of(published)) - weekday + 7) % 7;
}

// Weeks start on Monday (ISO) or Sunday (US) depending on the source; windows cover both.
DayWindow week_around(Day d, int weeks_offset) {
  Day sunday_start = d - static_cast<int>(weekday_of(d)) + 7 * weeks_offset;
  Day monday_start = d - (static_cast<int>(weekday_of(d)) + 6) % 7 + 7 * weeks_offset;
  return {std::min(sunday_start, monday_start), std::max(sunday_start, monday_start) + 6};
}

DayWindow month_of_day(Day d) {
  return whole_month(year_of(d), static_cast<int>(month_of(d)));
}

// Thirds of a month: 1–10, 11–20, 21–end.
DayWindow month_third(DayWindow month, int third) {
  if (third == 0) return {month.earliest, month.earliest + 9};
  if (third == 1) return {month.earliest + 10, month.earliest + 19};
  return {month.earliest + 20, month.latest};
}

// Thirds of a year: January–April, May–August, September–December.
DayWindow year_third(int year, int third) {
  return month_run(year, 1 + 4 * third, 4);
}

// Thirds of a decade, 4-3-3: early 1990s = 1990–1993, mid = 1994–1996, late = 1997–1999.
DayWindow decade_third(int decade, int third) {
  static const int first[] = {0, 4, 7}, last[] = {3, 6, 9};
  return {whole_year(decade + first[third]).earliest, whole_year(decade + last[third]).latest};
}

std::optional<int> third_number(const std::string& word) {
  if (word == "early") return 0;
  if (word == "mid" || word == "middle") return 1;
  if (word == "late") return 2;
  return std::nullopt;
}

std::optional<int> decade_of(const std::string& word) {  // "1990s" → 1990
  if (word.size() != 5 || word.back() != 's' || word[3] != '0') return std::nullopt;
  std::optional<int> year = four_digit_year(word.substr(0, 4));
  return year;
}

std::optional<int> day_number(std::string word) {  // "10", "10th", "1st"
  for (const char* suffix : {"st", "nd", "rd", "th"})
    if (word.size() > 2 && word.compare(word.size() - 2, 2, suffix) == 0) word.erase(word.size() - 2);
  std::optional<long> n = parse_integer(word);
  if (!n || *n < 1 || *n > 31 || word.size() > 2) return std::nullopt;
  return static_cast<int>(*n);
}

// Leading "in", "on", "the", "of" carry no meaning for the window: "in the spring of 2022".
Words without_fillers(Words words) {
  while (!words.empty() && (words[0] == "in" || words[0] == "on" || words[0] == "the" || words[0] == "during"))
    words.erase(words.begin());
  std::erase(words, std::string("of"));
  // "mid-2023", "mid-February" → "mid 2023", "mid february"
  if (!words.empty()) {
    std::size_t dash = words[0].find('-');
    if (dash != std::string::npos && third_number(words[0].substr(0, dash))) {
      std::string rest = words[0].substr(dash + 1);
      words[0] = words[0].substr(0, dash);
      words.insert(words.begin() + 1, rest);
    }
  }
  return words;
}

WindowResult invalid_day(std::string_view text, int year, int month, int day) {
  return TimeError{"invalid-date", quoted(std::string(text)) + " is not a valid date: " +
                                       capitalised(kMonthNames[static_cast<std::size_t>(month - 1)]) + " " +
                                       std::to_string(year) + " has " +
                                       std::to_string(days_in_month(year, static_cast<unsigned>(month))) +
                                       " days, not " + std::to_string(day)};
}

// A day of a month, with or without its year: "February 10, 2024", "10 Feb", "Jan. 23".
struct DateWords {
  int month = 0;
  int day = 0;
  std::optional<int> year;
};

std::optional<DateWords> date_words(const Words& w) {
  DateWords date;
  if (w.size() >= 2 && month_number(w[0]) && day_number(w[1]))
    date.month = *month_number(w[0]), date.day = *day_number(w[1]);
  else if (w.size() >= 2 && day_number(w[0]) && month_number(w[1]))
    date.day = *day_number(w[0]), date.month = *month_number(w[1]);
  else
    return std::nullopt;
  if (w.size() == 3) {
    date.year = four_digit_year(w[2]);
    if (!date.year) return std::nullopt;
  } else if (w.size() != 2) {
    return std::nullopt;
  }
  return date;
}

std::string month_name(int month) {
  return capitalised(kMonthNames[static_cast<std::size_t>(month - 1)]);
}

std::string weekday_name(Day day) {
  return capitalised(kWeekdayNames[weekday_of(day)]);
}

// "February 30" is no date in any year; "February 29" is one in leap years (2024 is one).
std::optional<TimeError> impossible_day(std::string_view text, const DateWords& date) {
  auto longest = static_cast<int>(days_in_month(2024, static_cast<unsigned>(date.month)));
  if (date.day <= longest) return std::nullopt;
  return TimeError{"invalid-date", quoted(std::string(text)) + " is not a valid date: " + month_name(date.month) +
                                       " has at most " + std::to_string(longest) + " days"};
}

// The most recent day with this month and day of the month on or before `published` (29
// February: the most recent leap year's).
Day most_recent_date(Day published, int month, int day_of_month) {
  for (int y = year_of(published); y > year_of(published) - 9; --y)
    if (auto day = checked_day(y, static_cast<unsigned>(month), static_cast<unsigned>(day_of_month));
        day && *day <= published)
      return *day;
  return published;
}

// "February 10, 2024", "10 February 2024", "February 10", "10 Feb".
std::optional<WindowResult> calendar_date(const Words& w, std::string_view text, const TimeContext& context) {
  std::optional<DateWords> date = date_words(w);
  if (!date) return std::nullopt;
  if (date->year) {
    std::optional<Day> d =
        checked_day(*date->year, static_cast<unsigned>(date->month), static_cast<unsigned>(date->day));
    if (!d) return invalid_day(text, *date->year, date->month, date->day);
    return ResolvedWindow{single(*d), "day month year"};
  }
  if (auto error = impossible_day(text, *date)) return *error;
  return over_publication([m = date->month, d = date->day](Day p) { return single(most_recent_date(p, m, d)); },
                          context, text, "day and month: the most recent such date on or before publication");
}

// `why` says how the day was read, when the words give no year.
TimeError wrong_weekday(std::string_view text, int weekday, Day day, const std::string& why = "") {
  return TimeError{"weekday-mismatch", quoted(std::string(text)) + " names the wrong weekday: " + format_day(day) +
                                           " is a " + weekday_name(day) + ", not a " +
                                           capitalised(kWeekdayNames[static_cast<std::size_t>(weekday)]) + why};
}

// "Saturday, Feb. 3": the reading of "Feb. 3" for each publication day, kept where it falls on
// a Saturday. Over a publication window the readings are the date read on its first day and every
// later occurrence up to its last day; the window covers those on the weekday.
WindowResult weekday_of_recent_date(std::string_view text, int weekday, const DateWords& date,
                                    const TimeContext& context) {
  const char* rule = "weekday, day and month: the most recent such date on or before publication, on that weekday";
  if (!context.published)
    return TimeError{"relative-without-published",
                     quoted(std::string(text)) + " is relative to publication, but the source has no 'published' date"};
  const DayWindow& published = *context.published;
  Day first_reading = most_recent_date(published.earliest, date.month, date.day);
  std::vector<Day> readings = {first_reading};
  for (int y = year_of(published.earliest); y <= year_of(published.latest); ++y)
    if (auto d = checked_day(y, static_cast<unsigned>(date.month), static_cast<unsigned>(date.day));
        d && *d > published.earliest && *d <= published.latest)
      readings.push_back(*d);
  std::erase_if(readings, [weekday](Day d) { return static_cast<int>(weekday_of(d)) != weekday; });
  if (!readings.empty()) return ResolvedWindow{{readings.front(), readings.back()}, rule};
  std::string date_text = month_name(date.month) + " " + std::to_string(date.day);
  std::string why =
      published.earliest == published.latest
          ? " (the most recent " + date_text + " on or before publication, " + format_day(published.earliest) + ")"
          : " (and no " + date_text + " read against a publication day in " + format_window(published) + " is one)";
  return wrong_weekday(text, weekday, first_reading, why);
}

// "Saturday, Feb. 3, 2024", "Saturday 3 February": a date and its weekday, which must agree.
std::optional<WindowResult> weekday_and_date(const Words& w, std::string_view text, const TimeContext& context) {
  if (w.size() < 3 || !weekday_number(w[0])) return std::nullopt;
  int weekday = *weekday_number(w[0]);
  std::optional<DateWords> date = date_words(Words(w.begin() + 1, w.end()));
  if (!date) return std::nullopt;
  if (!date->year) {
    if (auto error = impossible_day(text, *date)) return *error;
    return weekday_of_recent_date(text, weekday, *date, context);
  }
  std::optional<Day> d = checked_day(*date->year, static_cast<unsigned>(date->month), static_cast<unsigned>(date->day));
  if (!d) return invalid_day(text, *date->year, date->month, date->day);
  if (static_cast<int>(weekday_of(*d)) != weekday) return wrong_weekday(text, weekday, *d);
  return ResolvedWindow{single(*d), "weekday, day month year (the weekday agrees)"};
}

std::optional<WindowResult> month_forms(const Words& w, std::string_view text, const TimeContext& context) {
  std::optional<int> month = w.empty() ? std::nullopt : month_number(w[0]);
  if (!month) return std::nullopt;
  if (w.size() == 1)
    return over_publication([m = *month](Day p) { return most_recent_month(p, m); }, context, text,
                            "month name: the most recent such month on or before publication");
  if (w.size() == 2 && four_digit_year(w[1]))
    return ResolvedWindow{whole_month(*four_digit_year(w[1]), *month), "month and year"};
  return std::nullopt;
}

// early|mid|late + year, decade, or month (with or without a year).
std::optional<WindowResult> thirds(const Words& w, std::string_view text, const TimeContext& context) {
  if (w.size() < 2 || !third_number(w[0])) return std::nullopt;
  int third = *third_number(w[0]);
  if (w.size() == 2 && four_digit_year(w[1]))
    return ResolvedWindow{year_third(*four_digit_year(w[1]), third), "early/mid/late year: Jan–Apr, May–Aug, Sep–Dec"};
  if (w.size() == 2 && decade_of(w[1]))
    return ResolvedWindow{decade_third(*decade_of(w[1]), third), "early/mid/late decade: years 0–3, 4–6, 7–9"};
  std::optional<int> month = month_number(w[1]);
  if (!month) return std::nullopt;
  const char* rule = "early/mid/late month: days 1–10, 11–20, 21–end";
  if (w.size() == 3 && four_digit_year(w[2]))
    return ResolvedWindow{month_third(whole_month(*four_digit_year(w[2]), *month), third), rule};
  if (w.size() != 2) return std::nullopt;
  return over_publication([m = *month, third](Day p) { return month_third(most_recent_month(p, m), third); }, context,
                          text, std::string(rule) + ", of the most recent such month");
}

// "the 1990s", "spring 2022", "the first half of 2024", "the third quarter of 2023".
std::optional<WindowResult> parts_of_year(const Words& w) {
  if (w.size() == 1 && decade_of(w[0]))
    return ResolvedWindow{{whole_year(*decade_of(w[0])).earliest, whole_year(*decade_of(w[0]) + 9).latest}, "decade"};
  if (w.size() < 2) return std::nullopt;
  std::optional<int> year = four_digit_year(w.back());
  if (!year) return std::nullopt;
  static const std::vector<std::pair<std::string, int>> seasons = {
      {"spring", 21}, {"summer", 22}, {"autumn", 23}, {"fall", 23}, {"winter", 24}};
  if (w.size() == 2)
    for (const auto& [name, code] : seasons)
      if (w[0] == name) {
        std::optional<WindowResult> r = resolve_part(w[1] + "-" + std::to_string(code), TimeContext{});
        if (r && std::holds_alternative<ResolvedWindow>(*r))
          std::get<ResolvedWindow>(*r).rule = "season of a year (as EDTF " + std::to_string(code) + ")";
        return r;
      }
  static const Words ordinals = {"first", "second", "third", "fourth"};
  auto ordinal = std::find(ordinals.begin(), ordinals.end(), w[0]);
  if (w.size() != 3 || ordinal == ordinals.end()) return std::nullopt;
  int index = static_cast<int>(ordinal - ordinals.begin());
  if (w[1] == "half" && index < 2) return ResolvedWindow{month_run(*year, 1 + 6 * index, 6), "half of a year"};
  if (w[1] == "quarter") return ResolvedWindow{month_run(*year, 1 + 3 * index, 3), "quarter of a year"};
  return std::nullopt;
}

// today, yesterday, this/last/next week|month|year, earlier this year|month, later this year.
std::optional<WindowResult> deictic(const Words& w, std::string_view text, const TimeContext& context) {
  std::string phrase = joined(w);
  struct Form {
    const char* words;
    const char* rule;
    DayWindow (*at)(Day);
  };
  static const Form forms[] = {
      {"published", "publication", [](Day p) { return single(p); }},
      {"today", "today: the publication day", [](Day p) { return single(p); }},
      {"yesterday", "yesterday: the day before publication", [](Day p) { return single(p - 1); }},
      {"this week", "this week (past): start of the week (Sunday or Monday) to publication",
       [](Day p) {
         return DayWindow{week_around(p, 0).earliest, p};
       }},
      {"last week", "last week: the week before publication's (Sunday or Monday start)",
       [](Day p) { return week_around(p, -1); }},
      {"next week", "next week: the week after publication's (Sunday or Monday start)",
       [](Day p) { return week_around(p, 1); }},
      {"this month", "this month (past): 1st of the publication month to publication",
       [](Day p) {
         return DayWindow{month_of_day(p).earliest, p};
       }},
      {"last month", "last month: the whole month before publication's",
       [](Day p) { return month_of_day(month_of_day(p).earliest - 1); }},
      {"next month", "next month: the whole month after publication's",
       [](Day p) { return month_of_day(month_of_day(p).latest + 1); }},
      {"this year", "this year (past): 1 January to publication",
       [](Day p) {
         return DayWindow{whole_year(year_of(p)).earliest, p};
       }},
      {"last year", "last year: the whole year before publication's", [](Day p) { return whole_year(year_of(p) - 1); }},
      {"next year", "next year: the whole year after publication's", [](Day p) { return whole_year(year_of(p) + 1); }},
      {"earlier this year", "earlier this year: 1 January to the day before publication",
       [](Day p) {
         return DayWindow{whole_year(year_of(p)).earliest, p - 1};
       }},
      {"earlier this month", "earlier this month: the 1st to the day before publication",
       [](Day p) {
         return DayWindow{month_of_day(p).earliest, p - 1};
       }},
      {"later this year", "later this year: the day after publication to 31 December",
       [](Day p) {
         return DayWindow{p + 1, whole_year(year_of(p)).latest};
       }},
      {"later this month", "later this month: the day after publication to the month's end",
       [](Day p) {
         return DayWindow{p + 1, month_of_day(p).latest};
       }},
  };
  for (const Form& form : forms)
    if (phrase == form.words) return over_publication(form.at, context, text, form.rule);
  return std::nullopt;
}

// "on Saturday": the most recent on or before publication; "last Saturday": one of the two before it.
std::optional<WindowResult> weekdays(const Words& w, std::string_view text, const TimeContext& context) {
  if (w.size() == 1 && weekday_number(w[0]))
    return over_publication([d = *weekday_number(w[0])](Day p) { return single(most_recent_weekday(p, d)); }, context,
                            text, "weekday: the most recent such day on or before publication");
  if (w.size() == 2 && w[0] == "last" && weekday_number(w[1]))
    return over_publication(
        [d = *weekday_number(w[1])](Day p) {
          Day before = most_recent_weekday(p - 1, d);
          return DayWindow{before - 7, before};
        },
        context, text, "last weekday: the most recent such day before publication, or the one a week earlier");
  return std::nullopt;
}

// "the weekend", "over the weekend", "this weekend": the most recent Saturday on or before
// publication with the Friday before it (Friday night is often counted) and the Sunday after it,
// up to publication. "last weekend": that weekend before publication's day, or the one before it.
std::optional<WindowResult> weekends(const Words& words, std::string_view text, const TimeContext& context) {
  Words w = words;
  if (w.size() >= 2 && (w[0] == "over" || w[0] == "at") && w[1] == "the") w.erase(w.begin(), w.begin() + 2);
  if (w.size() == 1 && w[0] == "weekend") w.insert(w.begin(), "this");
  if (w.size() != 2 || w[1] != "weekend") return std::nullopt;
  constexpr int kSaturday = 6;
  if (w[0] == "this")
    return over_publication(
        [](Day p) {
          Day saturday = most_recent_weekday(p, kSaturday);
          return DayWindow{saturday - 1, std::min(saturday + 1, p)};
        },
        context, text,
        "the weekend: Friday to Sunday of the most recent weekend, its Saturday on or before publication, up to "
        "publication");
  if (w[0] == "last")
    return over_publication(
        [](Day p) {
          Day saturday = most_recent_weekday(p - 1, kSaturday);
          return DayWindow{saturday - 8, saturday + 1};
        },
        context, text,
        "last weekend: Friday to Sunday of the weekend whose Saturday is the most recent before publication, or of "
        "the one a week earlier");
  return std::nullopt;
}

std::optional<WindowResult> calendar_day(const Words& w, std::string_view text, const TimeContext& context);

// "this morning", "Tuesday night", "last night", "tonight": a part of a day is that day; a night
// runs past midnight, so it also takes the day after ("last night" is the eve of publication and
// publication day).
std::optional<WindowResult> part_of_day(const Words& w, std::string_view text, const TimeContext& context) {
  if (w.size() == 1 && (w[0] == "tonight" || w[0] == "overnight"))
    return part_of_day({w[0] == "tonight" ? "today" : "yesterday", "night"}, text, context);
  static const Words parts = {"morning", "afternoon", "evening", "night"};
  if (w.size() < 2 || std::find(parts.begin(), parts.end(), w.back()) == parts.end()) return std::nullopt;
  Words day(w.begin(), w.end() - 1);
  bool night = w.back() == "night";
  if (day.size() == 1 && day[0] == "this") day[0] = "today";
  if (day.size() == 1 && day[0] == "last" && night) day[0] = "yesterday";
  std::optional<WindowResult> r = calendar_day(day, text, context);
  auto* resolved = r ? std::get_if<ResolvedWindow>(&*r) : nullptr;
  if (!resolved) return r;
  if (night) {
    resolved->window.latest = resolved->window.latest + 1;
    resolved->rule += "; night: and the day after (a night runs past midnight)";
  } else {
    resolved->rule += "; " + w.back() + ": that day";
  }
  return r;
}

// "3 days ago" exactly; "2 weeks ago" ±3 days; "2 months ago" that calendar month; "2 years ago" that year.
std::optional<WindowResult> ago(const Words& w, std::string_view text, const TimeContext& context) {
  if (w.size() != 3 || w[2] != "ago") return std::nullopt;
  std::optional<long> n = number_word(w[0]);
  if (!n || *n > 100000) return std::nullopt;
  int count = static_cast<int>(*n);
  std::string unit = w[1];
  if (unit.size() > 1 && unit.back() == 's') unit.pop_back();
  if (unit == "day")
    return over_publication([count](Day p) { return single(p - count); }, context, text,
                            "N days ago: exactly that day");
  if (unit == "week")
    return over_publication(
        [count](Day p) {
          return DayWindow{p - 7 * count - 3, p - 7 * count + 3};
        },
        context, text, "N weeks ago: 7N days before publication, ±3 days");
  // Months and years: the calendar unit, and also every day a count of 28–31 days per month
  // (365–366 per year) back could land on ("a month ago" on 31 March may mean 1 March).
  if (unit == "month")
    return over_publication(
        [count](Day p) {
          DayWindow month = month_of_day(add_months(p, -count));
          return DayWindow{std::min(month.earliest, p - 31 * count), std::max(month.latest, p - 28 * count)};
        },
        context, text, "N months ago: the calendar month N months before publication's, or 28N–31N days back");
  if (unit == "year")
    return over_publication(
        [count](Day p) {
          DayWindow year = whole_year(year_of(p) - count);
          return DayWindow{std::min(year.earliest, p - 366 * count), std::max(year.latest, p - 365 * count)};
        },
        context, text, "N years ago: the calendar year N years before publication's, or 365N–366N days back");
  return std::nullopt;
}

// Widens a window by one unit of its own precision: a year, a month, a day, or its own length.
DayWindow approximately(DayWindow w) {
  bool whole_month_window = day_of_month(w.earliest) == 1 && w.latest == month_of_day(w.earliest).latest;
  bool whole_year_window = w == whole_year(year_of(w.earliest));
  if (whole_year_window)
    return {whole_year(year_of(w.earliest) - 1).earliest, whole_year(year_of(w.latest) + 1).latest};
  if (whole_month_window) return {month_of_day(w.earliest - 1).earliest, month_of_day(w.latest + 1).latest};
  Day length = w.latest - w.earliest + 1;
  return {w.earliest - length, w.latest + length};
}

// since X, by X, before X, after X, about X: a phrase around another time expression.
std::optional<WindowResult> around_another(const Words& w, std::string_view text, const TimeContext& context) {
  static const Words heads = {"since", "by", "before", "after", "about", "around", "circa", "approximately", "c."};
  if (w.size() < 2 || std::find(heads.begin(), heads.end(), w[0]) == heads.end()) return std::nullopt;
  WindowResult inner = resolve_part(joined(w, 1), context);
  if (std::holds_alternative<TimeError>(inner)) return inner;
  ResolvedWindow x = std::get<ResolvedWindow>(inner);
  std::string of = " (" + x.rule + ")";
  if (w[0] == "since") {
    if (!context.published)
      return TimeError{"relative-without-published",
                       quoted(std::string(text)) + " runs to publication, but the source has no 'published' date"};
    ResolvedWindow r{{x.window.earliest, context.published->latest}, "since X: starts in X, runs to publication" + of};
    r.since_start = x.window;
    if (r.window.empty())
      return TimeError{"reversed-interval", quoted(std::string(text)) + " starts after publication"};
    return r;
  }
  if (w[0] == "by") return ResolvedWindow{{kFirstDay, x.window.latest}, "by X: on or before the last day of X" + of};
  if (w[0] == "before")
    return ResolvedWindow{{kFirstDay, x.window.earliest - 1}, "before X: before the first day of X" + of};
  if (w[0] == "after") return ResolvedWindow{{x.window.latest + 1, kLastDay}, "after X: after the last day of X" + of};
  return ResolvedWindow{approximately(x.window), "about X: X widened by one unit of its precision each side" + of};
}

// A phrase that names a day: "today", "yesterday", "Tuesday", "Saturday, Feb. 3", "Jan. 23".
std::optional<WindowResult> calendar_day(const Words& w, std::string_view text, const TimeContext& context) {
  if (w.size() == 1 && (w[0] == "today" || w[0] == "yesterday")) return deictic(w, text, context);
  for (auto family : {weekdays, weekday_and_date, calendar_date})
    if (auto r = family(w, text, context)) return r;
  return std::nullopt;
}

}  // namespace

std::optional<WindowResult> resolve_phrase(std::string_view text, const TimeContext& context) {
  Words words = words_of(text);
  if (!words.empty() &&
      (words[0] == "since" || words[0] == "by" || words[0] == "before" || words[0] == "after" || words[0] == "about" ||
       words[0] == "around" || words[0] == "circa" || words[0] == "approximately"))
    return around_another(words, text, context);
  words = without_fillers(words);
  if (words.empty()) return std::nullopt;
  for (auto family :
       {deictic, weekdays, weekday_and_date, part_of_day, weekends, ago, thirds, month_forms, calendar_date})
    if (auto r = family(words, text, context)) return r;
  return parts_of_year(words);
}

}  // namespace claimcheck
