// Reads: which claims grounding may relate, as keys per claim, so a re-check can tell which
// groups of the last run an edited claim can reach without grounding the whole dataset again.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "claimcheck/model.h"
#include "claimcheck/rules.h"

namespace claimcheck {

// A hashed key with its role in the two low bits. Grounders relate claims that share a
// (subject, object) pair or, under `match: subject`, a subject (both sides `shared`); some also
// read claims of another pair: a contemporary relation reads its entities' lifetime claims, a
// count reads the claims it counts, an anchor or Allen relation reads the claim it names. There
// the reading claim holds the key as `reads`, the claim read as `provides`.
enum class KeyRole : std::uint64_t { provides = 1, reads = 2, shared = 3 };

using ReadKey = std::uint64_t;

inline KeyRole role_of(ReadKey key) {
  return static_cast<KeyRole>(key & 3u);
}

// Two keys meet when some grounder may relate claims holding them: the same key, shared by both
// or read by one and provided by the other. Unequal keys that collide only meet too often (a
// re-check then re-reads more than it must), never too rarely.
inline bool keys_meet(ReadKey a, ReadKey b) {
  if ((a | 3u) != (b | 3u)) return false;
  KeyRole x = role_of(a), y = role_of(b);
  return (x == KeyRole::shared && y == KeyRole::shared) || (x == KeyRole::reads && y == KeyRole::provides) ||
         (x == KeyRole::provides && y == KeyRole::reads);
}

// Every key of `claim` under `rules`, an over-approximation of what every grounder, the mirrors
// of symmetric/inverse rules and anchors read: two claims that some rule instance relates hold
// keys that meet. Sorted, without repeats.
std::vector<ReadKey> read_keys(const Claim& claim, const RuleSet& rules);

// The key `tag` names for (first, second) in `role`: rule kinds' read keys are made with it.
ReadKey read_key(char tag, std::string_view first, std::string_view second, KeyRole role);

}  // namespace claimcheck
