// Rule kinds in words: each kind's message template and the sentence that says why its claims conflict.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "claimcheck/report.h"
#include "explain/wording.h"
#include "ground/kinds.h"
#include "model/phrases.h"
#include "model/selectors.h"

namespace claimcheck {

// What every kind's sentence is made from: the finding, its primary rule and rule instance.
struct KindInput {
  const Finding& finding;
  const Rule& rule;
  const RuleInstance& instance;
  const Dataset& dataset;
};

// The sentence for a finding of one kind, or "" when the finding does not fit the kind's shape
// (it then reads as who says what).
using KindWording = std::string (*)(const KindInput& in);

// The state whose claims fill a message's {values} ("": every state claim of the conflict).
using ValuesState = const std::string& (*)(const Rule& rule);

// How a mirror rule (symmetric, inverse) reads claims, for the findings that read claims through
// it: "'borders' of A with B also as 'borders' of B with A."
using MirrorReading = std::string (*)(const Rule& rule);

// Everything explaining knows of one rule kind.
struct KindExplaining {
  const char* message = "claims cannot all be true";  // the template when the rule has no `message`
  KindWording words = nullptr;
  ValuesState values_state = nullptr;
  // {allowed}: the values of `other` (requires) rather than `allowed` (after-event).
  bool allows_other = false;
  // {gap} and {length} read as a gap between claims: ", at least 3 days apart".
  bool bounds_apart = false;
  MirrorReading mirror_reading = nullptr;
};
const KindExplaining& explaining_of(RuleKind kind);

// Each kind's row, defined in checker/kinds/<kind>/explain.cpp (claimcheck/rule_kinds.def lists the kinds).
namespace kinds {
#define CLAIMCHECK_RULE_KIND(identifier, name) \
  namespace identifier {                       \
  extern const KindExplaining explaining;      \
  }
#include "claimcheck/rule_kinds.def"
#undef CLAIMCHECK_RULE_KIND
}  // namespace kinds

// --- building blocks of the sentences (explain/kinds.cpp) ---

// "Armenia's membership (CSTO)"
std::string subject_phrase(const std::string& subject, const std::string& object, const std::string& name);
// "in 2024-02-01..2024-02-29 according to X" per claim, or one shared "both according to X".
std::string dated_list(const std::vector<int>& claims, const Dataset& dataset);
bool all_of_kind(const Finding& f, const Dataset& d, ClaimKind kind);
// "X says Armenia's membership of CSTO is 'frozen' in 2024"
std::string says(const Claim& claim, const Dataset& d);
// "Cai Moreno's born is dated in 1990-01-01..1990-12-31 according to City Almanac"
std::string statement(const Claim& claim, const Dataset& d);
std::string statements(const std::vector<int>& claims, const Dataset& d);
// "45750 days (about 125 years)"
std::string days_words(std::int64_t days);
// The claims of the finding on one side of a two-sided rule.
std::vector<int> on_side(const Finding& f, const ClaimSelector& selector, const Dataset& d);
// Every claim of the finding is on one of the two sides, and both sides have one.
bool two_sided(const Finding& f, const std::vector<int>& a, const std::vector<int>& b);
// Any finding the kinds' shapes do not fit: who says what, then every rule it needs.
std::string generic_words(const Finding& f, const Dataset& d);

}  // namespace claimcheck
