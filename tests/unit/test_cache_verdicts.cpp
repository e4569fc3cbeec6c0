// --cache reuses a group's verdict only while everything that decides it is unchanged.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "claimcheck/render.h"
#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

Files dataset() {
  return announcement_files(6);
}

CheckOptions with_cache(const CacheFolder& folder) {
  CheckOptions options;
  options.jobs = 2;
  options.cache = folder.path.string();
  return options;
}

}  // namespace

TEST_CASE("a re-check without edits reuses every verdict and reports the same", "[cache][verdicts]") {
  CacheFolder folder("verdicts");
  Run plain = run_check(dataset(), kMembershipRules);
  Run first = run_check(dataset(), kMembershipRules, with_cache(folder));
  CHECK(first.report.stats.verdicts_reused == 0);
  CHECK(first.report.stats.verdicts_stored == 6);
  Run second = run_check(dataset(), kMembershipRules, with_cache(folder));
  CHECK(second.report.stats.verdicts_reused == 6);
  CHECK(second.report.stats.solved == 0);
  CHECK(second.report.stats.prechecked == 0);
  CHECK(plain.report.findings.size() == 3);
  CHECK(render_json(first.report) == render_json(plain.report));
  CHECK(render_json(second.report) == render_json(plain.report));
}

TEST_CASE("editing a claim's date re-decides its group and changes the result", "[cache][verdicts]") {
  CacheFolder folder("verdicts");
  Files files = dataset();
  run_check(files, kMembershipRules, with_cache(folder));
  // Country0's second announcement moves into the month of the first: no conflict any more.
  replace_in(files, 0, "at: 2024-06", "at: 2024-02");
  Run plain = run_check(files, kMembershipRules);
  Run cached = run_check(files, kMembershipRules, with_cache(folder));
  CHECK(plain.report.findings.size() == 2);
  CHECK(render_json(cached.report) == render_json(plain.report));
  CHECK(cached.report.stats.verdicts_reused == 5);
  // And back: the conflict returns, again from its own (older) key, the rest still reused.
  files = dataset();
  Run back = run_check(files, kMembershipRules, with_cache(folder));
  CHECK(back.report.findings.size() == 3);
  CHECK(back.report.stats.verdicts_reused == 5);
}

TEST_CASE("a consistent group turned conflicting by an edit is solved again", "[cache][verdicts]") {
  CacheFolder folder("verdicts");
  Files files = dataset();
  run_check(files, kMembershipRules, with_cache(folder));
  replace_in(files, 1, "at: 2024-02}\n  - {id: m", "at: 2024-08}\n  - {id: m");  // Country1: February vs August
  Run plain = run_check(files, kMembershipRules);
  Run cached = run_check(files, kMembershipRules, with_cache(folder));
  CHECK(plain.report.findings.size() == 4);
  CHECK(render_json(cached.report) == render_json(plain.report));
  CHECK(cached.report.stats.verdicts_reused == 5);
}

TEST_CASE("unrelated edits and new files keep the other groups' verdicts", "[cache][verdicts]") {
  CacheFolder folder("verdicts");
  Files files = dataset();
  run_check(files, kMembershipRules, with_cache(folder));
  replace_in(files, 2, "quote: q, subject: Country2, object: CSTO, state",
             "quote: \"reworded\", subject: Country2, object: CSTO, state");
  files.insert(files.begin(),
               {"e0.yaml",
                "source:\n  id: e0\nclaims:\n"
                "  - {id: x, quote: q, subject: Other, object: CSTO, event: announce-withdrawal, at: 2020}\n"
                "  - {id: y, quote: q, subject: Other, object: CSTO, event: announce-withdrawal, at: 2020-05}\n"});
  Run plain = run_check(files, kMembershipRules);
  Run cached = run_check(files, kMembershipRules, with_cache(folder));
  CHECK(render_json(cached.report) == render_json(plain.report));
  // Claims moved in the dataset (a file was added first) and a quote changed: the six groups'
  // solver inputs did not, so only the new group is decided.
  CHECK(cached.report.stats.verdicts_reused == 6);
  CHECK(cached.report.stats.groups_with_rules == 7);
}

TEST_CASE("another --max-conflicts does not reuse verdicts made under a different one", "[cache][verdicts]") {
  CacheFolder folder("verdicts");
  run_check(dataset(), kMembershipRules, with_cache(folder));
  CheckOptions options = with_cache(folder);
  options.max_conflicts = 1;
  Run run = run_check(dataset(), kMembershipRules, options);
  CHECK(run.report.stats.verdicts_reused == 0);
}

TEST_CASE("a damaged verdicts file is an empty cache", "[cache][verdicts]") {
  CacheFolder folder("verdicts");
  run_check(dataset(), kMembershipRules, with_cache(folder));
  std::filesystem::path file = folder.path / "verdicts";
  REQUIRE(std::filesystem::exists(file));
  {
    std::fstream damage(file, std::ios::in | std::ios::out | std::ios::binary);
    damage.seekp(40);
    damage.put('\x7f');
  }
  Run plain = run_check(dataset(), kMembershipRules);
  Run cached = run_check(dataset(), kMembershipRules, with_cache(folder));
  CHECK(cached.report.stats.verdicts_reused == 0);
  CHECK(render_json(cached.report) == render_json(plain.report));
}

TEST_CASE("editing a counted number re-decides its group (linear atoms are part of the key)", "[cache][verdicts]") {
  const std::string rules = R"(
vocabulary:
  states:
    membership: [member]
    member-count: number
rules:
  - id: member-count
    kind: count
    state: member-count
    counts: {state: membership, value: [member]}
)";
  auto facts = [](const std::string& number) {
    std::string text = "source:\n  id: s\n  published: 2024-09-01\nclaims:\n";
    text += "  - {id: n, quote: q, subject: Pact, state: member-count, value: " + number + ", at: 2024-04-01}\n";
    for (const char* country : {"Aland", "Borl", "Cyra"})
      text += std::string("  - {id: ") + country + ", quote: q, subject: " + country +
              ", object: Pact, state: membership, value: member, at: 2024-04-01}\n";
    return Files{{"f.yaml", text}};
  };
  CacheFolder folder("verdicts");
  Run consistent = run_check(facts("3"), rules, with_cache(folder));
  REQUIRE(consistent.report.checked);
  CHECK(consistent.report.findings.empty());
  // Only the number changes: the claims' days and the grounded day constraints stay the same.
  Run edited = run_check(facts("2"), rules, with_cache(folder));
  CHECK(edited.report.stats.verdicts_reused == 0);
  CHECK(edited.report.findings.size() == 1);
  CHECK(render_json(edited.report) == render_json(run_check(facts("2"), rules).report));
}
