#include <catch2/catch.hpp>

#include "model/suggest.h"

using namespace claimcheck;

TEST_CASE("two adjacent letters swapped are one edit", "[model]") {
  CHECK(edit_distance("chekc", "check") == 1);
  CHECK(edit_distance("unqiue-event", "unique-event") == 1);
  CHECK(edit_distance("ab", "ba") == 1);
  // Optimal string alignment: a swapped pair is not edited again ("ca" → "ac" → "abc" is 3).
  CHECK(edit_distance("ca", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("Check", "check") == 0);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("abc", "") == 3);
}

TEST_CASE("did you mean picks the name one swap away", "[model]") {
  // A four-letter word allows one edit: a swap must count as one for "wran" to find "warn".
  CHECK(closest_name("wran", {"warn", "info"}) == "warn");
  CHECK(did_you_mean("wraning", {"error", "warning", "info"}) == " (did you mean 'warning'?)");
  CHECK(closest_name("chekc", {"check", "validate", "repair"}) == "check");
  CHECK(closest_name("inof", {"error", "warning", "info"}) == "info");
  CHECK(closest_name("zzzz", {"error", "warning", "info"}).empty());
  CHECK(did_you_mean("check", {"check", "chuck"}, "check") == " (did you mean 'chuck'?)");
}
