// allen in words: each stated relation with both claims' dates.
#include <algorithm>
#include <utility>

#include "explain/kinds.h"

namespace claimcheck::kinds::allen {

namespace {

// Allen relations as a sentence reads them: "A comes before B".
std::string relation_words(const std::string& relation) {
  static const std::pair<const char*, const char*> kWords[] = {{"before", "comes before"},
                                                               {"after", "comes after"},
                                                               {"meets", "ends just before"},
                                                               {"met-by", "starts just after"},
                                                               {"overlaps", "overlaps the start of"},
                                                               {"overlapped-by", "overlaps the end of"},
                                                               {"starts", "starts with and ends before"},
                                                               {"started-by", "starts with and ends after"},
                                                               {"during", "lies within"},
                                                               {"contains", "contains"},
                                                               {"finishes", "ends with and starts after"},
                                                               {"finished-by", "ends with and starts before"},
                                                               {"equals", "is the same span as"}};
  for (const auto& [name, words] : kWords)
    if (relation == name) return words;
  return relation;
}

}  // namespace

std::string allen_words(const KindInput& in) {
  const Dataset& d = in.dataset;
  std::vector<std::string> relations;
  std::vector<int> mentioned;
  for (int c : in.finding.claims) {
    const Claim& claim = claim_at(d, c);
    if (!claim.relation) continue;
    auto other = std::find_if(in.finding.claims.begin(), in.finding.claims.end(),
                              [&](int o) { return claim_at(d, o).full_id == claim.relation->other; });
    if (other == in.finding.claims.end()) continue;
    const Claim& target = claim_at(d, *other);
    relations.push_back(who_says(claim, d) + " says " + what(claim) + " (" + when(claim.time) + ") " +
                        relation_words(claim.relation->name) + " " + what(target) + " (" + when(target.time) +
                        ", according to " + who_says(target, d) + ")");
    mentioned.push_back(c);
    mentioned.push_back(*other);
  }
  // Every claim's date must appear, or the sentence would hide part of the conflict.
  for (int c : in.finding.claims)
    if (std::find(mentioned.begin(), mentioned.end(), c) == mentioned.end()) return "";
  return join(relations, "; and ") + "; rule " + in.rule.id + " cannot make these relations hold with these dates.";
}

const KindExplaining explaining{
    .message = "the stated relations between these events cannot all hold together with their dates",
    .words = allen_words};

}  // namespace claimcheck::kinds::allen
