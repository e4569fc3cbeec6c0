#include <catch2/catch.hpp>

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

std::string first_code(const Parsed& p) {
  return p.diagnostics.all().empty() ? "" : p.diagnostics.all()[0].code;
}

}  // namespace

TEST_CASE("maps keep their keys in file order with 1-based locations", "[yaml]") {
  Parsed p = parse("a: 1\nb:\n  - x\n  - 'y'\n");
  REQUIRE(p.node);
  REQUIRE(p.node->entries.size() == 2);
  CHECK(p.node->entries[1].key == "b");
  CHECK(p.node->entries[1].key_range.line == 2);
  const YamlNode& list = p.node->entries[1].value;
  REQUIRE(list.items.size() == 2);
  CHECK(list.items[1].range.line == 4);
  CHECK(list.items[1].range.column == 5);
  CHECK(list.items[0].plain);
  CHECK_FALSE(list.items[1].plain);
}

TEST_CASE("a map or list spans from its first character to the end of its last child or closing bracket", "[yaml]") {
  Parsed p = parse("claims:\n  - id: a\n    quote: \"q\"\n    at: 2024-02\n  - {id: b, at: x}\n");
  REQUIRE(p.node);
  const YamlNode& claims = p.node->entries[0].value;
  REQUIRE(claims.items.size() == 2);
  const SourceRange& first = claims.items[0].range;
  CHECK(first.line == 2);
  CHECK(first.column == 5);
  CHECK(first.end_line == 4);
  CHECK(first.end_column == 16);  // just past "2024-02"
  const SourceRange& flow = claims.items[1].range;
  CHECK(flow.line == 5);
  CHECK(flow.end_line == 5);
  CHECK(flow.end_column == 19);  // past the closing brace: the whole `{...}` is the claim
  CHECK(claims.range.end_line == 5);
  CHECK(p.node->range.end_line == 5);
}

TEST_CASE("columns count code points, not bytes", "[yaml]") {
  Parsed p = parse("q: «é» x\nk: v\n");
  REQUIRE(p.node);
  CHECK(p.node->find("q")->range.column == 4);
  Parsed later = parse("q: \"é\": 1\n");
  CHECK_FALSE(later.node);
}

TEST_CASE("duplicate keys are an error, not silently merged", "[yaml]") {
  Parsed p = parse("a: 1\nb: 2\na: 3\n");
  CHECK_FALSE(p.node);
  CHECK(first_code(p) == "duplicate-key");
  CHECK(p.diagnostics.all()[0].range.line == 3);
}

TEST_CASE("several documents in one file are an error", "[yaml]") {
  Parsed p = parse("a: 1\n---\nb: 2\n");
  CHECK_FALSE(p.node);
  CHECK(first_code(p) == "yaml-multiple-documents");
}

TEST_CASE("malformed YAML reports where it broke", "[yaml]") {
  Parsed p = parse("a: [1, 2\nb: 3\n");
  CHECK_FALSE(p.node);
  CHECK(first_code(p) == "yaml-syntax");
  CHECK(p.diagnostics.all()[0].range.line >= 1);
}

TEST_CASE("aliases are expanded within a node budget", "[yaml]") {
  Parsed ok = parse("a: &x [1, 2]\nb: *x\n");
  REQUIRE(ok.node);
  CHECK(ok.node->find("b")->items.size() == 2);

  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'k'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    bomb += std::string(1, c) + ": &" + std::string(1, c) + " [*" + prev + ", *" + prev + ", *" + prev + ", *" + prev +
            ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + "]\n";
  }
  Parsed p = parse(bomb);
  CHECK_FALSE(p.node);
  CHECK(first_code(p) == "yaml-too-large");
}

TEST_CASE("deep nesting stops at the depth limit", "[yaml]") {
  Parsed p = parse(std::string(5000, '[') + std::string(5000, ']'));
  CHECK_FALSE(p.node);
  CHECK(first_code(p) == "yaml-too-deep");
}

TEST_CASE("encoding problems are located", "[yaml]") {
  Parsed nul = parse(std::string("a: 1\nb: x\0y\n", 12));
  CHECK(first_code(nul) == "nul-byte");
  CHECK(nul.diagnostics.all()[0].range.line == 2);
  Parsed bad = parse("a: \xff\n");
  CHECK(first_code(bad) == "invalid-utf8");
  Parsed bom = parse(
      "\xEF\xBB\xBF"
      "a: 1\n");
  CHECK(bom.node);
}

