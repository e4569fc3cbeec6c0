// Time text: the words, numbers and calendar units that every family of time expression shares.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/calendar.h"

namespace claimcheck {

inline constexpr std::array<const char*, 12> kMonthNames = {"january",   "february", "march",    "april",
                                                            "may",       "june",     "july",     "august",
                                                            "september", "october",  "november", "december"};
inline constexpr std::array<const char*, 7> kWeekdayNames = {"sunday",   "monday", "tuesday", "wednesday",
                                                             "thursday", "friday", "saturday"};

std::string capitalised(std::string word);
std::string trimmed(std::string_view text);
// Lower-cased words split on spaces; a trailing comma or full stop is dropped.
std::vector<std::string> words_of(std::string_view text);
std::string joined(const std::vector<std::string>& words, std::size_t from = 0);

std::optional<int> month_number(const std::string& word);  // "february", "feb", "sept" → 2, 2, 9
// "sunday" → 0 … "saturday" → 6; also "sat", "tues", "thurs"
std::optional<int> weekday_number(const std::string& word);
std::optional<long> parse_integer(std::string_view digits);  // digits only, at most 9
std::optional<long> number_word(const std::string& word);    // "a", "one" … "twelve", "14"
std::optional<int> four_digit_year(const std::string& word);

DayWindow whole_year(int year);
DayWindow whole_month(int year, int month);
// The window of `count` months starting at (year, first_month); months past December roll over.
DayWindow month_run(int year, int first_month, int count);
// Shifts a day by whole months, clamping the day of month (31 March − 1 month = 29 February).
Day add_months(Day day, int months);

}  // namespace claimcheck
