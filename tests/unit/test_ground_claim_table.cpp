// ClaimTable: the claims grounding reads, the dataset's own and then the mirrors, which come in
// slices built on several threads; an index past a slice must land in the next one.
#include <catch2/catch.hpp>

#include "ground/kinds.h"

using namespace claimcheck;

namespace {

// "m" + std::to_string(i), spelled so that GCC 12's -Wrestrict does not misfire on it (Release).
std::string mirror_id(std::size_t i) {
  std::string id = "m";
  id += std::to_string(i);
  return id;
}

}  // namespace

TEST_CASE("claim indices past the dataset read the mirror slices in order", "[ground]") {
  std::vector<Claim> claims(3);
  for (std::size_t i = 0; i < claims.size(); ++i) claims[i].full_id = "s/c" + std::to_string(i);
  ClaimSlices mirrors(2);
  mirrors[0].resize(kMirrorSlice);
  for (std::size_t i = 0; i < kMirrorSlice; ++i) mirrors[0][i].full_id = mirror_id(i);
  mirrors[1].resize(5);  // the last slice is shorter
  for (std::size_t i = 0; i < 5; ++i) mirrors[1][i].full_id = mirror_id(kMirrorSlice + i);
  ClaimTable table(claims, &mirrors);
  REQUIRE(table.size() == static_cast<int>(3 + kMirrorSlice + 5));
  CHECK(table[2].full_id == "s/c2");
  CHECK(table[3].full_id == "m0");
  CHECK(table[static_cast<int>(3 + kMirrorSlice - 1)].full_id == mirror_id(kMirrorSlice - 1));
  CHECK(table[static_cast<int>(3 + kMirrorSlice)].full_id == mirror_id(kMirrorSlice));
  CHECK(table[table.size() - 1].full_id == mirror_id(kMirrorSlice + 4));
}
