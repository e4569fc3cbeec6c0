// The allen rule kind against Allen's composition table, for all 13 × 13 pairs. The table is
// derived here from the endpoint definitions by enumerating small integer intervals, without
// the code under test, and spot-checked against entries of Allen's published table.
#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

struct Interval {
  int start, end;  // start < end
};

// Allen's definitions on the order of the four endpoints.
std::string relation_of(Interval a, Interval b) {
  if (a.end < b.start) return "before";
  if (b.end < a.start) return "after";
  if (a.end == b.start) return "meets";
  if (b.end == a.start) return "met-by";
  if (a.start == b.start && a.end == b.end) return "equals";
  if (a.start == b.start) return a.end < b.end ? "starts" : "started-by";
  if (a.end == b.end) return a.start > b.start ? "finishes" : "finished-by";
  if (b.start < a.start && a.end < b.end) return "during";
  if (a.start < b.start && b.end < a.end) return "contains";
  return a.start < b.start ? "overlaps" : "overlapped-by";
}

const std::vector<std::string> kRelations = {"before",        "after",       "meets",      "met-by", "overlaps",
                                             "overlapped-by", "starts",      "started-by", "during", "contains",
                                             "finishes",      "finished-by", "equals"};

std::string inverse(const std::string& r) {
  static const std::map<std::string, std::string> inverses = {
      {"before", "after"},      {"after", "before"},           {"meets", "met-by"},
      {"met-by", "meets"},      {"overlaps", "overlapped-by"}, {"overlapped-by", "overlaps"},
      {"starts", "started-by"}, {"started-by", "starts"},      {"during", "contains"},
      {"contains", "during"},   {"finishes", "finished-by"},   {"finished-by", "finishes"},
      {"equals", "equals"}};
  return inverses.at(r);
}

using Table = std::map<std::pair<std::string, std::string>, std::set<std::string>>;

// Every configuration of three intervals with endpoints in 0..5 (six endpoints need at most
// six distinct values, so every order type occurs).
Table derive_composition_table() {
  std::vector<Interval> intervals;
  for (int s = 0; s < 6; ++s)
    for (int e = s + 1; e < 6; ++e) intervals.push_back({s, e});
  Table table;
  for (Interval a : intervals)
    for (Interval b : intervals)
      for (Interval c : intervals) table[{relation_of(a, b), relation_of(b, c)}].insert(relation_of(a, c));
  return table;
}

std::string relation_claim(const std::string& id, const std::string& relation, const std::string& other) {
  return "  - {id: " + id + ", quote: q, subject: e, event: happening, relation: " + relation + ", other: " + other +
         "}\n";
}

}  // namespace

TEST_CASE("the derived composition table agrees with Allen's published entries", "[rules][allen]") {
  Table table = derive_composition_table();
  REQUIRE(table.size() == 169);
  CHECK(table[{"before", "before"}] == std::set<std::string>{"before"});
  CHECK(table[{"meets", "meets"}] == std::set<std::string>{"before"});
  CHECK(table[{"overlaps", "overlaps"}] == std::set<std::string>{"before", "meets", "overlaps"});
  CHECK(table[{"during", "contains"}].size() == 13);
  CHECK(table[{"starts", "started-by"}] == std::set<std::string>{"starts", "started-by", "equals"});
  CHECK(table[{"finishes", "finished-by"}] == std::set<std::string>{"finishes", "finished-by", "equals"});
  CHECK(table[{"during", "during"}] == std::set<std::string>{"during"});
  CHECK(table[{"before", "after"}].size() == 13);
  CHECK(table[{"meets", "during"}] == std::set<std::string>{"overlaps", "starts", "during"});
  for (const std::string& r : kRelations) CHECK(table[{"equals", r}] == std::set<std::string>{r});
}

TEST_CASE("allen agrees with the composition table for all 13 x 13 x 13 triples", "[rules][allen]") {
  Table table = derive_composition_table();
  const std::string rules = "rules:\n  - {id: allen-relations, kind: allen}\n";
  int checked = 0;
  for (const std::string& r1 : kRelations) {
    for (const std::string& r2 : kRelations) {
      // One dataset per pair: 13 independent triangles A r1 B, B r2 C, C inverse(r3) A.
      std::string claims;
      for (std::size_t k = 0; k < kRelations.size(); ++k) {
        std::string n = std::to_string(k);
        claims += relation_claim("a" + n, r1, "b" + n) + relation_claim("b" + n, r2, "c" + n) +
                  relation_claim("c" + n, inverse(kRelations[k]), "a" + n);
      }
      Run run = run_check({{"f.yaml", "source:\n  id: s\nclaims:\n" + claims}}, rules);
      REQUIRE(run.report.checked);
      std::set<std::string> inconsistent;
      for (const Finding& f : run.report.findings) {
        std::vector<std::string> ids = claim_ids(run.report, f);
        REQUIRE(ids.size() == 3);  // two relations alone are always satisfiable
        inconsistent.insert(kRelations[static_cast<std::size_t>(std::stoi(ids[0].substr(1)))]);
      }
      for (const std::string& r3 : kRelations) {
        INFO(r1 << " then " << r2 << " gives " << r3);
        CHECK((inconsistent.count(r3) == 0) == (table[{r1, r2}].count(r3) == 1));
        ++checked;
      }
    }
  }
  CHECK(checked == 13 * 13 * 13);
}

