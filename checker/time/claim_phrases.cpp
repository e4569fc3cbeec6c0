// Phrases dated from another claim: fixed phrases for adjacent days, else a duration and a direction.
#include "time/claim_phrases.h"

#include <algorithm>

#include "time/durations.h"
#include "time/time_text.h"

namespace claimcheck {

namespace {

constexpr std::int64_t kOpen = static_cast<std::int64_t>(kLastDay) - kFirstDay;

struct FixedPhrase {
  const char* words;
  bool after;
  DayCount gap;
  const char* rule;
};

// "The day before" names the adjacent day exactly, unlike "a day earlier", which counts as a
// duration (with or without its last day).
const FixedPhrase kFixed[] = {
    {"the same day", true, {0, 0}, "the same day: the claim's day"},
    {"the day before", false, {1, 1}, "the day before: exactly one day before the claim's first day"},
    {"the previous day", false, {1, 1}, "the previous day: exactly one day before the claim's first day"},
    {"the day after", true, {1, 1}, "the day after: exactly one day after the claim's last day"},
    {"the next day", true, {1, 1}, "the next day: exactly one day after the claim's last day"},
    {"the following day", true, {1, 1}, "the following day: exactly one day after the claim's last day"},
    {"later", true, {0, kOpen}, "later: on or after the claim's last day"},
    {"afterwards", true, {0, kOpen}, "later: on or after the claim's last day"},
    {"earlier", false, {0, kOpen}, "earlier: on or before the claim's first day"},
};

std::optional<bool> direction_word(const std::string& word) {
  static const std::vector<std::string> after = {"later", "after", "afterwards", "on"};
  static const std::vector<std::string> before = {"earlier", "before", "prior"};
  if (std::find(after.begin(), after.end(), word) != after.end()) return true;
  if (std::find(before.begin(), before.end(), word) != before.end()) return false;
  return std::nullopt;
}

}  // namespace

std::optional<ClaimRelative> resolve_claim_relative(std::string_view text) {
  std::vector<std::string> words = words_of(text);
  std::string phrase = joined(words);
  for (const FixedPhrase& fixed : kFixed)
    if (phrase == fixed.words) return ClaimRelative{fixed.after, fixed.gap, fixed.rule};
  if (words.size() < 2) return std::nullopt;
  std::optional<bool> after = direction_word(words.back());
  if (!after) return std::nullopt;
  LengthResult length = resolve_duration(joined(std::vector<std::string>(words.begin(), words.end() - 1)));
  const auto* resolved = std::get_if<ResolvedLength>(&length);
  if (!resolved) return std::nullopt;
  return ClaimRelative{
      *after, resolved->days,
      std::string(*after ? "D later: " : "D earlier: ") + resolved->rule +
          (*after ? ", counted from the claim's last day" : ", counted back from the claim's first day")};
}

const std::vector<std::string>& claim_relative_examples() {
  static const std::vector<std::string> examples = {
      "the same day",   "the day before", "the previous day", "the day after",  "the next day", "the following day",
      "two days later", "a week later",   "two days earlier", "a week earlier", "later",        "earlier",
      "after",          "before"};
  return examples;
}

}  // namespace claimcheck
