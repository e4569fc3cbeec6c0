// The library's version is the generated header's, which CMake writes from project(VERSION).
#include <catch2/catch.hpp>
#include <regex>
#include <string>

#include "claimcheck/check.h"
#include "claimcheck/version.h"

using namespace claimcheck;

TEST_CASE("version() is the generated header's version, a dotted number", "[check]") {
  CHECK(std::string(version()) == kVersion);
  CHECK(std::regex_match(std::string(kVersion), std::regex("[0-9]+\\.[0-9]+\\.[0-9]+")));
}
