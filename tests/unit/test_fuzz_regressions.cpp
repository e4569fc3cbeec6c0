// Replays every input the fuzzers kept (fuzz/regressions/) through the same entry points, so a
// fixed crash stays fixed in the ordinary and the sanitizer test builds. Each harness keeps at
// least one input: a missing or empty folder fails here instead of replaying nothing.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "load/facts_loader.h"
#include "load/rules_loader.h"
#include "time/resolve.h"
#include "validate/validate.h"

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

// The harnesses this file replays, by the name fuzz/fuzz_<name>.cpp and fuzz/regressions/<name>/ use.
const std::vector<std::string> replayed_harnesses{"facts_loader", "rules_loader", "time_text"};

std::vector<std::pair<std::string, std::string>> files_under(const std::string& folder) {
  std::vector<std::pair<std::string, std::string>> files;
  fs::path root = fs::path(CLAIMCHECK_SOURCE_DIR) / folder;
  INFO("folder: " << root.string());
  REQUIRE(fs::is_directory(root));  // moved or never kept: the replay would pass on nothing
  for (const fs::directory_entry& entry : fs::directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files.emplace_back(entry.path().filename().string(), text.str());
  }
  REQUIRE_FALSE(files.empty());
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

TEST_CASE("kept fuzzer inputs and seeds for time text resolve to sound windows", "[fuzz][time]") {
  auto inputs = files_under("fuzz/regressions/time_text");
  auto seeds = files_under("fuzz/seeds/time-text");
  inputs.insert(inputs.end(), seeds.begin(), seeds.end());
  TimeContext context{DayWindow{make_day(2024, 9, 1), make_day(2024, 9, 30)}};
  for (const auto& [name, text] : inputs) {
    CAPTURE(name, text);
    for (const WindowResult& result :
         {resolve_window(text, context), resolve_window(text, TimeContext{}), resolve_published(text)})
      if (const auto* resolved = std::get_if<ResolvedWindow>(&result)) CHECK_FALSE(resolved->window.empty());
    LengthResult length = resolve_length(text);
    if (const auto* resolved = std::get_if<ResolvedLength>(&length)) {
      CHECK(resolved->days.min >= 0);
      CHECK(resolved->days.min <= resolved->days.max);
    }
  }
}

TEST_CASE("every fuzz harness has its kept inputs replayed here", "[fuzz]") {
  std::vector<std::string> harnesses;
  for (const fs::directory_entry& entry : fs::directory_iterator(fs::path(CLAIMCHECK_SOURCE_DIR) / "fuzz")) {
    std::string name = entry.path().filename().string();
    if (name.rfind("fuzz_", 0) == 0 && entry.path().extension() == ".cpp")
      harnesses.push_back(name.substr(5, name.size() - 5 - 4));
  }
  std::sort(harnesses.begin(), harnesses.end());
  // A new harness needs a folder of kept inputs and a test case above that replays it.
  CHECK(harnesses == replayed_harnesses);
  for (const std::string& harness : harnesses) {
    CAPTURE(harness);
    CHECK_FALSE(files_under("fuzz/regressions/" + harness).empty());
  }
}
