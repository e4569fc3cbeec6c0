// contemporary findings read as sentences: a relation whose claims also date lifetimes, and a
// finding across a relation with an object and one without.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// The relation is a state whose value 'w' also ends its subject's lifetime.
const char* kRules = R"(
vocabulary:
  states:
    s: [u, v, w]
rules:
  - id: r
    kind: contemporary
    relation: {state: s}
    ends: {state: s, value: [w]}
)";

std::string facts(const std::string& claims) {
  return "source: {id: wire, publisher: Wire}\nclaims:\n" + claims;
}

// What would show a sentence stitched from an empty part.
std::vector<std::string> glitches(const std::string& text) {
  std::vector<std::string> out;
  for (const char* bad : {"  ", "( ", " )", "()", ", but ;", ", but .", "with  and", "; ;", " ,"})
    if (text.find(bad) != std::string::npos) out.push_back(bad);
  if (!text.empty() && (text.front() == ',' || text.front() == ';' || text.front() == ' ')) out.push_back("leading");
  return out;
}

}  // namespace

TEST_CASE("contemporary: a relation claim that also ends a lifetime is named as that end", "[explain]") {
  Run run =
      run_check({{"f.yaml", facts("  - {id: end, quote: q, subject: X, state: s, value: w, at: 2024-01-03/2024-01-05}\n"
                                  "  - {id: rel, quote: q, subject: X, state: s, value: u, at: 2024-01-06}\n")}},
                kRules);
  REQUIRE(run.report.findings.size() == 1);
  const Finding& f = run.report.findings[0];
  CHECK(claim_ids(run.report, f) == std::vector<std::string>{"end", "rel"});
  CHECK(f.explanation ==
        "Wire says X's s is 'u' on 2024-01-06, but Wire says X's s is 'w' in 2024-01-03..2024-01-05; rule r allows it "
        "only while both sides exist, and these dates put it outside a lifetime.");
  CHECK(glitches(f.explanation).empty());
  CHECK(glitches(f.message).empty());
}

TEST_CASE("contemporary: claims that are all relations and lifetime ends are listed together", "[explain]") {
  // end(a) <= end(b) (a within X's lifetime, which b ends), end(b) <= end(d) (b within Y's,
  // which d ends): a on the 5th cannot end by d on the 4th. The finding needs the instance of X
  // alone and the instance of X with Y.
  Run run = run_check(
      {{"f.yaml", facts("  - {id: a, quote: q, subject: X, state: s, value: w, at: 2024-01-05}\n"
                        "  - {id: b, quote: q, subject: X, object: Y, state: s, value: w, at: 2024-01-03/2024-01-06}\n"
                        "  - {id: d, quote: q, subject: Y, state: s, value: w, at: 2024-01-04}\n")}},
      kRules);
  REQUIRE(run.report.findings.size() == 1);
  const Finding& f = run.report.findings[0];
  CHECK(claim_ids(run.report, f) == std::vector<std::string>{"a", "b", "d"});
  CHECK(f.message == "s of X (with Y) must fall within the lifetime of each, but the claims' dates do not allow it");
  CHECK(f.explanation ==
        "Wire says X's s is 'w' on 2024-01-05; and Wire says X's s (Y) is 'w' in 2024-01-03..2024-01-06; and Wire "
        "says Y's s is 'w' on 2024-01-04; rule r allows s only while both sides exist, and these dates put it outside "
        "a lifetime.");
  CHECK(glitches(f.explanation).empty());
  CHECK(glitches(f.message).empty());
}
