// Input limits: past each one a file gets a clear error and nothing is checked; never a crash.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "cli/options.h"
#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string claims_file(int count) {
  std::string text = "source: {id: s, published: 2024-09-01}\nclaims:\n";
  for (int i = 0; i < count; ++i)
    text += "  - {id: c" + std::to_string(i) + ", quote: q, subject: Armenia, event: join, at: 2024-01-01}\n";
  return text;
}

// The rule pack is a file too, so each test looks at the facts file's diagnostic only.
const Diagnostic* find_code(const Report& report, const std::string& code, const std::string& file = "s.yaml") {
  for (const Diagnostic& d : report.diagnostics.all())
    if (d.code == code && d.range.file == file) return &d;
  return nullptr;
}

}  // namespace

TEST_CASE("a facts file past the claims limit is an error and loads no claim", "[limits]") {
  CheckOptions options;
  options.max_claims_per_file = 3;
  Run at_limit = run_check({{"s.yaml", claims_file(3)}}, kMembershipRules, options);
  CHECK(at_limit.report.diagnostics.all().empty());
  CHECK(at_limit.report.checked);

  Run past = run_check({{"s.yaml", claims_file(4)}}, kMembershipRules, options);
  const Diagnostic* d = find_code(past.report, "too-many-claims");
  REQUIRE(d);
  CHECK(d->message == "file has 4 claims; the limit is 3 per file");
  CHECK(d->range.line == 3);
  CHECK_FALSE(past.report.checked);
  CHECK(past.report.dataset.claims.empty());
}

TEST_CASE("a file past the size limit is an error", "[limits]") {
  CheckOptions options;
  std::string text = claims_file(2);
  options.max_file_bytes = text.size() - 1;
  Run run = run_check({{"s.yaml", text}}, kMembershipRules, options);
  const Diagnostic* d = find_code(run.report, "file-too-large");
  REQUIRE(d);
  CHECK(d->range.file == "s.yaml");
  CHECK_FALSE(run.report.checked);
}

TEST_CASE("nesting past the depth limit is an error at the level that crosses it", "[limits]") {
  CheckOptions options;
  options.max_depth = 3;
  std::string nested = claims_file(1) + "extra: [[[[1]]]]\n";
  Run run = run_check({{"s.yaml", nested}}, kMembershipRules, options);
  const Diagnostic* d = find_code(run.report, "yaml-too-deep");
  REQUIRE(d);
  CHECK(d->message == "nesting deeper than 3 levels");
  CHECK(d->range.line == 4);
  CHECK(d->range.column == 10);
}

TEST_CASE("the source manager refuses a file past the size limit without reading it", "[limits]") {
  auto folder = std::filesystem::temp_directory_path() / "claimcheck-test-limits";
  std::filesystem::create_directories(folder);
  auto path = folder / "big.yaml";
  std::ofstream(path) << std::string(2048, '#') << "\n";
  SourceManager sources;
  sources.set_max_file_bytes(1024);
  Diagnostics diagnostics;
  std::vector<int> files = sources.add_paths({path.string()}, diagnostics);
  std::filesystem::remove_all(folder);
  CHECK(files.empty());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].code == "file-too-large");
  CHECK(diagnostics.all()[0].message == "file is 2049 bytes; the limit is 1024");
}

TEST_CASE("limit flags are read, checked and default sensibly", "[limits][cli]") {
  std::ostringstream errors;
  auto parse = [&](std::vector<const char*> args) {
    args.insert(args.begin(), "claimcheck");
    return parse_cli(static_cast<int>(args.size()), args.data(), errors);
  };
  std::optional<CliOptions> defaults = parse({});
  REQUIRE(defaults);
  CHECK(defaults->check.max_file_bytes == std::size_t{64} << 20);
  CHECK(defaults->check.max_claims_per_file == 100000);
  CHECK(defaults->check.max_depth == 200);

  std::optional<CliOptions> set =
      parse({"--max-file-size", "500KiB", "--max-claims-per-file", "7", "--max-depth", "12"});
  REQUIRE(set);
  CHECK(set->check.max_file_bytes == 500 * 1024);
  CHECK(set->check.max_claims_per_file == 7);
  CHECK(set->check.max_depth == 12);

  CHECK_FALSE(parse({"--max-file-size", "lots"}));
  CHECK_FALSE(parse({"--max-file-size", "0"}));
  CHECK_FALSE(parse({"--max-claims-per-file", "-1"}));
  CHECK_FALSE(parse({"--max-depth", "0"}));
  CHECK_FALSE(parse({"--max-depth", "401"}));

  CHECK(defaults->check.max_group_memory == std::size_t{4} << 30);
  std::optional<CliOptions> budget = parse({"--max-group-memory", "512MiB"});
  REQUIRE(budget);
  CHECK(budget->check.max_group_memory == std::size_t{512} << 20);
  std::optional<CliOptions> unlimited = parse({"--max-group-memory", "0"});
  REQUIRE(unlimited);
  CHECK(unlimited->check.max_group_memory == 0);
  CHECK_FALSE(parse({"--max-group-memory", "plenty"}));
}

TEST_CASE("sizes read with binary units", "[limits][cli]") {
  CHECK(parse_size("4096") == std::optional<std::size_t>(4096));
  CHECK(parse_size("2K") == std::optional<std::size_t>(2048));
  CHECK(parse_size("64MiB") == std::optional<std::size_t>(std::size_t{64} << 20));
  CHECK(parse_size("1G") == std::optional<std::size_t>(std::size_t{1} << 30));
  CHECK_FALSE(parse_size("-1"));
  CHECK_FALSE(parse_size("1TB"));
  CHECK_FALSE(parse_size("99999999999999999999999"));
  CHECK_FALSE(parse_size(""));
}