TEST_CASE("allen relations combine with the claims' dates", "[rules][allen]") {
  const std::string rules = "rules:\n  - {id: allen-relations, kind: allen}\n";
  auto facts = [](const std::string& relation, const std::string& talks_at) {
    return "source:\n  id: s\nclaims:\n"
           "  - {id: invasion, quote: q, subject: e, event: invasion, at: 2022-02-24}\n"
           "  - {id: talks, quote: q, subject: e, event: talks, at: " +
           talks_at + ", relation: " + relation + ", other: invasion}\n";
  };
  Run late = run_check({{"f.yaml", facts("before", "2022-03")}}, rules);
  REQUIRE(late.report.findings.size() == 1);
  CHECK(late.report.findings[0].rule == "allen-relations");
  CHECK(run_check({{"f.yaml", facts("before", "2022-02")}}, rules).report.findings.empty());
  CHECK(run_check({{"f.yaml", facts("meets", "2022-02")}}, rules).report.findings.empty());
  CHECK(run_check({{"f.yaml", facts("equals", "2022-02")}}, rules).report.findings.empty());
  CHECK(run_check({{"f.yaml", facts("after", "2022")}}, rules).report.findings.empty());
}

namespace {

struct Dated {
  std::string id, at, relation, other;  // `at`: a date, or from/until as written; relation empty: none
};

// The claim ids of each finding (sorted), over claims of one subject under the allen rule.
std::vector<std::vector<std::string>> conflicts_of(const std::vector<Dated>& claims) {
  std::string facts = "source:\n  id: s\nclaims:\n";
  for (const Dated& c : claims) {
    // A bare date is `at`; a text with its own keys (from/until) is used as written.
    std::string when = c.at.find(':') == std::string::npos ? "at: " + c.at : c.at;
    facts += "  - {id: " + c.id + ", quote: q, subject: e, event: " + c.id + ", " + when;
    if (!c.relation.empty()) facts += ", relation: " + c.relation + ", other: " + c.other;
    facts += "}\n";
  }
  Run run = run_check({{"f.yaml", facts}}, "rules:\n  - {id: allen-relations, kind: allen}\n");
  REQUIRE(run.report.checked);
  REQUIRE(run.report.unknown.empty());
  std::vector<std::vector<std::string>> out;
  for (const Finding& f : run.report.findings) {
    out.push_back(claim_ids(run.report, f));
    std::sort(out.back().begin(), out.back().end());
  }
  std::sort(out.begin(), out.end());
  return out;
}

using Conflicts = std::vector<std::vector<std::string>>;

}  // namespace

// docs/rules.md#allen: claims dated by days happen at unknown times inside them.
TEST_CASE("relations between claims dated by days hold when some times of day satisfy them", "[rules][allen]") {
  SECTION("consecutive days: before and meets hold, in the other order they fail") {
    for (std::string relation : {"before", "meets"}) {
      INFO(relation);
      CHECK(conflicts_of({{"talks", "2022-02-23", relation, "invasion"}, {"invasion", "2022-02-24", "", ""}}).empty());
      CHECK(conflicts_of({{"talks", "2022-02-25", relation, "invasion"}, {"invasion", "2022-02-24", "", ""}}) ==
            Conflicts{{"invasion", "talks"}});
    }
  }
  SECTION("one day holds every relation; the next day holds none that needs a shared start") {
    for (const std::string& relation : kRelations) {
      INFO(relation);
      CHECK(conflicts_of({{"a", "2022-02-24", relation, "b"}, {"b", "2022-02-24", "", ""}}).empty());
    }
    for (std::string relation : {"equals", "starts", "started-by", "after", "met-by"}) {
      INFO(relation);
      CHECK(conflicts_of({{"a", "2022-02-24", relation, "b"}, {"b", "2022-02-25", "", ""}}).size() == 1);
    }
  }
  SECTION("a speech during a one-day summit, and during the middle day of a three-day one") {
    CHECK(conflicts_of({{"speech", "2022-03-02", "during", "summit"}, {"summit", "2022-03-02", "", ""}}).empty());
    CHECK(conflicts_of(
              {{"speech", "2022-03-02", "during", "summit"}, {"summit", "from: 2022-03-01, until: 2022-03-03", "", ""}})
              .empty());
    CHECK(conflicts_of(
              {{"speech", "2022-03-04", "during", "summit"}, {"summit", "from: 2022-03-01, until: 2022-03-03", "", ""}})
              .size() == 1);
  }
  SECTION("a chain of before within one day holds at any length; a cycle fails") {
    std::vector<Dated> chain;
    for (int k = 0; k < 40; ++k)
      chain.push_back({'c' + std::to_string(k), "2022-03-01", k + 1 < 40 ? "before" : "", 'c' + std::to_string(k + 1)});
    CHECK(conflicts_of(chain).empty());
    CHECK(conflicts_of({{"x", "2022-03-01", "before", "y"},
                        {"y", "2022-03-01", "before", "z"},
                        {"z", "2022-03-01", "before", "x"}}) == Conflicts{{"x", "y", "z"}});
    // With z a day later, z before x fails on its own: the finding needs neither y.
    CHECK(conflicts_of({{"x", "2022-03-01", "before", "y"},
                        {"y", "2022-03-01", "before", "z"},
                        {"z", "2022-03-02", "before", "x"}}) == Conflicts{{"x", "z"}});
  }
  SECTION("a start met at midnight cannot be preceded on its own day") {
    CHECK(conflicts_of(
              {{"a", "2022-02-23", "meets", "b"}, {"b", "2022-02-24", "", ""}, {"c", "2022-02-24", "overlaps", "b"}}) ==
          Conflicts{{"a", "b", "c"}});
    // c on the day before may start first.
    CHECK(conflicts_of({{"a", "2022-02-23", "meets", "b"},
                        {"b", "2022-02-24", "", ""},
                        {"c", "from: 2022-02-23, until: 2022-02-24", "overlaps", "b"}})
              .empty());
    // a meeting b inside their shared day leaves room before b's start.
    CHECK(conflicts_of(
              {{"a", "2022-02-24", "meets", "b"}, {"b", "2022-02-24", "", ""}, {"c", "2022-02-24", "overlaps", "b"}})
              .empty());
  }
  SECTION("a relation belongs to the pair: a finding names both claims") {
    CHECK(conflicts_of({{"a", "2024-03-05", "before", "b"}, {"b", "2024-03-01", "", ""}}) == Conflicts{{"a", "b"}});
  }
}

