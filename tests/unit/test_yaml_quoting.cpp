#include <catch2/catch.hpp>

#include "yaml/quoting.h"
#include "yaml/yaml_document.h"

using namespace claimcheck;

namespace {

struct Parsed {
  std::optional<YamlNode> node;
  Diagnostics diagnostics;
};

Parsed parse(const std::string& text) {
  Parsed p;
  p.node = parse_yaml(SourceFile{"f.yaml", text}, p.diagnostics);
  return p;
}

std::vector<const Diagnostic*> with_code(const Parsed& p, const std::string& code) {
  std::vector<const Diagnostic*> found;
  for (const Diagnostic& d : p.diagnostics.all())
    if (d.code == code) found.push_back(&d);
  return found;
}

}  // namespace

TEST_CASE("a comment after a plain value warns at the value, with the quoted fix", "[yaml]") {
  Parsed p = parse("claims:\n  - id: a\n    quote: It's the #1 toll: 316\n");
  REQUIRE(p.node);
  const YamlNode& quote = *p.node->entries[0].value.items[0].find("quote");
  CHECK(quote.scalar == "It's the");  // what YAML reads: the rest is a comment
  auto warnings = with_code(p, "comment-after-plain-value");
  REQUIRE(warnings.size() == 1);
  const Diagnostic& d = *warnings[0];
  CHECK(d.severity == Severity::warning);
  CHECK(d.range.line == 3);
  CHECK(d.range.column == 12);
  CHECK(d.message.find("'#1 toll: 316'") != std::string::npos);
  CHECK(d.message.find("only 'It's the'") != std::string::npos);
  CHECK(d.message.find("column 21") != std::string::npos);
  CHECK(d.message.find("quote: 'It''s the #1 toll: 316'") != std::string::npos);
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].range.line == 3);
  CHECK(d.notes[0].range.column == 21);
  CHECK_FALSE(p.diagnostics.has_errors());
}

TEST_CASE("the fix keeps the blanks before the comment and the item's dash", "[yaml]") {
  Parsed p = parse("- a  # b\n");
  auto warnings = with_code(p, "comment-after-plain-value");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0]->message.find("- 'a  # b'") != std::string::npos);
}

TEST_CASE("a plain value folded over lines warns when a comment ends its last line", "[yaml]") {
  Parsed p = parse("quote: It is\n  the toll # of 316\nnext: 1\n");
  REQUIRE(p.node);
  CHECK(p.node->find("quote")->scalar == "It is the toll");
  auto warnings = with_code(p, "comment-after-plain-value");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0]->range.line == 1);
  CHECK(warnings[0]->message.find("line 2, column 12") != std::string::npos);
  CHECK(warnings[0]->message.find("quote: 'It is the toll # of 316'") != std::string::npos);
  CHECK(warnings[0]->notes[0].range.line == 2);
}

TEST_CASE("comments YAML reads as the writer meant do not warn", "[yaml]") {
  const char* quiet[] = {
      "quote: 'It''s the #1 toll'  # a comment after a quoted value\n",
      "quote: \"the #1 toll\" # after double quotes\n",
      "# a comment on its own line\nquote: It's the toll\n",
      "quote: It is\n  # a comment on its own line ends the value\nnext: 1\n",
      "quote: C# and F#, no blank before the sign\n",
      "tags: [a, b]  # after a flow list\n",
      "tags: {a: b}  # after a flow map\n",
      "text: |  # after a block scalar's indicator\n  line\n",
      "key:  # nothing before it\n  a: 1\n",
      "- # an empty item\n",
      "quote: !!str tagged # the parser hides a tagged scalar's style: not checked (docs/facts.md)\n",
  };
  for (const char* text : quiet) {
    Parsed p = parse(text);
    INFO(text);
    REQUIRE(p.node);
    CHECK(p.diagnostics.all().empty());
  }
}

TEST_CASE("a comment after a plain value warns in a file with CRLF line ends, the CR left out", "[yaml]") {
  Parsed p = parse("a: b # c\r\nd: e\r\n");
  auto warnings = with_code(p, "comment-after-plain-value");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0]->message.find("a: 'b # c' (") != std::string::npos);
  CHECK(warnings[0]->notes[0].range.end_column == 9);  // "# c" from column 6, without the CR
}

