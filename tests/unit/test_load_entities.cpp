// The entity registry: its format, its errors (with file:line:col) and names resolved to entity ids.
#include <algorithm>
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char* kTollRules = R"(
vocabulary:
  states:
    death-toll: number
rules:
  - id: one-death-toll
    kind: single-value
    state: death-toll
)";

std::string toll_facts(const std::vector<std::pair<std::string, std::string>>& subjects_and_tolls) {
  std::string out = "source:\n  id: s\n  published: 2010-02-01\nclaims:\n";
  int n = 0;
  for (const auto& [subject, toll] : subjects_and_tolls)
    out += "  - id: c" + std::to_string(++n) + "\n    quote: q\n    subject: \"" + subject +
           "\"\n    state: death-toll\n    value: " + toll + "\n    at: 2010-01-12\n";
  return out;
}

const char* kHaitiRegistry = R"(entities:
  - id: haiti-2010
    name: 2010 Haiti earthquake
    aliases: [2010 Haiti Earthquake, Haiti quake]
    wikidata: Q484174
)";

const Diagnostic* find_code(const Report& report, const std::string& code) {
  for (const Diagnostic& d : report.diagnostics.all())
    if (d.code == code) return &d;
  return nullptr;
}

}  // namespace

TEST_CASE("claims naming one entity by its name or its aliases are compared as one", "[load]") {
  Run run = run_check({{"facts/entities/haiti.yaml", kHaitiRegistry},
                       {"facts/s.yaml", toll_facts({{"2010 Haiti earthquake", "100000"},
                                                    {"2010 Haiti Earthquake", "300000"},
                                                    {"2010 Haiti earthquake ", "3"}})}},
                      kTollRules);
  CHECK(codes_of(run.report).empty());
  REQUIRE(run.report.checked);
  CHECK(run.report.findings.size() == 3);  // every two tolls of the three disagree
  for (const Claim& claim : run.report.dataset.claims) CHECK(claim.subject == "haiti-2010");
  REQUIRE(run.report.dataset.entities.size() == 1);
  CHECK(run.report.dataset.entities[0].wikidata == "Q484174");
}

TEST_CASE("a claim may name an entity by its id, and an alias is matched after normalising", "[load]") {
  Run run = run_check(
      {{"e.yaml", kHaitiRegistry}, {"s.yaml", toll_facts({{"haiti-2010", "100000"}, {"  Haiti   quake", "100000"}})}},
      kTollRules);
  CHECK(codes_of(run.report).empty());
  CHECK(run.report.findings.empty());
  for (const Claim& claim : run.report.dataset.claims) CHECK(claim.subject == "haiti-2010");
}

TEST_CASE("aliases are exact after normalising: another case is another name", "[load]") {
  Run run = run_check({{"e.yaml", kHaitiRegistry}, {"s.yaml", toll_facts({{"haiti quake", "100000"}})}}, kTollRules);
  REQUIRE(run.report.dataset.claims.size() == 1);
  CHECK(run.report.dataset.claims[0].subject == "haiti quake");
  CHECK(codes_of(run.report) == std::vector<std::string>{"similar-names"});  // and the warning says so
}

