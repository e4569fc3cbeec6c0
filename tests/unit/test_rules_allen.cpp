// The allen rule kind against Allen's composition table, for all 13 × 13 pairs. The table is
// derived here from the endpoint definitions by enumerating small integer intervals, without
// the code under test, and spot-checked against entries of Allen's published table.
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
