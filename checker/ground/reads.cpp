// Reads: the keys under which grounding may relate a claim to others (see reads.h).
#include "ground/reads.h"

#include <algorithm>
#include <string_view>

#include "ground/kinds.h"
#include "platform/hash.h"

namespace claimcheck {

ReadKey read_key(char tag, std::string_view first, std::string_view second, KeyRole role) {
  std::uint64_t hash = fnv1a(std::string_view(&tag, 1));
  hash = fnv1a(first, hash);
  hash = fnv1a(std::string_view("\0", 1), hash);  // ("ab", "c") and ("a", "bc") differ
  hash = fnv1a(second, hash);
  return (hash & ~std::uint64_t{3}) | static_cast<std::uint64_t>(role);
}

namespace {

// The claim itself and, for every symmetric or inverse rule naming it, its mirrors (subject and
// object swapped) under each name the rule may give them.
std::vector<ClaimForm> forms_of(const Claim& claim, const RuleSet& rules) {
  std::vector<ClaimForm> forms{{claim.subject, claim.object, claim.name, claim.kind}};
  if (claim.object.empty()) return forms;
  for (const Rule& rule : rules.rules) {
    KindMirrorNames mirror_names = grounding_of(rule.kind).mirror_names;
    if (!mirror_names) continue;
    auto [first, inverse] = mirror_names(rule);
    if (claim.name != first && claim.name != inverse) continue;
    for (std::string_view name : {first, inverse}) forms.push_back({claim.object, claim.subject, name, claim.kind});
  }
  return forms;
}

bool any_rule_matches_by_subject(const RuleSet& rules) {
  return std::any_of(rules.rules.begin(), rules.rules.end(),
                     [](const Rule& r) { return r.match == RuleMatch::subject; });
}

void add_form_keys(const ClaimForm& form, const RuleSet& rules, bool by_subject, std::vector<ReadKey>& out) {
  out.push_back(read_key('P', form.subject, form.object, KeyRole::shared));  // every grounder's buckets
  if (by_subject) out.push_back(read_key('S', form.subject, {}, KeyRole::shared));
  for (const Rule& rule : rules.rules)
    if (KindReads reads = grounding_of(rule.kind).reads) reads(rule, form, out);
}

}  // namespace

std::vector<ReadKey> read_keys(const Claim& claim, const RuleSet& rules) {
  std::vector<ReadKey> out;
  bool by_subject = any_rule_matches_by_subject(rules);
  for (const ClaimForm& form : forms_of(claim, rules)) add_form_keys(form, rules, by_subject, out);
  // Ids: an anchor or a stated Allen relation reads the claim it names.
  out.push_back(read_key('I', claim.full_id, {}, KeyRole::provides));
  if (claim.time.anchor) out.push_back(read_key('I', claim.time.anchor->target, {}, KeyRole::reads));
  if (claim.relation) out.push_back(read_key('I', claim.relation->other, {}, KeyRole::reads));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace claimcheck
