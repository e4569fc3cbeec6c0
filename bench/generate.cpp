// bench/generate: writes a synthetic dataset of N claims in the real facts format, with a rule
// pack and a manifest of the contradictions planted in it. Deterministic by seed.
//
// Every claim comes from a ground-truth timeline that satisfies every rule, and each claim's
// time expression is one whose window contains the true day(s). So the true days are a model
// of everything except the planted scenarios, and the only minimal conflicts are the planted
// ones. Each planted scenario lives on its own fresh names so that it cannot interact with
// anything else; the manifest lists exactly the minimal sets it creates, and the rules each
// finding must name.
//
// Adding a rule kind: add its rule to kRulePack (tagged with its kind), give stories facts that
// obey it (Story), and add a Scenario that breaks it (kScenarios). Nothing else needs to change.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "claimcheck/calendar.h"

namespace fs = std::filesystem;
using claimcheck::Day;

namespace {

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: every story and scenario is a pure function of (seed, index), so a
// file can be written without holding the rest of the dataset in memory.

std::uint64_t splitmix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(splitmix(seed)) {}
  std::uint64_t next() { return state_ = splitmix(state_); }
  // Uniform in [lo, hi].
  long between(long lo, long hi) { return lo + static_cast<long>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
  bool chance(int percent) { return between(1, 100) <= percent; }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(between(0, static_cast<long>(items.size()) - 1))];
  }

 private:
  std::uint64_t state_;
};

std::uint64_t mix(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0) {
  return splitmix(seed ^ splitmix(a * 0x100000001b3ULL + b));
}

// ---------------------------------------------------------------------------------------------
// Time expressions: for a true day, some expression whose window contains it (docs/time.md).

const std::vector<std::string> kMonthNames = {"January", "February", "March",     "April",   "May",      "June",
                                              "July",    "August",   "September", "October", "November", "December"};
const std::vector<std::string> kWeekdayNames = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                "Thursday", "Friday", "Saturday"};

// Built with snprintf: GCC 12 warns falsely (-Wrestrict) on "literal" + std::to_string(…) at -O2.
std::string formatted(const char* format, long n) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, format, n);
  return buffer;
}
std::string two(unsigned n) {
  return formatted("%02ld", n);
}
std::string iso_day(Day d) {
  return claimcheck::format_day(d);
}
std::string iso_month(Day d) {
  return std::to_string(claimcheck::year_of(d)) + "-" + two(claimcheck::month_of(d));
}
std::string year_text(Day d) {
  return std::to_string(claimcheck::year_of(d));
}
std::string month_name(Day d) {
  return kMonthNames[claimcheck::month_of(d) - 1];
}

std::string season(Day d) {
  unsigned m = claimcheck::month_of(d);
  return m <= 4 ? "early " : m <= 8 ? "mid " : "late ";
}

// Relative forms, only when the publication day makes them mean the true day's window.
std::optional<std::string> relative_time_text(Day truth, Day published, Random& random) {
  long ago = published - truth;
  if (ago < 0 || ago > 300) return std::nullopt;
  std::vector<std::string> forms = {"in " + month_name(truth)};
  if (ago <= 6) forms.push_back("on " + kWeekdayNames[claimcheck::weekday_of(truth)]);
  if (ago > 0 && claimcheck::year_of(truth) == claimcheck::year_of(published)) forms.push_back("earlier this year");
  if (ago == 0) forms.push_back("published");
  return random.pick(forms);
}

std::string absolute_time_text(Day truth, Random& random) {
  switch (random.between(0, 7)) {
    case 0:
      return iso_month(truth);
    case 1:
      return year_text(truth);
    case 2:
      return month_name(truth) + " " + year_text(truth);
    case 3:
      return "in " + month_name(truth) + " " + year_text(truth);
    case 4:
      return season(truth) + year_text(truth);
    case 5:
      return iso_month(truth - static_cast<Day>(random.between(0, 60))) + "/" +
             iso_month(truth + static_cast<Day>(random.between(0, 60)));
    default:
      return iso_day(truth);
  }
}

std::string time_text(Day truth, Day published, Random& random) {
  if (random.chance(50))
    if (auto relative = relative_time_text(truth, published, random)) return *relative;
  return absolute_time_text(truth, random);
}

// A length of `days` as a duration whose bounds contain it ("N days" means N−1..N).
std::string duration(long days, Random& random) {
  if (days % 7 == 0 && days > 0 && random.chance(50)) return std::to_string(days / 7) + " weeks";
  return std::to_string(days) + " days";
}

// ---------------------------------------------------------------------------------------------
// Claims as the generator sees them, written out in the facts format.

struct Fact {
  std::string subject, object;
  std::string event;  // or
  std::string state, value;
  Day first = 0, last = 0;  // true days: a point when first == last and !span
  bool span = false;
  bool open_end = false;  // "from X" with no end
  std::string fixed_at;   // planted only: an exact `at` expression to write
  std::string quote;
  // An Allen relation to another claim (facts.md): `other_fact` is a position in the same
  // planted scenario, `other_id` a full claim id; `undated` claims write no time of their own.
  std::string relation;
  int other_fact = -1;
  std::string other_id;
  bool undated = false;
  bool exact = false;  // planted only: a span written with exact first and last days
};

struct TimeText {
  std::vector<std::pair<std::string, std::string>> fields;  // (key, expression)
};

TimeText time_of(const Fact& fact, Day published, Random& random, bool absolute_only) {
  auto when = [&](Day d) { return absolute_only ? absolute_time_text(d, random) : time_text(d, published, random); };
  if (!fact.span) return {{{"at", when(fact.first)}}};
  if (fact.open_end) return {{{"from", when(fact.first)}}};
  long length = fact.last - fact.first;
  switch (random.between(0, 3)) {
    case 0:
      return {{{"from", when(fact.first)}, {"for", duration(length, random)}}};
    case 1:
      return {{{"until", when(fact.last)}, {"for", duration(length, random)}}};
    default:
      return {{{"from", when(fact.first)}, {"until", when(fact.last)}}};
  }
}

