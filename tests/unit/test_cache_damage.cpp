// A cache file with any byte flipped (claims entries, verdicts, the run snapshot) is a miss: the
// report is always what a check without the cache says.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "claimcheck/render.h"
#include "helpers.h"
#include "platform/hash.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace fs = std::filesystem;

namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

// Armenia's withdrawal is announced in February twice and in June (two findings).
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

CheckOptions with_cache(const CacheFolder& folder, bool incremental) {
  CheckOptions options;
  options.jobs = 2;
  options.cache = folder.path.string();
  options.incremental = incremental;
  return options;
}

std::string bytes_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void flip(const fs::path& file, std::size_t offset, char mask = 0x01) {
  std::fstream damage(file, std::ios::in | std::ios::out | std::ios::binary);
  damage.seekg(static_cast<std::streamoff>(offset));
  char byte = 0;
  damage.get(byte);
  damage.seekp(static_cast<std::streamoff>(offset));
  damage.put(static_cast<char>(byte ^ mask));
}

// Every cache file a check leaves: the claims entries, then `verdicts` and `snapshot`.
std::vector<fs::path> cache_files(const CacheFolder& folder) {
  std::vector<fs::path> claims;
  for (const auto& entry : fs::recursive_directory_iterator(folder.path))
    if (entry.path().extension() == ".claims") claims.push_back(entry.path());
  std::sort(claims.begin(), claims.end());
  claims.push_back(folder.path / "verdicts");
  claims.push_back(folder.path / "snapshot");
  return claims;
}

// Offsets spread over the whole file: its first and last bytes and seven in between.
std::vector<std::size_t> offsets_in(std::size_t size) {
  std::vector<std::size_t> offsets{0, size - 1};
  for (std::size_t k = 1; k <= 7; ++k) offsets.push_back(size * k / 8);
  return offsets;
}

}  // namespace

TEST_CASE("a checksum tells apart bodies that differ in any one bit, or in length", "[cache]") {
  std::mt19937_64 random(19);
  std::string body(1001, '\0');
  for (char& c : body) c = static_cast<char>(random());
  std::uint64_t whole = body_checksum(body);
  for (std::size_t i = 0; i < body.size(); ++i)
    for (int bit = 0; bit < 8; ++bit) {
      std::string damaged = body;
      damaged[i] = static_cast<char>(damaged[i] ^ (1 << bit));
      REQUIRE(body_checksum(damaged) != whole);
    }
  CHECK(body_checksum(body.substr(0, 1000)) != whole);
  CHECK(body_checksum(body + '\0') != whole);
  CHECK(body_checksum("") != body_checksum(std::string(1, '\0')));
}

TEST_CASE("a claims entry whose subject was changed in place is converted again", "[cache][load]") {
  Run plain = run_check(dataset(), kMembershipRules);
  REQUIRE(plain.report.findings.size() == 2);
  const std::string subject = std::string("\x07\0\0\0\0\0\0\0", 8) + "Armenia";
  for (bool incremental : {false, true}) {
    CacheFolder folder("damage");
    run_check(dataset(), kMembershipRules, with_cache(folder, incremental));
    // One entry's Armenia becomes "Brmenia": decoded as it is, a finding would go.
    int changed = 0;
    for (const fs::path& file : cache_files(folder)) {
      std::size_t at = bytes_of(file).find(subject);
      if (at == std::string::npos || file.extension() != ".claims" || changed > 0) continue;
      flip(file, at + 8, 'A' ^ 'B');
      ++changed;
    }
    REQUIRE(changed == 1);
    fs::remove(folder.path / "snapshot");  // so the claims entries are read, not the kept claims
    Run cached = run_check(dataset(), kMembershipRules, with_cache(folder, incremental));
    CHECK(cached.report.stats.cache_hits == 2);
    CHECK(render_json(cached.report) == render_json(plain.report));
  }
}

TEST_CASE("a byte flipped anywhere in any cache file never changes the report", "[cache][load]") {
  Run plain = run_check(dataset(), kMembershipRules);
  std::string expected = render_json(plain.report);
  for (bool incremental : {false, true}) {
    std::vector<std::pair<fs::path, std::size_t>> files;  // each file of a filled cache, with its size
    {
      CacheFolder folder("damage");
      run_check(dataset(), kMembershipRules, with_cache(folder, incremental));
      for (const fs::path& file : cache_files(folder))
        files.emplace_back(file.lexically_relative(folder.path), static_cast<std::size_t>(fs::file_size(file)));
    }
    for (const auto& [name, size] : files) {
      for (std::size_t offset : offsets_in(size)) {
        CAPTURE(incremental, name.string(), offset);
        CacheFolder folder("damage");
        run_check(dataset(), kMembershipRules, with_cache(folder, incremental));
        REQUIRE(fs::exists(folder.path / name));
        flip(folder.path / name, offset);
        CHECK(render_json(run_check(dataset(), kMembershipRules, with_cache(folder, incremental)).report) == expected);
        // The damaged file was replaced: the next run reads a whole cache and still agrees.
        CHECK(render_json(run_check(dataset(), kMembershipRules, with_cache(folder, incremental)).report) == expected);
      }
    }
  }
}
