// Fuzz target: arbitrary text as a time window, a publication date and a duration.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claimcheck/calendar.h"
#include "time/resolve.h"

using namespace claimcheck;

namespace {

// A resolved window must be a real window: a crash-free parser that returns earliest > latest
// would silently make claims impossible, so the harness treats it as a bug.
void check_window(const WindowResult& result) {
  if (const auto* resolved = std::get_if<ResolvedWindow>(&result))
    if (resolved->window.earliest > resolved->window.latest) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  TimeContext context{DayWindow{make_day(2024, 9, 1), make_day(2024, 9, 30)}};
  check_window(resolve_window(text, context));
  check_window(resolve_window(text, TimeContext{}));
  check_window(resolve_published(text));
  LengthResult length = resolve_length(text);
  if (const auto* resolved = std::get_if<ResolvedLength>(&length))
    if (resolved->days.min > resolved->days.max || resolved->days.min < 0) __builtin_trap();
  return 0;
}
