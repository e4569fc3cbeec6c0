// Time test helpers: resolve an expression and show its window or error code as text.
#pragma once

#include <optional>
#include <string>

#include "time/resolve.h"

namespace claimcheck::testing {

// 1 September 2024, a Sunday: the publication day of the CSTO article and of docs/time.md's examples.
inline DayWindow sunday_1_september_2024() {
  return {make_day(2024, 9, 1), make_day(2024, 9, 1)};
}

inline std::string window_of(const std::string& text, std::optional<DayWindow> published = sunday_1_september_2024()) {
  WindowResult r = resolve_window(text, TimeContext{published});
  if (auto* e = std::get_if<TimeError>(&r)) return "error " + e->code + ": " + e->message;
  return format_window(std::get<ResolvedWindow>(r).window);
}

inline std::string code_of(const std::string& text, std::optional<DayWindow> published = sunday_1_september_2024()) {
  WindowResult r = resolve_window(text, TimeContext{published});
  auto* e = std::get_if<TimeError>(&r);
  return e ? e->code : "no error";
}

inline std::string length_of(const std::string& text) {
  LengthResult r = resolve_length(text);
  if (auto* e = std::get_if<TimeError>(&r)) return "error " + e->code;
  DayCount d = std::get<ResolvedLength>(r).days;
  return std::to_string(d.min) + ".." + std::to_string(d.max);
}

}  // namespace claimcheck::testing
