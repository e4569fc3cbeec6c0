// Rules in words: every kind's sentence, a description that replaces it, and where reports and
// `claimcheck rules` show it; SARIF's helpUri.
#include <catch2/catch.hpp>
#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "claimcheck/render.h"
#include "claimcheck/version.h"
#include "helpers.h"
#include "load/rules_loader.h"
#include "render/describe.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char* kVocabulary =
    "vocabulary:\n"
    "  events: [vote, begin, end, born, died, meet, marry, appoint, withdraw, rejoin]\n"
    "  states:\n"
    "    toll: number\n"
    "    membership: [member, frozen, withdrawn]\n"
    "    active: [yes, no]\n"
    "    members: number\n"
    "    appointed-by: any\n"
    "rules:\n";

RuleSet pack(const std::string& rules_yaml) {
  RuleSet rules;
  Diagnostics diagnostics;
  load_rules_file(SourceFile{"pack.yaml", kVocabulary + rules_yaml}, rules, diagnostics);
  for (const Diagnostic& d : diagnostics.all()) FAIL(d.code + ": " + d.message);
  return rules;
}

std::string sentence_of(const std::string& rule_yaml) {
  RuleSet rules = pack("  - " + rule_yaml + "\n");
  REQUIRE(rules.rules.size() == 1);
  return describe_rule_sentence(rules.rules.front());
}

}  // namespace

TEST_CASE("every kind's rule reads as a sentence made from its fields", "[render]") {
  CHECK(sentence_of("{id: r, kind: unique-event, event: vote}") ==
        "'vote' happens at most once per subject and object.");
  CHECK(sentence_of("{id: r, kind: single-value, state: toll}") ==
        "'toll' has one value at a time per subject and object.");
  CHECK(sentence_of("{id: r, kind: single-value, state: toll, tolerance: 5%}") ==
        "'toll' has one value at a time per subject and object (figures within 5% of each other agree).");
  CHECK(sentence_of("{id: r, kind: after-event, event: withdraw, state: membership, allowed: [withdrawn]}") ==
        "After 'withdraw', 'membership' is only 'withdrawn'.");
  CHECK(sentence_of("{id: r, kind: precedes, first: born, then: died}") == "'born' comes before 'died'.");
  CHECK(sentence_of("{id: r, kind: duration, event: vote, max: 2 days}") == "'vote' lasts at most 2 days.");
  CHECK(sentence_of("{id: r, kind: conflicts-with, this: {state: membership, value: member}, other: {state: active, "
                    "value: 'no'}}") == "'membership' 'member' and 'active' 'no' never overlap.");
  CHECK(sentence_of("{id: r, kind: requires, this: {state: active, value: 'yes'}, other: {state: membership, value: "
                    "member}}") == "'active' 'yes' needs 'membership' 'member' at the same time.");
  CHECK(sentence_of("{id: r, kind: lifecycle, state: membership, transitions: ['member -> frozen', 'frozen -> "
                    "member', 'withdrawn -> member via rejoin']}") ==
        "'membership' changes only from 'member' to 'frozen', 'frozen' to 'member' and 'withdrawn' to 'member' through "
        "'rejoin'.");
  CHECK(sentence_of("{id: r, kind: allen}") == "The relations claims state between events hold.");
  CHECK(sentence_of("{id: r, kind: contemporary, relation: meet, begins: born, ends: died}") ==
        "'meet' holds only while its subject and object both exist (from 'born' until 'died').");
  CHECK(sentence_of("{id: r, kind: symmetric, relation: marry}") == "'marry' of A with B is also B's with A.");
  CHECK(sentence_of("{id: r, kind: inverse, relation: {state: appointed-by}, inverse: appoint}") != "");
  CHECK(sentence_of("{id: r, kind: count, state: members, counts: {state: membership, value: member}}") ==
        "'members' counts the subjects with 'membership' 'member', at least those the claims show.");
  CHECK(sentence_of("{id: r, kind: expression, bind: {earlier: {state: toll}, later: {state: toll}}, assert: "
                    "'end(earlier) >= start(later) or value(earlier) <= value(later)'}") ==
        "For any two 'toll' claims of one subject and object, earlier and later: the earlier claim ends on or after "
        "the later one starts, or the earlier figure is at most the later one.");
}

TEST_CASE("no kind's sentence falls back to naming the kind", "[render]") {
  RuleSet rules = pack(
      "  - {id: a, kind: precedes, first: begin, then: end}\n"
      "  - {id: b, kind: expression, bind: {x: begin, y: end}, assert: 'start(x) <= start(y)'}\n");
  for (const Rule& rule : rules.rules) {
    CHECK_THAT(describe_rule(rule), !Catch::Contains("Rule of kind"));
    CHECK_THAT(describe_rule(rule), !Catch::Contains("start(x)"));
  }
}

