// Resolving time fields: what a curator typed ("in February", "mid-2023", "almost a year") → days.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "claimcheck/calendar.h"

namespace claimcheck {

// What relative phrases are resolved against: the source's publication window.
inline constexpr int kDefaultQualifierUnits = 1;
inline constexpr int kMaxQualifierUnits = 12;

struct TimeContext {
  std::optional<DayWindow> published;
  // How many units of the stated precision EDTF ?, ~ and % widen each side (a source's
  // `qualifier_widening`, explain-time's --qualifier-widening).
  int qualifier_units = kDefaultQualifierUnits;
};

struct ResolvedWindow {
  DayWindow window;
  std::string rule;  // the row of docs/time.md that produced it, e.g. "month name"
  // "since X": the window of X, where a state's span starts (it runs to publication).
  std::optional<DayWindow> since_start = std::nullopt;
};

struct ResolvedLength {
  DayCount days;
  std::string rule;
};

struct TimeError {
  std::string code;  // stable: "invalid-date", "unknown-time-expression", "relative-without-published", …
  std::string message;
  std::string fragment = {};  // the part of the text at fault ("Febuary"), when narrower than all of it
};

// Where `error.fragment` starts in `text` (case-insensitive), or npos.
std::size_t fragment_offset(std::string_view text, const TimeError& error);

using WindowResult = std::variant<ResolvedWindow, TimeError>;
using LengthResult = std::variant<ResolvedLength, TimeError>;

// A window that leaves the calendar (kFirstDay..kLastDay): a date-out-of-range error naming `text`.
std::optional<TimeError> outside_calendar(std::string_view text, const DayWindow& window);

// A date, a window or a phrase → the window of days it can mean; an error when any of those
// days is outside 0001-01-01..9999-12-31 ("next year" published in 9999, "0001~").
WindowResult resolve_window(std::string_view text, const TimeContext& context);
// As resolve_window, but the window may leave the calendar: the part of a phrase ("winter 9999"
// in "before winter 9999"), whose whole window is what gets checked.
WindowResult resolve_part(std::string_view text, const TimeContext& context);
// A duration ("3 months", "P1Y2M", "almost a year", "about 2 weeks") → bounds on end − start in days.
LengthResult resolve_length(std::string_view text);
// "{2024-02-01, 2024-02-10}", "{2024-02..2024-04}": an EDTF level-2 all-of set, every member
// true. Each member's window; a range `c..d` gives c and d (an open end: the calendar's edge).
struct AllOfSet {
  std::vector<DayWindow> members;
};
using AllOfResult = std::variant<AllOfSet, TimeError>;
// nullopt when the text does not start with '{'.
std::optional<AllOfResult> resolve_all_of(std::string_view text, int qualifier_units = kDefaultQualifierUnits);
// An event (one day) in every member: the members' intersection (empty when they share no day).
DayWindow all_of_event_window(const AllOfSet& set);
// A state's span with a day in every member: it starts by the earliest last day of a member
// and ends on or after the latest first day of one.
DayWindow all_of_span_start(const AllOfSet& set);
DayWindow all_of_span_end(const AllOfSet& set);

// Past this many possible publication days a claim keeps only its hull (docs/time.md).
inline constexpr Day kMaxPublicationDays = 400;

// `text` read against each day of a publication window (what explain-time shows for a window
// `published`): runs of publication days that give the same window, in order. A day whose reading
// fails is left out. Empty when every day reads alike (an absolute date) or when the window holds
// more than kMaxPublicationDays days.
struct PublicationRun {
  DayWindow published;
  DayWindow window;
};
std::vector<PublicationRun> window_by_publication(std::string_view text, const DayWindow& published,
                                                  int qualifier_units = kDefaultQualifierUnits);

// `published:` of a source: a date or a window of absolute dates only.
WindowResult resolve_published(std::string_view text, int qualifier_units = kDefaultQualifierUnits);

}  // namespace claimcheck
