// EDTF: dates with qualifiers (? ~ %), unspecified digits (X), seasons 21–41, intervals and one-of sets.
#include "time/edtf.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <vector>

#include "time/time_text.h"

namespace claimcheck {

namespace {

bool is_qualifier(char c) {
  return c == '?' || c == '~' || c == '%';
}
bool is_digit_or_x(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) || c == 'X';
}

// One date component as written: its digits (X = unspecified) and its qualifiers.
struct Component {
  std::string digits;
  bool qualified_before = false;  // "?2004": this component only
  bool qualified_after = false;   // "2004-06~": this component and those to its left
};

// A parsed EDTF date: year, then optionally month (or season), then optionally day.
struct EdtfDate {
  std::vector<Component> parts;
};

TimeError not_a_date(std::string_view text, const std::string& why) {
  return {"invalid-date", "'" + std::string(text) + "' is not a valid date: " + why};
}

// Splits "?2004-06~-11" into components; nullopt when the text is not shaped like an EDTF date.
std::optional<EdtfDate> split_date(std::string_view text) {
  EdtfDate date;
  std::size_t i = 0;
  while (i <= text.size()) {
    Component c;
    if (i < text.size() && is_qualifier(text[i])) c.qualified_before = true, ++i;
    std::size_t start = i;
    while (i < text.size() && is_digit_or_x(text[i])) ++i;
    c.digits = std::string(text.substr(start, i - start));
    std::size_t want = date.parts.empty() ? 4 : 2;
    if (c.digits.size() != want) return std::nullopt;
    if (i < text.size() && is_qualifier(text[i])) c.qualified_after = true, ++i;
    date.parts.push_back(c);
    if (i == text.size()) break;
    if (text[i] != '-' || date.parts.size() == 3) return std::nullopt;
    ++i;
  }
  if (date.parts.empty()) return std::nullopt;
  return date;
}

// A pattern without X matches at most its own value (leading zeros allowed). This is the path
// of nearly every date, and trying all 9,999 years for it was half of loading a large dataset.
std::vector<int> matching_exactly(const std::string& pattern, int low, int high) {
  if (pattern.empty() || !std::all_of(pattern.begin(), pattern.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return {};
  std::size_t significant = std::min(pattern.find_first_not_of('0'), pattern.size());
  if (pattern.size() - significant > 9) return {};  // larger than any bound we use
  int value = significant == pattern.size() ? 0 : std::stoi(pattern.substr(significant));
  if (value < low || value > high) return {};
  return {value};
}

// Every value in [low, high] whose decimal digits match `pattern` (X matches any digit).
std::vector<int> matching(const std::string& pattern, int low, int high) {
  if (pattern.find('X') == std::string::npos) return matching_exactly(pattern, low, high);
  std::vector<int> values;
  for (int v = low; v <= high; ++v) {
    std::string digits = std::to_string(v);
    digits.insert(0, pattern.size() - std::min(pattern.size(), digits.size()), '0');
    bool ok = digits.size() == pattern.size();
    for (std::size_t k = 0; ok && k < pattern.size(); ++k) ok = pattern[k] == 'X' || pattern[k] == digits[k];
    if (ok) values.push_back(v);
  }
  return values;
}

bool has_unspecified(const EdtfDate& date) {
  return std::any_of(date.parts.begin(), date.parts.end(),
                     [](const Component& c) { return c.digits.find('X') != std::string::npos; });
}

// Seasons and sub-year divisions (EDTF 21–41): first month, month count, and the hull of their
// astronomical and meteorological readings in days. Northern hemisphere unless 29–32.
struct Division {
  int code;
  int first_month;
  int months;
  const char* name;
};
constexpr std::array<Division, 12> kDivisions = {{
    {33, 1, 3, "first quarter"},
    {34, 4, 3, "second quarter"},
    {35, 7, 3, "third quarter"},
    {36, 10, 3, "fourth quarter"},
    {37, 1, 4, "first quadrimester"},
    {38, 5, 4, "second quadrimester"},
    {39, 9, 4, "third quadrimester"},
    {40, 1, 6, "first half (semester)"},
    {41, 7, 6, "second half (semester)"},
    {0, 0, 0, ""},
    {0, 0, 0, ""},
    {0, 0, 0, ""},
}};

// A season as a hull of meteorological (whole months) and astronomical (solstice/equinox) readings.
// Spring: 1 March–21 June, summer: 1 June–23 September, autumn: 1 September–22 December (Northern).
// Winter spans a year end, and "winter 2022" is used for both 2021/22 and 2022/23, so it covers
// 1 December of the year before to 21 March of the year after.
DayWindow season(int year, int northern_season) {
  switch (northern_season) {
    case 0:
      return {make_day(year, 3, 1), make_day(year, 6, 21)};
    case 1:
      return {make_day(year, 6, 1), make_day(year, 9, 23)};
    case 2:
      return {make_day(year, 9, 1), make_day(year, 12, 22)};
    default:
      return {make_day(year - 1, 12, 1), make_day(year + 1, 3, 21)};
  }
}

const char* season_name(int code) {
  static const std::array<const char*, 12> names = {
      "spring",          "summer",          "autumn",          "winter",          "Northern spring", "Northern summer",
      "Northern autumn", "Northern winter", "Southern spring", "Southern summer", "Southern autumn", "Southern winter"};
  return names[static_cast<std::size_t>(code - 21)];
}

// The days a year + season/division code can mean.
DayWindow division_window(int year, int code) {
  if (code <= 28) return season(year, (code - 21) % 4);
  if (code <= 32) return season(year, (code - 29 + 2) % 4);  // Southern seasons are Northern's opposite
  for (const Division& d : kDivisions)
    if (d.code == code) return month_run(year, d.first_month, d.months);
  return whole_year(year);
}

int division_months(int code) {
  for (const Division& d : kDivisions)
    if (d.code == code) return d.months;
  return 3;
}

// How far qualifiers widen: each qualified component by `units` of its own unit each side, the
// components added up (one unit unless the source sets `qualifier_widening`).
struct Widening {
  bool year = false;
  int month_unit = 0;  // 0: month not qualified; otherwise its unit in months (a season's own length)
  bool day = false;
  int units = 1;

  int months() const { return units * ((year ? 12 : 0) + month_unit); }
  int days() const { return day ? units : 0; }
};

// "one year", "2 seasons (3 months each)", "3 days".
std::string widening_amount(int units, const std::string& unit, const std::string& plural) {
  return (units == 1 ? std::string("one ") + unit : std::to_string(units) + " " + plural);
}

// A qualifier before a component qualifies that component; one after it qualifies it and those to
// its left, but widens by its own unit only (docs/time.md), so either way it marks its component.
Widening widening_of(const EdtfDate& date, int season_code, int units) {
  Widening w;
  w.units = units;
  for (std::size_t i = 0; i < date.parts.size(); ++i) {
    if (!date.parts[i].qualified_before && !date.parts[i].qualified_after) continue;
    if (i == 0)
      w.year = true;
    else if (i == 1)
      w.month_unit = season_code ? division_months(season_code) : 1;
    else
      w.day = true;
  }
  return w;
}

bool is_whole_months(DayWindow w) {
  return day_of_month(w.earliest) == 1 &&
         day_of_month(w.latest) == days_in_month(year_of(w.latest), month_of(w.latest));
}

// Months first, then days. A window of whole months stays whole months; a day keeps its day of
// the month (the month's last day when that month is shorter).
DayWindow widened(DayWindow w, const Widening& by) {
  if (int months = by.months()) {
    bool whole_months = is_whole_months(w);
    w.earliest = add_months(w.earliest, -months);
    w.latest = add_months(w.latest, months);
    if (whole_months) w.latest = whole_month(year_of(w.latest), static_cast<int>(month_of(w.latest))).latest;
  }
  w.earliest -= by.days();
  w.latest += by.days();
  return w;
}

// The first (or last) real day the year/month/day patterns allow.
std::optional<Day> extreme_day(const std::vector<int>& years, const std::vector<int>& months,
                               const std::vector<int>& days, bool first) {
  auto pick = [first](const std::vector<int>& v, std::size_t k) { return first ? v[k] : v[v.size() - 1 - k]; };
  for (std::size_t y = 0; y < years.size(); ++y)
    for (std::size_t m = 0; m < months.size(); ++m)
      for (std::size_t d = 0; d < days.size(); ++d)
        if (auto day = checked_day(pick(years, y), static_cast<unsigned>(pick(months, m)),
                                   static_cast<unsigned>(pick(days, d))))
          return day;
  return std::nullopt;
}

std::string rule_of(const EdtfDate& date, int season_code, const Widening& widening) {
  const int n = widening.units;
  std::string rule = season_code              ? std::string("EDTF season/division ") + std::to_string(season_code)
                     : date.parts.size() == 1 ? "EDTF year"
                     : date.parts.size() == 2 ? "EDTF year and month"
                                              : "EDTF full date";
  if (season_code >= 21 && season_code <= 32) rule += std::string(" (") + season_name(season_code) + ")";
  for (const Division& d : kDivisions)
    if (d.code == season_code && season_code) rule += std::string(" (") + d.name + ")";
  if (has_unspecified(date)) rule += ", unspecified digits X: every value they allow";

  std::vector<std::string> amounts;
  if (widening.year) amounts.push_back(widening_amount(n, "year", "years"));
  if (widening.month_unit == 1) amounts.push_back(widening_amount(n, "month", "months"));
  if (widening.month_unit > 1)
    amounts.push_back(widening_amount(n, "season", "seasons") + " (" + std::to_string(widening.month_unit) +
                      (n == 1 ? " months)" : " months each)"));
  if (widening.day) amounts.push_back(widening_amount(n, "day", "days"));
  for (std::size_t k = 0; k < amounts.size(); ++k)
    rule += (k == 0                    ? ", qualified (?~%): widened by "
             : k + 1 == amounts.size() ? " and "
                                       : ", ") +
            amounts[k] + " each side";
  return rule;
}

// One EDTF date (no interval) → its window.
std::optional<WindowResult> edtf_date(std::string_view text, int units) {
  std::optional<EdtfDate> date = split_date(text);
  if (!date) return std::nullopt;
  const std::vector<Component>& parts = date->parts;
  std::vector<int> years = matching(parts[0].digits, 1, 9999);
  if (years.empty())
    return TimeError{"date-out-of-range", "'" + std::string(text) + "': claimcheck handles years 0001 to 9999"};
  int season_code = 0;
  std::vector<int> months = matching("XX", 1, 12), days = matching("XX", 1, 31);
  if (parts.size() >= 2) {
    const std::string& m = parts[1].digits;
    if (m.find('X') == std::string::npos) {
      int code = std::stoi(m);
      if (code >= 21 && code <= 41 && parts.size() == 2)
        season_code = code;
      else if (code < 1 || code > 12)
        return not_a_date(text, "there is no month " + m);
    }
    months = season_code ? std::vector<int>{} : matching(m, 1, 12);
    if (!season_code && months.empty()) return not_a_date(text, "no month matches '" + m + "'");
  }
  if (parts.size() == 3) days = matching(parts[2].digits, 1, 31);
  if (parts.size() == 3 && parts[2].digits == "00") return not_a_date(text, "days of the month start at 01");
  Widening widening = widening_of(*date, season_code, units);
  DayWindow strict;
  if (season_code) {
    strict = {division_window(years.front(), season_code).earliest, division_window(years.back(), season_code).latest};
  } else {
    std::optional<Day> first = extreme_day(years, months, days, true);
    std::optional<Day> last = extreme_day(years, months, days, false);
    if (!first || !last) {
      if (parts.size() == 3 && parts[1].digits.find('X') == std::string::npos &&
          parts[0].digits.find('X') == std::string::npos) {
        int y = years.front(), mo = months.front();
        return not_a_date(text, capitalised(kMonthNames[static_cast<std::size_t>(mo - 1)]) + " " + std::to_string(y) +
                                    " has " + std::to_string(days_in_month(y, static_cast<unsigned>(mo))) + " days");
      }
      return not_a_date(text, "no day matches '" + std::string(text) + "'");
    }
    strict = {*first, *last};
  }
  return ResolvedWindow{widened(strict, widening), rule_of(*date, season_code, widening)};
}

// "1950S2": a year whose first two digits are significant → 1900–1999.
std::optional<std::string> significant_digits_year(std::string_view text) {
  std::size_t s = text.find('S');
  if (s != 4 || text.size() != 6 || !std::isdigit(static_cast<unsigned char>(text[5]))) return std::nullopt;
  int significant = text[5] - '0';
  if (significant < 1 || significant > 4) return std::nullopt;
  std::string year(text.substr(0, 4));
  if (!std::all_of(year.begin(), year.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return std::nullopt;
  for (std::size_t k = static_cast<std::size_t>(significant); k < 4; ++k) year[k] = 'X';
  return year;
}

TimeError out_of_range(std::string_view text) {
  return {"date-out-of-range", "'" + std::string(text) + "': claimcheck handles years 0001 to 9999"};
}

TimeError unsupported(std::string_view text, const std::string& instead) {
  return {"unknown-time-expression", "'" + std::string(text) + "' is a form claimcheck does not read: " + instead};
}

// "Y170000002", "Y-17E7", "Y17E2S1": EDTF's form for long years. A year outside 0001–9999 is out
// of range; one inside is a form claimcheck does not read (the plain year is the way to write it).
std::optional<TimeError> y_form_year(std::string_view text) {
  static const std::regex y_form(R"(Y(-?)([0-9]+)(?:E([0-9]+))?(?:S[0-9]+)?)");
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_match(text.begin(), text.end(), m, y_form)) return std::nullopt;  // "Yesterday": not EDTF
  std::string digits = m[2].str();
  digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size()));
  // Short enough to compute exactly; anything longer is far past 9999 (or a negative year).
  if (m[1].length() > 0 || digits.empty() || digits.size() > 4 || m[3].length() > 1) return out_of_range(text);
  long year = std::stol(digits);
  for (int e = m[3].matched ? std::stoi(m[3].str()) : 0; e > 0 && year <= 9999; --e) year *= 10;
  if (year > 9999) return out_of_range(text);
  std::string plain = std::to_string(year);
  plain.insert(0, 4 - plain.size(), '0');
  return unsupported(text, "write the year as " + plain + " (the Y form is for years past 9999)");
}

// Forms EDTF allows but claimcheck cannot place on its calendar (years before 1 or after 9999),
// and look-alikes claimcheck does not read (a Y-form year inside it, an ISO basic-format date).
std::optional<TimeError> unplaceable_year(std::string_view text) {
  if (text.size() > 1 && text[0] == 'Y') return y_form_year(text);  // Y170000002, Y-17E7
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 8 && digits == text.size())  // 20240901: ISO 8601 basic format, not EDTF
    return unsupported(text, "write dates as YYYY-MM-DD (" + std::string(text.substr(0, 4)) + "-" +
                                 std::string(text.substr(4, 2)) + "-" + std::string(text.substr(6, 2)) + ")");
  if (digits > 4 && (digits == text.size() || text[digits] == '-')) return out_of_range(text);  // 99999-01-01
  if (text.size() > 4 && text[0] == '-' && std::isdigit(static_cast<unsigned char>(text[1])))
    return out_of_range(text);  // -1985
  return std::nullopt;
}

std::optional<WindowResult> edtf_single(std::string_view text, int units) {
  if (std::optional<TimeError> error = unplaceable_year(text)) return *error;
  if (auto year = significant_digits_year(text)) {
    std::optional<WindowResult> r = edtf_date(*year, units);
    if (r)
      if (auto* w = std::get_if<ResolvedWindow>(&*r))
        w->rule = "EDTF significant digits: every year with those leading digits";
    return r;
  }
  return edtf_date(text, units);
}

TimeError at_fault(TimeError error, std::string_view fragment) {
  if (error.fragment.empty()) error.fragment = std::string(fragment);
  return error;
}

// "a/b", "a/..", "../b", "a/", "/b": open (..) and unknown (empty) ends reach the calendar's edge.
std::optional<WindowResult> edtf_interval(std::string_view text, int units) {
  std::size_t slash = text.find('/');
  if (slash == text.npos || text.find('/', slash + 1) != text.npos) return std::nullopt;
  std::string_view left = text.substr(0, slash), right = text.substr(slash + 1);
  auto open = [](std::string_view side) { return side.empty() || side == ".."; };
  if (open(left) && open(right)) return std::nullopt;
  DayWindow w{kFirstDay, kLastDay};
  std::string rule = "EDTF interval: first day of the start to last day of the end";
  if (!open(left)) {
    std::optional<WindowResult> from = edtf_single(left, units);
    if (!from) return std::nullopt;
    if (auto* e = std::get_if<TimeError>(&*from)) return at_fault(*e, left);
    w.earliest = std::get<ResolvedWindow>(*from).window.earliest;
  } else {
    rule += left.empty() ? "; unknown start" : "; open start";
  }
  if (!open(right)) {
    std::optional<WindowResult> to = edtf_single(right, units);
    if (!to) return std::nullopt;
    if (auto* e = std::get_if<TimeError>(&*to)) return at_fault(*e, right);
    w.latest = std::get<ResolvedWindow>(*to).window.latest;
  } else {
    rule += right.empty() ? "; unknown end" : "; open end";
  }
  if (w.empty()) return TimeError{"reversed-interval", "interval '" + std::string(text) + "' ends before it starts"};
  return ResolvedWindow{w, rule};
}

// "[1667, 1668, 1670..1672]": exactly one of these, so the window is their hull.
std::optional<WindowResult> edtf_one_of(std::string_view text, int units) {
  if (text.size() < 3 || text.front() != '[' || text.back() != ']') return std::nullopt;
  std::string body(text.substr(1, text.size() - 2));
  DayWindow hull{kLastDay, kFirstDay};
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t comma = body.find(',', start);
    std::string item = trimmed(std::string_view(body).substr(start, comma == body.npos ? body.npos : comma - start));
    std::size_t dots = item.find("..");
    std::string as_interval =
        dots == item.npos ? item
                          : item.substr(0, dots) + "/" + (dots + 2 == item.size() ? ".." : item.substr(dots + 2));
    if (dots != item.npos && dots == 0) as_interval = "../" + item.substr(2);
    std::optional<WindowResult> r = dots == item.npos ? edtf_single(item, units) : edtf_interval(as_interval, units);
    if (!r)
      return TimeError{"invalid-date", "'" + item + "' in the set '" + std::string(text) + "' is not an EDTF date"};
    if (auto* e = std::get_if<TimeError>(&*r)) return at_fault(*e, item);
    DayWindow w = std::get<ResolvedWindow>(*r).window;
    hull = {std::min(hull.earliest, w.earliest), std::max(hull.latest, w.latest)};
    if (comma == body.npos) break;
    start = comma + 1;
  }
  return ResolvedWindow{hull, "EDTF one of a set: from its earliest to its latest member"};
}

