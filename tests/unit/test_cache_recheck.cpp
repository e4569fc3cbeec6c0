// Re-checks (CheckOptions::incremental): after a clean check, only the groups an edit can reach
// are read and decided, and the report is the full check's (docs/scaling.md, "Re-checks").
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "cache/run_snapshot.h"
#include "claimcheck/render.h"
#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

Files dataset() {
  return announcement_files(8);
}

CheckOptions incremental(const CacheFolder& folder) {
  CheckOptions options;
  options.jobs = 2;
  options.cache = folder.path.string();
  options.incremental = true;
  return options;
}

// The cached run's report must be the plain run's; returns the cached run's claims read (-1: full).
int recheck_matches_plain(const Files& files, const std::string& rules, const CacheFolder& folder) {
  Run plain = run_check(files, rules);
  Run cached = run_check(files, rules, incremental(folder));
  CHECK(render_json(cached.report) == render_json(plain.report));
  CHECK(render_sarif(cached.report) == render_sarif(plain.report));
  CHECK(render_markdown(cached.report) == render_markdown(plain.report));
  CHECK(cached.report.summary.claims == plain.report.summary.claims);
  CHECK(cached.report.summary.groups == plain.report.summary.groups);
  return cached.report.stats.rechecked_claims;
}

}  // namespace

TEST_CASE("a re-check reads only the edited group and the groups the report cites", "[cache][recheck]") {
  CacheFolder folder("recheck");
  Files files = dataset();
  CHECK(recheck_matches_plain(files, kMembershipRules, folder) == -1);  // the first check reads everything
  REQUIRE(std::filesystem::exists(folder.path / "snapshot"));
  // No edit: only the four conflicting groups (three claims each: the membership is in the
  // announcements' group) are read, to be reported.
  CHECK(recheck_matches_plain(files, kMembershipRules, folder) == 12);
  // Country1's second announcement moves to June: its group conflicts now and is read too.
  replace_in(files, 1, "at: 2024-02}\n  - {id: m", "at: 2024-06}\n  - {id: m");
  CHECK(recheck_matches_plain(files, kMembershipRules, folder) == 15);
  // Country0's conflict goes: its group is read once more (the edit), then no longer cited.
  replace_in(files, 0, "at: 2024-06", "at: 2024-02");
  CHECK(recheck_matches_plain(files, kMembershipRules, folder) == 15);
  CHECK(recheck_matches_plain(files, kMembershipRules, folder) == 12);
}

TEST_CASE("an edit that moves a claim to another pair joins that pair's group", "[cache][recheck]") {
  CacheFolder folder("recheck");
  Files files = dataset();
  recheck_matches_plain(files, kMembershipRules, folder);
  // Country3's first announcement becomes Country5's: a third announcement for Country5, in
  // another month, makes a conflict in a group the edited file never held.
  replace_in(files, 3, "subject: Country3, object: CSTO, event: announce-withdrawal, at: 2024-02",
             "subject: Country5, object: CSTO, event: announce-withdrawal, at: 2024-07");
  int read = recheck_matches_plain(files, kMembershipRules, folder);
  CHECK(read > 0);
  CHECK(read < 24);
  Run plain = run_check(files, kMembershipRules);
  CHECK(plain.report.findings.size() == 6);  // each of Country5's February announcements against July
}

TEST_CASE("a re-check falls back to a full check when the snapshot cannot vouch", "[cache][recheck]") {
  CacheFolder folder("recheck");
  Files files = dataset();
  recheck_matches_plain(files, kMembershipRules, folder);
  SECTION("a claim added") {
    replace_in(files, 2, "claims:\n",
               "claims:\n  - {id: n, quote: q, subject: X, object: CSTO, event: announce-withdrawal, at: 2024}\n");
    CHECK(recheck_matches_plain(files, kMembershipRules, folder) == -1);
    CHECK(recheck_matches_plain(files, kMembershipRules, folder) == 12);  // the full check wrote a new snapshot
  }
  SECTION("a claim renamed") {
    replace_in(files, 2, "{id: a,", "{id: z,");
    CHECK(recheck_matches_plain(files, kMembershipRules, folder) == -1);
  }
  SECTION("another rules file") {
    std::string rules = std::string(kMembershipRules) + "\n";
    CHECK(recheck_matches_plain(files, rules, folder) == -1);
  }
  SECTION("a file added") {
    files.push_back({"g.yaml",
                     "source:\n  id: g\nclaims:\n  - {id: a, quote: q, subject: Y, object: CSTO, event: "
                     "announce-withdrawal, at: 2020}\n"});
    CHECK(recheck_matches_plain(files, kMembershipRules, folder) == -1);
  }
  SECTION("a damaged snapshot") {
    std::filesystem::path snapshot = folder.path / "snapshot";
    std::filesystem::resize_file(snapshot, std::filesystem::file_size(snapshot) / 2);
    CHECK_FALSE(read_snapshot(folder.path.string()).has_value());
    CHECK(recheck_matches_plain(files, kMembershipRules, folder) == -1);
  }
  SECTION("an edit with an error, then a warning: no snapshot until the dataset is clean") {
    Files broken = files;
    replace_in(broken, 4, "at: 2024-02}", "at: Febuary 2024}");
    Run plain = run_check(broken, kMembershipRules);
    Run cached = run_check(broken, kMembershipRules, incremental(folder));
    CHECK(render_json(cached.report) == render_json(plain.report));
    CHECK_FALSE(std::filesystem::exists(folder.path / "snapshot"));
    Files warned = files;
    warned.push_back({"empty.yaml", "source:\n  id: empty\nclaims:\n"});  // an `empty-field` warning
    CHECK(recheck_matches_plain(warned, kMembershipRules, folder) == -1);
    CHECK(recheck_matches_plain(warned, kMembershipRules, folder) == -1);
    CHECK(recheck_matches_plain(files, kMembershipRules, folder) == -1);
    CHECK(recheck_matches_plain(files, kMembershipRules, folder) == 12);
  }
}