const std::vector<std::string> kSpeakers = {
    "", "", "", "a foreign ministry spokesperson", "the prime minister", "a senior diplomat", "the secretary general"};
const std::vector<std::string> kVias = {"", "", "", "local media", "a news agency", "state television"};

void write_claim(std::ostream& out, const std::string& id, const Fact& fact, const TimeText& time, Random& random) {
  out << "  - id: " << id << "\n    quote: \"" << fact.quote << "\"\n";
  if (const std::string& who = random.pick(kSpeakers); !who.empty()) out << "    said_by: " << who << "\n";
  if (const std::string& via = random.pick(kVias); !via.empty()) out << "    via: " << via << "\n";
  out << "    subject: " << fact.subject << "\n";
  if (!fact.object.empty()) out << "    object: " << fact.object << "\n";
  if (!fact.event.empty()) {
    out << "    event: " << fact.event << "\n";
  } else {
    out << "    state: " << fact.state << "\n    value: " << fact.value << "\n";
  }
  if (!fact.relation.empty()) out << "    relation: " << fact.relation << "\n    other: " << fact.other_id << "\n";
  if (fact.undated) return;
  for (const auto& [key, text] : time.fields) out << "    " << key << ": \"" << text << "\"\n";
}

Fact event_fact(std::string subject, std::string object, std::string event, Day day, std::string quote) {
  Fact f;
  f.subject = std::move(subject);
  f.object = std::move(object);
  f.event = std::move(event);
  f.first = f.last = day;
  f.quote = std::move(quote);
  return f;
}

Fact state_fact(std::string subject, std::string object, std::string state, std::string value, Day first, Day last,
                bool span, std::string quote) {
  Fact f;
  f.subject = std::move(subject);
  f.object = std::move(object);
  f.state = std::move(state);
  f.value = std::move(value);
  f.first = first;
  f.last = last;
  f.span = span;
  f.quote = std::move(quote);
  return f;
}

// ---------------------------------------------------------------------------------------------
// The rule pack: one rule (or more) of every kind claimcheck has. A new kind adds its rule here.
// Each rule is tagged with its kind, so `--without KIND` can leave a kind out (with the planted
// scenarios that need it); the vocabulary always declares everything the stories say.

const char* kVocabulary = R"(# Written by bench/generate: the rules the synthetic dataset is checked against.
vocabulary:
  events: [join, admit, announce-withdrawal, withdraw, statement, meeting, vote, summit, rejoin, founded, dissolved, visit]
  states:
    membership: [member, frozen, withdrawing, withdrawn]
    member-count: number
    council-seat: [seated]
    council-size: number
    relations: [normal, severed]
rules:
)";

struct PackRule {
  const char* kind;
  const char* text;
};

const std::vector<PackRule> kRulePack = {
    {"unique-event", R"(  - id: one-withdrawal-announcement
    kind: unique-event
    event: announce-withdrawal
  - id: one-joining-date
    kind: unique-event
    event: join
)"},
    {"single-value", R"(  - id: one-membership-status
    kind: single-value
    state: membership
  - id: one-member-count
    kind: single-value
    state: member-count
  - id: one-relations-status
    kind: single-value
    state: relations
)"},
    {"after-event", R"(  - id: no-return-after-announcement
    kind: after-event
    event: announce-withdrawal
    state: membership
    allowed: [withdrawing, withdrawn]
)"},
    {"precedes", R"(  - id: notice-period
    kind: precedes
    first: announce-withdrawal
    then: withdraw
    min: 90 days
)"},
    {"duration", R"(  - id: summits-are-short
    kind: duration
    event: summit
    min: 2 days
    max: 5 days
)"},
    {"conflicts-with", R"(  - id: no-meetings-after-leaving
    kind: conflicts-with
    this: meeting
    other: {state: membership, value: withdrawn}
)"},
    {"requires", R"(  - id: voting-needs-membership
    kind: requires
    this: vote
    other: {state: membership, value: [member]}
)"},
    {"lifecycle", R"(  - id: membership-lifecycle
    kind: lifecycle
    state: membership
    transitions:
      - member -> frozen
      - frozen -> member
      - member -> withdrawing
      - withdrawing -> withdrawn
      - withdrawn -> member via rejoin
)"},
    {"allen", R"(  - id: allen-relations
    kind: allen
)"},
    {"expression", R"(  - id: exit-within-400-days
    kind: expression
    bind:
      notice: {event: announce-withdrawal}
      exit: {event: withdraw}
    assert: "start(exit) <= end(notice) + 400 days"
)"},
    {"contemporary", R"(  - id: visits-while-it-exists
    kind: contemporary
    relation: visit
    begins: founded
    ends: dissolved
)"},
    {"count", R"(  - id: council-size-covers-seats
    kind: count
    state: council-size
    counts: {state: council-seat, value: [seated]}
    set: at-least
)"},
    {"symmetric", R"(  - id: relations-both-ways
    kind: symmetric
    relation: {state: relations}
)"},
    {"inverse", R"(  - id: admission-is-joining
    kind: inverse
    relation: join
    inverse: admit
)"},
};

// ---------------------------------------------------------------------------------------------
// Stories: consistent ground truth for one (subject, object) pair. Story i's facts depend only
// on (seed, i). Of every 16 stories, 4 are an organisation's member count, summits and lifetime,
// 1 a council's seats, 1 two neighbours' relations, and 10 a country's membership of an
// organisation; claims of events no rule mentions are sprinkled in. The true days obey every rule
// of kRulePack: votes fall while a member (requires), the withdrawal comes 90 to 400 days after
// its announcement (precedes, expression), meetings fall while withdrawing, never once withdrawn
// (conflicts-with), membership goes member → withdrawing → withdrawn (lifecycle), the
// organisation admits the country on the day it joins (inverse, unique-event), summits last
// three days (duration), visits fall between an organisation's founding and its dissolution
// (contemporary), a council never has more seated members than its claimed size (count), and
// either neighbour's relations claims give the pair's one status (symmetric, single-value).
// write_file adds Allen relations.

