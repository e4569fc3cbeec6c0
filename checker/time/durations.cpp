// Durations: bounds on a span's last day − first day, with the hedges of docs/time.md.
#include "time/durations.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <vector>

#include "time/time_text.h"

namespace claimcheck {

namespace {

constexpr std::int64_t kLongest = static_cast<std::int64_t>(kLastDay) - kFirstDay;

// Fewest and most days in `count` consecutive calendar months, over the 400-year cycle.
DayCount month_span(long count) {
  constexpr int kCycle = 4800;
  std::vector<int> lengths(kCycle);
  for (int i = 0; i < kCycle; ++i)
    lengths[static_cast<std::size_t>(i)] =
        static_cast<int>(days_in_month(2000 + i / 12, static_cast<unsigned>(i % 12 + 1)));
  long full_cycles = count / kCycle;
  long rest = count % kCycle;
  std::int64_t window = 0;
  for (long i = 0; i < rest; ++i) window += lengths[static_cast<std::size_t>(i)];
  std::int64_t lo = window, hi = window;
  for (int start = 1; start < kCycle; ++start) {
    window +=
        lengths[static_cast<std::size_t>((start - 1 + rest) % kCycle)] - lengths[static_cast<std::size_t>(start - 1)];
    lo = std::min(lo, window);
    hi = std::max(hi, window);
  }
  constexpr std::int64_t kCycleDays = 146097;
  return {lo + full_cycles * kCycleDays, hi + full_cycles * kCycleDays};
}

// A span of exactly these months and days, counted from its first to its last day: a source may
// count with or without the last day, so the lower bound is one less.
DayCount counted(long months, long days) {
  DayCount m = months ? month_span(months) : DayCount{0, 0};
  return {std::max<std::int64_t>(0, m.min + days - 1), m.max + days};
}

std::optional<DayCount> unit_span(long n, std::string unit) {
  if (unit.size() > 1 && unit.back() == 's') unit.pop_back();
  if (unit == "day") return counted(0, n);
  if (unit == "week") return counted(0, 7 * n);
  if (unit == "fortnight") return counted(0, 14 * n);
  if (unit == "month") return counted(n, 0);
  if (unit == "year") return counted(12 * n, 0);
  if (unit == "decade") return counted(120 * n, 0);
  return std::nullopt;
}

// P1Y2M10D, P3W: ISO 8601 durations in whole days (no time part).
std::optional<DayCount> iso_duration(const std::string& text) {
  if (text.size() < 3 || text[0] != 'P') return std::nullopt;
  long months = 0, days = 0;
  std::string number;
  std::string order = "YMWD";
  std::size_t next_unit = 0;
  for (std::size_t i = 1; i < text.size(); ++i) {
    char c = text[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      number += c;
      continue;
    }
    std::size_t unit = order.find(c);
    std::optional<long> n = parse_integer(number);
    if (unit == std::string::npos || unit < next_unit || !n || *n > 100000) return std::nullopt;
    next_unit = unit + 1;
    number.clear();
    if (c == 'Y')
      months += 12 * *n;
    else if (c == 'M')
      months += *n;
    else if (c == 'W')
      days += 7 * *n;
    else
      days += *n;
  }
  if (!number.empty()) return std::nullopt;
  return counted(months, days);
}

// "N units", "a year", "half a year".
std::optional<DayCount> plain_span(const std::vector<std::string>& words) {
  if (words.size() == 3 && words[0] == "half" && (words[1] == "a" || words[1] == "an")) {
    if (words[2] == "year") return counted(6, 0);
    if (words[2] == "day") return DayCount{0, 1};
    return std::nullopt;
  }
  if (words.size() != 2) return std::nullopt;
  std::optional<long> n = number_word(words[0]);
  if (!n || *n > 100000) return std::nullopt;
  return unit_span(*n, words[1]);
}

struct Hedge {
  std::vector<std::string> words;
  const char* rule;
  DayCount (*apply)(DayCount);
};

std::int64_t floor_of(double x) {
  return static_cast<std::int64_t>(std::floor(x));
}
std::int64_t ceil_of(double x) {
  return static_cast<std::int64_t>(std::ceil(x));
}

DayCount almost(DayCount s) {
  return {floor_of(0.75 * static_cast<double>(s.min)), s.max};
}
DayCount about(DayCount s) {
  return {floor_of(0.8 * static_cast<double>(s.min)), ceil_of(1.2 * static_cast<double>(s.max))};
}
DayCount just_over(DayCount s) {
  return {s.min, ceil_of(1.25 * static_cast<double>(s.max))};
}
DayCount at_least(DayCount s) {
  return {s.min, kLongest};
}
DayCount at_most(DayCount s) {
  return {0, s.max};
}

// Longer prefixes first: "just under" before "under".
const std::vector<Hedge>& hedges() {
  static const std::vector<Hedge> table = {
      {{"just", "under"}, "almost N (75%..100%)", almost},
      {{"almost"}, "almost N (75%..100%)", almost},
      {{"nearly"}, "almost N (75%..100%)", almost},
      {{"just", "over"}, "just over N (100%..125%)", just_over},
      {{"about"}, "about N (80%..120%)", about},
      {{"around"}, "about N (80%..120%)", about},
      {{"roughly"}, "about N (80%..120%)", about},
      {{"approximately"}, "about N (80%..120%)", about},
      {{"more", "than"}, "more than N (N or longer)", at_least},
      {{"over"}, "more than N (N or longer)", at_least},
      {{"at", "least"}, "at least N (N or longer)", at_least},
      {{"less", "than"}, "less than N (up to N)", at_most},
      {{"under"}, "less than N (up to N)", at_most},
      {{"at", "most"}, "at most N (up to N)", at_most},
      {{"up", "to"}, "at most N (up to N)", at_most},
  };
  return table;
}

bool starts_with(const std::vector<std::string>& words, const std::vector<std::string>& prefix) {
  return words.size() > prefix.size() && std::equal(prefix.begin(), prefix.end(), words.begin());
}

TimeError unknown_duration(std::string_view text) {
  return {"unknown-duration", "cannot read duration '" + std::string(text) +
                                  "' (expected e.g. '10 days', 'P1Y2M', 'almost a year', 'more than 2 weeks')"};
}

}  // namespace

LengthResult resolve_duration(std::string_view text) {
  std::string plain = trimmed(text);
  if (plain.empty()) return TimeError{"empty-time-expression", "duration is empty"};
  if (auto iso = iso_duration(plain)) return ResolvedLength{*iso, "ISO 8601 duration"};
  std::vector<std::string> words = words_of(plain);
  for (const Hedge& hedge : hedges()) {
    if (!starts_with(words, hedge.words)) continue;
    std::vector<std::string> rest(words.begin() + static_cast<long>(hedge.words.size()), words.end());
    std::optional<DayCount> span = plain_span(rest);
    if (!span) return unknown_duration(text);
    return ResolvedLength{hedge.apply(*span), hedge.rule};
  }
  if (std::optional<DayCount> span = plain_span(words)) return ResolvedLength{*span, "N units"};
  return unknown_duration(text);
}

}  // namespace claimcheck
