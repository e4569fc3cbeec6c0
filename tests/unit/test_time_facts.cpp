// Time in the facts loader: "at: since X" spans, relative anchors, and errors at the fragment at fault.
#include <catch2/catch.hpp>

#include "load/facts_loader.h"

using namespace claimcheck;

namespace {

struct Loaded {
  Dataset dataset;
  Diagnostics diagnostics;
};

Loaded load(const std::string& claims) {
  Loaded l;
  load_facts_file(SourceFile{"f.yaml", "source:\n  id: s\n  published: 2024-09-01\nclaims:\n" + claims}, l.dataset,
                  l.diagnostics);
  return l;
}

}  // namespace

TEST_CASE("at: since X on a state is a span from X to publication; on an event a window", "[time]") {
  Loaded l = load(
      "  - {id: a, quote: q, subject: X, state: s, value: v, at: since mid-2023}\n"
      "  - {id: b, quote: q, subject: X, event: e, at: since mid-2023}\n"
      "  - {id: c, quote: q, subject: X, state: s, value: v, from: since mid-2023, for: almost a year}\n");
  REQUIRE(l.diagnostics.all().empty());
  const ClaimTime& a = l.dataset.claims[0].time;
  CHECK_FALSE(a.is_point);
  CHECK(format_window(a.start_window) == "2023-05-01..2023-08-31");
  CHECK(format_window(a.end_window) == "2024-09-01");
  const ClaimTime& b = l.dataset.claims[1].time;
  CHECK(b.is_point);
  CHECK(format_window(b.start_window) == "2023-05-01..2024-09-01");
  CHECK(format_window(l.dataset.claims[2].time.start_window) == "2023-05-01..2023-08-31");
}

TEST_CASE("a relative at keeps its target's full id and the gap's bounds", "[time]") {
  Loaded l = load(
      "  - {id: a, quote: q, subject: X, event: e, at: {after: b, by: two weeks}}\n"
      "  - {id: b, quote: q, subject: X, event: e, at: {before: other/c}}\n");
  REQUIRE(l.diagnostics.all().empty());
  const TimeAnchor& a = *l.dataset.claims[0].time.anchor;
  CHECK(a.after);
  CHECK(a.target == "s/b");
  CHECK(a.gap == DayCount{13, 14});
  CHECK(a.description == "13..14 days after s/b");
  const TimeAnchor& b = *l.dataset.claims[1].time.anchor;
  CHECK_FALSE(b.after);
  CHECK(b.target == "other/c");
  CHECK(b.description == "on or before other/c");
}

TEST_CASE("a time error points at the word or interval side at fault", "[time]") {
  Loaded l = load(
      "  - {id: a, quote: q, subject: X, event: e, at: in Febuary 2024}\n"
      "  - {id: b, quote: q, subject: X, event: e, at: \"2024-01/2024-02-30\"}\n");
  REQUIRE(l.diagnostics.all().size() == 2);
  const Diagnostic& misspelt = l.diagnostics.all()[0];
  CHECK(misspelt.code == "unknown-time-expression");
  CHECK(misspelt.range.column == 52);
  CHECK(misspelt.range.end_column == 59);
  const Diagnostic& bad_day = l.diagnostics.all()[1];
  CHECK(bad_day.code == "invalid-date");
  CHECK(bad_day.range.column == 58);  // inside the quotes
}