const Day kEpoch1995 = claimcheck::make_day(1995, 1, 1);

std::string country(long i) {
  return formatted("Country-%ld", i);
}
std::string organisation(long i) {
  return formatted("Org-%ld", i);
}

std::vector<Fact> membership_story(long index, std::uint64_t seed) {
  Random r(mix(seed, 1, static_cast<std::uint64_t>(index)));
  std::string c = country(index), o = organisation(r.between(0, 999));
  Day join = kEpoch1995 + static_cast<Day>(r.between(0, 7000));
  std::vector<Fact> facts = {
      event_fact(c, o, "join", join, c + " joined " + o + "."),
      event_fact(o, c, "admit", join, o + " admitted " + c + " as a member."),
      event_fact(c, o, "statement", join + static_cast<Day>(r.between(0, 3000)),
                 c + " restated its commitment to " + o + "."),
  };
  Day seen = join + static_cast<Day>(r.between(0, 900));
  facts.push_back(state_fact(c, o, "membership", "member", seen, seen, false, c + " is a member of " + o + "."));
  facts.push_back(event_fact(c, o, "vote", seen, c + " voted in " + o + "'s council."));
  if (r.chance(40)) {  // still a member
    Fact open = state_fact(c, o, "membership", "member", join, join, true,
                           c + " has been a member of " + o + " since it joined.");
    open.open_end = true;
    facts.push_back(open);
    return facts;
  }
  Day announce = seen + static_cast<Day>(r.between(30, 2500));
  Day withdraw = announce + static_cast<Day>(r.between(90, 400));
  facts.push_back(
      state_fact(c, o, "membership", "member", join, announce - 1, true, c + " was a member of " + o + "."));
  facts.push_back(event_fact(c, o, "announce-withdrawal", announce, c + " announced that it would leave " + o + "."));
  facts.push_back(
      state_fact(c, o, "membership", "withdrawing", announce, withdraw - 1, true, c + " was leaving " + o + "."));
  facts.push_back(event_fact(c, o, "withdraw", withdraw, c + " formally left " + o + "."));
  Fact gone =
      state_fact(c, o, "membership", "withdrawn", withdraw, withdraw, true, c + " is no longer part of " + o + ".");
  gone.open_end = true;
  facts.push_back(gone);
  facts.push_back(event_fact(c, o, "meeting", announce + static_cast<Day>(r.between(1, 80)),
                             c + "'s envoy met " + o + " officials."));
  return facts;
}

// An organisation's founding, a country's visits while it exists, sometimes its dissolution
// (contemporary): the visits fall in [active_from, active_until], founded before, dissolved after.
// A random stream of its own, so the facts drawn before keep their days.
void add_lifetime(const std::string& o, const std::string& visitor, Day active_from, Day active_until,
                  std::uint64_t stream, std::vector<Fact>& facts) {
  Random r(stream);
  Day founded = active_from - static_cast<Day>(r.between(1, 2000));
  facts.push_back(event_fact(o, "", "founded", founded, o + " was founded."));
  for (int visit = 0; visit < 2; ++visit) {
    Day day = active_from + static_cast<Day>(r.between(0, active_until - active_from));
    facts.push_back(event_fact(visitor, o, "visit", day, visitor + "'s president visited " + o + "'s headquarters."));
  }
  if (r.chance(40))
    facts.push_back(
        event_fact(o, "", "dissolved", active_until + static_cast<Day>(r.between(1, 500)), o + " was dissolved."));
}

std::vector<Fact> count_story(long index, std::uint64_t seed) {
  Random r(mix(seed, 2, static_cast<std::uint64_t>(index)));
  std::string o = organisation(index);
  long members = r.between(3, 60);
  Day from = kEpoch1995 + static_cast<Day>(r.between(0, 5000));
  Day first_era = from;
  std::vector<Fact> facts;
  for (int era = 0; era < 3; ++era) {
    Day until = from + static_cast<Day>(r.between(200, 1500));
    std::string n = std::to_string(members + era);
    facts.push_back(state_fact(o, "", "member-count", n, from, until, true, o + " had " + n + " members."));
    Day seen = from + static_cast<Day>(r.between(0, until - from));
    facts.push_back(state_fact(o, "", "member-count", n, seen, seen, false, o + " has " + n + " members."));
    from = until + 1;
  }
  Day summit = kEpoch1995 + static_cast<Day>(r.between(0, 8000));
  facts.push_back(state_fact(o, "", "", "", summit, summit + 2, true, o + " held a three-day summit."));
  facts.back().event = "summit";
  add_lifetime(o, country(index), first_era, from - 1, mix(seed, 6, static_cast<std::uint64_t>(index)), facts);
  return facts;
}

// A council of 2–4 seats over two terms; seat 0 changes hands between them. Its claimed size is
// the number of seats, so no day has more seated members than the size says (count, at-least).
std::vector<Fact> council_story(long index, std::uint64_t seed) {
  Random r(mix(seed, 7, static_cast<std::uint64_t>(index)));
  std::string o = organisation(index);
  long seats = r.between(2, 4);
  Day from = kEpoch1995 + static_cast<Day>(r.between(0, 6000));
  Day handover = from + static_cast<Day>(r.between(200, 1500));
  Day until = handover + static_cast<Day>(r.between(200, 1500));
  std::string size = std::to_string(seats);
  std::vector<Fact> facts = {
      state_fact(o, "", "council-size", size, from, until, true, o + "'s council had " + size + " members."),
  };
  Day seen = from + static_cast<Day>(r.between(0, until - from));
  facts.push_back(
      state_fact(o, "", "council-size", size, seen, seen, false, o + "'s council has " + size + " members."));
  auto seat = [&](const std::string& holder, Day first, Day last) {
    facts.push_back(
        state_fact(holder, o, "council-seat", "seated", first, last, true, holder + " sat on " + o + "'s council."));
    Day day = first + static_cast<Day>(r.between(0, last - first));
    facts.push_back(
        state_fact(holder, o, "council-seat", "seated", day, day, false, holder + " sits on " + o + "'s council."));
  };
  // Holders are told apart by a number: names one letter apart would be similar-names warnings.
  auto holder = [&](long n) { return country(index) + formatted(" delegate %ld", n); };
  seat(holder(0), from, handover - 1);
  seat(holder(99), handover, until);
  for (long s = 1; s < seats; ++s) seat(holder(s), from, until);
  return facts;
}

