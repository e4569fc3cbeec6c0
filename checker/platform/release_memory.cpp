// Platform: hands memory the program has freed back to the operating system, where it can.
#include "platform/release_memory.h"

#include <cstdlib>  // defines __GLIBC__ (via <features.h>) on glibc, so the test below can see it

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace claimcheck {

void release_freed_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

}  // namespace claimcheck
