// Phrases every person-facing stage builds sentences from: lists, quoted words, bounds, rule sides.
#pragma once

#include <string>
#include <vector>

#include "claimcheck/calendar.h"
#include "claimcheck/rules.h"

namespace claimcheck {

// 'text'
std::string quoted(const std::string& text);
// "a, b and c": `last` goes before the last item.
std::string join(const std::vector<std::string>& items, const std::string& last = " and ");
// "'a', 'b' or 'c'"
std::string join_quoted(const std::vector<std::string>& items, const std::string& last);
// A window of days, or "an unknown day" when it is the whole calendar.
std::string describe_bound(const DayWindow& window);
// One side of a rule: "membership 'member' or 'frozen' (with NATO)"; with `quote_name`,
// "'membership' 'member' or 'frozen' (with NATO)".
std::string side_words(const ClaimSelector& selector, bool quote_name = false);
// An expression rule's `assert` in words, from its parsed options: "the earlier claim ends on or
// after the later one starts, or the earlier figure is at most the later one".
std::string expression_in_words(const Rule& rule);
// The claims an expression rule binds: "any two 'casualties' claims of one subject and object,
// earlier and later".
std::string expression_bindings_in_words(const Rule& rule);
// "Word": the first letter in upper case, for a phrase that opens a sentence.
std::string capitalized(std::string text);

}  // namespace claimcheck