TEST_CASE("a description replaces the sentence and the paragraph", "[render]") {
  RuleSet rules = pack("  - {id: r, kind: unique-event, event: vote, description: 'A vote is held on one day.'}\n");
  CHECK(describe_rule_sentence(rules.rules[0]) == "A vote is held on one day.");
  CHECK(describe_rule(rules.rules[0]) == "A vote is held on one day.");
}

TEST_CASE("claimcheck rules shows each rule's sentence, in text and JSON", "[render]") {
  RuleSet rules = pack(
      "  - {id: one-vote, kind: unique-event, event: vote}\n"
      "  - {id: said, kind: precedes, first: born, then: died, description: 'People die after they are born.', "
      "help_url: 'https://example.org/said'}\n");
  std::string text = render_rule_list(rules, false);
  CHECK_THAT(text, Catch::Contains("one-vote (unique-event, error)\n  'vote' happens at most once per subject and "
                                   "object.\n"));
  CHECK_THAT(text, Catch::Contains("said (precedes, error)\n  People die after they are born.\n"));
  nlohmann::json j = nlohmann::json::parse(render_rule_list(rules, true));
  CHECK(j["rules"][0]["description"] == "'vote' happens at most once per subject and object.");
  CHECK(j["rules"][0]["help_url"] == std::string(kDocumentationUrl) + "rules.md#unique-event");
  CHECK(j["rules"][1]["description"] == "People die after they are born.");
  CHECK(j["rules"][1]["help_url"] == "https://example.org/said");
  CHECK(j["rules"][0]["id"] == "one-vote");  // the fields before stay as they were
  CHECK(j["rules"][0]["column"] == 5);
}

TEST_CASE("a rule's help URL is its help_url, else its kind's section of docs/rules.md", "[render]") {
  RuleSet rules = pack(
      "  - {id: a, kind: count, state: members, counts: {state: membership, value: member}}\n"
      "  - {id: b, kind: symmetric, relation: marry}\n"
      "  - {id: c, kind: inverse, relation: {state: appointed-by}, inverse: appoint}\n"
      "  - {id: d, kind: requires, this: {state: active, value: 'yes'}, other: {state: membership, value: member}}\n"
      "  - {id: e, kind: precedes, first: born, then: died, help_url: 'https://desk.example/rules#e'}\n");
  std::string base = std::string(kDocumentationUrl) + "rules.md#";
  CHECK(rule_help_url(rules.rules[0]) == base + "count");
  CHECK(rule_help_url(rules.rules[1]) == base + "symmetric-and-inverse");
  CHECK(rule_help_url(rules.rules[2]) == base + "symmetric-and-inverse");
  CHECK(rule_help_url(rules.rules[3]) == base + "requires");
  CHECK(rule_help_url(rules.rules[4]) == "https://desk.example/rules#e");
}

TEST_CASE("every kind's help anchor is a heading of docs/rules.md", "[render]") {
  std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/docs/rules.md");
  REQUIRE(in);
  std::set<std::string> anchors;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("#", 0) != 0) continue;
    // GitHub's anchor: lower case, spaces as '-', punctuation other than '-' dropped.
    std::string anchor;
    for (char c : line.substr(line.find_first_not_of('#')))
      if (std::isalnum(static_cast<unsigned char>(c)) || c == '-')
        anchor += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      else if (c == ' ' && !anchor.empty())
        anchor += '-';
    anchors.insert(anchor);
  }
  for (const std::string& kind : rule_kind_names()) {
    Rule rule;
    rule.kind = *rule_kind_from_string(kind);
    std::string url = rule_help_url(rule);
    std::string anchor = url.substr(url.find('#') + 1);
    INFO(kind);
    CHECK(anchors.count(anchor) == 1);
  }
}

TEST_CASE("SARIF rules carry the sentence, helpUri and the project's informationUri", "[render]") {
  Run run = run_check({{"facts/s.yaml",
                        "source: {id: s, publisher: Pub, published: 2024-09-01}\nclaims:\n"
                        "  - {id: feb, quote: q1, subject: A, object: B, event: announce-withdrawal, at: 2024-02}\n"
                        "  - {id: jun, quote: q2, subject: A, object: B, event: announce-withdrawal, at: 2024-06}\n"}},
                      "vocabulary: {events: [announce-withdrawal]}\n"
                      "rules:\n"
                      "  - {id: once, kind: unique-event, event: announce-withdrawal}\n"
                      "  - id: desk\n"
                      "    kind: unique-event\n"
                      "    event: announce-withdrawal\n"
                      "    description: Our desk dates an announcement once.\n"
                      "    help_url: https://desk.example/style(guide)#dates\n");
  REQUIRE(run.report.checked);
  nlohmann::json sarif = nlohmann::json::parse(render_sarif(run.report));
  const nlohmann::json& driver = sarif["runs"][0]["tool"]["driver"];
  CHECK(driver["informationUri"] == kDocumentationUrl);
  const nlohmann::json& once = driver["rules"][0];
  CHECK(once["id"] == "once");
  CHECK(once["helpUri"] == std::string(kDocumentationUrl) + "rules.md#unique-event");
  CHECK(once["shortDescription"]["text"] == "'announce-withdrawal' happens at most once per subject and object.");
  const nlohmann::json& desk = driver["rules"][1];
  CHECK(desk["helpUri"] == "https://desk.example/style%28guide%29#dates");
  CHECK(desk["shortDescription"]["text"] == "Our desk dates an announcement once.");
  CHECK(desk["fullDescription"]["text"] == "Our desk dates an announcement once.");
  CHECK_THAT(desk["help"]["markdown"].get<std::string>(),
             Catch::Contains("(https://desk.example/style%28guide%29#dates)"));
}

