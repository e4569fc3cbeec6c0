// --cache reuses a conflicting group's repairs only while everything the optimizer weighs is unchanged.
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "cache/verdict_cache.h"
#include "claimcheck/render.h"
#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

// One source per file, so each has its own reliability.
std::pair<std::string, std::string> source(const std::string& id, double reliability, const std::string& claims) {
  return {id + ".yaml", "source:\n  id: " + id + "\n  published: 2024-09-01\n  reliability: " +
                            std::to_string(reliability) + "\nclaims:\n" + claims};
}

std::string announced(const std::string& subject, const std::string& at, const std::string& extra = "") {
  return "  - {id: x, quote: q, subject: " + subject + ", object: CSTO, event: announce-withdrawal, at: \"" + at +
         "\"" + extra + "}\n";
}

// Armenia: a (0.9) says February, c (0.3) says June: repairs {c} 0.3, then {a} 0.9. Georgia, in
// files of its own, conflicts the same way (g1 vs g2).
Files dataset(double c_reliability = 0.3, const std::string& a_extra = "", const std::string& g2_day = "2024-07") {
  return {source("a", 0.9, announced("Armenia", "2024-02", a_extra)),
          source("c", c_reliability, announced("Armenia", "2024-06")),
          source("g1", 0.8, announced("Georgia", "2024-01")), source("g2", 0.4, announced("Georgia", g2_day))};
}

CheckOptions with_cache(const CacheFolder& folder) {
  CheckOptions options;
  options.cache = folder.path.string();
  return options;
}

std::vector<std::string> ids(const Report& report, const std::vector<int>& claims) {
  std::vector<std::string> out;
  for (int c : claims) out.push_back(report.dataset.claims[static_cast<std::size_t>(c)].full_id);
  std::sort(out.begin(), out.end());
  return out;
}

// The best repair of the group that holds `full_id`.
std::vector<std::string> best_repair(const Report& report, const std::string& full_id) {
  for (const GroupRepairs& g : report.repairs)
    for (int c : g.claims)
      if (report.dataset.claims[static_cast<std::size_t>(c)].full_id == full_id) {
        REQUIRE(!g.repairs.empty());
        return ids(report, g.repairs.front().claims);
      }
  FAIL("no repairs for " << full_id);
  return {};
}

}  // namespace

TEST_CASE("a re-check reuses every conflicting group's repairs and reports the same", "[cache][repairs]") {
  CacheFolder folder("repairs");
  Run plain = run_check(dataset(), kMembershipRules);
  Run first = run_check(dataset(), kMembershipRules, with_cache(folder));
  Run second = run_check(dataset(), kMembershipRules, with_cache(folder));
  REQUIRE(plain.report.repairs.size() == 2);
  CHECK(first.report.stats.repairs_reused == 0);
  CHECK(second.report.stats.verdicts_reused == 2);
  CHECK(second.report.stats.repairs_reused == 2);
  CHECK(best_repair(second.report, "a/x") == std::vector<std::string>{"c/x"});
  CHECK(render_json(second.report) == render_json(plain.report));
}

TEST_CASE("an edit to another group keeps this group's repairs", "[cache][repairs]") {
  CacheFolder folder("repairs");
  run_check(dataset(), kMembershipRules, with_cache(folder));
  Files edited = dataset(0.3, "", "2024-09");  // Georgia's second date moves: its group is solved again
  Run cached = run_check(edited, kMembershipRules, with_cache(folder));
  CHECK(cached.report.stats.verdicts_reused == 1);
  CHECK(cached.report.stats.repairs_reused == 1);
  CHECK(render_json(cached.report) == render_json(run_check(edited, kMembershipRules).report));
}

