// Unreadable time text: numeric dates get their ISO form, a claim-relative phrase asks for its
// claim, a misspelt word its fix, and anything else the closest forms by edit distance.
#include "time/unknown_forms.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "model/suggest.h"
#include "time/claim_phrases.h"
#include "time/time_text.h"

namespace claimcheck {

namespace {

bool all_digits(const std::string& s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// "03/02/2024" → {"03", "02", "2024"}: digits split on one kind of separator ('/', '.' or '-').
std::optional<std::vector<std::string>> numeric_parts(const std::string& text) {
  auto separator = std::find_if(text.begin(), text.end(), [](char c) { return c == '/' || c == '.' || c == '-'; });
  if (separator == text.end()) return std::nullopt;
  std::vector<std::string> parts(1);
  for (char c : text) {
    if (c == *separator)
      parts.emplace_back();
    else
      parts.back() += c;
  }
  if (parts.size() > 3 || !std::all_of(parts.begin(), parts.end(), all_digits)) return std::nullopt;
  return parts;
}

std::string two_digits(int n) {
  return n < 10 ? '0' + std::to_string(n) : std::to_string(n);
}

std::string iso(int year, int month, int day = 0) {
  std::string y = std::to_string(year);
  y.insert(0, 4 - std::min<std::size_t>(4, y.size()), '0');
  return y + "-" + two_digits(month) + (day ? '-' + two_digits(day) : "");
}

bool valid(int year, int month, int day) {
  return checked_day(year, static_cast<unsigned>(month), static_cast<unsigned>(day)).has_value();
}

std::string month_name(int month) {
  return capitalised(kMonthNames[static_cast<std::size_t>(month - 1)]);
}

TimeError write_instead(const std::string& text, const std::string& iso_form) {
  return {"unknown-time-expression", "cannot read time expression '" + text + "': write " + iso_form};
}

// "2024-3-2", "2024/03/02", "2024.3": year first, so only the digits' width is wrong.
std::optional<TimeError> year_first(const std::string& text, const std::vector<std::string>& parts) {
  int year = std::stoi(parts[0]);
  int month = std::stoi(parts[1]);
  if (parts.size() == 2) {
    if (month < 1 || month > 12)
      return TimeError{"invalid-date", "'" + text + "' is not a valid date: there is no month " + parts[1]};
    return write_instead(text, iso(year, month));
  }
  int day = std::stoi(parts[2]);
  if (!valid(year, month, day)) return TimeError{"invalid-date", "'" + text + "' is not a valid date"};
  return write_instead(text, iso(year, month, day));
}

// "03/02/2024": 3 February (day first) or March 2 (month first); "3/2": the same without a year.
std::optional<TimeError> day_and_month_first(const std::string& text, const std::vector<std::string>& parts) {
  int a = std::stoi(parts[0]), b = std::stoi(parts[1]);
  std::optional<int> year;
  if (parts.size() == 3) {
    if (parts[2].size() != 4) {
      return TimeError{"ambiguous-date",
                       "'" + text +
                           "' is ambiguous: day or month first, and a year that is not written in full: write "
                           "the date as YYYY-MM-DD (2024-02-03 is 3 February 2024)"};
    }
    year = std::stoi(parts[2]);
  }
  int leap_year = 2024;  // without a year, a day that exists in some year
  bool day_first = valid(year.value_or(leap_year), b, a);
  bool month_first = valid(year.value_or(leap_year), a, b);
  std::string in_year = year ? ' ' + std::to_string(*year) : "";
  std::string day_first_text = std::to_string(a) + (b >= 1 && b <= 12 ? ' ' + month_name(b) : "") + in_year;
  std::string month_first_text =
      (a >= 1 && a <= 12 ? month_name(a) : "") + " " + std::to_string(b) + (year ? ", " + std::to_string(*year) : "");
  if (!day_first && !month_first)
    return TimeError{"invalid-date",
                     "'" + text + "' is not a valid date with either the day or the month first: write YYYY-MM-DD"};
  auto written = [&](bool is_day_first) {
    if (year) return is_day_first ? iso(*year, b, a) : iso(*year, a, b);
    return is_day_first ? day_first_text : month_first_text;
  };
  if (day_first && month_first && a != b)
    return TimeError{"ambiguous-date", "'" + text + "' is ambiguous: " + day_first_text + " (day first) or " +
                                           month_first_text + " (month first): write " + written(true) + " or " +
                                           written(false)};
  return write_instead(text, written(day_first));
}

std::optional<TimeError> numeric_date(const std::string& text) {
  std::optional<std::vector<std::string>> parts = numeric_parts(text);
  if (!parts || parts->size() < 2) return std::nullopt;
  const std::vector<std::string>& p = *parts;
  bool slash = text.find('/') != std::string::npos;  // "2024/25" is no month: leave it to the closest forms
  if (p[0].size() == 4 && p[1].size() <= 2 && (p.size() == 3 ? p[2].size() <= 2 : !slash)) return year_first(text, p);
  if (p.size() == 2 && p[0].size() <= 2 && p[1].size() == 4) {  // "3/2024": a month and its year
    int month = std::stoi(p[0]);
    if (month >= 1 && month <= 12) return write_instead(text, iso(std::stoi(p[1]), month));
    return std::nullopt;
  }
  if (p[0].size() <= 2 && p[1].size() <= 2) return day_and_month_first(text, p);
  return std::nullopt;
}

// A word class stands for every word of its class, so "Wednesday nite" is close to "Tuesday night".
std::string shape_of(const std::string& text) {
  std::string shape;
  for (const std::string& word : words_of(text)) {
    if (!shape.empty()) shape += ' ';
    if (month_number(word))
      shape += 'M';
    else if (weekday_number(word))
      shape += 'W';
    else if (four_digit_year(word))
      shape += 'Y';
    else if (word != "a" && word != "an" && number_word(word))
      shape += 'N';
    else
      shape += word;
  }
  return shape;
}

// Names a misspelt month, weekday or keyword ("Febuary" → "February") when one is close.
std::optional<TimeError> misspelt_word(const std::string& text) {
  std::vector<std::string> names;
  for (const char* m : kMonthNames) names.push_back(capitalised(m));
  for (const char* w : kWeekdayNames) names.push_back(capitalised(w));
  const std::vector<std::string> keywords = {"earlier",   "later",   "since",   "before",  "after",     "yesterday",
                                             "today",     "spring",  "summer",  "autumn",  "winter",    "quarter",
                                             "published", "weekend", "morning", "evening", "afternoon", "night"};
  for (const std::string& word : words_of(text)) {
    if (month_number(word) || weekday_number(word) || word.size() < 4) continue;
    if (std::find(keywords.begin(), keywords.end(), word) != keywords.end()) continue;
    std::string hint = did_you_mean(capitalised(word), names);
    if (hint.empty()) hint = did_you_mean(word, keywords);
    if (!hint.empty())
      return TimeError{"unknown-time-expression", "cannot read time expression '" + text + "'" + hint, word};
  }
  return std::nullopt;
}

TimeError closest_forms(const std::string& text) {
  std::vector<std::string> shapes;
  for (const std::string& form : time_form_examples()) shapes.push_back(shape_of(form));
  std::string list;
  for (std::size_t i : nearest_names(shape_of(text), shapes, 3))
    list += (list.empty() ? "'" : ", '") + time_form_examples()[i] + "'";
  return {"unknown-time-expression", "cannot read time expression '" + text +
                                         "'; the closest forms claimcheck reads: " + list +
                                         " (docs/time.md lists them all)"};
}

}  // namespace

const std::vector<std::string>& time_form_examples() {
  static const std::vector<std::string> forms = {"2024-02-03",
                                                 "2024-02",
                                                 "2024",
                                                 "2024-02-01/2024-03",
                                                 "2024~",
                                                 "201X",
                                                 "2024-21",
                                                 "today",
                                                 "yesterday",
                                                 "this morning",
                                                 "tonight",
                                                 "last night",
                                                 "Tuesday",
                                                 "Tuesday night",
                                                 "last Tuesday",
                                                 "this week",
                                                 "last week",
                                                 "next week",
                                                 "this month",
                                                 "last month",
                                                 "next month",
                                                 "this year",
                                                 "last year",
                                                 "next year",
                                                 "earlier this year",
                                                 "earlier this month",
                                                 "later this year",
                                                 "later this month",
                                                 "the weekend",
                                                 "over the weekend",
                                                 "last weekend",
                                                 "February",
                                                 "June 2023",
                                                 "Jan. 23",
                                                 "Feb. 3, 2024",
                                                 "3 February 2024",
                                                 "Saturday, Feb. 3",
                                                 "Saturday, Feb. 3, 2024",
                                                 "3 days ago",
                                                 "two weeks ago",
                                                 "2 months ago",
                                                 "a year ago",
                                                 "mid-2023",
                                                 "early February",
                                                 "late February 2023",
                                                 "mid-1990s",
                                                 "the 1990s",
                                                 "spring 2022",
                                                 "the first half of 2024",
                                                 "the third quarter of 2023",
                                                 "since mid-2023",
                                                 "by June",
                                                 "before 2020",
                                                 "after March 2024",
                                                 "about 2004",
                                                 "published"};
  return forms;
}

TimeError unreadable_time(const std::string& text) {
  if (auto error = numeric_date(text)) return *error;
  if (resolve_claim_relative(text))
    return {"relative-without-claim",
            "'" + text + "' is dated from another claim: name it, as in at: {" + text + ": CLAIM-ID} (docs/time.md)"};
  if (auto error = misspelt_word(text)) return *error;
  return closest_forms(text);
}

}  // namespace claimcheck
