#include <catch2/catch.hpp>
#include <sstream>

#include "claimcheck/check.h"
#include "cli/options.h"
#include "cli_helpers.h"
#include "yaml/yaml_document.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("no arguments check facts/ against rules/", "[cli]") {
  auto o = parse({});
  REQUIRE(o);
  CHECK(o->paths == std::vector<std::string>{"facts"});
  CHECK(o->rules == std::vector<std::string>{"rules"});
  CHECK(o->command == "check");
}

TEST_CASE("the command line starts from the library's defaults, and --help shows them as they are read", "[cli]") {
  auto o = parse({});
  REQUIRE(o);
  CheckOptions library;
  CHECK(o->check.max_conflicts == library.max_conflicts);
  CHECK(o->check.max_repairs == library.max_repairs);
  CHECK(o->check.timeout_ms == library.timeout_ms);
  CHECK(o->check.max_file_bytes == library.max_file_bytes);
  CHECK(o->check.max_depth == library.max_depth);
  CHECK(o->check.max_claims_per_file == library.max_claims_per_file);
  CHECK(o->check.max_group_memory == library.max_group_memory);
  CHECK(o->check.solver_rlimit == library.solver_rlimit);
  CHECK(o->check.jobs == library.jobs);
  CHECK(YamlLimits{}.max_file_bytes == library.max_file_bytes);
  CHECK(YamlLimits{}.max_depth == library.max_depth);
  CHECK(size_text(std::size_t{64} << 20) == "64MiB");
  CHECK(size_text(std::size_t{4} << 30) == "4GiB");
  CHECK(size_text(1000) == "1000");
  CHECK(duration_text(10000) == "10s");
  CHECK(duration_text(120000) == "2m");
  CHECK(duration_text(1500) == "1500ms");
  CHECK(parse_size(size_text(library.max_file_bytes)) == library.max_file_bytes);
  CHECK(parse_size(size_text(library.max_group_memory)) == library.max_group_memory);
  CHECK(parse_timeout(duration_text(library.timeout_ms)) == library.timeout_ms);
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

TEST_CASE("the tuning flags --select, --ignore and --severity are repeatable and comma-separated", "[cli]") {
  auto o = parse({"--select", "one-date,precedes", "--select", "one-toll", "--ignore", " ends-late ", "--severity",
                  "precedes=info,one-date=warning"});
  REQUIRE(o);
  CHECK(o->select == std::vector<std::string>{"one-date", "precedes", "one-toll"});
  CHECK(o->ignore == std::vector<std::string>{"ends-late"});
  REQUIRE(o->severities.size() == 2);
  CHECK(o->severities[1] == std::pair<std::string, std::string>{"one-date", "warning"});
  std::string errors;
  CHECK_FALSE(parse({"--severity", "one-date"}, &errors));
  CHECK_THAT(errors, Catch::Contains("NAME=LEVEL"));
  CHECK_FALSE(parse({"--severity", "one-date=wraning"}, &errors));
  CHECK_THAT(errors, Catch::Contains("did you mean 'warning'?"));
}

TEST_CASE("misspelt option values and flags get a suggestion", "[cli]") {
  std::string errors;
  CHECK_FALSE(parse({"--format", "josn"}, &errors));
  CHECK_THAT(errors, Catch::Contains("did you mean 'json'?"));
  CHECK_FALSE(parse({"--fail-on", "warnign"}, &errors));
  CHECK_THAT(errors, Catch::Contains("did you mean 'warning'?"));
  CHECK_FALSE(parse({"--foramt", "json"}, &errors));
  CHECK_THAT(errors, Catch::Contains("did you mean '--format'?"));
  CHECK_FALSE(parse({"--slect=one-date"}, &errors));
  CHECK_THAT(errors, Catch::Contains("did you mean '--select'?"));
}

TEST_CASE("claimcheck.yaml's defaults fill in what the command line did not give", "[cli]") {
  DatasetConfig config;
  config.format = ConfigValue{"sarif", {}};
  config.fail_on = ConfigValue{"warning", {}};
  config.timeout = ConfigValue{"1m", {}};
  config.select = {RuleName{"one-date", {}}};
  Diagnostics problems;
  auto plain = parse({"facts"});
  REQUIRE(plain);
  apply_dataset_config(config, *plain, problems);
  CHECK(problems.all().empty());
  CHECK(plain->format == "sarif");
  CHECK(plain->fail_on == "warning");
  CHECK(plain->check.timeout_ms == 60000);
  REQUIRE(plain->check.tuning.layers.size() == 1);

  auto given = parse({"facts", "--format", "json", "--fail-on", "never", "--timeout", "5s", "--ignore", "precedes"});
  REQUIRE(given);
  apply_dataset_config(config, *given, problems);
  CHECK(given->format == "json");
  CHECK(given->fail_on == "never");
  CHECK(given->check.timeout_ms == 5000);
  // The config's layer, then the command line's.
  REQUIRE(given->check.tuning.layers.size() == 2);
  CHECK(given->check.tuning.layers[1].ignore.front().name == "precedes");
  CHECK(given->check.tuning.layers[1].ignore.front().range.file.str() == "--ignore");

  // An output whose extension names a format keeps it; one that names none takes the config's.
  auto html = parse({"facts", "-o", "report.html"});
  REQUIRE(html);
  apply_dataset_config(config, *html, problems);
  CHECK(html->format == "html");
  auto bare = parse({"facts", "-o", "report"});
  REQUIRE(bare);
  apply_dataset_config(config, *bare, problems);
  CHECK(bare->format == "sarif");
  CHECK(problems.all().empty());
}

TEST_CASE("an invalid default in claimcheck.yaml is an error at its place", "[cli]") {
  DatasetConfig config;
  config.format = ConfigValue{"sarfi", SourceRange{"claimcheck.yaml", 3, 9, 3, 14}};
  config.fail_on = ConfigValue{"sometimes", SourceRange{"claimcheck.yaml", 4, 10, 4, 19}};
  config.timeout = ConfigValue{"soon", SourceRange{"claimcheck.yaml", 5, 10, 5, 14}};
  Diagnostics problems;
  auto o = parse({"facts"});
  REQUIRE(o);
  apply_dataset_config(config, *o, problems);
  std::vector<Diagnostic> sorted = problems.sorted();
  REQUIRE(sorted.size() == 3);
  CHECK(sorted[0].code == "invalid-option");
  CHECK(sorted[0].range.line == 3);
  CHECK_THAT(sorted[0].message, Catch::Contains("did you mean 'sarif'?"));
  CHECK(sorted[2].range.line == 5);
}