// docs/rules.md#allen: precedes and after-event order claims in time on a shared day too.
TEST_CASE("precedes and after-event order claims inside a shared day", "[rules][allen]") {
  const std::string source = "source:\n  id: s\nclaims:\n";
  const std::string precedes_and_allen =
      "vocabulary:\n  events: [notice, exit]\n"
      "rules:\n  - {id: allen-relations, kind: allen}\n"
      "  - {id: notice-first, kind: precedes, first: notice, then: exit}\n";
  auto count_findings = [&](const std::string& claims, const std::string& rules) {
    Run run = run_check({{"f.yaml", source + claims}}, rules);
    REQUIRE(run.report.checked);
    REQUIRE(run.report.unknown.empty());
    return run.report.findings.size();
  };
  // The notice and the exit on one day: precedes holds alone, in either day order it allows.
  CHECK(count_findings("  - {id: n, quote: q, subject: A, event: notice, at: 2024-03-01}\n"
                       "  - {id: x, quote: q, subject: A, event: exit, at: 2024-03-01}\n",
                       precedes_and_allen) == 0);
  // The exit stated before the notice on that day: a cycle of orders, a conflict of both claims.
  CHECK(count_findings("  - {id: n, quote: q, subject: A, event: notice, at: 2024-03-01}\n"
                       "  - {id: x, quote: q, subject: A, event: exit, at: 2024-03-01, relation: before, other: n}\n",
                       precedes_and_allen) == 1);
  // With the exit on the next day the relation cannot hold at all: still one finding.
  CHECK(count_findings("  - {id: n, quote: q, subject: A, event: notice, at: 2024-03-01}\n"
                       "  - {id: x, quote: q, subject: A, event: exit, at: 2024-03-02, relation: during, other: n}\n",
                       precedes_and_allen) == 1);
  const std::string after_event =
      "vocabulary:\n  events: [dissolve, meet]\n  states:\n    status: [active, dissolved]\n"
      "rules:\n  - {id: allen-relations, kind: allen}\n"
      "  - {id: gone, kind: after-event, event: dissolve, state: status, allowed: [dissolved]}\n";
  // Active on the day it dissolved: allowed, up to the dissolution's instant.
  CHECK(count_findings("  - {id: d, quote: q, subject: O, event: dissolve, at: 2024-05-01}\n"
                       "  - {id: a, quote: q, subject: O, state: status, value: active, at: 2024-05-01}\n",
                       after_event) == 0);
  // ... but not when the dissolution is stated to come before the active spell on that day.
  CHECK(count_findings("  - {id: d, quote: q, subject: O, event: dissolve, at: 2024-05-01, relation: before, "
                       "other: a}\n"
                       "  - {id: a, quote: q, subject: O, state: status, value: active, at: 2024-05-01}\n",
                       after_event) == 1);
}

TEST_CASE("relation errors point at the field", "[rules][allen]") {
  Run run = run_check({{"f.yaml",
                        "source:\n  id: s\nclaims:\n"
                        "  - {id: a, quote: q, subject: e, event: x, relation: befor, other: b}\n"
                        "  - {id: b, quote: q, subject: e, event: x, relation: before, other: c}\n"
                        "  - {id: c, quote: q, subject: e, event: x, relation: before, other: c}\n"}},
                      "rules:\n  - {id: allen-relations, kind: allen}\n");
  std::vector<std::string> codes = codes_of(run.report);
  CHECK(codes == std::vector<std::string>{"unknown-relation", "self-relation"});
}
