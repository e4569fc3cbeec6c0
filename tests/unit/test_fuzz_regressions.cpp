// Replays every input the fuzzers kept (fuzz/regressions/) through the same entry points, so a
// fixed crash stays fixed in the ordinary and the sanitizer test builds.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/facts_loader.h"
#include "load/rules_loader.h"
#include "time/time_expression.h"
#include "validate/validate.h"

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

std::vector<std::pair<std::string, std::string>> files_under(const std::string& folder) {
  std::vector<std::pair<std::string, std::string>> files;
  fs::path root = fs::path(CLAIMCHECK_SOURCE_DIR) / folder;
  if (!fs::is_directory(root)) return files;
  for (const fs::directory_entry& entry : fs::directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files.emplace_back(entry.path().filename().string(), text.str());
  }
  return files;
}

}  // namespace

TEST_CASE("kept fuzzer inputs for the facts loader load without crashing", "[fuzz]") {
  for (const auto& [name, text] : files_under("fuzz/regressions/facts_loader")) {
    CAPTURE(name);
    Dataset dataset;
    Diagnostics diagnostics;
    load_facts_file(SourceFile{name, text}, dataset, diagnostics);
    validate_ids(dataset, diagnostics);
    validate_claim_times(dataset, diagnostics);
    for (const Claim& claim : dataset.claims) CHECK(static_cast<std::size_t>(claim.source) < dataset.sources.size());
  }
}

TEST_CASE("kept fuzzer inputs for the rules loader load without crashing", "[fuzz]") {
  for (const auto& [name, text] : files_under("fuzz/regressions/rules_loader")) {
    CAPTURE(name);
    RuleSet rules;
    Diagnostics diagnostics;
    load_rules_file(SourceFile{name, text}, rules, diagnostics);
    validate_rules(rules, diagnostics);
  }
}

TEST_CASE("kept fuzzer inputs and seeds for time expressions resolve to sound windows", "[fuzz][time]") {
  auto inputs = files_under("fuzz/regressions/time_expression");
  auto seeds = files_under("fuzz/seeds/time-expression");
  inputs.insert(inputs.end(), seeds.begin(), seeds.end());
  REQUIRE_FALSE(seeds.empty());  // the folder moved: this test would pass on nothing
  TimeContext context{DayWindow{make_day(2024, 9, 1), make_day(2024, 9, 30)}};
  for (const auto& [name, text] : inputs) {
    CAPTURE(name, text);
    for (const WindowResult& result : {resolve_window(text, context), resolve_window(text, TimeContext{}),
                                       resolve_published(text)})
      if (const auto* resolved = std::get_if<ResolvedWindow>(&result)) CHECK_FALSE(resolved->window.empty());
    LengthResult length = resolve_length(text);
    if (const auto* resolved = std::get_if<ResolvedLength>(&length)) {
      CHECK(resolved->days.min >= 0);
      CHECK(resolved->days.min <= resolved->days.max);
    }
  }
}
