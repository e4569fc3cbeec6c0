// Platform: hands memory the program has freed back to the operating system, where it can.
#pragma once

#include <string>

namespace claimcheck {

// The allocator keeps freed blocks for reuse rather than returning them; after a phase that
// frees much (the per-file claim vectors while merging) that memory would stay resident.
// A no-op where the C library offers no way to release it.
void release_freed_memory();

// The allocator this process runs on, for --version: "mimalloc 2.0.9" or "the C library's malloc".
std::string allocator_name();

}  // namespace claimcheck
