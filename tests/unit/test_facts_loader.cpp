#include <catch2/catch.hpp>

#include "helpers.h"
#include "load/facts_loader.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

struct Loaded {
  Dataset dataset;
  Diagnostics diagnostics;
};

Loaded load(const std::string& text) {
  Loaded l;
  load_facts_file(SourceFile{"f.yaml", text}, l.dataset, l.diagnostics);
  return l;
}

const char* kHeader = "source:\n  id: s\n  published: 2024-09-01\nclaims:\n";

}  // namespace

TEST_CASE("a claim loads with its full id, source and resolved window", "[load]") {
  Loaded l = load(std::string(kHeader) +
                  "  - id: c1\n    quote: q\n    subject: Armenia\n    event: announce-withdrawal\n"
                  "    object: CSTO\n    at: in February\n");
  REQUIRE(l.diagnostics.all().empty());
  REQUIRE(l.dataset.claims.size() == 1);
  const Claim& c = l.dataset.claims[0];
  CHECK(c.full_id == "s/c1");
  CHECK(c.range.line == 5);
  CHECK(c.range.column == 5);
  CHECK(format_window(c.time.start_window) == "2024-02-01..2024-02-29");
  CHECK(c.time.is_point);
}

TEST_CASE("spans take two of from, until and for; for alone ends at publication", "[load]") {
  Loaded l = load(std::string(kHeader) +
                  "  - {id: a, quote: q, subject: X, state: s, value: v, from: mid-2023, until: published}\n"
                  "  - {id: b, quote: q, subject: X, state: s, value: v, for: almost a year}\n"
                  "  - {id: c, quote: q, subject: X, state: s, value: v, from: 2020}\n");
  REQUIRE(l.diagnostics.all().empty());
  const ClaimTime& a = l.dataset.claims[0].time;
  CHECK(format_window(a.start_window) == "2023-05-01..2023-08-31");
  CHECK(format_window(a.end_window) == "2024-09-01");
  const ClaimTime& b = l.dataset.claims[1].time;
  CHECK(format_window(b.end_window) == "2024-09-01");
  CHECK(b.length == DayCount{273, 366});
  const ClaimTime& c = l.dataset.claims[2].time;
  CHECK(c.end_window.latest == kLastDay);
}

TEST_CASE("numbers are read as decimal numbers, words stay words", "[load]") {
  CHECK(*read_value("6", true).number == 6);
  CHECK(*read_value("010", true).number == 10);  // not octal
  CHECK_FALSE(read_value("6", false).number);    // "6" quoted is a word
  CHECK_FALSE(read_value("frozen", true).number);
  CHECK(read_value("6", true).same_as(read_value("6.0", true)));
  CHECK_FALSE(read_value("6", false).same_as(read_value("6", true)));    // a word is not a number
  CHECK_FALSE(read_value("6", false).same_as(read_value("6.0", true)));  // nor when written otherwise
}

TEST_CASE("every problem in a file is reported with its location", "[load]") {
  Loaded l = load(std::string(kHeader) +
                  "  - id: c1\n    quot: q\n    subject: X\n    event: e\n    state: s\n    at: 2024\n"
                  "  - id: c2\n    quote: q\n    subject: X\n    event: e\n    at: 2024-02-30\n");
  std::vector<std::string> codes;
  for (const Diagnostic& d : l.diagnostics.sorted()) codes.push_back(d.code + "@" + std::to_string(d.range.line));
  CHECK(codes ==
        std::vector<std::string>{"missing-field@5", "unknown-field@6", "event-and-state@9", "invalid-date@15"});
  CHECK_THAT(l.diagnostics.sorted()[1].message, Catch::Contains("did you mean 'quote'?"));
}

TEST_CASE("a relative phrase needs a publication date", "[load]") {
  Loaded l = load("source: {id: s}\nclaims:\n  - {id: c, quote: q, subject: X, event: e, at: in June}\n");
  REQUIRE(l.diagnostics.all().size() == 1);
  CHECK(l.diagnostics.all()[0].code == "relative-without-published");
  CHECK(l.diagnostics.all()[0].range.line == 3);
}

TEST_CASE("source fields are checked", "[load]") {
  Loaded l = load("source: {id: s, reliability: 1.5, published: someday}\nclaims: []\n");
  std::vector<std::string> codes;
  for (const Diagnostic& d : l.diagnostics.sorted()) codes.push_back(d.code);
  CHECK(codes == std::vector<std::string>{"invalid-reliability", "invalid-published"});
}