TEST_CASE("registry errors point at file, line and column", "[load]") {
  const char* registry = R"(entities:
  - id: haiti-2010
    name: 2010 Haiti earthquake
    wikidata: Q0484174
  - id: haiti-2010
    aliases: [Haiti quake]
  - id: chile-2010
    aliases: [2010 Haiti earthquake, bad/id]
    wikidata: q1
  - id: bad id
distinct:
  - [Niger]
)";
  Run run = run_check({{"e.yaml", registry}, {"s.yaml", toll_facts({{"Chile", "1"}})}}, kTollRules);
  CHECK_FALSE(run.report.checked);
  std::vector<std::string> got;
  for (const Diagnostic& d : run.report.diagnostics.sorted())
    got.push_back(d.range.file.str() + ":" + std::to_string(d.range.line) + ":" + std::to_string(d.range.column) + " " +
                  d.code);
  CHECK(got == std::vector<std::string>{"e.yaml:4:15 invalid-wikidata", "e.yaml:5:9 duplicate-id",
                                        "e.yaml:8:15 duplicate-alias", "e.yaml:9:15 invalid-wikidata",
                                        "e.yaml:10:9 invalid-id", "e.yaml:12:5 invalid-distinct"});
  const Diagnostic* duplicate = find_code(run.report, "duplicate-id");
  REQUIRE(duplicate);
  REQUIRE(duplicate->notes.size() == 1);
  CHECK(duplicate->notes[0].range.line == 2);
  const Diagnostic* alias = find_code(run.report, "duplicate-alias");
  REQUIRE(alias);
  CHECK(alias->message.find("'2010 Haiti earthquake' already names entity 'haiti-2010'") != std::string::npos);
  REQUIRE(alias->notes.size() == 1);
  CHECK(alias->notes[0].range.line == 3);
}

TEST_CASE("a Wikidata QID is Q and a number without leading zeros", "[load]") {
  for (const char* good : {"Q1", "Q42", "Q484174"}) {
    Run run = run_check({{"e.yaml", "entities:\n  - {id: x, wikidata: " + std::string(good) + "}\n"},
                         {"s.yaml", toll_facts({{"x", "1"}})}},
                        kTollRules);
    CHECK(codes_of(run.report).empty());
  }
  for (const char* bad : {"Q0", "Q042", "q42", "42", "Q42x", "P31", "Q"}) {
    Run run = run_check({{"e.yaml", "entities:\n  - {id: x, wikidata: " + std::string(bad) + "}\n"},
                         {"s.yaml", toll_facts({{"x", "1"}})}},
                        kTollRules);
    CHECK(codes_of(run.report) == std::vector<std::string>{"invalid-wikidata"});
  }
}

TEST_CASE("rules' entity names are resolved like claims'", "[load]") {
  std::string rules = std::string(kTollRules) + "    where: {subject: [Haiti quake]}\n";
  Run run = run_check({{"e.yaml", kHaitiRegistry},
                       {"s.yaml", toll_facts({{"2010 Haiti earthquake", "1"}, {"2010 Haiti Earthquake", "2"}})}},
                      rules);
  REQUIRE(run.report.rules.rules.size() == 1);
  CHECK(run.report.rules.rules[0].where.subjects == std::vector<std::string>{"haiti-2010"});
  CHECK(run.report.findings.size() == 1);
}

TEST_CASE("subjects and objects are normalised without a registry", "[load]") {
  Run run = run_check({{"s.yaml", toll_facts({{"2010 Haiti earthquake", "100000"}, {"2010  Haiti earthquake ", "3"}})}},
                      kTollRules);
  CHECK(codes_of(run.report).empty());
  CHECK(run.report.findings.size() == 1);  // the trailing space does not make a second subject
}

TEST_CASE("timeline SUBJECT finds an entity by any of its names", "[load]") {
  for (const char* asked : {"Haiti quake", " 2010 Haiti earthquake", "haiti-2010"}) {
    CheckOptions options;
    options.timelines = true;
    options.timeline_subject = asked;
    Run run = run_check({{"e.yaml", kHaitiRegistry}, {"s.yaml", toll_facts({{"2010 Haiti Earthquake", "1"}})}},
                        kTollRules, options);
    INFO(asked);
    CHECK(run.report.timelines.size() == 1);
  }
  CheckOptions options;
  options.timelines = true;
  options.timeline_subject = "haiti quake";  // case is kept: another name
  Run run = run_check({{"e.yaml", kHaitiRegistry}, {"s.yaml", toll_facts({{"2010 Haiti Earthquake", "1"}})}},
                      kTollRules, options);
  CHECK(run.report.timelines.empty());
}
