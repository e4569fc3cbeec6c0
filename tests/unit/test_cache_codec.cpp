// The cache codec reads back what it wrote, and a cut or damaged file of any of the three cache
// formats is a clean miss: never an exception out of the reader, never other contents.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "cache/claim_cache.h"
#include "cache/codec.h"
#include "cache/run_snapshot.h"
#include "cache/verdict_cache.h"
#include "claimcheck/version.h"
#include "helpers.h"
#include "load/facts_loader.h"
#include "platform/hash.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace fs = std::filesystem;

namespace {

// One of each primitive, in the order decode_sample reads them.
std::string sample_body() {
  codec::Writer w;
  w.u64(0xfedcba9876543210ULL);
  w.i64(-42);
  w.i64(std::numeric_limits<int>::min());
  w.f64(-0.25);
  w.flag(true);
  w.flag(false);
  w.u64(3);
  w.text("");
  w.text(std::string("a\0b", 3));
  w.array(std::vector<int>{7, -1, 0});
  w.array(std::vector<std::uint64_t>{});
  return w.take();
}

// What decode_sample reads: the values sample_body wrote, when nothing throws.
struct Sample {
  std::uint64_t word = 0;
  std::int64_t negative = 0;
  int smallest = 0;
  double fraction = 0;
  bool yes = false, no = true;
  std::uint64_t bits = 0;
  std::string empty = "x", with_nul;
  std::vector<int> ints;
  std::vector<std::uint64_t> none{1};
};

Sample decode_sample(std::string_view body) {
  codec::Reader r(body);
  Sample s;
  s.word = r.u64();
  s.negative = r.i64();
  s.smallest = r.i32();
  s.fraction = r.f64();
  s.yes = r.flag();
  s.no = r.flag();
  s.bits = r.at_most(3);
  r.text_into(s.empty);
  s.with_nul = r.text();
  r.array(s.ints);
  r.array(s.none);
  r.expect_done();
  return s;
}

std::string bytes_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void replace(const fs::path& file, const std::string& bytes) {
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

// Overwrites one byte in place (no truncation: freeing blocks is slow on some file systems).
void put_byte(const fs::path& file, std::size_t at, char byte) {
  std::fstream out(file, std::ios::in | std::ios::out | std::ios::binary);
  out.seekp(static_cast<std::streamoff>(at));
  out.put(byte);
}

// Calls `read_is_miss` with every byte of the file flipped (its lowest bit, its highest, all
// eight), then on the file cut after every byte, and finally on the file as it was.
void damage_everywhere(const fs::path& file, const std::function<bool()>& read_is_miss) {
  const std::string whole = bytes_of(file);
  REQUIRE(!whole.empty());
  for (std::size_t at = 0; at < whole.size(); ++at) {
    for (int mask : {0x01, 0x80, 0xff}) {
      CAPTURE(at, mask);
      put_byte(file, at, static_cast<char>(whole[at] ^ mask));
      REQUIRE(read_is_miss());
    }
    put_byte(file, at, whole[at]);
  }
  REQUIRE_FALSE(read_is_miss());
  for (std::size_t size = whole.size(); size-- > 0;) {  // shorter each time: one file, cut further
    CAPTURE(size);
    fs::resize_file(file, size);
    REQUIRE(read_is_miss());
  }
  replace(file, whole);
  REQUIRE_FALSE(read_is_miss());
}

}  // namespace

TEST_CASE("the codec reads back every primitive it writes", "[cache][codec]") {
  Sample s = decode_sample(sample_body());
  CHECK(s.word == 0xfedcba9876543210ULL);
  CHECK(s.negative == -42);
  CHECK(s.smallest == std::numeric_limits<int>::min());
  CHECK(s.fraction == -0.25);
  CHECK(s.yes);
  CHECK_FALSE(s.no);
  CHECK(s.bits == 3);
  CHECK(s.empty.empty());
  CHECK(s.with_nul == std::string("a\0b", 3));
  CHECK(s.ints == std::vector<int>{7, -1, 0});
  CHECK(s.none.empty());
}

TEST_CASE("the codec writes little-endian words whatever the machine", "[cache][codec]") {
  codec::Writer w;
  w.u64(0x0807060504030201ULL);
  w.text("hi");
  CHECK(w.bytes() == std::string("\x01\x02\x03\x04\x05\x06\x07\x08\x02\0\0\0\0\0\0\0hi", 18));
}

TEST_CASE("a body cut after any byte throws Damaged, never reads past its end", "[cache][codec]") {
  const std::string body = sample_body();
  for (std::size_t size = 0; size < body.size(); ++size) {
    CAPTURE(size);
    std::string cut = body.substr(0, size);  // its own allocation, so ASan sees any overread
    CHECK_THROWS_AS(decode_sample(cut), codec::Damaged);
  }
}

TEST_CASE("values no Writer writes are Damaged", "[cache][codec]") {
  auto reading = [](auto write, auto read) {
    codec::Writer w;
    write(w);
    std::string bytes = w.take();
    codec::Reader r(bytes);
    read(r);
  };
  CHECK_THROWS_AS(reading([](codec::Writer& w) { w.u64(2); }, [](codec::Reader& r) { r.flag(); }), codec::Damaged);
  CHECK_THROWS_AS(reading([](codec::Writer& w) { w.u64(4); }, [](codec::Reader& r) { r.at_most(3); }), codec::Damaged);
  CHECK_THROWS_AS(reading([](codec::Writer& w) { w.i64(std::int64_t{1} << 31); }, [](codec::Reader& r) { r.i32(); }),
                  codec::Damaged);
  // A count or a length larger than what is left: no allocation of that size is attempted.
  CHECK_THROWS_AS(reading([](codec::Writer& w) { w.u64(~0ULL); }, [](codec::Reader& r) { r.text(); }), codec::Damaged);
  CHECK_THROWS_AS(reading(
                      [](codec::Writer& w) {
                        w.u64(2);
                        w.u64(0);
                      },
                      [](codec::Reader& r) { r.count(8); }),
                  codec::Damaged);
  CHECK_THROWS_AS(reading(
                      [](codec::Writer& w) {
                        w.u64(3);
                        w.u64(0);
                      },
                      [](codec::Reader& r) {
                        std::vector<std::uint32_t> values;
                        r.array(values);
                      }),
                  codec::Damaged);
  CHECK_THROWS_AS(reading([](codec::Writer& w) { w.u64(1); },
                          [](codec::Reader& r) {
                            r.u64();
                            r.u64();
                          }),
                  codec::Damaged);
  CHECK_THROWS_AS(reading([](codec::Writer& w) { w.u64(1); }, [](codec::Reader& r) { r.expect_done(); }),
                  codec::Damaged);
}

TEST_CASE("a sealed body opens only for its format and claimcheck's version", "[cache][codec]") {
  const std::string body = sample_body();
  const std::string sealed = codec::seal("test-format-1", body);
  REQUIRE(codec::unseal("test-format-1", sealed) == std::optional<std::string_view>(body));
  CHECK_FALSE(codec::unseal("test-format-2", sealed));

  codec::Writer other_version;
  other_version.text("test-format-1");
  other_version.text(std::string(kVersion) + "-other");
  other_version.u64(body_checksum(body));
  CHECK_FALSE(codec::unseal("test-format-1", other_version.take() + body));

  // The envelope alone can be read from a file's first bytes; its body is summed only on request.
  const std::string cut = sealed.substr(0, sealed.size() - 1);  // Sealed views the bytes: they outlive it
  std::optional<codec::Sealed> head = codec::read_envelope("test-format-1", cut);
  REQUIRE(head);
  CHECK_FALSE(head->intact());
  CHECK(codec::read_envelope("test-format-1", sealed)->intact());
}

TEST_CASE("a sealed entry cut after any byte, or with any byte flipped, does not open", "[cache][codec]") {
  const std::string body = sample_body();
  const std::string sealed = codec::seal("test-format-1", body);
  for (std::size_t size = 0; size < sealed.size(); ++size) {
    CAPTURE(size);
    std::string cut = sealed.substr(0, size);
    CHECK_FALSE(codec::unseal("test-format-1", cut));
  }
  for (std::size_t at = 0; at < sealed.size(); ++at)
    for (int mask : {0x01, 0x10, 0x80, 0xff}) {
      CAPTURE(at, mask);
      std::string damaged = sealed;
      damaged[at] = static_cast<char>(damaged[at] ^ mask);
      CHECK_FALSE(codec::unseal("test-format-1", damaged));
    }
}

TEST_CASE("a claims entry cut or damaged anywhere is a miss", "[cache][codec][load]") {
  SourceFile file{"f.yaml",
                  "source: {id: s, published: 2024-06/2024-07, reliability: 0.7}\n"
                  "claims:\n"
                  "  - {id: a, quote: q, subject: X, event: join, at: on Saturday, confidence: 0.5}\n"
                  "  - {id: b, quote: q, subject: X, event: join, at: {after: a, by: two weeks}}\n"
                  "  - {id: c, quote: q, subject: X, state: member-count, value: about 8000, at: 2024}\n"
                  "  - {id: d, quote: q, subject: X, event: join, relation: before, other: s/a}\n"};
  Dataset loaded;
  Diagnostics diagnostics;
  load_facts_file(file, loaded, diagnostics);
  REQUIRE(diagnostics.all().empty());
  CacheFolder folder("codec-claims");
  ClaimCache cache(folder.path.string(), "test");
  REQUIRE(cache.write(file, loaded));
  const ClaimCache::Entry entry = cache.entry_of(file);
  damage_everywhere(entry.path, [&] {
    Source source;
    std::vector<Claim> claims(loaded.claims.size());
    bool decoded = cache.read_into(entry, source, claims.data(), claims.size(), 0);
    return !cache.read(file) && !decoded;
  });
}

TEST_CASE("a verdicts file cut or damaged anywhere is an empty cache", "[cache][codec][verdicts]") {
  CacheFolder folder("codec-verdicts");
  Group group{{3, 5, 8}, {0, 2}};
  GroupVerdict verdict;
  verdict.status = GroupVerdict::Status::conflicting;
  verdict.conflicts.push_back(Conflict{{3, 8}, {2}});
  RepairSearch search;
  search.repairs.push_back(RepairSet{{5}, 700});
  search.more = true;
  {
    VerdictCache cache(folder.path.string());
    cache.remember(GroupKey{1, 2}, group, verdict);
    cache.remember_repairs(GroupKey{1, 2}, GroupKey{3, 4}, group, search);
    cache.remember(GroupKey{5, 6}, Group{{1}, {}}, GroupVerdict{});
    REQUIRE(cache.save());
  }
  damage_everywhere(folder.path / "verdicts", [&] {
    VerdictCache cache(folder.path.string());
    cache.load();
    return cache.loaded_entries() == 0 && !cache.find(GroupKey{1, 2}, group) &&
           !cache.find_repairs(GroupKey{1, 2}, GroupKey{3, 4}, group);
  });
  VerdictCache cache(folder.path.string());
  cache.load();
  std::optional<GroupVerdict> found = cache.find(GroupKey{1, 2}, group);
  REQUIRE(found);
  REQUIRE(found->conflicts.size() == 1);
  CHECK(found->conflicts[0].claims == std::vector<int>{3, 8});
  std::optional<RepairSearch> repairs = cache.find_repairs(GroupKey{1, 2}, GroupKey{3, 4}, group);
  REQUIRE(repairs);
  CHECK(repairs->repairs[0].claims == std::vector<int>{5});
  CHECK(repairs->more);
}

TEST_CASE("a run snapshot cut or damaged anywhere is no snapshot", "[cache][codec][snapshot]") {
  SourceFile file{"f.yaml",
                  "source: {id: s, published: 2024-09-01}\n"
                  "claims:\n"
                  "  - {id: a, quote: q, subject: X, event: join, at: 2024-02}\n"
                  "  - {id: b, quote: q, subject: Y, event: join, at: 2024-03}\n"};
  Dataset loaded;
  Diagnostics diagnostics;
  load_facts_file(file, loaded, diagnostics);
  REQUIRE(diagnostics.all().empty());

  RunSnapshot snapshot;
  snapshot.settings = "settings";
  snapshot.files.push_back(SnapshotFile{ClaimCache::Entry{"cache/ab.claims", "f.yaml", 120, 99}, 2});
  snapshot.groups = 2;
  snapshot.sources = 1;
  snapshot.group_of_claim = {0, 1};
  snapshot.key_offsets = {0, 1, 3};
  snapshot.keys = {11, 12, 13};
  snapshot.kept.push_back(KeptFile{0, loaded.sources[0], {1}, {loaded.claims[1]}});
  snapshot.names = {"X", "Y"};
  CacheFolder folder("codec-snapshot");
  REQUIRE(write_snapshot(folder.path.string(), snapshot));
  damage_everywhere(folder.path / "snapshot", [&] { return !read_snapshot(folder.path.string()); });
  std::optional<RunSnapshot> back = read_snapshot(folder.path.string());
  REQUIRE(back);
  CHECK(back->keys == snapshot.keys);
  REQUIRE(back->kept.size() == 1);
  CHECK(back->kept[0].claims[0].full_id == loaded.claims[1].full_id);
  CHECK(back->names == snapshot.names);
}