TEST_CASE("every human report shows the finding's rule sentence, JSON as rule_description", "[render]") {
  Run run = run_check({{"facts/s.yaml",
                        "source: {id: s, publisher: Pub, published: 2024-09-01}\nclaims:\n"
                        "  - {id: a, quote: q1, subject: Quake, state: toll, value: 40, at: 2024-05-10}\n"
                        "  - {id: b, quote: q2, subject: Quake, state: toll, value: 12, at: 2024-05-20}\n"}},
                      "vocabulary: {states: {toll: number}}\n"
                      "rules:\n"
                      "  - id: tolls-rise\n"
                      "    kind: expression\n"
                      "    bind: {earlier: {state: toll}, later: {state: toll}}\n"
                      "    assert: end(earlier) >= start(later) or value(earlier) <= value(later)\n");
  REQUIRE(run.report.findings.size() == 1);
  std::string words =
      "the earlier claim ends on or after the later one starts, or the earlier figure is at most the later one";
  CHECK_THAT(render_text(run.report, run.sources), Catch::Contains("  rule: For any two 'toll' claims"));
  CHECK_THAT(render_text(run.report, run.sources), Catch::Contains(words));
  CHECK_THAT(render_markdown(run.report), Catch::Contains("**Rule** tolls-rise: For any two 'toll' claims"));
  CHECK_THAT(render_html(run.report), Catch::Contains("<p class=\"rule\">For any two &#39;toll&#39; claims"));
  nlohmann::json j = nlohmann::json::parse(render_json(run.report));
  CHECK_THAT(j["findings"][0]["rule_description"].get<std::string>(), Catch::Contains(words));
  // The explanation words the assert too, and quotes it as written.
  CHECK_THAT(run.report.findings[0].explanation,
             Catch::Contains("Rule tolls-rise demands, for any two 'toll' claims of one subject and object, earlier "
                             "and later, that " +
                             words + " (end(earlier) >= start(later) or value(earlier) <= value(later))."));
}

TEST_CASE("an HTML finding links its rule's help_url, else its kind's section, escaped", "[render]") {
  auto html_under = [](const std::string& rule) {
    Run run =
        run_check({{"facts/s.yaml",
                    "source: {id: s, publisher: Pub, published: 2024-09-01}\nclaims:\n"
                    "  - {id: feb, quote: q1, subject: A, object: B, event: announce-withdrawal, at: 2024-02}\n"
                    "  - {id: jun, quote: q2, subject: A, object: B, event: announce-withdrawal, at: 2024-06}\n"}},
                  "vocabulary: {events: [announce-withdrawal]}\nrules:\n" + rule);
    REQUIRE(run.report.findings.size() == 1);
    return render_html(run.report);
  };
  std::string kind_link = "<a class=\"rule-docs\" href=\"" + std::string(kDocumentationUrl) +
                          "rules.md#unique-event\" rel=\"noreferrer noopener\">About this rule</a></p>";
  CHECK_THAT(html_under("  - {id: once, kind: unique-event, event: announce-withdrawal}\n"),
             Catch::Contains("each other. " + kind_link));  // closes the rule's sentence
  std::string desk = html_under(
      "  - id: desk\n"
      "    kind: unique-event\n"
      "    event: announce-withdrawal\n"
      "    help_url: https://desk.example/style(guide)?part=dates&lang='en'#once\n");
  // & becomes an entity; ( ) ' are percent-encoded, so nothing closes the attribute or the URL.
  CHECK_THAT(desk, Catch::Contains("<a class=\"rule-docs\" "
                                   "href=\"https://desk.example/style%28guide%29?part=dates&amp;lang=%27en%27#once\" "
                                   "rel=\"noreferrer noopener\">About this rule</a></p>"));
  CHECK(desk.find("lang='en'") == std::string::npos);
  CHECK(desk.find("rules.md#unique-event") == std::string::npos);  // the rule's own page replaces the kind's
}
