// Platform: hands memory the program has freed back to the operating system, where it can.
#pragma once

#include <string>

namespace claimcheck {

// The allocator keeps freed blocks for reuse rather than returning them; after a phase that
// frees much (the per-file claim vectors while merging) that memory would stay resident.
// A no-op where the C library offers no way to release it.
void release_freed_memory();

// While one lives, memory the program frees stays with the allocator for reuse instead of going
// back to the system after a few milliseconds (mimalloc's decommit delay; nothing changes on
// other allocators). Grounding and deciding free and allocate a great deal in turn: at 10^6
// claims, returning it made some 45,000 more page faults, about 0.5 s of a 2-core check on the
// virtual machines we build on, for 60 MB less peak memory (docs/benchmarks.md). Not around
// loading: there it would hold the parsers' memory and raise the peak by about 350 MB.
// Holders may overlap (checks on several threads): the setting lasts until the last one ends.
class FreedMemoryHeld {
 public:
  FreedMemoryHeld();
  ~FreedMemoryHeld();
  FreedMemoryHeld(const FreedMemoryHeld&) = delete;
  FreedMemoryHeld& operator=(const FreedMemoryHeld&) = delete;

 private:
  bool holding_ = false;
};

// The allocator this process runs on, for --version: "mimalloc 2.0.9" or "the C library's malloc".
std::string allocator_name();

}  // namespace claimcheck
