// conflicts-with in words: the two sides and that they never hold together.
#include "explain/kinds.h"

namespace claimcheck::kinds::conflicts_with {

std::string conflicts_with_words(const KindInput& in) {
  const Rule& rule = in.rule;
  std::vector<int> these = on_side(in.finding, rule.first, in.dataset);
  std::vector<int> others = on_side(in.finding, rule.second, in.dataset);
  if (!two_sided(in.finding, these, others)) return "";
  std::string both = side_words(rule.first) + " and " + side_words(rule.second);
  if (rule.ever)
    return statements(these, in.dataset) + ", and " + statements(others, in.dataset) + ", but rule " + rule.id +
           " says " + both + " are never both true.";
  return statements(these, in.dataset) + ", and " + statements(others, in.dataset) +
         "; these must share a day, but rule " + rule.id + " says " + both + " never hold at the same time.";
}

const KindExplaining explaining{.message = "{first} and {then} cannot both hold for {subject}{ with object}{when}",
                                .words = conflicts_with_words};

}  // namespace claimcheck::kinds::conflicts_with
