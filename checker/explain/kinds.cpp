// Building blocks of the kinds' sentences: statements per claim, sides of a rule, day counts.
#include "explain/kinds.h"

#include <algorithm>
#include <cmath>

namespace claimcheck {

std::string subject_phrase(const std::string& subject, const std::string& object, const std::string& name) {
  return subject + "'s " + name + (object.empty() ? "" : " (" + object + ")");
}

// "in 2024-02-01..2024-02-29 (by X)" per claim, or one shared "(all by X)" when the sources agree.
std::string dated_list(const std::vector<int>& claims, const Dataset& dataset) {
  std::vector<std::string> windows, sources;
  for (int c : claims) {
    windows.push_back(when(claim_at(dataset, c).time));
    sources.push_back(who_says(claim_at(dataset, c), dataset));
  }
  bool one_voice = std::all_of(sources.begin(), sources.end(), [&](const std::string& s) { return s == sources[0]; });
  if (one_voice) return join(windows) + ", " + (claims.size() == 2 ? "both" : "all") + " according to " + sources[0];
  std::vector<std::string> items;
  for (std::size_t i = 0; i < claims.size(); ++i) items.push_back(windows[i] + " according to " + sources[i]);
  return join(items);
}

bool all_of_kind(const Finding& f, const Dataset& d, ClaimKind kind) {
  return std::all_of(f.claims.begin(), f.claims.end(), [&](int c) { return claim_at(d, c).kind == kind; });
}

std::string says(const Claim& claim, const Dataset& d) {
  return who_says(claim, d) + " says " + what(claim) + " " + when(claim.time);
}

// "Cai Moreno's born is dated in 1990-01-01..1990-12-31 according to City Almanac" or
// "Hesperia's membership (CSTO) is 'frozen' from … until … according to Bloc Monitor".
std::string statement(const Claim& claim, const Dataset& d) {
  return what(claim) + (claim.kind == ClaimKind::event ? " is dated " : " ") + when(claim.time) + " according to " +
         who_says(claim, d);
}

std::string statements(const std::vector<int>& claims, const Dataset& d) {
  std::vector<std::string> items;
  for (int c : claims) items.push_back(statement(claim_at(d, c), d));
  return join(items);
}

// "45750 days (about 125 years)": rule bounds are stored in days; long ones also read in years.
std::string days_words(std::int64_t days) {
  std::string text = std::to_string(days) + (days == 1 ? " day" : " days");
  if (days < 365) return text;
  long years = std::lround(static_cast<double>(days) / 365.25);
  return text + " (about " + std::to_string(years) + (years == 1 ? " year)" : " years)");
}

// The claims of the finding on one side of a two-sided rule.
std::vector<int> on_side(const Finding& f, const ClaimSelector& selector, const Dataset& d) {
  std::vector<int> out;
  for (int c : f.claims)
    if (selects(selector, claim_at(d, c))) out.push_back(c);
  return out;
}

// Every claim of the finding is on one of the two sides, and both sides have one.
bool two_sided(const Finding& f, const std::vector<int>& a, const std::vector<int>& b) {
  return !a.empty() && !b.empty() && a.size() + b.size() == f.claims.size();
}

// Any finding the shapes above do not fit: who says what, then every rule it needs.
std::string generic_words(const Finding& f, const Dataset& d) {
  std::vector<std::string> items;
  for (int c : f.claims)
    items.push_back(who_says(claim_at(d, c), d) + " says " + what(claim_at(d, c)) + " " + when(claim_at(d, c).time));
  std::vector<std::string> rules;
  for (const std::string& r : f.rules) rules.push_back(r);
  return join(items, "; and ") + "; rule" + (rules.size() == 1 ? " " : "s ") + join(rules) +
         (rules.size() == 1 ? " does" : " together do") + " not allow all of this.";
}

}  // namespace claimcheck