TEST_CASE("a claim's optional confidence is read and must be above 0 and at most 1", "[load]") {
  Loaded ok = load(std::string(kHeader) +
                   "  - {id: c, quote: q, subject: A, event: e, at: 2024, confidence: 0.25}\n"
                   "  - {id: d, quote: q, subject: A, event: e, at: 2024}\n");
  REQUIRE(ok.diagnostics.all().empty());
  REQUIRE(ok.dataset.claims.size() == 2);
  CHECK(ok.dataset.claims[0].confidence == 0.25);
  CHECK(ok.dataset.claims[1].confidence == 1.0);

  Loaded bad = load(std::string(kHeader) + "  - {id: c, quote: q, subject: A, event: e, at: 2024, confidence: 1.5}\n");
  REQUIRE(bad.diagnostics.all().size() == 1);
  CHECK(bad.diagnostics.all()[0].code == "invalid-confidence");
  CHECK(bad.diagnostics.all()[0].message == "confidence must be a number in (0, 1], not '1.5'");
  CHECK(bad.dataset.claims.empty());
}

// The source has a `published` date, it is just invalid: its own error is the one to report,
// and each relative claim is left out without a second, false "no 'published' date".
TEST_CASE("an invalid published is reported once, not again for each relative claim", "[load]") {
  for (const char* published : {"2024-02-30", "last week", "2024-9-1", "0000", "[a, b]"}) {
    Loaded l = load(std::string("source: {id: s, published: ") + published +
                    "}\nclaims:\n"
                    "  - {id: a, quote: q, subject: X, event: e, at: today}\n"
                    "  - {id: b, quote: q, subject: X, event: e, at: 2023}\n"
                    "  - {id: c, quote: q, subject: X, state: s, value: v, for: 3 days}\n");
    INFO(published);
    REQUIRE(l.diagnostics.all().size() == 1);
    CHECK(l.diagnostics.all()[0].range.line == 1);
    REQUIRE(l.dataset.claims.size() == 1);  // only the absolute one
    CHECK(l.dataset.claims[0].id == "b");
  }
}

TEST_CASE("for alone without published is worded about for", "[load]") {
  Loaded l = load("source: {id: s}\nclaims:\n  - {id: c, quote: q, subject: X, state: s, value: v, for: 3 days}\n");
  REQUIRE(l.diagnostics.all().size() == 1);
  const Diagnostic& d = l.diagnostics.all()[0];
  CHECK(d.code == "relative-without-published");
  CHECK_THAT(d.message, Catch::StartsWith("'for' alone ends at publication"));
  CHECK(d.range.column == 60);  // the value of `for`
}

// facts.md allows one end of a span alone, so an empty `at:` is an empty value, not a claim
// without a time.
TEST_CASE("an empty time field is empty-time-expression at its value", "[load]") {
  for (const char* field : {"at:", "from:", "until: 2024, from:", "for:"}) {
    Loaded l = load(std::string(kHeader) + "  - {id: c, quote: q, subject: X, state: s, value: v, " + field + " }\n");
    INFO(field);
    REQUIRE(l.diagnostics.all().size() == 1);
    CHECK(l.diagnostics.all()[0].code == "empty-time-expression");
    CHECK(l.diagnostics.all()[0].range.line == 5);
    CHECK(l.diagnostics.all()[0].range.column > 50);  // the value, not the claim
  }
}

TEST_CASE("day 00 says days start at 01", "[load]") {
  Loaded l = load(std::string(kHeader) + "  - {id: c, quote: q, subject: X, event: e, at: 2024-02-00}\n");
  REQUIRE(l.diagnostics.all().size() == 1);
  CHECK(l.diagnostics.all()[0].message == "'2024-02-00' is not a valid date: days of the month start at 01");
}

TEST_CASE("an empty claims key is a warning at it; an empty list is fine", "[load]") {
  Loaded empty = load("source: {id: s, published: 2024-09-01}\nclaims:\n");
  REQUIRE(empty.diagnostics.all().size() == 1);
  const Diagnostic& d = empty.diagnostics.all()[0];
  CHECK(d.code == "empty-field");
  CHECK(d.severity == Severity::warning);
  CHECK(d.range.line == 2);
  CHECK(load("source: {id: s, published: 2024-09-01}\nclaims: []\n").diagnostics.all().empty());
}
