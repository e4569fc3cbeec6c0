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

TEST_CASE("contemporary: a message over relations with and without an object names only the objects", "[explain]") {
  const char* rules = R"(
vocabulary:
  events: [meet, born, died]
rules:
  - {id: alive, kind: contemporary, relation: meet, begins: born, ends: died}
)";
  // Both meetings are on the publication day, 5 or 6 January: Z's (no object) by Z's death on
  // the 5th, X's with Y from X's birth on the 6th. The finding needs the instance of Z alone and
  // the instance of X with Y.
  std::string claims =
      "source: {id: wire, publisher: Wire, published: 2024-01-05/2024-01-06}\nclaims:\n"
      "  - {id: a, quote: q, subject: Z, event: meet, at: today}\n"
      "  - {id: b, quote: q, subject: X, object: Y, event: meet, at: today}\n"
      "  - {id: dz, quote: q, subject: Z, event: died, at: 2024-01-05}\n"
      "  - {id: bx, quote: q, subject: X, event: born, at: 2024-01-06}\n";
  Run run = run_check({{"f.yaml", claims}}, rules);
  REQUIRE(run.report.findings.size() == 1);
  const Finding& f = run.report.findings[0];
  CHECK(claim_ids(run.report, f) == std::vector<std::string>{"a", "b", "dz", "bx"});
  CHECK(f.message ==
        "meet of X and Z (with Y) must fall within the lifetime of each, but the claims' dates do not "
        "allow it");
  CHECK(glitches(f.explanation).empty());
  CHECK(glitches(f.message).empty());
}

TEST_CASE("contemporary: claims whose part their windows do not tell are listed in one sentence", "[explain]") {
  // Both are relations and both end X's lifetime: today's must end by yesterday's, and which
  // one is out of place only the shared publication day shows, not their windows.
  std::string claims =
      "source: {id: wire, publisher: Wire, published: 2024-01-05/2024-01-06}\nclaims:\n"
      "  - {id: a, quote: q, subject: X, state: s, value: w, at: today}\n"
      "  - {id: b, quote: q, subject: X, object: Y, state: s, value: w, at: yesterday}\n";
  Run run = run_check({{"f.yaml", claims}}, kRules);
  REQUIRE(run.report.findings.size() == 1);
  const Finding& f = run.report.findings[0];
  CHECK(claim_ids(run.report, f) == std::vector<std::string>{"a", "b"});
  CHECK(f.explanation ==
        "Wire says X's s is 'w' in 2024-01-05..2024-01-06; and Wire says X's s (Y) is 'w' in 2024-01-04..2024-01-05; "
        "rule r allows s only while both sides exist, and these dates put it outside a lifetime. 2 of these claims "
        "are dated relative to Wire's publication (2024-01-05/2024-01-06), so they are read against one and the same "
        "publication day.");
  CHECK(glitches(f.explanation).empty());
  CHECK(glitches(f.message).empty());
}
