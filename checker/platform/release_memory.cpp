// Platform: hands memory the program has freed back to the operating system, where it can.
#include "platform/release_memory.h"

#include <cstdlib>  // defines __GLIBC__ (via <features.h>) on glibc, so the test below can see it
#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// The claimcheck program runs on mimalloc when it was built with it (CMakeLists.txt); the library
// does not depend on it, so it looks for mimalloc's collector at run time: a weak reference is
// null unless the process loaded mimalloc.
#if defined(__GNUC__) && defined(__ELF__)
extern "C" void mi_collect(bool force) __attribute__((weak));
extern "C" int mi_version() __attribute__((weak));
extern "C" long mi_option_get(int option) __attribute__((weak));
extern "C" void mi_option_set(int option, long value) __attribute__((weak));
#define CLAIMCHECK_HAS_WEAK_MI_COLLECT 1
#endif

namespace claimcheck {

void release_freed_memory() {
#if defined(CLAIMCHECK_HAS_WEAK_MI_COLLECT)
  // Pages freed here that worker threads allocated (threads that have ended) are only returned
  // to the system by a forced collection.
  if (mi_collect) {
    mi_collect(true);
    return;
  }
#endif
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

#if defined(CLAIMCHECK_HAS_WEAK_MI_COLLECT)
namespace {

constexpr int kMiOptionDecommitDelay = 15;  // mi_option_decommit_delay in mimalloc 2.0's mimalloc.h
constexpr long kHoldMilliseconds = 60'000;
bool can_hold() {
  return mi_version && mi_option_get && mi_option_set && mi_version() / 100 == 2;
}

// The option is process-wide and checks may run on several threads at once: the first holder
// sets it, the last one restores what was there before any.
std::mutex holders_mutex;
int holders = 0;
long delay_before_holders = -1;

}  // namespace
#endif

FreedMemoryHeld::FreedMemoryHeld() {
#if defined(CLAIMCHECK_HAS_WEAK_MI_COLLECT)
  if (!can_hold()) return;
  std::lock_guard<std::mutex> lock(holders_mutex);
  if (holders++ == 0) {
    delay_before_holders = mi_option_get(kMiOptionDecommitDelay);
    mi_option_set(kMiOptionDecommitDelay, kHoldMilliseconds);
  }
  holding_ = true;
#endif
}

FreedMemoryHeld::~FreedMemoryHeld() {
#if defined(CLAIMCHECK_HAS_WEAK_MI_COLLECT)
  if (!holding_) return;
  std::lock_guard<std::mutex> lock(holders_mutex);
  if (--holders == 0) mi_option_set(kMiOptionDecommitDelay, delay_before_holders);
#endif
}

std::string allocator_name() {
#if defined(CLAIMCHECK_HAS_WEAK_MI_COLLECT)
  if (mi_version) {
    int v = mi_version();  // e.g. 209 for 2.0.9
    return "mimalloc " + std::to_string(v / 100) + "." + std::to_string(v / 10 % 10) + "." + std::to_string(v % 10);
  }
#endif
  return "the C library's malloc";
}

}  // namespace claimcheck