// The neighbour a country keeps relations with: a name no other story uses.
std::string neighbour(const std::string& c) {
  return c + "-east";
}

// Two neighbours' relations: normal, then severed for good. Claims name the pair either way
// round, which only the symmetric rule makes one pair (single-value over both directions).
std::vector<Fact> neighbours_story(long index, std::uint64_t seed) {
  Random r(mix(seed, 8, static_cast<std::uint64_t>(index)));
  std::string c = country(index), n = neighbour(c);
  Day from = kEpoch1995 + static_cast<Day>(r.between(0, 3000));
  Day severed = from + static_cast<Day>(r.between(300, 4000));
  Day seen = from + static_cast<Day>(r.between(0, severed - 1 - from));
  Day later = severed + static_cast<Day>(r.between(0, 1000));
  Fact cut = state_fact(n, c, "relations", "severed", severed, severed, true, n + " severed relations with " + c + ".");
  cut.open_end = true;
  return {
      state_fact(c, n, "relations", "normal", from, severed - 1, true, c + " kept normal relations with " + n + "."),
      state_fact(n, c, "relations", "normal", seen, seen, false, n + "'s relations with " + c + " are normal."),
      cut,
      state_fact(c, n, "relations", "severed", later, later, false, c + " has no relations with " + n + "."),
  };
}

std::vector<Fact> story(long index, std::uint64_t seed) {
  if (index % 4 == 3) return count_story(index, seed);
  if (index % 16 == 1) return council_story(index, seed);
  if (index % 16 == 5) return neighbours_story(index, seed);
  return membership_story(index, seed);
}

// ---------------------------------------------------------------------------------------------
// Planted scenarios: a few claims on a fresh pair whose only minimal conflict is `culprits`.
// Absolute dates only, so the scenario does not depend on which source reports it.

struct Planted {
  std::string rule;
  std::vector<Fact> facts;
  std::vector<int> culprits;  // positions in facts: the one minimal conflicting set
  // The symmetric/inverse rules whose mirrored claims the conflict reads: the finding names them
  // after `rule`.
  std::vector<std::string> mirrors = {};
};

// Which fresh names a scenario is planted on: a country and an organisation (stories also use
// that organisation, but never with this country), an organisation alone (its subject, no
// object), or a country and an organisation that no story names (for rules that relate an
// organisation's claims whatever the country: count, contemporary).
enum class Pair { country_in_organisation, organisation_alone, country_and_fresh_organisation };

struct Scenario {
  const char* name;
  Pair pair;
  std::function<Planted(const std::string& subject, const std::string& object, Random&)> make;
  // The rule kinds the conflict needs (default: the kind named `name`); `--without` one of them
  // leaves the scenario out.
  std::vector<std::string> needs = {};
};

Day some_day(Random& r) {
  return claimcheck::make_day(2003, 1, 1) + static_cast<Day>(r.between(0, 6000));
}
std::string at_month(Day d) {
  return iso_month(d);
}

