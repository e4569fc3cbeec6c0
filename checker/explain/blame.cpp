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

std::string blame_reason(const Blame& b, int conflicts, bool truncated, bool best_cut, const Claim& claim,
                         const Dataset& dataset) {
  std::string out = "in " + std::to_string(b.conflicts) + " of " + std::string(truncated ? "the " : "") +
                    std::to_string(conflicts) + " conflict" + (conflicts == 1 ? "" : "s") +
                    (truncated ? " listed (--max-conflicts cut the list)" : "") + "; ";
  if (b.in_every_best_repair)
    out += "removed by every best repair";
  else if (b.in_some_best_repair)
    out += "removed by some best repairs";
  else if (best_cut)  // a best repair past the --max-repairs cut may remove it
    out += "kept by the best repairs listed (--max-repairs cut a tie)";
  else
    out += "kept by the best repairs";
  return out + "; " + weight_reason(claim, dataset);
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
  for (const RepairSet& r : search.repairs) {
    // The optimizer's own cost, in thousandths: ties stay exact and sums print cleanly.
    out.repairs.push_back(Repair{sorted_by_location(r.claims, dataset), static_cast<double>(r.cost) / 1000.0});
  }
  out.best = count_best(search.repairs);
  // The limit cut a tie for the best: more best repairs exist than are listed, so no claim is
  // known to be in every one of them.
  bool best_cut = search.more_as_light;
  if (best_cut) out.best += 1;  // a lower bound

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
    blame.in_every_best_repair = out.best > 0 && in_best == out.best && !best_cut;
    blame.in_some_best_repair = in_best > 0;
    blame.reason = blame_reason(blame, static_cast<int>(counted.size()), truncated, best_cut, the_claim, dataset);
    out.blame.push_back(blame);
  }
  auto rank_key = [&](const Blame& b) {
    return std::make_tuple(!b.in_every_best_repair, !b.in_some_best_repair, -b.conflicts, b.weight,
                           dataset.claims[static_cast<std::size_t>(b.claim)].range);
  };
  std::sort(out.blame.begin(), out.blame.end(), [&](const Blame& a, const Blame& b) { return rank_key(a) < rank_key(b); });
  return out;
}

}  // namespace claimcheck
