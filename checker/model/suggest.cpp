// "Did you mean": edit distance (adjacent swaps count as one edit) over known names, as ninja does.
#include "model/suggest.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace claimcheck {

namespace {

char folded(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

}  // namespace

// Optimal string alignment: Levenshtein plus one more move, two adjacent letters swapped for
// the price of one edit ("chekc" is one slip from "check", not two). Three rows suffice.
int edit_distance(const std::string& a, const std::string& b) {
  std::vector<int> before(b.size() + 1), previous(b.size() + 1), row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= b.size(); ++j) {
      bool same = folded(a[i - 1]) == folded(b[j - 1]);
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (same ? 0 : 1)});
      if (i > 1 && j > 1 && folded(a[i - 1]) == folded(b[j - 2]) && folded(a[i - 2]) == folded(b[j - 1]))
        row[j] = std::min(row[j], before[j - 2] + 1);
    }
    std::swap(before, previous);
    std::swap(previous, row);
  }
  return previous[b.size()];
}

namespace {

bool is_digit(char32_t c) {
  return c >= U'0' && c <= U'9';
}

// `longer` is `shorter` with one code point inserted (no digit).
bool one_insertion(std::u32string_view shorter, std::u32string_view longer) {
  std::size_t i = 0;
  while (i < shorter.size() && shorter[i] == longer[i]) ++i;
  return !is_digit(longer[i]) && shorter.substr(i) == longer.substr(i + 1);
}

// Same length: one code point replaced, or two adjacent ones swapped (no digit either way).
bool one_replacement_or_swap(std::u32string_view a, std::u32string_view b) {
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size() || is_digit(a[i]) || is_digit(b[i])) return false;
  if (a.substr(i + 1) == b.substr(i + 1)) return true;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && !is_digit(a[i + 1]) &&
         a.substr(i + 2) == b.substr(i + 2);
}

std::string closest_name_but(const std::string& name, const std::vector<std::string>& candidates,
                             std::string_view self) {
  int allowed = std::max(1, static_cast<int>(name.size()) / 3);
  std::string best;
  int best_distance = allowed + 1;
  for (const std::string& candidate : candidates) {
    if (!self.empty() && candidate == self) continue;
    int d = edit_distance(name, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

}  // namespace

bool one_edit_apart(std::u32string_view a, std::u32string_view b) {
  if (a.size() == b.size()) return one_replacement_or_swap(a, b);
  if (a.size() + 1 == b.size()) return one_insertion(a, b);
  if (b.size() + 1 == a.size()) return one_insertion(b, a);
  return false;
}

std::string closest_name(const std::string& name, const std::vector<std::string>& candidates) {
  return closest_name_but(name, candidates, {});
}

std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates, std::string_view self) {
  std::string best = closest_name_but(name, candidates, self);
  return best.empty() ? "" : " (did you mean '" + best + "'?)";
}

std::vector<std::size_t> nearest_names(const std::string& name, const std::vector<std::string>& candidates,
                                       std::size_t count) {
  std::vector<std::pair<int, std::size_t>> ranked;
  for (std::size_t i = 0; i < candidates.size(); ++i) ranked.emplace_back(edit_distance(name, candidates[i]), i);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::size_t> indices;
  for (std::size_t i = 0; i < std::min(count, ranked.size()); ++i) indices.push_back(ranked[i].second);
  return indices;
}

}  // namespace claimcheck
