// FreedMemoryHeld against the real mimalloc the claimcheck program runs on: the option it sets
// must be mimalloc's decommit delay (its number is not in any header claimcheck includes), and
// the earlier delay must come back when it ends.
#include <mimalloc.h>

#include <catch2/catch.hpp>
#include <memory>

#include "platform/release_memory.h"

using namespace claimcheck;

TEST_CASE("memory freed while a FreedMemoryHeld lives stays with mimalloc, then the delay comes back", "[platform]") {
  REQUIRE(mi_version() / 100 == 2);
  long earlier = mi_option_get(mi_option_decommit_delay);
  {
    FreedMemoryHeld held;
    CHECK(mi_option_get(mi_option_decommit_delay) == 60'000);
  }
  CHECK(mi_option_get(mi_option_decommit_delay) == earlier);
}

TEST_CASE("overlapping holders keep memory held until the last one ends", "[platform]") {
  long earlier = mi_option_get(mi_option_decommit_delay);
  auto outer = std::make_unique<FreedMemoryHeld>();
  auto inner = std::make_unique<FreedMemoryHeld>();
  outer.reset();  // the first to start ends first, as on two threads
  CHECK(mi_option_get(mi_option_decommit_delay) == 60'000);
  inner.reset();
  CHECK(mi_option_get(mi_option_decommit_delay) == earlier);
}
