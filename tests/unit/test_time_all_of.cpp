// EDTF level-2 all-of sets {...}: a state's span reaches into every member, an event lies in all of them.
#include <catch2/catch.hpp>

#include "load/facts_loader.h"
#include "time/resolve.h"

using namespace claimcheck;

namespace {

std::string members_of(const std::string& text) {
  std::optional<AllOfResult> r = resolve_all_of(text);
  if (!r) return "not a set";
  if (auto* e = std::get_if<TimeError>(&*r)) return "error " + e->code;
  std::string out;
  for (const DayWindow& w : std::get<AllOfSet>(*r).members) out.append(out.empty() ? "" : " ").append(format_window(w));
  return out;
}

struct Loaded {
  Dataset dataset;
  Diagnostics diagnostics;
};

Loaded load(const std::string& claim) {
  Loaded l;
  load_facts_file(SourceFile{"f.yaml", "source:\n  id: s\n  published: 2024-09-01\nclaims:\n" + claim}, l.dataset,
                  l.diagnostics);
  return l;
}

std::string state_at(const std::string& at) {
  return "  - {id: a, quote: q, subject: X, state: s, value: v, at: \"" + at + "\"}\n";
}
std::string event_at(const std::string& at) {
  return "  - {id: a, quote: q, subject: X, event: e, at: \"" + at + "\"}\n";
}

}  // namespace

TEST_CASE("the EDTF specification's all-of examples: every member, a range as its two ends", "[time]") {
  // "All of the years 1667, 1668, 1670, 1671, 1672."
  CHECK(members_of("{1667,1668,1670..1672}") ==
        "1667-01-01..1667-12-31 1668-01-01..1668-12-31 1670-01-01..1670-12-31 1672-01-01..1672-12-31");
  // "The year 1960 and the month December of 1961."
  CHECK(members_of("{1960, 1961-12}") == "1960-01-01..1960-12-31 1961-12-01..1961-12-31");
  // "All years up to and including 1984."
  CHECK(members_of("{..1984}") == "0001-01-01 1984-01-01..1984-12-31");
  CHECK(members_of("{2024-02-01,2024-02-10}") == "2024-02-01 2024-02-10");
  CHECK(members_of("{2024-02..2024-04}") == "2024-02-01..2024-02-29 2024-04-01..2024-04-30");
  CHECK(members_of("2024") == "not a set");
}

TEST_CASE("a malformed all-of set is an error of its own", "[time]") {
  CHECK(members_of("{}") == "error invalid-set");
  CHECK(members_of("{2024-02-01,}") == "error invalid-set");
  CHECK(members_of("{2024-02-01") == "error invalid-set");
  CHECK(members_of("{..}") == "error invalid-set");
  CHECK(members_of("{2024-02-30}") == "error invalid-date");
  CHECK(members_of("{2024-04..2024-02}") == "error reversed-interval");
  CHECK(members_of("{Febuary}") == "error invalid-set");
}

TEST_CASE("a state at an all-of set: its span has a day in every member", "[time]") {
  Loaded l = load(state_at("{2024-02-01,2024-02-10}"));
  REQUIRE(l.diagnostics.all().empty());
  const ClaimTime& t = l.dataset.claims[0].time;
  CHECK_FALSE(t.is_point);
  CHECK(format_day(t.start_window.latest) == "2024-02-01");  // started by 1 February
  CHECK(format_day(t.end_window.earliest) == "2024-02-10");  // still held on 10 February
  Loaded years = load(state_at("{1667,1668,1670..1672}"));
  CHECK(format_day(years.dataset.claims[0].time.start_window.latest) == "1667-12-31");
  CHECK(format_day(years.dataset.claims[0].time.end_window.earliest) == "1672-01-01");
}

TEST_CASE("an event at an all-of set lies in every member; distinct days are an error", "[time]") {
  Loaded nested = load(event_at("{2024, 2024-02}"));
  REQUIRE(nested.diagnostics.all().empty());
  CHECK(format_window(nested.dataset.claims[0].time.start_window) == "2024-02-01..2024-02-29");
  Loaded two_days = load(event_at("{2024-02-01,2024-02-10}"));
  REQUIRE(two_days.diagnostics.all().size() == 1);
  CHECK(two_days.diagnostics.all().front().code == "all-of-set-on-event");
}

TEST_CASE("an all-of set error points at the member at fault; outside at it is an error", "[time]") {
  Loaded bad = load(state_at("{2024-02-01,2024-02-30}"));
  REQUIRE(bad.diagnostics.all().size() == 1);
  const Diagnostic& d = bad.diagnostics.all().front();
  CHECK(d.code == "invalid-date");
  CHECK(d.range.line == 5);
  CHECK(d.range.column == 72);  // "2024-02-30" inside the quoted value
  Loaded from = load(
      "  - {id: a, quote: q, subject: X, state: s, value: v, from: \"{2024-02-01,2024-02-10}\", until: 2024-03}\n");
  REQUIRE(from.diagnostics.all().size() == 1);
  CHECK(from.diagnostics.all().front().code == "all-of-set-outside-at");
}
