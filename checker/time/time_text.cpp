// Time text: word splitting, month/weekday/number words and calendar helpers for the time parsers.
#include "time/time_text.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace claimcheck {

std::string capitalised(std::string word) {
  if (!word.empty()) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  return word;
}

std::string trimmed(std::string_view text) {
  auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return std::string(text);
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    while (!current.empty() && (current.back() == ',' || current.back() == '.')) current.pop_back();
    if (!current.empty()) words.push_back(current);
    current.clear();
  };
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c)))
      flush();
    else
      current += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  flush();
  return words;
}

std::string joined(const std::vector<std::string>& words, std::size_t from) {
  std::string text;
  for (std::size_t i = from; i < words.size(); ++i) text += (text.empty() ? "" : " ") + words[i];
  return text;
}

std::optional<int> month_number(const std::string& word) {
  for (std::size_t i = 0; i < kMonthNames.size(); ++i) {
    std::string name = kMonthNames[i];
    if (word == name || (word.size() == 3 && name.rfind(word, 0) == 0)) return static_cast<int>(i) + 1;
  }
  if (word == "sept") return 9;
  return std::nullopt;
}

std::optional<int> weekday_number(const std::string& word) {
  for (std::size_t i = 0; i < kWeekdayNames.size(); ++i) {
    std::string name = kWeekdayNames[i];
    if (word == name || (word.size() == 3 && name.rfind(word, 0) == 0)) return static_cast<int>(i);
  }
  if (word == "tues") return 2;
  if (word == "thur" || word == "thurs") return 4;
  return std::nullopt;
}

std::optional<long> parse_integer(std::string_view s) {
  if (s.empty() || s.size() > 9) return std::nullopt;
  long value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size() || value < 0) return std::nullopt;
  return value;
}

std::optional<long> number_word(const std::string& word) {
  static const std::array<const char*, 13> names = {"zero",  "one",   "two",  "three", "four",   "five",  "six",
                                                    "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  if (word == "a" || word == "an") return 1;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (word == names[i]) return static_cast<long>(i);
  return parse_integer(word);
}

std::optional<int> four_digit_year(const std::string& word) {
  if (word.size() != 4) return std::nullopt;
  std::optional<long> y = parse_integer(word);
  if (!y || *y == 0) return std::nullopt;  // year 0000 is before the first day claimcheck counts
  return static_cast<int>(*y);
}

DayWindow whole_year(int year) {
  return {make_day(year, 1, 1), make_day(year, 12, 31)};
}

DayWindow whole_month(int year, int month) {
  auto m = static_cast<unsigned>(month);
  return {make_day(year, m, 1), make_day(year, m, days_in_month(year, m))};
}

DayWindow month_run(int year, int first_month, int count) {
  int first_index = year * 12 + (first_month - 1);
  int last_index = first_index + count - 1;
  int last_year = last_index >= 0 ? last_index / 12 : -((-last_index + 11) / 12);
  int last_month = last_index - last_year * 12 + 1;
  int start_year = first_index >= 0 ? first_index / 12 : -((-first_index + 11) / 12);
  int start_month = first_index - start_year * 12 + 1;
  return {whole_month(start_year, start_month).earliest, whole_month(last_year, last_month).latest};
}

Day add_months(Day day, int months) {
  int index = year_of(day) * 12 + static_cast<int>(month_of(day)) - 1 + months;
  int year = index >= 0 ? index / 12 : -((-index + 11) / 12);
  auto month = static_cast<unsigned>(index - year * 12 + 1);
  unsigned dom = std::min(day_of_month(day), days_in_month(year, month));
  return make_day(year, month, dom);
}

}  // namespace claimcheck