TEST_CASE("empty and comment-only files are a null document", "[yaml]") {
  Parsed empty = parse("");
  REQUIRE(empty.node);
  CHECK(empty.node->is_null());
  Parsed comment = parse("# nothing here\n");
  REQUIRE(comment.node);
  CHECK(comment.node->is_null());
}

TEST_CASE("a scalar continued over lines ends on its last line, so a claim ending in one does too", "[yaml]") {
  Parsed p = parse(
      "claims:\n  - id: a\n    quote: |\n      first line\n\n      last line  \n  - id: b\n"
      "    quote: \"folded\n      over two\"\n    note: >-\n      one\n");
  REQUIRE(p.node);
  const YamlNode& claims = p.node->entries[0].value;
  REQUIRE(claims.items.size() == 2);
  const SourceRange& block = claims.items[0].find("quote")->range;
  CHECK(block.line == 3);
  CHECK(block.end_line == 6);
  CHECK(block.end_column == 16);  // just past "last line", trailing spaces not included
  CHECK(claims.items[0].range.end_line == 6);
  const SourceRange& quoted = claims.items[1].find("quote")->range;
  CHECK(quoted.end_line == 9);
  CHECK(quoted.end_column == 16);  // past the closing quote
  const SourceRange& folded = claims.items[1].find("note")->range;
  CHECK(folded.end_line == 11);  // "|-"/">-" strip the newline yet still span their lines
  CHECK(claims.items[1].range.end_line == 11);
}

TEST_CASE("a key's range never takes in the lines of its value, nor a flow item the next line", "[yaml]") {
  Parsed p = parse("claims:\n  - id: a\n    at: 2024\nother: {id: b,\n   at: x}\n");
  REQUIRE(p.node);
  CHECK(p.node->entries[0].key_range.end_line == 1);
  const YamlNode* other = p.node->find("other");
  REQUIRE(other);
  CHECK(other->find("id")->range.end_line == 4);
  CHECK(p.node->entries[0].value.items[0].range.end_line == 3);
}

TEST_CASE("a value with an anchor or a tag is located at the value, after them", "[yaml]") {
  Parsed p = parse("a: &anchor-name   2024-13\nb: !!str Febuary\nc: &x \"q\"\n");
  REQUIRE(p.node);
  CHECK(p.node->find("a")->range.column == 19);
  CHECK(p.node->find("a")->range.end_column == 26);
  CHECK(p.node->find("b")->range.column == 10);
  CHECK(p.node->find("c")->range.column == 7);  // the opening quote
}

TEST_CASE("an empty node is located at the indicator that opened it, not at the next token", "[yaml]") {
  Parsed p = parse("items:\n  - 1\n  -\n  - 2\n  -   # nothing\n\nlast:\nend: ~\n");
  REQUIRE(p.node);
  const YamlNode& items = p.node->entries[0].value;
  REQUIRE(items.items.size() == 4);
  CHECK(items.items[1].range.line == 3);
  CHECK(items.items[1].range.column == 3);
  CHECK(items.items[3].range.line == 5);  // was past the end of the file
  CHECK(items.items[3].range.column == 3);
  CHECK(p.node->find("last")->range.line == 7);
  CHECK(p.node->find("end")->range.column == 6);  // a written ~ is where it is written
}

TEST_CASE("a flow collection ends past its closing bracket, across lines, commas and comments", "[yaml]") {
  Parsed p = parse("a: [s]\nb: [\"é\", x ]  # c\nc: {x: 1}\nd: [\n  s,  # why\n  t,\n]\ne: []\n");
  REQUIRE(p.node);
  auto end_of = [&](std::size_t i) {
    const SourceRange& r = p.node->entries[i].value.range;
    return std::pair<int, int>{r.end_line, r.end_column};
  };
  CHECK(end_of(0) == std::pair<int, int>{1, 7});
  CHECK(end_of(1) == std::pair<int, int>{2, 13});  // code points: é is one column
  CHECK(end_of(2) == std::pair<int, int>{3, 10});
  CHECK(end_of(3) == std::pair<int, int>{7, 2});
  CHECK(end_of(4) == std::pair<int, int>{8, 6});
}
