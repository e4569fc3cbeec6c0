// FilePath: a range's file is stored once per path, compares by identity and sorts by text.
#include <catch2/catch.hpp>
#include <string>

#include "claimcheck/diagnostic.h"

using namespace claimcheck;

TEST_CASE("equal paths share one stored string, whatever they were built from", "[diagnostic]") {
  std::string built = std::string("facts/") + "a.yaml";
  FilePath a(built);
  FilePath b("facts/a.yaml");
  CHECK(a == b);
  CHECK(&a.str() == &b.str());
  CHECK(a.str() == "facts/a.yaml");
  CHECK_FALSE(a == FilePath("facts/b.yaml"));
}

TEST_CASE("a range without a file is empty and sorts first", "[diagnostic]") {
  SourceRange none;
  CHECK(none.file.empty());
  CHECK(none.file == FilePath(""));
  SourceRange a{"a.yaml", 9, 1, 9, 2};
  SourceRange b{"b.yaml", 1, 1, 1, 2};
  CHECK(none < a);
  CHECK(a < b);  // by path text first, then line
  CHECK_FALSE(b < a);
  CHECK(SourceRange{"a.yaml", 9, 1, 9, 2} == a);
}
