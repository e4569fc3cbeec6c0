// Match keys: grounding buckets claims by a hash of (subject, object), so two keys that share a
// hash must still land apart, in the strings' order, with claims in table order.
#include <catch2/catch.hpp>

#include "ground/kinds.h"

using namespace claimcheck;

namespace {

Claim claim_of(const std::string& subject, const std::string& object) {
  Claim claim;
  claim.subject = subject;
  claim.object = object;
  return claim;
}

std::vector<std::pair<std::string, std::vector<int>>> listed(const ClaimsByKey& by_key) {
  std::vector<std::pair<std::string, std::vector<int>>> out;
  for (const auto& [key, claims] : by_key)
    out.emplace_back(std::string(key.subject) + "|" + std::string(key.object), claims);
  return out;
}

}  // namespace

TEST_CASE("claims are bucketed by their match key, keys in the strings' order", "[ground]") {
  std::vector<Claim> claims{claim_of("b", "x"), claim_of("a", "y"), claim_of("b", "x"), claim_of("a", "x")};
  ClaimTable table(claims);
  Rule rule;
  GroundInput input{0, rule, table};
  ClaimsByKey by_key = claims_by_key(input, {0, 1, 2, 3}, [](const Claim&) { return true; });
  using Listed = std::vector<std::pair<std::string, std::vector<int>>>;
  CHECK(listed(by_key) == Listed{{"a|x", {3}}, {"a|y", {1}}, {"b|x", {0, 2}}});
  CHECK(by_key.of(key_of(rule, claims[2])) == std::vector<int>{0, 2});

  rule.match = RuleMatch::subject;  // matched by subject, the object does not split a subject's claims
  ClaimsByKey by_subject = claims_by_key(input, {0, 1, 2, 3}, [](const Claim&) { return true; });
  CHECK(listed(by_subject) == Listed{{"a|", {1, 3}}, {"b|", {0, 2}}});
}

TEST_CASE("keys that share a hash are told apart by their strings", "[ground]") {
  std::vector<Claim> claims{claim_of("b", "x"), claim_of("a", "x"), claim_of("b", "x"), claim_of("a", "x"),
                            claim_of("c", "z")};
  ClaimTable table(claims);
  Rule rule;
  GroundInput input{0, rule, table};
  // Every claim handed over under one made-up hash: a collision of all keys at once.
  std::vector<std::pair<std::uint64_t, int>> hashed{{42, 4}, {42, 2}, {42, 0}, {42, 3}, {42, 1}};
  ClaimsByKey by_key = group_by_key(input, hashed);
  using Listed = std::vector<std::pair<std::string, std::vector<int>>>;
  CHECK(listed(by_key) == Listed{{"a|x", {1, 3}}, {"b|x", {0, 2}}, {"c|z", {4}}});
  for (const Claim& claim : claims) {
    auto found = by_key.find(key_of(rule, claim));
    REQUIRE(found != by_key.end());
    CHECK(found->first.subject == claim.subject);
  }
  CHECK(by_key.find(key_of(rule, claim_of("a", "z"))) == by_key.end());
}