const std::vector<Scenario> kScenarios = {
    {"unique-event", Pair::country_in_organisation,
     [](const std::string& c, const std::string& o, Random& r) {
       Day day = some_day(r);
       Day later = day + static_cast<Day>(r.between(62, 150));  // a different month
       Fact precise = event_fact(c, o, "announce-withdrawal", day, c + " announced it would leave " + o + ".");
       Fact other = event_fact(c, o, "announce-withdrawal", later, c + " announced its withdrawal from " + o + ".");
       // Agrees with both: a window covering the two years around them.
       Fact vague = event_fact(c, o, "announce-withdrawal", day, c + " decided to leave " + o + ".");
       vague.fixed_at =
           std::to_string(claimcheck::year_of(day) - 1) + "/" + std::to_string(claimcheck::year_of(later) + 1);
       return Planted{"one-withdrawal-announcement", {precise, other, vague}, {0, 1}};
     }},
    {"single-value", Pair::country_in_organisation,
     [](const std::string& c, const std::string& o, Random& r) {
       Day frozen_from = some_day(r);
       Day member_until = frozen_from + static_cast<Day>(r.between(70, 300));
       Fact member = state_fact(c, o, "membership", "member", frozen_from - 2000, member_until, true,
                                c + " remained a member of " + o + ".");
       Fact frozen = state_fact(c, o, "membership", "frozen", frozen_from, frozen_from + 400, true,
                                c + " froze its membership of " + o + ".");
       Day early = frozen_from - static_cast<Day>(r.between(100, 1500));
       Fact seen = state_fact(c, o, "membership", "member", early, early, false,
                              c + " took part in " + o + "'s summit as a member.");
       return Planted{"one-membership-status", {member, frozen, seen}, {0, 1}};
     }},
    {"after-event", Pair::country_in_organisation,
     [](const std::string& c, const std::string& o, Random& r) {
       Day announce = some_day(r);
       Fact event = event_fact(c, o, "announce-withdrawal", announce, c + " announced it was leaving " + o + ".");
       Fact frozen =
           state_fact(c, o, "membership", "frozen", announce - 400, announce + static_cast<Day>(r.between(40, 120)),
                      true, c + "'s membership of " + o + " was frozen.");
       Fact gone = state_fact(c, o, "membership", "withdrawn", announce + 300, announce + 300, true,
                              c + " has left " + o + ".");
       gone.open_end = true;
       return Planted{"no-return-after-announcement", {event, frozen, gone}, {0, 1}};
     }},
    {"single-value-number",
     Pair::organisation_alone,
     [](const std::string& o, const std::string&, Random& r) {
       Day from = some_day(r);
       long n = r.between(3, 60);
       Fact era = state_fact(o, "", "member-count", std::to_string(n), from, from + 700, true,
                             o + " had " + std::to_string(n) + " members.");
       Day odd = from + static_cast<Day>(r.between(100, 600));
       Fact wrong = state_fact(o, "", "member-count", std::to_string(n + 1), odd, odd, false,
                               o + " has " + std::to_string(n + 1) + " members.");
       Day fine = from + static_cast<Day>(r.between(100, 600));
       if (fine == odd) ++fine;
       Fact right = state_fact(o, "", "member-count", std::to_string(n), fine, fine, false,
                               o + " counts " + std::to_string(n) + " members.");
       return Planted{"one-member-count", {era, wrong, right}, {0, 1}};
     },
     {"single-value"}},
    {"precedes", Pair::country_in_organisation,
     [](const std::string& c, const std::string& o, Random& r) {
       Day announce = some_day(r);
       Fact early = event_fact(c, o, "announce-withdrawal", announce, c + " gave notice to leave " + o + ".");
       Fact left =
           event_fact(c, o, "withdraw", announce + static_cast<Day>(r.between(5, 60)), c + " left " + o + " at once.");
       Fact gone = state_fact(c, o, "membership", "withdrawn", announce + 400, announce + 400, true,
                              c + " is outside " + o + ".");
       gone.open_end = true;
       return Planted{"notice-period", {early, left, gone}, {0, 1}};
     }},
    {"duration", Pair::organisation_alone,
     [](const std::string& o, const std::string&, Random& r) {
       Day day = some_day(r);
       Fact marathon = event_fact(o, "", "summit", day, o + "'s summit ran for almost two weeks.");
       marathon.last = day + static_cast<Day>(r.between(10, 30));
       marathon.span = true;
       marathon.exact = true;
       Fact short_one = event_fact(o, "", "summit", day - 300, o + " met for three days.");
       short_one.last = day - 298;
       short_one.span = true;
       Fact other = event_fact(o, "", "summit", day + 400, o + " held a brief summit.");
       other.last = day + 403;
       other.span = true;
       return Planted{"summits-are-short", {marathon, short_one, other}, {0}};
     }},
    {"conflicts-with", Pair::country_in_organisation,
     [](const std::string& c, const std::string& o, Random& r) {
       Day meeting = some_day(r);
       Fact met = event_fact(c, o, "meeting", meeting, c + "'s envoy met " + o + " officials.");
       Fact gone = state_fact(c, o, "membership", "withdrawn", meeting - static_cast<Day>(r.between(90, 200)),
                              meeting + 100, true, c + " was outside " + o + ".");
       Fact earlier = event_fact(c, o, "meeting", meeting - 400, c + " hosted " + o + "'s delegation.");
       return Planted{"no-meetings-after-leaving", {met, gone, earlier}, {0, 1}};
     }},
    {"requires", Pair::country_in_organisation,
     [](const std::string& c, const std::string& o, Random& r) {
       Day vote = some_day(r);
       Fact voted = event_fact(c, o, "vote", vote, c + " voted in " + o + "'s council.");
       Fact frozen = state_fact(c, o, "membership", "frozen", vote - 40, vote + static_cast<Day>(r.between(40, 120)),
                                true, c + "'s membership of " + o + " was frozen.");
       Fact member =
           state_fact(c, o, "membership", "member", vote - 1000, vote - 300, true, c + " was a member of " + o + ".");
       return Planted{"voting-needs-membership", {voted, frozen, member}, {0, 1}};
     }},
    {"lifecycle", Pair::country_in_organisation,
     [](const std::string& c, const std::string& o, Random& r) {
       Day left = some_day(r);
       Fact gone = state_fact(c, o, "membership", "withdrawn", left, left + 30, true, c + " had left " + o + ".");
       Fact back = state_fact(c, o, "membership", "member", left + static_cast<Day>(r.between(150, 400)), 0, false,
                              c + " is a member of " + o + " again.");
       back.last = back.first;
       Fact before =
           state_fact(c, o, "membership", "member", left - 500, left - 500, false, c + " was a member of " + o + ".");
       return Planted{"membership-lifecycle", {gone, back, before}, {0, 1}};
     }},
    {"allen", Pair::country_in_organisation,
     [](const std::string& c, const std::string& o, Random& r) {
       Day meeting = some_day(r);
       Fact met = event_fact(c, o, "meeting", meeting, c + " met " + o + "'s secretary general.");
       Fact late = event_fact(c, o, "statement", meeting + static_cast<Day>(r.between(60, 200)),
                              c + " spoke before the meeting.");
       late.relation = "before";
       late.other_fact = 0;
       Fact early = event_fact(c, o, "statement", meeting - 50, c + " prepared the meeting.");
       early.relation = "before";
       early.other_fact = 0;
       return Planted{"allen-relations", {met, late, early}, {0, 1}};
     }},
    {"expression", Pair::country_in_organisation,
     [](const std::string& c, const std::string& o, Random& r) {
       Day announce = some_day(r);
       Day exit = announce + static_cast<Day>(r.between(401, 700));  // notice long enough, but too long
       Fact notice = event_fact(c, o, "announce-withdrawal", announce, c + " announced that it would leave " + o + ".");
       Fact left = event_fact(c, o, "withdraw", exit, c + " finally left " + o + ".");
       Fact gone = state_fact(c, o, "membership", "withdrawn", exit, exit, true, c + " is no longer in " + o + ".");
       gone.open_end = true;
       return Planted{"exit-within-400-days", {notice, left, gone}, {0, 1}};
     }},
    {"contemporary", Pair::country_and_fresh_organisation,
     [](const std::string& c, const std::string& o, Random& r) {
       Day founded = some_day(r);
       Fact birth = event_fact(o, "", "founded", founded, o + " was founded.");
       Fact early = event_fact(c, o, "visit", founded - static_cast<Day>(r.between(30, 300)),
                               c + " visited " + o + "'s offices.");
       Fact later =
           event_fact(c, o, "visit", founded + static_cast<Day>(r.between(30, 600)), c + " visited " + o + " again.");
       Fact end = event_fact(o, "", "dissolved", founded + 1000, o + " was wound up.");
       return Planted{"visits-while-it-exists", {birth, early, later, end}, {0, 1}};
     }},
    {"count", Pair::country_and_fresh_organisation,
     [](const std::string& c, const std::string& o, Random& r) {
       // A size of k against k + 1 holders on its day: the one minimal conflict is all of them.
       Day day = some_day(r);
       long k = r.between(1, 2);
       std::vector<Fact> facts = {state_fact(o, "", "council-size", std::to_string(k), day, day, false,
                                             o + "'s council has " + std::to_string(k) + " members.")};
       std::vector<int> culprits = {0};
       for (long h = 0; h <= k; ++h) {
         std::string holder = c + formatted(" delegate %ld", h);  // numbered: letters would be similar-names
         Day first = h == 0 ? day - static_cast<Day>(r.between(10, 300)) : day;
         Day last = h == 0 ? day + static_cast<Day>(r.between(10, 300)) : day;
         Fact seat = state_fact(holder, o, "council-seat", "seated", first, last, h == 0,
                                holder + " sits on " + o + "'s council.");
         seat.exact = true;
         culprits.push_back(static_cast<int>(facts.size()));
         facts.push_back(seat);
       }
       // Agrees: the k + 1 holders fit a size of k + 1 on every day around theirs.
       std::string more = std::to_string(k + 1);
       Fact right =
           state_fact(o, "", "council-size", more, day - 5, day + 5, true, o + "'s council had " + more + " members.");
       right.exact = true;
       facts.push_back(right);
       return Planted{"council-size-covers-seats", facts, culprits};
     }},
    {"symmetric",
     Pair::country_in_organisation,
     [](const std::string& c, const std::string&, Random& r) {
       Day cut = some_day(r);
       std::string n = neighbour(c);
       Fact normal =
           state_fact(c, n, "relations", "normal", cut - static_cast<Day>(r.between(300, 900)),
                      cut + static_cast<Day>(r.between(70, 300)), true, c + " kept normal relations with " + n + ".");
       Fact severed =
           state_fact(n, c, "relations", "severed", cut, cut, true, n + " broke off relations with " + c + ".");
       severed.open_end = true;
       Fact earlier = state_fact(n, c, "relations", "normal", cut - 1000, cut - 1000, false,
                                 n + "'s relations with " + c + " were normal.");
       return Planted{"one-relations-status", {normal, severed, earlier}, {0, 1}, {"relations-both-ways"}};
     },
     {"single-value", "symmetric"}},
    {"inverse",
     Pair::country_in_organisation,
     [](const std::string& c, const std::string& o, Random& r) {
       Day day = some_day(r);
       Day later = day + static_cast<Day>(r.between(62, 150));  // a different month
       Fact joined = event_fact(c, o, "join", day, c + " joined " + o + ".");
       Fact admitted = event_fact(o, c, "admit", later, o + " admitted " + c + ".");
       // Agrees with both, read as a join: a window covering the two years around them.
       Fact vague = event_fact(o, c, "admit", day, o + " took " + c + " in.");
       vague.fixed_at =
           std::to_string(claimcheck::year_of(day) - 1) + "/" + std::to_string(claimcheck::year_of(later) + 1);
       return Planted{"one-joining-date", {joined, admitted, vague}, {0, 1}, {"admission-is-joining"}};
     },
     {"unique-event", "inverse"}},
    // More kinds: a scenario here (and its rule in kRulePack) is all the generator needs.
};

