#include <catch2/catch.hpp>
#include <sstream>

#include "cli/options.h"
#include "cli_helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("no arguments check facts/ against rules/", "[cli]") {
  auto o = parse({});
  REQUIRE(o);
  CHECK(o->paths == std::vector<std::string>{"facts"});
  CHECK(o->rules == std::vector<std::string>{"rules"});
  CHECK(o->command == "check");
}

TEST_CASE("paths, repeated --rules and a command word", "[cli]") {
  auto o = parse({"validate", "a", "b.yaml", "--rules", "r1", "-r", "r2", "--format", "json"});
  REQUIRE(o);
  CHECK(o->command == "validate");
  CHECK(o->paths == std::vector<std::string>{"a", "b.yaml"});
  CHECK(o->rules == std::vector<std::string>{"r1", "r2"});
  CHECK(o->format == "json");
}

TEST_CASE("bad usage is refused with a message", "[cli]") {
  std::string errors;
  CHECK_FALSE(parse({"--format", "xml"}, &errors));
  CHECK_THAT(errors, Catch::Contains("unknown --format 'xml'"));
  CHECK_FALSE(parse({"--no-such-flag"}, &errors));
  CHECK_FALSE(parse({"--timeout", "soon"}, &errors));
  CHECK_FALSE(parse({"--max-conflicts", "0"}, &errors));
}

TEST_CASE("a misspelt command is an unknown command with a suggestion, not a missing path", "[cli]") {
  std::string errors;
  CHECK_FALSE(parse({"chek"}, &errors));
  CHECK_THAT(errors, Catch::Contains("unknown command 'chek' (did you mean 'check'?)"));
  CHECK_FALSE(parse({"tiemline", "Armenia"}, &errors));
  CHECK_THAT(errors, Catch::Contains("did you mean 'timeline'?"));
  // Words no command is near, and anything written as a path, stay paths.
  auto far = parse({"armenia-facts"});
  REQUIRE(far);
  CHECK(far->paths == std::vector<std::string>{"armenia-facts"});
  auto path = parse({"./chek"});
  REQUIRE(path);
  CHECK(path->paths == std::vector<std::string>{"./chek"});
}

TEST_CASE("timeouts take units", "[cli]") {
  CHECK(parse_timeout("500ms") == 500);
  CHECK(parse_timeout("10s") == 10000);
  CHECK(parse_timeout("2") == 2000);
  CHECK(parse_timeout("1m") == 60000);
  CHECK_FALSE(parse_timeout("-1s"));
  CHECK_FALSE(parse_timeout("5h"));
}

TEST_CASE("repair and timeline SUBJECT are commands", "[cli]") {
  auto repair = parse({"repair", "facts/x"});
  REQUIRE(repair);
  CHECK(repair->command == "repair");
  CHECK(repair->paths == std::vector<std::string>{"facts/x"});

  auto timeline = parse({"timeline", "Armenia", "-r", "r"});
  REQUIRE(timeline);
  CHECK(timeline->command == "timeline");
  CHECK(timeline->subject == "Armenia");
  CHECK(timeline->paths == std::vector<std::string>{"facts"});

  std::string errors;
  CHECK_FALSE(parse({"timeline"}, &errors));
  CHECK_THAT(errors, Catch::Contains("timeline needs a SUBJECT"));
}

TEST_CASE("rules, explain-time and index refuse report formats they cannot write", "[cli]") {
  std::string errors;
  CHECK_FALSE(parse({"rules", "--format", "sarif", "-o", "r.sarif"}, &errors));
  CHECK_THAT(errors, Catch::Contains("rules lists the rules as text or, with --format json"));
  CHECK_FALSE(parse({"rules", "--format", "json", "-o", "a.json", "--format", "text"}, &errors));
  CHECK(parse({"rules", "--format", "json", "-o", "rules.json"}));
  CHECK(parse({"rules"}));
  CHECK_FALSE(parse({"explain-time", "2024", "--format", "sarif", "-o", "x"}, &errors));
  CHECK_THAT(errors, Catch::Contains("explain-time prints text to standard output"));
  CHECK_FALSE(parse({"explain-time", "2024", "-o", "x"}, &errors));
  CHECK(parse({"explain-time", "2024"}));
  CHECK_FALSE(parse({"index", "--cache", "c", "--format", "json"}, &errors));
  CHECK_THAT(errors, Catch::Contains("index prints one line of counts"));
}

TEST_CASE("validate refuses --baseline and --write-baseline: it has no findings", "[cli]") {
  std::string errors;
  CHECK_FALSE(parse({"validate", "--write-baseline", "vb.json"}, &errors));
  CHECK_THAT(errors, Catch::Contains("validate does not solve"));
  CHECK_FALSE(parse({"validate", "--baseline", "bl.json"}, &errors));
  CHECK_THAT(errors, Catch::Contains("validate does not solve"));
  CHECK(parse({"check", "--baseline", "bl.json", "--write-baseline", "bl.json"}));
}

TEST_CASE("flags of one command are refused by the others, never silently ignored", "[cli]") {
  std::string errors;
  CHECK_FALSE(parse({"check", "--shard", "1/2"}, &errors));
  CHECK_THAT(errors, Catch::Contains("--shard applies to index only"));
  CHECK_FALSE(parse({"check", "--published", "2024"}, &errors));
  CHECK_FALSE(parse({"validate", "--qualifier-widening", "2"}, &errors));
  CHECK_THAT(errors, Catch::Contains("apply to explain-time only"));
  CHECK_FALSE(parse({"rules", "facts"}, &errors));
  CHECK_THAT(errors, Catch::Contains("rules takes no PATH"));
  CHECK(parse({"index", "--cache", "c", "--shard", "1/2"}));
  CHECK(parse({"explain-time", "2024?", "--published", "2024", "--qualifier-widening", "2"}));
  CHECK(parse({"rules", "--rules", "r"}));
}