TEST_CASE("a snapshot survives writing and reading, and a damaged one is refused", "[cache][snapshot]") {
  CacheFolder folder("recheck");
  std::filesystem::create_directories(folder.path);
  RunSnapshot snapshot;
  snapshot.settings = "settings";
  snapshot.files = {SnapshotFile{ClaimCache::Entry{"e1", "f1.yaml", 10, 11}, 2},
                    SnapshotFile{ClaimCache::Entry{"e2", "f2.yaml", 20, 21}, 1}};
  snapshot.groups = 2;
  snapshot.sources = 2;
  snapshot.group_of_claim = {0, 1, 1};
  snapshot.key_offsets = {0, 2, 3, 4};
  snapshot.keys = {7, 11, 15, 19};
  KeptFile kept;
  kept.file = 1;
  kept.source.id = "s2";
  kept.positions = {0};
  kept.claims.resize(1);
  kept.claims[0].full_id = "s2/a";
  kept.claims[0].quote = "a quote";
  snapshot.kept.push_back(kept);
  REQUIRE(write_snapshot(folder.path.string(), snapshot));
  std::optional<RunSnapshot> back = read_snapshot(folder.path.string());
  REQUIRE(back);
  CHECK(back->settings == "settings");
  CHECK(back->files[1].entry.facts_file == "f2.yaml");
  CHECK(back->group_of_claim == snapshot.group_of_claim);
  CHECK(back->keys == snapshot.keys);
  REQUIRE(back->kept.size() == 1);
  CHECK(back->kept[0].claims[0].quote == "a quote");
  CHECK(back->kept[0].source.id == "s2");

  SECTION("a label out of range") {
    snapshot.group_of_claim[1] = -5;
    REQUIRE(write_snapshot(folder.path.string(), snapshot));
    CHECK_FALSE(read_snapshot(folder.path.string()).has_value());
  }
  SECTION("keys that do not add up") {
    snapshot.key_offsets = {0, 3, 2, 4};
    REQUIRE(write_snapshot(folder.path.string(), snapshot));
    CHECK_FALSE(read_snapshot(folder.path.string()).has_value());
  }
  SECTION("a kept claim past its file's end") {
    snapshot.kept[0].positions = {1};
    REQUIRE(write_snapshot(folder.path.string(), snapshot));
    CHECK_FALSE(read_snapshot(folder.path.string()).has_value());
  }
  SECTION("garbage") {
    std::ofstream(folder.path / "snapshot") << "claimcheck-snapshot-1 but not really";
    CHECK_FALSE(read_snapshot(folder.path.string()).has_value());
  }
}

TEST_CASE("a re-check that brings a look-alike name checks everything and warns", "[cache][recheck]") {
  CacheFolder folder("recheck");
  Files files = dataset();
  recheck_matches_plain(files, kMembershipRules, folder);
  // The edited claim's new subject meets no group by its keys, but looks like Country5.
  replace_in(files, 3, "subject: Country3, object: CSTO, event: announce-withdrawal, at: 2024-02",
             "subject: country5, object: CSTO, event: announce-withdrawal, at: 2024-02");
  CHECK(recheck_matches_plain(files, kMembershipRules, folder) == -1);
  Run plain = run_check(files, kMembershipRules);
  CHECK(codes_of(plain.report) == std::vector<std::string>{"similar-names"});
}

TEST_CASE("a dataset with an entity registry is checked in full every time", "[cache][recheck]") {
  CacheFolder folder("recheck");
  Files files = dataset();
  files.emplace_back("entities.yaml", "entities:\n  - {id: country5, aliases: [Country5]}\n");
  CHECK(recheck_matches_plain(files, kMembershipRules, folder) == -1);
  CHECK_FALSE(std::filesystem::exists(folder.path / "snapshot"));
  CHECK(recheck_matches_plain(files, kMembershipRules, folder) == -1);
}