// Scenario j on its own pair: names past every story's, so no story shares its subject.
// `scenarios` are the ones in play (kScenarios less those `--without` leaves out); they cycle.
using Scenarios = std::vector<const Scenario*>;

const Scenario& scenario_of(long j, const Scenarios& scenarios) {
  return *scenarios[static_cast<std::size_t>(j) % scenarios.size()];
}

Planted planted(long j, long stories, const Scenarios& scenarios, std::uint64_t seed) {
  Random r(mix(seed, 3, static_cast<std::uint64_t>(j)));
  const Scenario& scenario = scenario_of(j, scenarios);
  switch (scenario.pair) {
    case Pair::organisation_alone:
      return scenario.make(organisation(1000 + stories + j), "", r);
    case Pair::country_and_fresh_organisation:
      return scenario.make(country(stories + j), organisation(1000 + stories + j), r);
    case Pair::country_in_organisation:
      break;
  }
  return scenario.make(country(stories + j), organisation(r.between(0, 999)), r);
}

std::vector<std::string> needed_kinds(const Scenario& scenario) {
  return scenario.needs.empty() ? std::vector<std::string>{scenario.name} : scenario.needs;
}

// The time fields of a planted fact: absolute, and for the "vague" fact its stored window.
TimeText planted_time(const Fact& fact, Random& random) {
  if (!fact.fixed_at.empty()) return {{{"at", fact.fixed_at}}};
  if (!fact.span) return {{{"at", iso_day(fact.first)}}};
  if (fact.open_end) return {{{"from", iso_day(fact.first)}}};
  if (fact.exact) return {{{"from", iso_day(fact.first)}, {"until", iso_day(fact.last)}}};
  return {{{"from", random.chance(50) ? iso_day(fact.first) : at_month(fact.first)}, {"until", at_month(fact.last)}}};
}

