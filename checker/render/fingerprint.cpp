// Finding fingerprints: a rule and its claims' content hashed, so line shifts never change them and edits do.
#include "render/fingerprint.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "claimcheck/render.h"

namespace claimcheck {

namespace {

// FNV-1a, 64 bits: stable across platforms and compilers, unlike std::hash.
std::uint64_t fnv1a(const std::string& text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (char ch : text) {
    hash ^= static_cast<unsigned char>(ch);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// What a claim says, as a reviewer accepted it: its id, what it is about, its value and its time as
// written. Each field is prefixed with its length, so no two claims' fields run together alike.
std::string claim_content(const Claim& claim) {
  std::string out;
  for (const std::string* field : {&claim.full_id, &claim.name, &claim.subject, &claim.object, &claim.time.text})
    out += std::to_string(field->size()) + ':' + *field;
  if (claim.kind == ClaimKind::state)
    out += '=' + std::to_string(claim.value.text.size()) + ':' + claim.value.text;
  else
    out += "!event";
  return out;
}

}  // namespace

std::string finding_fingerprint(const Report& report, const Finding& finding) {
  std::vector<std::string> claims;
  for (int c : finding.claims) claims.push_back(claim_content(report.dataset.claims[static_cast<std::size_t>(c)]));
  std::sort(claims.begin(), claims.end());
  // What identifies the accepted contradiction: the rule and what each claim says; not file
  // names, lines or message wording.
  std::string key = finding.rule;
  for (const std::string& claim : claims) key += '\n' + claim;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(key)));
  return hex;
}

std::string describe_stale_entry(const StaleBaselineEntry& entry) {
  std::string claims;
  for (std::size_t i = 0; i < entry.claims.size(); ++i)
    claims += (i == 0 ? "" : i + 1 == entry.claims.size() ? " and " : ", ") + entry.claims[i];
  std::string out = "baseline entry for rule " + (entry.rule.empty() ? std::string("(not named)") : entry.rule);
  if (!claims.empty()) out += " on claims " + claims;
  out += " (fingerprint " + entry.fingerprint + ") matches no finding any more";
  if (!entry.why.empty()) out += ": " + entry.why;
  return out;
}

}  // namespace claimcheck
