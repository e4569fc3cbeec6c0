// Finding fingerprints: a rule and its claims' ids hashed, so line shifts never change them.
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

}  // namespace

std::string finding_fingerprint(const Report& report, const Finding& finding) {
  std::vector<std::string> ids;
  for (int c : finding.claims) ids.push_back(report.dataset.claims[static_cast<std::size_t>(c)].full_id);
  std::sort(ids.begin(), ids.end());
  // Only what identifies the contradiction: not file names, lines or message wording.
  std::string key = finding.rule;
  for (const std::string& id : ids) key += '\n' + id;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(key)));
  return hex;
}

}  // namespace claimcheck