// ---------------------------------------------------------------------------------------------
// Layout: which file each planted claim goes to, and how many story claims each file holds.

// Kinds left out unless `--without` says otherwise: none. (Until 9ce342f the checker lost
// `count` constraints once any claim was mirrored, and `count` was left out here.)
const std::set<std::string> kLeftOutByDefault = {};

struct Options {
  long claims = 1000;
  std::uint64_t seed = 1;
  long per_file = 200;
  long conflicts = -1;  // default: one per 500 claims, at least one
  // Rule kinds to leave out of the pack and the planted scenarios (`--without`; `none` for none).
  std::set<std::string> without = kLeftOutByDefault;
  fs::path out;
};

struct PlantedRef {
  long scenario;
  int fact;
};

struct Layout {
  Scenarios scenarios;
  long files = 0;
  long stories = 0;
  long planted = 0;
  std::vector<std::vector<PlantedRef>> planted_in;  // per file
  long story_claims_total = 0;
  std::vector<std::vector<std::string>> planted_ids;  // per scenario, per fact: its full claim id
};

std::string source_id(long file) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "src-%07ld", file);
  return buffer;
}

std::string claim_id(long position) {
  return formatted("c%ld", position + 1);
}

long story_claims_in(const Layout& layout, long file);

// Planted claims go at evenly spread positions among a file's story claims: the n-th of P
// planted claims of a file with T claims sits at position n·T/P. Known before writing, so a
// planted claim can name another (an Allen relation) wherever it lands.
long planted_position(long n, long planted_here, long total) {
  return n * total / planted_here;
}

void place_planted(Layout& layout) {
  for (long file = 0; file < layout.files; ++file) {
    const auto& here = layout.planted_in[static_cast<std::size_t>(file)];
    long count = static_cast<long>(here.size());
    long total = story_claims_in(layout, file) + count;
    for (long n = 0; n < count; ++n) {
      const PlantedRef& ref = here[static_cast<std::size_t>(n)];
      layout.planted_ids[static_cast<std::size_t>(ref.scenario)][static_cast<std::size_t>(ref.fact)] =
          source_id(file) + "/" + claim_id(planted_position(n, count, total));
    }
  }
}

bool kind_left_out(const Options& options, const std::string& kind) {
  return options.without.count(kind) > 0;
}

Scenarios scenarios_in_play(const Options& options) {
  Scenarios in_play;
  for (const Scenario& scenario : kScenarios) {
    std::vector<std::string> needs = needed_kinds(scenario);
    if (std::none_of(needs.begin(), needs.end(), [&](const std::string& kind) { return kind_left_out(options, kind); }))
      in_play.push_back(&scenario);
  }
  return in_play;
}

// Scenarios have three to five claims; their number does not depend on the names (only on the
// seed), so the layout can count them before it knows how many stories there are.
Layout plan(const Options& options) {
  Layout layout;
  layout.scenarios = scenarios_in_play(options);
  if (layout.scenarios.empty()) throw std::runtime_error("--without leaves no planted scenario");
  layout.planted = options.conflicts >= 0 ? options.conflicts : std::max<long>(1, options.claims / 500);
  layout.files = std::max<long>(1, (options.claims + options.per_file - 1) / options.per_file);
  layout.planted_ids.resize(static_cast<std::size_t>(layout.planted));
  long planted_claims = 0;
  for (long j = 0; j < layout.planted; ++j) {
    std::size_t facts = planted(j, 0, layout.scenarios, options.seed).facts.size();
    layout.planted_ids[static_cast<std::size_t>(j)].resize(facts);
    planted_claims += static_cast<long>(facts);
  }
  if (planted_claims > options.claims)
    throw std::runtime_error(std::to_string(layout.planted) + " planted contradictions need " +
                             std::to_string(planted_claims) + " claims, more than --claims");
  layout.story_claims_total = options.claims - planted_claims;
  layout.stories = std::max<long>(1, layout.story_claims_total / 7);
  layout.planted_in.resize(static_cast<std::size_t>(layout.files));
  for (long j = 0; j < layout.planted; ++j)
    for (std::size_t f = 0; f < layout.planted_ids[static_cast<std::size_t>(j)].size(); ++f) {
      std::uint64_t draw = mix(options.seed, 4, static_cast<std::uint64_t>(j) * 16 + f);
      long file = static_cast<long>(draw % static_cast<std::uint64_t>(layout.files));
      layout.planted_in[static_cast<std::size_t>(file)].push_back({j, static_cast<int>(f)});
    }
  place_planted(layout);
  return layout;
}

