// A rule's `description` and `help_url`: loaded on every kind, and the errors of bad ones.
#include <catch2/catch.hpp>

#include "load/rules_loader.h"

using namespace claimcheck;

namespace {

struct Loaded {
  RuleSet rules;
  Diagnostics diagnostics;
};

Loaded load(const std::string& rules_yaml) {
  Loaded out;
  load_rules_file(SourceFile{"pack.yaml",
                             "vocabulary:\n"
                             "  events: [vote, begin, end]\n"
                             "  states: {toll: number}\n"
                             "rules:\n" +
                                 rules_yaml},
                  out.rules, out.diagnostics);
  return out;
}

}  // namespace

TEST_CASE("description and help_url load on a rule", "[load]") {
  Loaded pack = load(
      "  - id: one-date\n"
      "    kind: unique-event\n"
      "    event: vote\n"
      "    description: A vote happens on one day.\n"
      "    help_url: https://example.org/desk/rules#one-date\n");
  REQUIRE(pack.diagnostics.all().empty());
  REQUIRE(pack.rules.rules.size() == 1);
  CHECK(pack.rules.rules[0].description == "A vote happens on one day.");
  CHECK(pack.rules.rules[0].help_url == "https://example.org/desk/rules#one-date");
}

TEST_CASE("description and help_url are common fields of every kind", "[load]") {
  Loaded pack = load(
      "  - {id: a, kind: precedes, first: begin, then: end, description: d, help_url: 'http://x.org'}\n"
      "  - {id: b, kind: single-value, state: toll, description: d, help_url: 'http://x.org'}\n"
      "  - id: c\n"
      "    kind: expression\n"
      "    bind: {x: begin, y: end}\n"
      "    assert: start(x) <= start(y)\n"
      "    description: d\n"
      "    help_url: HTTPS://x.org:8080/p?q=1\n");
  CHECK(pack.diagnostics.all().empty());
  REQUIRE(pack.rules.rules.size() == 3);
  for (const Rule& rule : pack.rules.rules) CHECK(rule.description == "d");
}

TEST_CASE("a folded description reads as one line", "[load]") {
  Loaded pack = load(
      "  - id: one-date\n"
      "    kind: unique-event\n"
      "    event: vote\n"
      "    description: >\n"
      "      A vote happens\n"
      "      on   one day.\n");
  REQUIRE(pack.diagnostics.all().empty());
  CHECK(pack.rules.rules[0].description == "A vote happens on one day.");
}

TEST_CASE("an empty description is an error at its value", "[load]") {
  Loaded pack = load("  - {id: one-date, kind: unique-event, event: vote, description: '  '}\n");
  REQUIRE(pack.diagnostics.all().size() == 1);
  const Diagnostic& d = pack.diagnostics.all().front();
  CHECK(d.code == "empty-description");
  CHECK(d.range.line == 5);
  CHECK(d.range.column == 66);
}

TEST_CASE("a help_url that is no absolute http(s) URL is an error with file:line:col", "[load]") {
  struct Case {
    std::string url;
    std::string says;
  };
  std::vector<Case> cases = {
      {"docs/rules.md#one-date", "does not start with http:// or https://"},
      {"ftp://example.org/rules", "does not start with http:// or https://"},
      {"https://", "names no host"},
      {"https:///rules", "names no host"},
      {"'https://example.org/a rule'", "contains a space"},
      {"'https://example.org/<rule>'", "contains '<'"},
      {"https://exa$mple.org/", "its host 'exa$mple.org' has '$' in it"},
  };
  for (const Case& c : cases) {
    INFO(c.url);
    Loaded pack = load(
        "  - id: one-date\n"
        "    kind: unique-event\n"
        "    event: vote\n"
        "    help_url: " +
        c.url + "\n");
    REQUIRE(pack.diagnostics.all().size() == 1);
    const Diagnostic& d = pack.diagnostics.all().front();
    CHECK(d.code == "invalid-help-url");
    CHECK_THAT(d.message, Catch::Contains(c.says));
    CHECK(d.range.file.str() == "pack.yaml");
    CHECK(d.range.line == 8);
    CHECK(d.range.column == 15);
  }
}

TEST_CASE("description and help_url must be text", "[load]") {
  Loaded pack = load("  - {id: one-date, kind: unique-event, event: vote, description: [a, b]}\n");
  REQUIRE_FALSE(pack.diagnostics.all().empty());
  CHECK(pack.diagnostics.all().front().code == "wrong-type");
}
