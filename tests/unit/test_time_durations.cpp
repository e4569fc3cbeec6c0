// Durations: ISO 8601, N units and every hedge, as bounds on a span's last day − first day.
#include <catch2/catch.hpp>

#include "time_helpers.h"

using claimcheck::testing::length_of;

TEST_CASE("N units allow counting with or without the last day", "[time]") {
  CHECK(length_of("10 days") == "9..10");
  CHECK(length_of("a day") == "0..1");
  CHECK(length_of("2 weeks") == "13..14");
  CHECK(length_of("a fortnight") == "13..14");
  CHECK(length_of("1 month") == "27..31");
  CHECK(length_of("3 months") == "88..92");
  CHECK(length_of("a year") == "364..366");
  CHECK(length_of("two years") == "729..731");
  CHECK(length_of("half a year") == "180..184");
  CHECK(length_of("a decade") == "3650..3653");  // 2096-03..2106-02 has one leap day
}

TEST_CASE("ISO 8601 durations", "[time]") {
  CHECK(length_of("P10D") == "9..10");
  CHECK(length_of("P2W") == "13..14");
  CHECK(length_of("P1Y") == "364..366");
  CHECK(length_of("P1Y2M") == "423..428");
  CHECK(length_of("P1M10D") == "37..41");
  CHECK(length_of("P") == "error unknown-duration");
  CHECK(length_of("P1D1Y") == "error unknown-duration");  // units out of order
  CHECK(length_of("P1H") == "error unknown-duration");
}

TEST_CASE("hedged durations have documented bounds", "[time]") {
  CHECK(length_of("almost a year") == "273..366");
  CHECK(length_of("nearly 3 months") == "66..92");
  CHECK(length_of("just under a year") == "273..366");
  CHECK(length_of("about 2 weeks") == "10..17");
  CHECK(length_of("around 3 months") == "70..111");
  CHECK(length_of("roughly a year") == "291..440");
  CHECK(length_of("just over a year") == "364..458");
  CHECK(length_of("more than a year") == "364..3652058");
  CHECK(length_of("over 2 weeks") == "13..3652058");
  CHECK(length_of("at least 3 days") == "2..3652058");
  CHECK(length_of("less than a month") == "0..31");
  CHECK(length_of("under 10 days") == "0..10");
  CHECK(length_of("at most a week") == "0..7");
  CHECK(length_of("up to a week") == "0..7");
}

TEST_CASE("unreadable durations are errors", "[time]") {
  CHECK(length_of("a while") == "error unknown-duration");
  CHECK(length_of("almost forever") == "error unknown-duration");
  CHECK(length_of("") == "error empty-time-expression");  // an empty value, as for a window
}
