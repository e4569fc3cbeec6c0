// The claim model's own behaviour: OptionalBox, the heap-kept optional rare claim members use.
#include <catch2/catch.hpp>
#include <utility>

#include "claimcheck/model.h"

using namespace claimcheck;

TEST_CASE("an OptionalBox is empty until set and copies deeply", "[model]") {
  OptionalBox<TimeAnchor> box;
  CHECK_FALSE(box);
  CHECK_FALSE(box.has_value());
  TimeAnchor anchor;
  anchor.target = "s/a";
  box = anchor;
  REQUIRE(box);
  CHECK(box->target == "s/a");

  OptionalBox<TimeAnchor> copy = box;
  copy->target = "s/b";
  CHECK(box->target == "s/a");  // the copy owns its own value
  CHECK((*copy).target == "s/b");

  OptionalBox<TimeAnchor> assigned;
  assigned = copy;
  copy.reset();
  CHECK_FALSE(copy);
  REQUIRE(assigned);
  CHECK(assigned->target == "s/b");

  OptionalBox<TimeAnchor> moved = std::move(assigned);
  REQUIRE(moved);
  CHECK(moved->target == "s/b");
  OptionalBox<TimeAnchor>& self = moved;
  moved = self;  // self-assignment keeps the value
  REQUIRE(moved);
  CHECK(moved->target == "s/b");
}

TEST_CASE("a claim copied with its stated relation and anchor keeps both", "[model]") {
  Claim claim;
  claim.relation = StatedRelation{"before", "s/b", {}};
  TimeAnchor anchor;
  anchor.target = "s/c";
  claim.time.anchor = anchor;
  Claim copy = claim;
  claim.relation->other = "s/x";
  REQUIRE(copy.relation);
  CHECK(copy.relation->name == "before");
  CHECK(copy.relation->other == "s/b");
  REQUIRE(copy.time.anchor);
  CHECK(copy.time.anchor->target == "s/c");
}
