// Blame: counts each claim's conflicts and best repairs, and says so in one line.
#include "explain/blame.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

namespace claimcheck {

namespace {

std::string number(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", x);
  return text;
}

std::string weight_reason(const Claim& claim, const Dataset& dataset) {
  double reliability = dataset.sources[static_cast<std::size_t>(claim.source)].reliability;
  std::string out = "weight " + number(claim_weight(claim, dataset)) + " (reliability " + number(reliability);
  if (claim.confidence != 1.0) out += " × confidence " + number(claim.confidence);
  return out + ")";
}

// What the repair search proved about one claim. A search cut by time proves only what it
// found: a best repair found so far may remove the claim, but none is known to be the only best.
std::string repair_verdict(const Blame& b, const GroupRepairs& group, bool best_cut) {
  if (group.repairs.empty())
    return group.unknown_reason.empty() ? std::string("no repair listed")
                                        : "no repair found (" + group.unknown_reason + ")";
  if (!group.cut_reason.empty())
    return std::string(b.in_some_best_repair ? "removed by a best repair found so far"
                                             : "kept by the best repairs found so far") +
           " (the repair search was cut: " + group.cut_reason + ")";
  if (b.in_every_best_repair) return "removed by every best repair";
  if (b.in_some_best_repair) return "removed by some best repairs";
  if (best_cut) return "kept by the best repairs listed (--max-repairs cut a tie)";  // one past the cut may remove it
  return "kept by the best repairs";
}

std::string blame_reason(const Blame& b, int conflicts, bool truncated, const std::string& verdict, const Claim& claim,
                         const Dataset& dataset) {
  std::string out = "in " + std::to_string(b.conflicts) + " of " + std::string(truncated ? "the " : "") +
                    std::to_string(conflicts) + " conflict" + (conflicts == 1 ? "" : "s") +
                    (truncated ? " listed (the list was cut)" : "") + "; ";
  return out + verdict + "; " + weight_reason(claim, dataset);
}

std::vector<int> sorted_by_location(std::vector<int> claims, const Dataset& dataset) {
  std::sort(claims.begin(), claims.end(), [&](int a, int b) {
    return std::tie(dataset.claims[static_cast<std::size_t>(a)].range, a) <
           std::tie(dataset.claims[static_cast<std::size_t>(b)].range, b);
  });
  return claims;
}

int count_best(const std::vector<RepairSet>& repairs) {
  int best = 0;
  for (const RepairSet& r : repairs) best += r.cost == repairs.front().cost;
  return best;
}

}  // namespace

double claim_weight(const Claim& claim, const Dataset& dataset) {
  return dataset.sources[static_cast<std::size_t>(claim.source)].reliability * claim.confidence;
}

GroupRepairs explain_repairs(const Group& group, const RepairSearch& search, const std::vector<Finding>& findings,
                             bool truncated, const Dataset& dataset) {
  GroupRepairs out;
  out.claims = group.claims;
  out.more = search.more;
  out.unknown_reason = search.unknown_reason;
  if (search.gave_up) out.cut_reason = search.cut_reason;
  bool complete = out.cut_reason.empty();
  for (const RepairSet& r : search.repairs) {
    // The optimizer's own cost, in thousandths: ties stay exact and sums print cleanly.
    out.repairs.push_back(Repair{sorted_by_location(r.claims, dataset), static_cast<double>(r.cost) / 1000.0});
  }
  out.best = count_best(search.repairs);
  // The limit cut a tie for the best: more best repairs exist than are listed, so no claim is
  // known to be in every one of them.
  bool best_cut = search.more_as_light;
  if (best_cut && complete) out.best += 1;  // a lower bound (cut by time, `best` counts those found)

  // Conflicts an exception accepted are shown apart and are not findings: a claim is blamed for
  // the others (for the accepted ones only when the group has no other).
  std::vector<const Finding*> counted;
  for (const Finding& f : findings)
    if (f.suppressed_because.empty()) counted.push_back(&f);
  if (counted.empty())
    for (const Finding& f : findings) counted.push_back(&f);
  std::map<int, Blame> by_claim;
  for (const Finding* f : counted)
    for (int c : f->claims) by_claim[c].conflicts += 1;
  for (auto& [claim, blame] : by_claim) {
    const Claim& the_claim = dataset.claims[static_cast<std::size_t>(claim)];
    blame.claim = claim;
    blame.weight = claim_weight(the_claim, dataset);
    int in_best = 0;
    for (int k = 0; k < out.best && k < static_cast<int>(search.repairs.size()); ++k) {
      const std::vector<int>& removed = search.repairs[static_cast<std::size_t>(k)].claims;
      in_best += std::find(removed.begin(), removed.end(), claim) != removed.end();
    }
    blame.in_every_best_repair = complete && out.best > 0 && in_best == out.best && !best_cut;
    blame.in_some_best_repair = in_best > 0;
    blame.reason = blame_reason(blame, static_cast<int>(counted.size()), truncated,
                                repair_verdict(blame, out, best_cut), the_claim, dataset);
    out.blame.push_back(blame);
  }
  // A search cut by time ranks by what it does not depend on: which claims its first repairs
  // happened to remove says nothing about the repairs it never reached.
  auto rank_key = [&](const Blame& b) {
    bool every = complete && b.in_every_best_repair, some = complete && b.in_some_best_repair;
    return std::make_tuple(!every, !some, -b.conflicts, b.weight,
                           dataset.claims[static_cast<std::size_t>(b.claim)].range);
  };
  std::sort(out.blame.begin(), out.blame.end(),
            [&](const Blame& a, const Blame& b) { return rank_key(a) < rank_key(b); });
  return out;
}

}  // namespace claimcheck
