// Platform: one 64-bit hash of bytes (FNV-1a) for cache names and keys: fast, stable across runs
// and machines, not cryptographic.
#pragma once

#include <cstdint>
#include <string_view>

namespace claimcheck {

inline std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = 0xcbf29ce484222325ULL) {
  for (unsigned char c : bytes) hash = (hash ^ c) * 0x100000001b3ULL;
  return hash;
}

}  // namespace claimcheck
