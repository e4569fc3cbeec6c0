// Platform: 64-bit hashes of bytes (FNV-1a for cache names and keys, a word-at-a-time checksum for
// cache bodies): fast, stable across runs and machines, not cryptographic.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace claimcheck {

inline std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = 0xcbf29ce484222325ULL) {
  for (unsigned char c : bytes) hash = (hash ^ c) * 0x100000001b3ULL;
  return hash;
}

// A checksum of a cache file's body, eight bytes per step (FNV-1a's byte steps would cost a warm
// re-check of a large dataset a visible share of its time). Each step (xor a word, multiply by an
// odd constant, xor-shift) is a bijection of the state for a given word, so bodies of one length
// that differ in a single word always get different checksums; other damage is missed with
// probability about 2^-64. The length is mixed in first, so a cut body differs too.
inline std::uint64_t body_checksum(std::string_view bytes) {
  auto step = [](std::uint64_t state, std::uint64_t word) {
    state = (state ^ word) * 0x9fb21c651e98df25ULL;
    return state ^ (state >> 29);
  };
  std::uint64_t state = step(0x243f6a8885a308d3ULL, bytes.size());
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes.data() + i, sizeof word);
    state = step(state, word);
  }
  std::uint64_t tail = 0;
  if (i < bytes.size()) std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
  state = step(state, tail);
  return state ^ (state >> 32);
}

}  // namespace claimcheck
