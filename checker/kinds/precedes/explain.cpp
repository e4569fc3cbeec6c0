// precedes in words: the firsts, the thens, and the order and gap the rule asks.
#include "explain/kinds.h"

namespace claimcheck::kinds::precedes {

std::string precedes_words(const KindInput& in) {
  const Rule& rule = in.rule;
  std::vector<int> firsts = on_side(in.finding, rule.first, in.dataset);
  std::vector<int> thens = on_side(in.finding, rule.second, in.dataset);
  if (!two_sided(in.finding, firsts, thens)) return "";
  std::string gap;
  if (rule.min_days && *rule.min_days > 0) gap += " at least " + days_words(*rule.min_days);
  if (rule.max_days) gap += (gap.empty() ? " at most " : " and at most ") + days_words(*rule.max_days);
  if (!gap.empty()) gap = "," + gap + " apart";
  return statements(firsts, in.dataset) + ", and " + statements(thens, in.dataset) + ", but rule " + rule.id +
         " says " + side_words(rule.first) + " comes before " + side_words(rule.second) + gap + ".";
}

const KindExplaining explaining{
    .message =
        "{first} must come before {then} for {subject}{ with object}{gap}, but the claims' dates do not allow it",
    .words = precedes_words,
    .bounds_apart = true};

}  // namespace claimcheck::kinds::precedes
