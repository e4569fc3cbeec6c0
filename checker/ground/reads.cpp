// Reads: the keys under which grounding may relate a claim to others (see reads.h).
#include "ground/reads.h"

#include <algorithm>
#include <string_view>

#include "platform/hash.h"

namespace claimcheck {

namespace {

// What grounders match a claim by: its pair and its name, as the claim or as one of its mirrors.
struct Form {
  std::string_view subject, object, name;
  ClaimKind kind;
};

ReadKey key(char tag, std::string_view first, std::string_view second, KeyRole role) {
  std::uint64_t hash = fnv1a(std::string_view(&tag, 1));
  hash = fnv1a(first, hash);
  hash = fnv1a(std::string_view("\0", 1), hash);  // ("ab", "c") and ("a", "bc") differ
  hash = fnv1a(second, hash);
  return (hash & ~std::uint64_t{3}) | static_cast<std::uint64_t>(role);
}

// By name only (values, objects and `where` are ignored): a superset of what `selects` picks.
bool names(const ClaimSelector& selector, const Form& form) {
  if (!selector.event.empty()) return form.kind == ClaimKind::event && form.name == selector.event;
  if (!selector.state.empty()) return form.kind == ClaimKind::state && form.name == selector.state;
  return false;
}

std::string_view name_of(const ClaimSelector& selector) {
  return selector.event.empty() ? std::string_view(selector.state) : std::string_view(selector.event);
}

// The claim itself and, for every symmetric or inverse rule naming it, its mirrors (subject and
// object swapped) under each name the rule may give them.
std::vector<Form> forms_of(const Claim& claim, const RuleSet& rules) {
  std::vector<Form> forms{{claim.subject, claim.object, claim.name, claim.kind}};
  if (claim.object.empty()) return forms;
  for (const Rule& rule : rules.rules) {
    if (rule.kind != RuleKind::symmetric && rule.kind != RuleKind::inverse) continue;
    std::string_view first = name_of(rule.first);
    std::string_view inverse = rule.kind == RuleKind::inverse ? std::string_view(rule.inverse) : first;
    if (claim.name != first && claim.name != inverse) continue;
    for (std::string_view name : {first, inverse}) forms.push_back({claim.object, claim.subject, name, claim.kind});
  }
  return forms;
}

bool any_rule_matches_by_subject(const RuleSet& rules) {
  return std::any_of(rules.rules.begin(), rules.rules.end(),
                     [](const Rule& r) { return r.match == RuleMatch::subject; });
}

void add_form_keys(const Form& form, const RuleSet& rules, bool by_subject, std::vector<ReadKey>& out) {
  out.push_back(key('P', form.subject, form.object, KeyRole::shared));  // every grounder's buckets
  if (by_subject) out.push_back(key('S', form.subject, {}, KeyRole::shared));
  for (const Rule& rule : rules.rules) {
    if (rule.kind == RuleKind::contemporary) {  // a relation reads both entities' lifetimes
      if (names(rule.first, form)) {
        out.push_back(key('E', form.subject, {}, KeyRole::reads));
        if (!form.object.empty()) out.push_back(key('E', form.object, {}, KeyRole::reads));
      }
      if (names(rule.begins, form) || names(rule.ends, form))
        out.push_back(key('E', form.subject, {}, KeyRole::provides));
    } else if (rule.kind == RuleKind::count) {  // a count of X reads the claims whose object is X
      if (form.kind == ClaimKind::state && form.name == rule.state)
        out.push_back(key('H', form.subject, {}, KeyRole::reads));
      if (names(rule.first, form)) out.push_back(key('H', form.object, {}, KeyRole::provides));
    }
  }
}

}  // namespace

std::vector<ReadKey> read_keys(const Claim& claim, const RuleSet& rules) {
  std::vector<ReadKey> out;
  bool by_subject = any_rule_matches_by_subject(rules);
  for (const Form& form : forms_of(claim, rules)) add_form_keys(form, rules, by_subject, out);
  // Ids: an anchor or a stated Allen relation reads the claim it names.
  out.push_back(key('I', claim.full_id, {}, KeyRole::provides));
  if (claim.time.anchor) out.push_back(key('I', claim.time.anchor->target, {}, KeyRole::reads));
  if (claim.relation) out.push_back(key('I', claim.relation->other, {}, KeyRole::reads));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace claimcheck
