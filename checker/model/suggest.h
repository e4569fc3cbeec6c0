// "Did you mean": the closest known name to a misspelt one, by edit distance.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// Edit distance, case-insensitive: insertions, deletions, replacements and swaps of two adjacent
// letters each count one (optimal string alignment: no substring is edited twice).
int edit_distance(const std::string& a, const std::string& b);

// One edit apart in Damerau's sense: one code point inserted, deleted or replaced, or two
// adjacent ones swapped, where no code point the edit touches is an ASCII digit ("2010 Haiti
// earthquake" and "2011 Haiti earthquake" are two events, not a slip). Equal strings are not.
bool one_edit_apart(std::u32string_view a, std::u32string_view b);

// The closest candidate within a distance that scales with the word's length, or "".
std::string closest_name(const std::string& name, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "". A candidate equal to `self` is never suggested: a claim's own
// id is no fix for a reference it makes.
std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates,
                         std::string_view self = {});

// The indices of the `count` candidates closest to `name` by edit distance, closest first (ties
// in the candidates' order): "the closest forms" where a list says more than one guess.
std::vector<std::size_t> nearest_names(const std::string& name, const std::vector<std::string>& candidates,
                                       std::size_t count);

}  // namespace claimcheck