TEST_CASE("a plain value inside a flow collection before a comment warns", "[yaml]") {
  Parsed p = parse("tags: [a,\n  b # c\n  ]\n");
  auto warnings = with_code(p, "comment-after-plain-value");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0]->range.line == 2);
  CHECK(warnings[0]->range.column == 3);
}

TEST_CASE("a value that needs quoting is written in single quotes, or double quotes for control characters", "[yaml]") {
  CHECK(quoted_yaml("It's") == "'It''s'");
  CHECK(quoted_yaml("say \"no\"") == "'say \"no\"'");
  CHECK(quoted_yaml("a\nb\\c") == "\"a\\nb\\\\c\"");
}

TEST_CASE("a parse error from text that needed quotes says how to quote it", "[yaml]") {
  struct Case {
    const char* text;
    const char* fix;
  } cases[] = {
      {"claims:\n  - id: a\n    quote: He said: no\n", "quote: 'He said: no'"},
      {"quote: 'It's the toll'\n", "quote: 'It''s the toll'"},
      {"quote: \"He\" said it\n", "quote: '\"He\" said it'"},
      {"- quote: \"He said \"no\" today\"\n", "quote: 'He said \"no\" today'"},
  };
  for (const Case& c : cases) {
    Parsed p = parse(c.text);
    INFO(c.text);
    CHECK_FALSE(p.node);
    REQUIRE(p.diagnostics.all().size() == 1);
    const Diagnostic& d = p.diagnostics.all()[0];
    CHECK(d.code == "yaml-syntax");
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].message.find(c.fix) != std::string::npos);
    CHECK(d.notes[0].message.find("double quotes") != std::string::npos);
    CHECK(d.notes[0].range.line == d.range.line);
  }
}

TEST_CASE("the quoting note points at the value, in code points", "[yaml]") {
  Parsed p = parse("quote: «Toll»: 316\n");
  REQUIRE(p.diagnostics.all().size() == 1);
  const Diagnostic& d = p.diagnostics.all()[0];
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].range.column == 8);
  CHECK(d.notes[0].range.end_column == 19);
  CHECK(d.notes[0].message.find("quote: '«Toll»: 316'") != std::string::npos);
}

TEST_CASE("a parse error that quoting would not fix has no quoting note", "[yaml]") {
  const char* unrelated[] = {
      "a:\n  b: 1\n c: 2\n",                      // indentation
      "- {id: a, quote: q, at: 2024\n- id: b\n",  // an unclosed flow map
      "quote: \"never closed\nnext: 1",           // a quote left open runs to the end
  };
  for (const char* text : unrelated) {
    Parsed p = parse(text);
    INFO(text);
    REQUIRE(p.diagnostics.has_errors());
    CHECK(p.diagnostics.all()[0].notes.empty());
  }
}

TEST_CASE("only values YAML cannot read unquoted are found on a line", "[yaml]") {
  std::optional<UnquotedText> found = find_unquoted_text("  - quote: He said: no  ");
  REQUIRE(found);
  CHECK(found->key == "quote");
  CHECK(found->value_offset == 11);
  CHECK(found->value_size == 11);
  CHECK(found->rewritten == "'He said: no'");
  CHECK(find_unquoted_text("quote: it ends:")->rewritten == "'it ends:'");
  CHECK(find_unquoted_text("quote: 'It''s' 'more'")->rewritten == "'It''s'' ''more'");
  CHECK_FALSE(find_unquoted_text("quote: \"a \\\"b\\\"\" c")->rewritten);  // escapes: the meaning is unsure
  CHECK_FALSE(find_unquoted_text("quote: fine text"));
  CHECK_FALSE(find_unquoted_text("quote: at 10:30"));
  CHECK_FALSE(find_unquoted_text("quote: 'fine' # c"));
  CHECK_FALSE(find_unquoted_text("quote: fine # note: x"));
  CHECK_FALSE(find_unquoted_text("quote: |"));
  CHECK_FALSE(find_unquoted_text("- {quote: a: b}"));
}
