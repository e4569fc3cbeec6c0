// --cache decodes each file's entry straight into the dataset; a damaged entry costs speed, never the result.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "cache/claim_cache.h"
#include "cache/files.h"
#include "claimcheck/render.h"
#include "helpers.h"
#include "load/facts_loader.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

// Three sources; the first two disagree on Armenia's announcement, the third has a claim of its own.
Files dataset() {
  auto claim = [](const std::string& id, const std::string& subject, const std::string& at) {
    return "  - {id: " + id + ", quote: q, subject: " + subject +
           ", object: CSTO, event: announce-withdrawal, at: " + at + "}\n";
  };
  return {{"a.yaml", "source: {id: a, published: 2024-09-01, reliability: 0.9}\nclaims:\n" +
                         claim("x", "Armenia", "2024-02") + claim("y", "Belarus", "2024-03")},
          {"b.yaml", "source: {id: b, published: 2024-09-01}\nclaims:\n" + claim("x", "Armenia", "2024-06")},
          {"c.yaml", "source: {id: c, published: 2024-09-01}\nclaims:\n" + claim("x", "Georgia", "2024-01") +
                         claim("z", "Armenia", "2024-02")}};
}

CheckOptions with_cache(const CacheFolder& folder, int jobs) {
  CheckOptions options;
  options.jobs = jobs;
  options.cache = folder.path.string();
  return options;
}

}  // namespace

TEST_CASE("a cached re-check places every file's claims where a plain check does", "[cache][load]") {
  CacheFolder folder("load");
  Run plain = run_check(dataset(), kMembershipRules);
  run_check(dataset(), kMembershipRules, with_cache(folder, 2));
  for (int jobs : {1, 2}) {
    Run cached = run_check(dataset(), kMembershipRules, with_cache(folder, jobs));
    CHECK(cached.report.stats.cache_hits == 3);
    REQUIRE(cached.report.dataset.claims.size() == 5);
    for (std::size_t c = 0; c < 5; ++c) {
      CHECK(cached.report.dataset.claims[c].full_id == plain.report.dataset.claims[c].full_id);
      CHECK(cached.report.dataset.claims[c].source == plain.report.dataset.claims[c].source);
    }
    CHECK(render_json(cached.report) == render_json(plain.report));
  }
}

TEST_CASE("damaged entries with intact headers are converted from their text and report the same", "[cache][load]") {
  CacheFolder folder("load");
  Run plain = run_check(dataset(), kMembershipRules);
  run_check(dataset(), kMembershipRules, with_cache(folder, 1));
  // Every entry loses its tail: its header (and count) still match, its claims do not decode.
  int entries = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder.path))
    if (entry.path().extension() == ".claims") {
      std::filesystem::resize_file(entry.path(), entry.file_size() - 20);
      ++entries;
    }
  REQUIRE(entries == 3);
  Run cached = run_check(dataset(), kMembershipRules, with_cache(folder, 2));
  CHECK(cached.report.stats.cache_hits == 0);
  CHECK(cached.report.stats.cache_written == 3);  // converted again, the entries are whole again
  CHECK(render_json(cached.report) == render_json(plain.report));
  CHECK(cached.report.dataset.claims.back().full_id == "c/z");
  Run healed = run_check(dataset(), kMembershipRules, with_cache(folder, 1));
  CHECK(healed.report.stats.cache_hits == 3);
  CHECK(render_json(healed.report) == render_json(plain.report));
}

TEST_CASE("an entry decodes into a given slot with the given source index", "[cache][load]") {
  CacheFolder folder("load");
  SourceFile file{"f.yaml", dataset()[0].second};
  Dataset converted;
  Diagnostics diagnostics;
  load_facts_file(file, converted, diagnostics, YamlLimits{}, 1000);
  REQUIRE(diagnostics.all().empty());
  ClaimCache cache(folder.path.string(), "test");
  REQUIRE(cache.write(file, converted));
  ClaimCache::Entry entry = cache.entry_of(file);
  REQUIRE(cache.count(entry) == std::optional<std::size_t>(2));
  std::vector<Claim> claims(4);
  Source source;
  REQUIRE(cache.read_into(entry, source, claims.data() + 1, 2, 7));
  CHECK(source.file == "f.yaml");
  CHECK(claims[1].range.file == "f.yaml");
  CHECK(source.id == "a");
  CHECK(claims[0].full_id.empty());
  CHECK(claims[1].full_id == "a/x");
  CHECK(claims[2].full_id == "a/y");
  CHECK(claims[2].source == 7);
  CHECK(claims[3].full_id.empty());
  CHECK_FALSE(cache.read_into(entry, source, claims.data(), 1, 0));                  // another count: refused
  CHECK_FALSE(cache.count(cache.entry_of(SourceFile{"f.yaml", file.text + "\n"})));  // another text: a miss
  // The same text under another path decodes with that path: entries hold no path.
  ClaimCache::Entry moved = cache.entry_of(SourceFile{"moved/f.yaml", file.text});
  REQUIRE(cache.read_into(moved, source, claims.data() + 1, 2, 0));
  CHECK(claims[1].range.file == "moved/f.yaml");
}

TEST_CASE("a cache folder that cannot be written says why; a usable one is created and left clean", "[cache]") {
  std::filesystem::path base = std::filesystem::temp_directory_path() / "claimcheck-cache-probe";
  std::filesystem::remove_all(base);
  std::filesystem::create_directories(base);
  std::ofstream(base / "a-file") << "x";
  CHECK_FALSE(cache_folder_problem((base / "a-file").string()).empty());
  CHECK_FALSE(cache_folder_problem("/proc/claimcheck-no-such-cache").empty());
  CHECK(cache_folder_problem((base / "new" / "cache").string()).empty());
  CHECK(std::filesystem::is_empty(base / "new" / "cache"));
  std::filesystem::remove_all(base);
}
