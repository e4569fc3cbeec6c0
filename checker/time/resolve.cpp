// Resolving time fields: tries EDTF, then natural phrases, and explains what it cannot read.
#include "time/resolve.h"

#include <cctype>

#include "model/phrases.h"
#include "time/durations.h"
#include "time/edtf.h"
#include "time/phrases.h"
#include "time/time_text.h"
#include "time/unknown_forms.h"

namespace claimcheck {

namespace {

// Every day a window holds must be on the calendar. A window is never clamped to it: that would
// drop days the words can mean, and a window too narrow invents contradictions. Open ends ("A/..",
// "before X") are at the calendar's edges already, so only ends that were computed get here.
WindowResult on_calendar(std::string_view text, WindowResult result) {
  auto* resolved = std::get_if<ResolvedWindow>(&result);
  if (!resolved) return result;
  if (auto error = outside_calendar(text, resolved->window)) return *error;
  if (resolved->since_start)
    if (auto error = outside_calendar(text, *resolved->since_start)) return *error;
  return result;
}

}  // namespace

std::optional<TimeError> outside_calendar(std::string_view text, const DayWindow& window) {
  Day outside = window.earliest < kFirstDay || window.earliest > kLastDay ? window.earliest
                : window.latest > kLastDay || window.latest < kFirstDay   ? window.latest
                                                                          : kFirstDay;
  if (outside == kFirstDay) return std::nullopt;
  return TimeError{"date-out-of-range",
                   quoted(std::string(text)) + " reaches " + format_day(outside) +
                       ", outside the calendar: claimcheck handles years 0001 to 9999",
                   std::string(text)};
}

std::size_t fragment_offset(std::string_view text, const TimeError& error) {
  if (error.fragment.empty() || error.fragment.size() > text.size()) return std::string_view::npos;
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  for (std::size_t i = 0; i + error.fragment.size() <= text.size(); ++i) {
    bool same = true;
    for (std::size_t k = 0; same && k < error.fragment.size(); ++k)
      same = lower(text[i + k]) == lower(error.fragment[k]);
    if (same) return i;
  }
  return std::string_view::npos;
}

WindowResult resolve_part(std::string_view text, const TimeContext& context) {
  std::string plain = trimmed(text);
  if (plain.empty()) return TimeError{"empty-time-expression", "time expression is empty"};
  if (plain.front() == '{')
    return TimeError{"all-of-set-outside-at",
                     "an all-of set '" + plain + "' says when a whole claim holds: give it as the claim's 'at'"};
  if (auto r = resolve_edtf(plain, context.qualifier_units)) return *r;
  if (auto r = resolve_phrase(plain, context)) return *r;
  return unreadable_time(plain);
}

WindowResult resolve_window(std::string_view text, const TimeContext& context) {
  return on_calendar(trimmed(text), resolve_part(text, context));
}

WindowResult resolve_published(std::string_view text, int qualifier_units) {
  std::string plain = trimmed(text);
  if (auto r = resolve_edtf(plain, qualifier_units)) return on_calendar(plain, *r);
  return TimeError{
      "invalid-published",
      "'published' must be an EDTF date (2024-09-01, 2024-09, 2024) or window (2024-06/2024-12), not '" + plain + "'"};
}

LengthResult resolve_length(std::string_view text) {
  return resolve_duration(text);
}

std::vector<PublicationRun> window_by_publication(std::string_view text, const DayWindow& published,
                                                  int qualifier_units) {
  std::vector<PublicationRun> runs;
  if (published.latest - published.earliest + 1 > kMaxPublicationDays) return runs;
  for (Day day = published.earliest; day <= published.latest; ++day) {
    WindowResult result = resolve_window(text, TimeContext{DayWindow{day, day}, qualifier_units});
    const auto* resolved = std::get_if<ResolvedWindow>(&result);
    if (!resolved) continue;
    if (!runs.empty() && runs.back().published.latest == day - 1 && runs.back().window == resolved->window)
      runs.back().published.latest = day;
    else
      runs.push_back({{day, day}, resolved->window});
  }
  if (runs.size() == 1 && runs.front().published == published) runs.clear();
  return runs;
}

}  // namespace claimcheck
