// The days a finding's timeline shades, from each kind's row: where its claims cannot meet.
#include <catch2/catch.hpp>

#include "render/kinds.h"

using namespace claimcheck;

namespace {

Claim claim_on(ClaimKind kind, Day first, Day last) {
  Claim claim;
  claim.kind = kind;
  claim.time.start_window = {first, first};
  claim.time.end_window = {last, last};
  return claim;
}

Dataset dataset_of(std::vector<Claim> claims) {
  Dataset dataset;
  dataset.claims = std::move(claims);
  return dataset;
}

const std::vector<int> kBoth{0, 1};

}  // namespace

TEST_CASE("unique-event shades the days between claims that share none", "[render][kinds]") {
  TimelineShading shading = describing_of(RuleKind::unique_event).shading;
  REQUIRE(shading != nullptr);
  Rule rule;
  auto apart =
      shading(rule, kBoth, dataset_of({claim_on(ClaimKind::event, 10, 12), claim_on(ClaimKind::event, 20, 20)}));
  REQUIRE(apart);
  CHECK(apart->from == 13);
  CHECK(apart->to == std::optional<Day>(20));
  CHECK_FALSE(apart->line_at_from);
  CHECK_FALSE(
      shading(rule, kBoth, dataset_of({claim_on(ClaimKind::event, 10, 12), claim_on(ClaimKind::event, 12, 14)})));
}

TEST_CASE("single-value shades the days every claim may hold", "[render][kinds]") {
  TimelineShading shading = describing_of(RuleKind::single_value).shading;
  REQUIRE(shading != nullptr);
  Rule rule;
  auto shared =
      shading(rule, kBoth, dataset_of({claim_on(ClaimKind::state, 10, 30), claim_on(ClaimKind::state, 20, 40)}));
  REQUIRE(shared);
  CHECK(shared->from == 20);
  CHECK(shared->to == std::optional<Day>(31));
  CHECK_FALSE(
      shading(rule, kBoth, dataset_of({claim_on(ClaimKind::state, 10, 19), claim_on(ClaimKind::state, 20, 40)})));
}

TEST_CASE("after-event shades from the event's first possible day to the drawing's end", "[render][kinds]") {
  TimelineShading shading = describing_of(RuleKind::after_event).shading;
  REQUIRE(shading != nullptr);
  Rule rule;
  auto after =
      shading(rule, kBoth, dataset_of({claim_on(ClaimKind::state, 5, 30), claim_on(ClaimKind::event, 20, 20)}));
  REQUIRE(after);
  CHECK(after->from == 20);
  CHECK_FALSE(after->to);
  CHECK(after->line_at_from);
  CHECK(std::string(after->opacity) == "0.08");
  // An event of unknown day marks nothing.
  Claim open = claim_on(ClaimKind::event, kFirstDay, kLastDay);
  CHECK_FALSE(shading(rule, kBoth, dataset_of({claim_on(ClaimKind::state, 5, 30), open})));
}

TEST_CASE("kinds whose timelines shade nothing have no shading", "[render][kinds]") {
  CHECK(describing_of(RuleKind::precedes).shading == nullptr);
  CHECK(describing_of(RuleKind::count).shading == nullptr);
}