// One member of an all-of set: a date, or a range `c..d` as its first and its last member
// (a span that reaches into both reaches into every one between). An open end is the calendar's edge.
std::variant<std::vector<DayWindow>, TimeError> all_of_member(const std::string& item, std::string_view set,
                                                              int units) {
  auto window = [&](const std::string& part, Day edge) -> std::variant<DayWindow, TimeError> {
    if (part.empty()) return DayWindow{edge, edge};
    std::optional<WindowResult> r = edtf_single(part, units);
    if (!r)
      return TimeError{"invalid-set", "'" + part + "' in the set '" + std::string(set) + "' is not an EDTF date", part};
    if (auto* e = std::get_if<TimeError>(&*r)) return at_fault(*e, part);
    return std::get<ResolvedWindow>(*r).window;
  };
  if (item.empty()) return TimeError{"invalid-set", "the set '" + std::string(set) + "' has an empty member"};
  std::size_t dots = item.find("..");
  if (dots == item.npos) {
    auto w = window(item, kFirstDay);
    if (auto* e = std::get_if<TimeError>(&w)) return *e;
    return std::vector<DayWindow>{std::get<DayWindow>(w)};
  }
  if (item.size() == 2)
    return TimeError{"invalid-set", "'..' in the set '" + std::string(set) + "' needs a date on at least one side",
                     ".."};
  auto first = window(item.substr(0, dots), kFirstDay);
  auto last = window(item.substr(dots + 2), kLastDay);
  if (auto* e = std::get_if<TimeError>(&first)) return *e;
  if (auto* e = std::get_if<TimeError>(&last)) return *e;
  if (std::get<DayWindow>(last).latest < std::get<DayWindow>(first).earliest)
    return TimeError{"reversed-interval", "'" + item + "' in the set '" + std::string(set) + "' ends before it starts",
                     item};
  return std::vector<DayWindow>{std::get<DayWindow>(first), std::get<DayWindow>(last)};
}

}  // namespace