long story_claims_in(const Layout& layout, long file) {
  long base = layout.story_claims_total / layout.files;
  return base + (file < layout.story_claims_total % layout.files ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Writing.

const std::vector<std::string> kPublishers = {"Daily Ledger", "Evening Courier", "Wire Service",  "Regional Herald",
                                              "Morning Post", "Policy Review",   "Broadcast News"};

fs::path file_path(const fs::path& facts, long file) {
  return facts / std::to_string(file / 1000) / (source_id(file) + ".yaml");
}

// A story's withdrawing span may get an undated companion right after it: a meeting `during`
// that span (an Allen relation the true days satisfy: the meeting falls strictly inside).
bool is_withdrawing(const Fact& fact) {
  return fact.state == "membership" && fact.value == "withdrawing";
}

Fact meeting_during(const Fact& span, const std::string& span_id) {
  Fact meeting = event_fact(span.subject, span.object, "meeting", span.first,
                            "Talks on the exit were held while " + span.subject + " was leaving.");
  meeting.relation = "during";
  meeting.other_id = span_id;
  meeting.undated = true;
  return meeting;
}

void write_file(const Options& options, const Layout& layout, long file) {
  Random r(mix(options.seed, 5, static_cast<std::uint64_t>(file)));
  Day published = claimcheck::make_day(2000, 1, 1) + static_cast<Day>(r.between(0, 9500));
  std::string id = source_id(file);
  fs::path path = file_path(options.out / "facts", file);
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << "source:\n  id: " << id << "\n  title: \"Report " << file << "\"\n  publisher: " << r.pick(kPublishers)
      << "\n  published: " << iso_day(published) << "\n  reliability: 0." << r.between(3, 9) << "\nclaims:\n";
  const auto& planted_here = layout.planted_in[static_cast<std::size_t>(file)];
  long count = static_cast<long>(planted_here.size());
  long total = story_claims_in(layout, file) + count;
  long next_planted = 0;
  auto planted_at = [&](long k) { return next_planted < count && k == planted_position(next_planted, count, total); };
  for (long k = 0; k < total; ++k) {
    if (planted_at(k)) {
      const PlantedRef& ref = planted_here[static_cast<std::size_t>(next_planted++)];
      Planted p = planted(ref.scenario, layout.stories, layout.scenarios, options.seed);
      Fact fact = p.facts[static_cast<std::size_t>(ref.fact)];
      if (fact.other_fact >= 0)
        fact.other_id =
            layout.planted_ids[static_cast<std::size_t>(ref.scenario)][static_cast<std::size_t>(fact.other_fact)];
      write_claim(out, claim_id(k), fact, planted_time(fact, r), r);
      continue;
    }
    std::vector<Fact> facts = story(r.between(0, layout.stories - 1), options.seed);
    const Fact& fact = r.pick(facts);
    write_claim(out, claim_id(k), fact, time_of(fact, published, r, false), r);
    if (is_withdrawing(fact) && k + 1 < total && !planted_at(k + 1) && r.chance(50)) {
      write_claim(out, claim_id(k + 1), meeting_during(fact, id + "/" + claim_id(k)), {}, r);
      ++k;
    }
  }
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

void write_manifest(const Options& options, const Layout& layout) {
  nlohmann::json planted_list = nlohmann::json::array();
  for (long j = 0; j < layout.planted; ++j) {
    Planted p = planted(j, layout.stories, layout.scenarios, options.seed);
    std::vector<std::string> claims;
    for (int culprit : p.culprits)
      claims.push_back(layout.planted_ids[static_cast<std::size_t>(j)][static_cast<std::size_t>(culprit)]);
    std::sort(claims.begin(), claims.end());
    std::vector<std::string> rules = {p.rule};
    rules.insert(rules.end(), p.mirrors.begin(), p.mirrors.end());
    planted_list.push_back(
        {{"rule", p.rule}, {"rules", rules}, {"scenario", scenario_of(j, layout.scenarios).name}, {"claims", claims}});
  }
  nlohmann::json manifest = {
      {"claims", options.claims}, {"seed", options.seed}, {"files", layout.files}, {"planted", planted_list}};
  std::ofstream(options.out / "manifest.json") << manifest.dump(1) << "\n";
}

std::string rule_pack(const Options& options) {
  std::string pack = kVocabulary;
  for (const PackRule& rule : kRulePack)
    if (!kind_left_out(options, rule.kind)) pack += rule.text;
  return pack;
}

void generate(const Options& options) {
  Layout layout = plan(options);
  fs::create_directories(options.out / "rules");
  std::ofstream(options.out / "rules" / "bench.yaml") << rule_pack(options);
  for (long file = 0; file < layout.files; ++file) write_file(options, layout, file);
  write_manifest(options, layout);
}

// ---------------------------------------------------------------------------------------------

const char* kUsage =
    "usage: generate --claims N --out DIR [--seed S] [--per-file K] [--conflicts C] [--without KIND[,KIND...]|none]\n"
    "Writes DIR/facts/**.yaml (N claims, about K per source file, default 200), DIR/rules/bench.yaml\n"
    "and DIR/manifest.json (the planted contradictions; default one per 500 claims). --without leaves\n"
    "rule kinds (e.g. count, symmetric) out of the pack, with the planted scenarios that need them;\n"
    "default: count (see docs/benchmarks.md); none: every kind.\n";

void add_kinds(const std::string& list, std::set<std::string>& kinds) {
  std::size_t from = 0;
  while (from <= list.size()) {
    std::size_t comma = std::min(list.find(',', from), list.size());
    kinds.insert(list.substr(from, comma - from));
    from = comma + 1;
  }
}

std::optional<Options> parse(int argc, char** argv) {
  Options options;
  bool without_given = false;
  for (int i = 1; i < argc; ++i) {
    std::string flag = argv[i];
    if (i + 1 >= argc) return std::nullopt;
    std::string value = argv[++i];
    try {
      if (flag == "--claims")
        options.claims = std::stol(value);
      else if (flag == "--seed")
        options.seed = std::stoull(value);
      else if (flag == "--per-file")
        options.per_file = std::stol(value);
      else if (flag == "--conflicts")
        options.conflicts = std::stol(value);
      else if (flag == "--out")
        options.out = value;
      else if (flag == "--without") {
        if (!without_given) options.without.clear();
        without_given = true;
        if (value != "none") add_kinds(value, options.without);
      } else
        return std::nullopt;
    } catch (const std::exception&) {
      return std::nullopt;
    }
  }
  if (options.out.empty() || options.claims < 1 || options.per_file < 1) return std::nullopt;
  for (const std::string& kind : options.without)
    if (std::none_of(kRulePack.begin(), kRulePack.end(), [&](const PackRule& rule) { return kind == rule.kind; }))
      return std::nullopt;
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  std::optional<Options> options = parse(argc, argv);
  if (!options) {
    std::cerr << kUsage;
    return 2;
  }
  try {
    generate(*options);
  } catch (const std::exception& e) {
    std::cerr << "generate: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
