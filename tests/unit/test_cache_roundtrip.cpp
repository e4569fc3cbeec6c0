// The claim cache gives back every field the loader produced: a cached check equals a plain one.
#include <catch2/catch.hpp>
#include <filesystem>

#include "cache/claim_cache.h"
#include "load/facts_loader.h"

using namespace claimcheck;

TEST_CASE("a cached facts file keeps anchors, relations, hedged numbers and confidence", "[cache]") {
  SourceFile file{"f.yaml",
                  "source: {id: s, published: 2024-09-01, reliability: 0.7}\n"
                  "claims:\n"
                  "  - {id: a, quote: q, subject: X, event: join, at: 2024-02, confidence: 0.5}\n"
                  "  - {id: b, quote: q, subject: X, event: join, at: {after: a, by: two weeks}}\n"
                  "  - {id: c, quote: q, subject: X, state: member-count, value: about 8000, at: 2024}\n"
                  "  - {id: d, quote: q, subject: X, event: join, relation: before, other: s/a}\n"};
  Dataset loaded;
  Diagnostics diagnostics;
  load_facts_file(file, loaded, diagnostics);
  REQUIRE(diagnostics.all().empty());
  REQUIRE(loaded.claims.size() == 4);

  std::filesystem::path folder = std::filesystem::temp_directory_path() / "claimcheck-cache-roundtrip";
  std::filesystem::remove_all(folder);
  ClaimCache cache(folder.string(), "test");
  REQUIRE(cache.write(file, loaded));
  std::optional<Dataset> back = cache.read(file);
  REQUIRE(back);
  REQUIRE(back->claims.size() == 4);
  CHECK(back->sources[0].reliability == 0.7);
  CHECK(back->claims[0].confidence == 0.5);
  REQUIRE(back->claims[1].time.anchor);
  CHECK(back->claims[1].time.anchor->target == loaded.claims[1].time.anchor->target);
  CHECK(back->claims[1].time.anchor->gap == loaded.claims[1].time.anchor->gap);
  REQUIRE(back->claims[2].value.range);
  CHECK(back->claims[2].value.range->low == loaded.claims[2].value.range->low);
  CHECK(back->claims[2].value.range->high == loaded.claims[2].value.range->high);
  REQUIRE(back->claims[3].relation);
  CHECK(back->claims[3].relation->name == "before");
  CHECK(back->claims[3].relation->other == "s/a");
  std::filesystem::remove_all(folder);
}

TEST_CASE("a cached facts file keeps a claim's readings against an uncertain publication day", "[cache]") {
  SourceFile file{"f.yaml",
                  "source: {id: s, published: 2024-06/2024-07}\n"
                  "claims:\n"
                  "  - {id: a, quote: q, subject: X, event: join, at: on Saturday}\n"};
  Dataset loaded;
  Diagnostics diagnostics;
  load_facts_file(file, loaded, diagnostics);
  REQUIRE(diagnostics.all().empty());
  REQUIRE_FALSE(loaded.claims[0].time.by_publication.empty());

  std::filesystem::path folder = std::filesystem::temp_directory_path() / "claimcheck-cache-readings";
  std::filesystem::remove_all(folder);
  ClaimCache cache(folder.string(), "test");
  REQUIRE(cache.write(file, loaded));
  std::optional<Dataset> back = cache.read(file);
  REQUIRE(back);
  CHECK(back->claims[0].time.by_publication == loaded.claims[0].time.by_publication);
  std::filesystem::remove_all(folder);
}