std::optional<AllOfResult> resolve_all_of(std::string_view text, int qualifier_units) {
  std::string plain = trimmed(text);
  if (plain.empty() || plain.front() != '{') return std::nullopt;
  if (plain.back() != '}') return TimeError{"invalid-set", "the set '" + plain + "' has no closing '}'"};
  std::string body = plain.substr(1, plain.size() - 2);
  if (trimmed(body).empty()) return TimeError{"invalid-set", "the set '" + plain + "' is empty"};
  AllOfSet set;
  for (std::size_t start = 0;;) {
    std::size_t comma = body.find(',', start);
    std::string item = trimmed(std::string_view(body).substr(start, comma == body.npos ? body.npos : comma - start));
    auto members = all_of_member(item, plain, qualifier_units);
    if (auto* e = std::get_if<TimeError>(&members)) return *e;
    for (const DayWindow& w : std::get<std::vector<DayWindow>>(members))
      if (auto e = outside_calendar(item, w)) return *e;
    for (const DayWindow& w : std::get<std::vector<DayWindow>>(members)) set.members.push_back(w);
    if (comma == body.npos) break;
    start = comma + 1;
  }
  return set;
}

DayWindow all_of_event_window(const AllOfSet& set) {
  DayWindow w{kFirstDay, kLastDay};
  for (const DayWindow& m : set.members) w = {std::max(w.earliest, m.earliest), std::min(w.latest, m.latest)};
  return w;
}

DayWindow all_of_span_start(const AllOfSet& set) {
  Day latest = kLastDay;
  for (const DayWindow& m : set.members) latest = std::min(latest, m.latest);
  return {kFirstDay, latest};
}

DayWindow all_of_span_end(const AllOfSet& set) {
  Day earliest = kFirstDay;
  for (const DayWindow& m : set.members) earliest = std::max(earliest, m.earliest);
  return {earliest, kLastDay};
}

std::optional<WindowResult> resolve_edtf(std::string_view text, int qualifier_units) {
  if (auto r = edtf_one_of(text, qualifier_units)) return r;
  if (auto r = edtf_interval(text, qualifier_units)) return r;
  return edtf_single(text, qualifier_units);
}

}  // namespace claimcheck