TEST_CASE("a source's new reliability searches the repairs again, though the verdict is reused", "[cache][repairs]") {
  CacheFolder folder("repairs");
  Run before = run_check(dataset(), kMembershipRules, with_cache(folder));
  CHECK(best_repair(before.report, "a/x") == std::vector<std::string>{"c/x"});
  Files edited = dataset(1.0);  // c now outweighs a
  Run cached = run_check(edited, kMembershipRules, with_cache(folder));
  CHECK(cached.report.stats.verdicts_reused == 2);
  CHECK(cached.report.stats.repairs_reused == 1);  // only Georgia's
  CHECK(best_repair(cached.report, "a/x") == std::vector<std::string>{"a/x"});
  CHECK(render_json(cached.report) == render_json(run_check(edited, kMembershipRules).report));
}

TEST_CASE("a claim's new confidence searches the repairs again", "[cache][repairs]") {
  CacheFolder folder("repairs");
  run_check(dataset(), kMembershipRules, with_cache(folder));
  Files edited = dataset(0.3, ", confidence: 0.2");  // a weighs 0.18 now, less than c's 0.3
  Run cached = run_check(edited, kMembershipRules, with_cache(folder));
  CHECK(cached.report.stats.verdicts_reused == 2);
  CHECK(cached.report.stats.repairs_reused == 1);
  CHECK(best_repair(cached.report, "a/x") == std::vector<std::string>{"a/x"});
  CHECK(render_json(cached.report) == render_json(run_check(edited, kMembershipRules).report));
}

TEST_CASE("another --max-repairs searches the repairs again", "[cache][repairs]") {
  CacheFolder folder("repairs");
  Run before = run_check(dataset(), kMembershipRules, with_cache(folder));
  REQUIRE(before.report.repairs.front().repairs.size() == 2);
  CheckOptions options = with_cache(folder);
  options.max_repairs = 1;
  Run cached = run_check(dataset(), kMembershipRules, options);
  CHECK(cached.report.stats.repairs_reused == 0);
  CHECK(cached.report.repairs.front().repairs.size() == 1);
  CHECK(cached.report.repairs.front().more);
  CheckOptions plain;
  plain.max_repairs = 1;
  CHECK(render_json(cached.report) == render_json(run_check(dataset(), kMembershipRules, plain).report));
}

TEST_CASE("stored repairs map onto the group's claims of the next run; a cut search is never stored",
          "[cache][repairs]") {
  CacheFolder folder("repairs");
  GroupKey key{1, 2}, inputs{3, 4};
  Group then{{10, 20, 30}, {0}};
  GroupVerdict verdict;
  verdict.status = GroupVerdict::Status::conflicting;
  verdict.conflicts.push_back(Conflict{{10, 30}, {0}});
  RepairSearch search;
  search.repairs = {RepairSet{{30}, 300}, RepairSet{{10}, 900}};
  search.more = true;

  VerdictCache writer(folder.path.string());
  writer.remember(key, then, verdict);
  writer.remember_repairs(key, inputs, then, search);
  REQUIRE(writer.save());
  VerdictCache reader(folder.path.string());
  reader.load();
  Group now{{1, 5, 7}, {4}};
  std::optional<RepairSearch> found = reader.find_repairs(key, inputs, now);
  REQUIRE(found);
  REQUIRE(found->repairs.size() == 2);
  CHECK(found->repairs[0].claims == std::vector<int>{7});
  CHECK(found->repairs[0].cost == 300);
  CHECK(found->repairs[1].claims == std::vector<int>{1});
  CHECK(found->more);
  CHECK_FALSE(found->more_as_light);
  CHECK_FALSE(reader.find_repairs(key, GroupKey{3, 5}, now));  // other costs or --max-repairs
  CHECK_FALSE(reader.find_repairs(GroupKey{1, 3}, inputs, now));

  search.gave_up = true;  // a timeout cut it: the next run must search again
  VerdictCache cut(folder.path.string());
  cut.remember(key, then, verdict);
  cut.remember_repairs(key, inputs, then, search);
  REQUIRE(cut.save());
  VerdictCache after(folder.path.string());
  after.load();
  CHECK(after.loaded_entries() == 1);
  CHECK_FALSE(after.find_repairs(key, inputs, now));
}
