// Wording: each rule kind gets a sentence shape (a table at the end); anything else reads as who says what.
#include "explain/wording.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <utility>

#include "ground/kinds/kinds.h"
#include "model/value.h"

namespace claimcheck {

namespace {

// claim_at and selects come from the grounders' building blocks (ground/kinds/kinds.h).

std::string quoted(const std::string& text) {
  return "'" + text + "'";
}

// "a, b and c"
std::string join(const std::vector<std::string>& items, const std::string& last = " and ") {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : i + 1 == items.size() ? last : ", ") + items[i];
  return out;
}

std::string bound(const DayWindow& w) {
  if (w.earliest <= kFirstDay && w.latest >= kLastDay) return "an unknown day";
  return format_window(w);
}

std::string subject_phrase(const std::string& subject, const std::string& object, const std::string& name) {
  return subject + "'s " + name + (object.empty() ? "" : " (" + object + ")");
}

// "in 2024-02-01..2024-02-29 (by X)" per claim, or one shared "(all by X)" when the sources agree.
std::string dated_list(const std::vector<int>& claims, const Dataset& dataset) {
  std::vector<std::string> windows, sources;
  for (int c : claims) {
    windows.push_back(when(claim_at(dataset, c).time));
    sources.push_back(who_says(claim_at(dataset, c), dataset));
  }
  bool one_voice = std::all_of(sources.begin(), sources.end(), [&](const std::string& s) { return s == sources[0]; });
  if (one_voice) return join(windows) + ", " + (claims.size() == 2 ? "both" : "all") + " according to " + sources[0];
  std::vector<std::string> items;
  for (std::size_t i = 0; i < claims.size(); ++i) items.push_back(windows[i] + " according to " + sources[i]);
  return join(items);
}

// What every kind's sentence is made from: the finding, its primary rule and rule instance.
struct KindInput {
  const Finding& finding;
  const Rule& rule;
  const RuleInstance& instance;
  const Dataset& dataset;
};

bool all_of_kind(const Finding& f, const Dataset& d, ClaimKind kind) {
  return std::all_of(f.claims.begin(), f.claims.end(), [&](int c) { return claim_at(d, c).kind == kind; });
}

std::string unique_event_words(const KindInput& in) {
  const Finding& f = in.finding;
  const Rule& rule = in.rule;
  const RuleInstance& instance = in.instance;
  const Dataset& d = in.dataset;
  if (!all_of_kind(f, d, ClaimKind::event)) return "";
  return "The claims date " + subject_phrase(instance.subject, instance.object, rule.event) + " " +
         dated_list(f.claims, d) + ", but rule " + rule.id +
         " says it happens only once, so they must be the same day" + (f.claims.size() > 2 ? "s" : "") + ".";
}

std::string single_value_words(const KindInput& in) {
  const Finding& f = in.finding;
  const Rule& rule = in.rule;
  const Dataset& d = in.dataset;
  if (!all_of_kind(f, d, ClaimKind::state)) return "";
  std::vector<std::string> items;
  for (int c : f.claims) {
    const Claim& claim = claim_at(d, c);
    items.push_back(quoted(claim.value.text) + " " + when(claim.time) + " according to " + who_says(claim, d));
  }
  const Claim& first = claim_at(d, f.claims.front());
  return subject_phrase(first.subject, first.object, rule.state) + " is " + join(items) +
         "; these times overlap whatever the exact days, and rule " + rule.id + " allows one value at a time.";
}

std::string after_event_words(const KindInput& in) {
  const Finding& f = in.finding;
  const Rule& rule = in.rule;
  const Dataset& d = in.dataset;
  if (all_of_kind(f, d, ClaimKind::event) || all_of_kind(f, d, ClaimKind::state)) return "";
  std::vector<std::string> events, states;
  for (int c : f.claims) {
    const Claim& claim = claim_at(d, c);
    std::string item = when(claim.time) + " according to " + who_says(claim, d);
    if (claim.kind == ClaimKind::event)
      events.push_back(item);
    else
      states.push_back(quoted(claim.value.text) + " " + item);
  }
  const Claim& first = claim_at(d, f.claims.front());
  std::vector<std::string> allowed;
  for (const Value& a : rule.allowed) allowed.push_back(quoted(a.text));
  return subject_phrase(first.subject, first.object, rule.event) + " is dated " + join(events) + ", yet its " +
         rule.state + " is " + join(states) + ", which is not entirely before it; rule " + rule.id + " allows only " +
         join(allowed, " or ") + " after " + rule.event + ".";
}

std::string says(const Claim& claim, const Dataset& d) {
  return who_says(claim, d) + " says " + what(claim) + " " + when(claim.time);
}

bool dates_a_lifetime(const Rule& rule, const Claim& claim) {
  return (!rule.begins.empty() && selects(rule.begins, claim)) || (!rule.ends.empty() && selects(rule.ends, claim));
}

// `lifetime` begins or ends the lifetime of an entity of `relation`, and their windows alone put
// the relation before that beginning or after that end.
bool surely_outside(const Rule& rule, const Claim& relation, const Claim& lifetime) {
  if (lifetime.subject != relation.subject && lifetime.subject != relation.object) return false;
  bool before_beginning = !rule.begins.empty() && selects(rule.begins, lifetime) &&
                          lifetime.time.start_window.earliest > relation.time.start_window.latest;
  // An ending state ends the lifetime on its first day (ground/kinds/contemporary.cpp).
  const DayWindow& last_day = lifetime.kind == ClaimKind::state ? lifetime.time.start_window : lifetime.time.end_window;
  bool after_end =
      !rule.ends.empty() && selects(rule.ends, lifetime) && relation.time.end_window.earliest > last_day.latest;
  return before_beginning || after_end;
}

// A claim of the relation's name that also begins or ends a lifetime (`ends: {state: membership,
// value: ['dissolved']}`) plays the lifetime's part when its dates alone exclude another relation
// claim of the finding, or when another relation claim that dates no lifetime relates its subject.
bool bounds_a_relation(const Finding& f, const Rule& rule, const Dataset& d, int lifetime) {
  const Claim& claim = claim_at(d, lifetime);
  if (!dates_a_lifetime(rule, claim)) return false;
  const std::string& relation = rule.first.event.empty() ? rule.first.state : rule.first.event;
  auto excluded = [&](int c) {
    const Claim& other = claim_at(d, c);
    return c != lifetime && other.name == relation && surely_outside(rule, other, claim);
  };
  auto bounded = [&](int c) {
    const Claim& other = claim_at(d, c);
    return c != lifetime && other.name == relation && !dates_a_lifetime(rule, other) &&
           (other.subject == claim.subject || other.object == claim.subject);
  };
  return std::any_of(f.claims.begin(), f.claims.end(), excluded) ||
         std::any_of(f.claims.begin(), f.claims.end(), bounded);
}

// contemporary: the relation claim(s), then the lifetime claims that leave no room for them.
// When the claims cannot be told apart so (all of them relations that also date lifetimes, or
// relations under a mirrored name), they are listed together.
std::string contemporary_words(const Finding& f, const Rule& rule, const Dataset& d) {
  const std::string& relation = rule.first.event.empty() ? rule.first.state : rule.first.event;
  std::vector<std::string> relations, lifetimes, all;
  for (int c : f.claims) {
    const Claim& claim = claim_at(d, c);
    bool is_relation = claim.name == relation && !bounds_a_relation(f, rule, d, c);
    (is_relation ? relations : lifetimes).push_back(says(claim, d));
    all.push_back(says(claim, d));
  }
  std::string outside = " only while both sides exist, and these dates put it outside a lifetime.";
  if (relations.empty() || lifetimes.empty())
    return join(all, "; and ") + "; rule " + rule.id + " allows " + relation + outside;
  return join(relations, "; and ") + ", but " + join(lifetimes, "; and ") + "; rule " + rule.id + " allows it" +
         outside;
}

// duration `min` on a state: which of the three claims is the episode. The middle one in time
// when it can be (a selected value that differs from both others), else the first that can.
std::size_t episode_of(const std::vector<int>& claims, const Rule& rule, const Dataset& d) {
  auto can_be = [&](std::size_t i) {
    const Claim& claim = claim_at(d, claims[i]);
    // As grounding reads it (ground/kinds/duration.cpp): a selected value surely other than both.
    for (std::size_t j = 0; j < claims.size(); ++j)
      if (j != i && compare_values(claim_at(d, claims[j]).value, claim.value) != Sameness::different) return false;
    return selects(rule.first, claim);
  };
  if (can_be(1)) return 1;
  return can_be(0) ? 0 : 2;
}

// duration `min` on a state: one episode, and the other values that shut it in too tightly.
std::string episode_words(const Finding& f, const Rule& rule, const Dataset& d) {
  std::vector<int> claims = f.claims;
  std::sort(claims.begin(), claims.end(), [&](int a, int b) {
    return claim_at(d, a).time.start_window.earliest < claim_at(d, b).time.start_window.earliest;
  });
  std::size_t episode = episode_of(claims, rule, d);
  std::vector<std::string> others;
  auto item = [&](int c) {
    const Claim& claim = claim_at(d, c);
    return quoted(claim.value.text) + " " + when(claim.time) + " according to " + who_says(claim, d);
  };
  for (std::size_t i = 0; i < claims.size(); ++i)
    if (i != episode) others.push_back(item(claims[i]));
  const Claim& first = claim_at(d, f.claims.front());
  return subject_phrase(first.subject, first.object, rule.first.state) + " is " + item(claims[episode]) + ", between " +
         join(others) + "; that leaves it less than the " + std::to_string(rule.min_days.value_or(0)) +
         " days that rule " + rule.id + " requires.";
}

const char* count_bound_name(CountBound bound) {
  switch (bound) {
    case CountBound::at_least:
      return "at-least";
    case CountBound::at_most:
      return "at-most";
    case CountBound::closed:
      return "closed";
  }
  return "at-least";
}

const char* count_requirement(CountBound bound) {
  switch (bound) {
    case CountBound::at_least:
      return "may not exceed it";
    case CountBound::at_most:
      return "must reach it";
    case CountBound::closed:
      return "must equal it";
  }
  return "must equal it";
}

// The distinct subjects among `claims` other than the count claims.
std::vector<std::string> counted_subjects(const std::vector<int>& claims, const Rule& rule, const Dataset& d) {
  std::vector<std::string> out;
  for (int c : claims) {
    const Claim& claim = claim_at(d, c);
    if (claim.name != rule.state && std::find(out.begin(), out.end(), claim.subject) == out.end())
      out.push_back(claim.subject);
  }
  return out;
}

std::string contemporary_kind_words(const KindInput& in) {
  return contemporary_words(in.finding, in.rule, in.dataset);
}

// --- the two-sided kinds: a statement per claim, then what the rule says ---

// "Cai Moreno's born is dated in 1990-01-01..1990-12-31 according to City Almanac" or
// "Hesperia's membership (CSTO) is 'frozen' from … until … according to Bloc Monitor".
std::string statement(const Claim& claim, const Dataset& d) {
  return what(claim) + (claim.kind == ClaimKind::event ? " is dated " : " ") + when(claim.time) + " according to " +
         who_says(claim, d);
}

std::string statements(const std::vector<int>& claims, const Dataset& d) {
  std::vector<std::string> items;
  for (int c : claims) items.push_back(statement(claim_at(d, c), d));
  return join(items);
}

// "born", "membership 'member' (with NATO)": a rule side as a sentence names it.
std::string side_words(const ClaimSelector& selector) {
  std::vector<std::string> values;
  for (const Value& v : selector.values) values.push_back(quoted(v.text));
  std::string text = selector.event.empty() ? selector.state : selector.event;
  if (!values.empty()) text += " " + join(values, " or ");
  if (!selector.object.empty()) text += " (with " + selector.object + ")";
  return text;
}

// "45750 days (about 125 years)": rule bounds are stored in days; long ones also read in years.
std::string days_words(std::int64_t days) {
  std::string text = std::to_string(days) + (days == 1 ? " day" : " days");
  if (days < 365) return text;
  long years = std::lround(static_cast<double>(days) / 365.25);
  return text + " (about " + std::to_string(years) + (years == 1 ? " year)" : " years)");
}

// The claims of the finding on one side of a two-sided rule.
std::vector<int> on_side(const Finding& f, const ClaimSelector& selector, const Dataset& d) {
  std::vector<int> out;
  for (int c : f.claims)
    if (selects(selector, claim_at(d, c))) out.push_back(c);
  return out;
}

// Every claim of the finding is on one of the two sides, and both sides have one.
bool two_sided(const Finding& f, const std::vector<int>& a, const std::vector<int>& b) {
  return !a.empty() && !b.empty() && a.size() + b.size() == f.claims.size();
}

std::string precedes_words(const KindInput& in) {
  const Rule& rule = in.rule;
  std::vector<int> firsts = on_side(in.finding, rule.first, in.dataset);
  std::vector<int> thens = on_side(in.finding, rule.second, in.dataset);
  if (!two_sided(in.finding, firsts, thens)) return "";
  std::string gap;
  if (rule.min_days && *rule.min_days > 0) gap += " at least " + days_words(*rule.min_days);
  if (rule.max_days) gap += (gap.empty() ? " at most " : " and at most ") + days_words(*rule.max_days);
  if (!gap.empty()) gap = "," + gap + " apart";
  return statements(firsts, in.dataset) + ", and " + statements(thens, in.dataset) + ", but rule " + rule.id +
         " says " + side_words(rule.first) + " comes before " + side_words(rule.second) + gap + ".";
}

std::string duration_words(const KindInput& in) {
  const Rule& rule = in.rule;
  if (all_of_kind(in.finding, in.dataset, ClaimKind::state) && rule.min_days && in.finding.claims.size() == 3)
    return episode_words(in.finding, rule, in.dataset);
  if (in.finding.claims.size() != 1) return "";
  const Claim& claim = claim_at(in.dataset, in.finding.claims.front());
  const ClaimTime& t = claim.time;
  // last day − first day, as the claim's windows and length allow it.
  std::int64_t shortest = std::max<std::int64_t>(t.length.min, t.end_window.earliest - t.start_window.latest);
  std::int64_t longest = std::min<std::int64_t>(t.length.max, t.end_window.latest - t.start_window.earliest);
  std::string span;
  if (rule.max_days && shortest > *rule.max_days)
    span = "at least " + days_words(shortest) + " from its first to its last day, but rule " + rule.id +
           " allows at most " + days_words(*rule.max_days);
  else if (rule.min_days && longest < *rule.min_days)
    span = "at most " + days_words(std::max<std::int64_t>(0, longest)) + " from its first to its last day, but rule " +
           rule.id + " needs at least " + days_words(*rule.min_days);
  else
    return "";
  return statement(claim, in.dataset) + ": " + span + ".";
}

std::string conflicts_with_words(const KindInput& in) {
  const Rule& rule = in.rule;
  std::vector<int> these = on_side(in.finding, rule.first, in.dataset);
  std::vector<int> others = on_side(in.finding, rule.second, in.dataset);
  if (!two_sided(in.finding, these, others)) return "";
  std::string both = side_words(rule.first) + " and " + side_words(rule.second);
  if (rule.ever)
    return statements(these, in.dataset) + ", and " + statements(others, in.dataset) + ", but rule " + rule.id +
           " says " + both + " are never both true.";
  return statements(these, in.dataset) + ", and " + statements(others, in.dataset) +
         "; these must share a day, but rule " + rule.id + " says " + both + " never hold at the same time.";
}

std::string requires_words(const KindInput& in) {
  const Rule& rule = in.rule;
  std::vector<int> needing = on_side(in.finding, rule.first, in.dataset);
  ClaimSelector any_value = rule.second;
  any_value.values.clear();
  std::vector<int> breaking = on_side(in.finding, any_value, in.dataset);
  if (!two_sided(in.finding, needing, breaking)) return "";
  return statements(needing, in.dataset) + ", while " + statements(breaking, in.dataset) +
         "; these must share a day, but rule " + rule.id + " says " + side_words(rule.first) + " needs " +
         side_words(rule.second) + ".";
}

// lifecycle: whether `to` can follow `from` along the transitions, and through which `via` events.
struct Path {
  bool direct = false;           // without any `via` step
  std::vector<std::string> via;  // the events of the `via` steps a path needs otherwise
};

// Values compare as grounding compares them (load/value.h): a claim of 1.0 is at a step `1 -> 2`.
Path path_between(const Rule& rule, const Value& from, const Value& to) {
  Path out;
  for (bool allow_via : {false, true}) {
    std::vector<Value> reached{from};
    std::vector<std::string> via;
    for (std::size_t k = 0; k < reached.size(); ++k)
      for (const Transition& t : rule.transitions) {
        if (compare_values(t.from, reached[k]) != Sameness::same || (!allow_via && !t.via.empty())) continue;
        if (!t.via.empty() && std::find(via.begin(), via.end(), t.via) == via.end()) via.push_back(t.via);
        if (!surely_listed(reached, t.to)) reached.push_back(t.to);
      }
    if (!surely_listed(reached, to)) continue;
    if (!allow_via)
      out.direct = true;
    else
      out.via = via;
    return out;
  }
  return out;
}

std::string count_words(const Finding& f, const Rule& rule, const RuleInstance& instance, const Dataset& d) {
  std::vector<std::string> counts, holders;
  for (int c : f.claims) {
    const Claim& claim = claim_at(d, c);
    if (claim.name == rule.state)
      counts.push_back(who_says(claim, d) + " says " + what(claim) + " " + when(claim.time));
    else
      holders.push_back(claim.subject + " (" + quoted(claim.value.text) + " " + when(claim.time) + ")");
  }
  std::string selector = rule.first.state;
  if (!rule.first.values.empty()) {
    std::vector<std::string> values;
    for (const Value& v : rule.first.values) values.push_back(quoted(v.text));
    selector += " " + join(values, " or ");
  }
  std::size_t known = counted_subjects(instance.claims, rule, d).size();
  std::string counted = holders.empty()
                            ? "the subjects with " + selector + " of " + instance.subject
                            : "the claims of " + join(holders) + " with " + selector + " of " + instance.subject;
  return join(counts, "; and ") + ". Counted once per subject on each day of that span, " + counted + " " +
         count_requirement(rule.count_bound) + " (rule " + rule.id + ", set " + count_bound_name(rule.count_bound) +
         "; " + std::to_string(known) + " subject" + (known == 1 ? "" : "s") + " in all have such claims).";
}

std::string lifecycle_words(const KindInput& in) {
  const Rule& rule = in.rule;
  std::vector<int> states = in.finding.claims;
  if (states.size() != 2 || std::any_of(states.begin(), states.end(),
                                        [&](int c) { return claim_at(in.dataset, c).kind != ClaimKind::state; }))
    return "";
  std::sort(states.begin(), states.end(), [&](int a, int b) {
    return claim_at(in.dataset, a).time.start_window.earliest < claim_at(in.dataset, b).time.start_window.earliest;
  });
  const Value& from_value = claim_at(in.dataset, states[0]).value;
  const Value& to_value = claim_at(in.dataset, states[1]).value;
  Path forward = path_between(rule, from_value, to_value);
  const std::string& from = from_value.text;
  const std::string& to = to_value.text;
  std::string says = statements(states, in.dataset) + ", but rule " + rule.id;
  if (forward.direct)
    return says + " lets " + quoted(to) + " follow " + quoted(from) +
           " only where their dates allow, and these do not.";
  if (!forward.via.empty()) {
    std::vector<std::string> events;
    for (const std::string& v : forward.via) events.push_back(v);
    return says + " lets " + quoted(to) + " follow " + quoted(from) + " only through " + join(events, " or ") +
           ", and no such claim lies between them.";
  }
  return says + " has no way from " + quoted(from) + " to " + quoted(to) + ".";
}

// Allen relations as a sentence reads them: "A comes before B".
std::string relation_words(const std::string& relation) {
  static const std::pair<const char*, const char*> kWords[] = {{"before", "comes before"},
                                                               {"after", "comes after"},
                                                               {"meets", "ends just before"},
                                                               {"met-by", "starts just after"},
                                                               {"overlaps", "overlaps the start of"},
                                                               {"overlapped-by", "overlaps the end of"},
                                                               {"starts", "starts with and ends before"},
                                                               {"started-by", "starts with and ends after"},
                                                               {"during", "lies within"},
                                                               {"contains", "contains"},
                                                               {"finishes", "ends with and starts after"},
                                                               {"finished-by", "ends with and starts before"},
                                                               {"equals", "is the same span as"}};
  for (const auto& [name, words] : kWords)
    if (relation == name) return words;
  return relation;
}

std::string allen_words(const KindInput& in) {
  const Dataset& d = in.dataset;
  std::vector<std::string> relations;
  std::vector<int> mentioned;
  for (int c : in.finding.claims) {
    const Claim& claim = claim_at(d, c);
    if (!claim.relation) continue;
    auto other = std::find_if(in.finding.claims.begin(), in.finding.claims.end(),
                              [&](int o) { return claim_at(d, o).full_id == claim.relation->other; });
    if (other == in.finding.claims.end()) continue;
    const Claim& target = claim_at(d, *other);
    relations.push_back(who_says(claim, d) + " says " + what(claim) + " (" + when(claim.time) + ") " +
                        relation_words(claim.relation->name) + " " + what(target) + " (" + when(target.time) +
                        ", according to " + who_says(target, d) + ")");
    mentioned.push_back(c);
    mentioned.push_back(*other);
  }
  // Every claim's date must appear, or the sentence would hide part of the conflict.
  for (int c : in.finding.claims)
    if (std::find(mentioned.begin(), mentioned.end(), c) == mentioned.end()) return "";
  return join(relations, "; and ") + "; rule " + in.rule.id + " cannot make these relations hold with these dates.";
}

// Any finding the shapes above do not fit: who says what, then every rule it needs.
std::string generic_words(const Finding& f, const Dataset& d) {
  std::vector<std::string> items;
  for (int c : f.claims)
    items.push_back(who_says(claim_at(d, c), d) + " says " + what(claim_at(d, c)) + " " + when(claim_at(d, c).time));
  std::vector<std::string> rules;
  for (const std::string& r : f.rules) rules.push_back(r);
  return join(items, "; and ") + "; rule" + (rules.size() == 1 ? " " : "s ") + join(rules) +
         (rules.size() == 1 ? " does" : " together do") + " not allow all of this.";
}

// symmetric/inverse rules a finding reads claims through: one sentence saying how.
std::string mirror_words(const std::vector<int>& instances, const Grounding& grounding, const RuleSet& rules) {
  std::vector<int> seen;
  std::string out;
  for (int i : instances) {
    for (int r : mirror_rules_of(grounding, i)) {
      if (std::find(seen.begin(), seen.end(), r) != seen.end()) continue;
      seen.push_back(r);
      const Rule& rule = rules.rules[static_cast<std::size_t>(r)];
      const std::string& name = rule.first.event.empty() ? rule.first.state : rule.first.event;
      out += " Rule " + rule.id + " (" + rule.file + ":" + std::to_string(rule.range.line) + ") reads " + quoted(name) +
             " of A with B also as " + quoted(rule.kind == RuleKind::inverse ? rule.inverse : name) + " of B with A" +
             (rule.kind == RuleKind::inverse ? " (and back)." : ".");
    }
  }
  return out;
}

std::string count_kind_words(const KindInput& in) {
  return count_words(in.finding, in.rule, in.instance, in.dataset);
}

std::string expression_words(const KindInput& in) {
  return generic_words(in.finding, in.dataset) + " Rule " + in.rule.id + " asserts " + in.rule.expression + ".";
}

// One sentence shape per rule kind; a kind without a row (or a finding its shape does not fit,
// when the function returns "") reads as who says what. A new kind adds a function and a row.
using KindWording = std::string (*)(const KindInput&);

const std::pair<RuleKind, KindWording> kKindWordings[] = {
    {RuleKind::unique_event, unique_event_words},
    {RuleKind::single_value, single_value_words},
    {RuleKind::after_event, after_event_words},
    {RuleKind::precedes, precedes_words},
    {RuleKind::duration, duration_words},
    {RuleKind::conflicts_with, conflicts_with_words},
    {RuleKind::requires_value, requires_words},
    {RuleKind::lifecycle, lifecycle_words},
    {RuleKind::allen, allen_words},
    {RuleKind::contemporary, contemporary_kind_words},
    {RuleKind::count, count_kind_words},
    {RuleKind::expression, expression_words},
};

KindWording wording_of(RuleKind kind) {
  for (const auto& [k, words] : kKindWordings)
    if (k == kind) return words;
  return nullptr;
}

}  // namespace

std::string who_says(const Claim& claim, const Dataset& dataset) {
  const Source& source = dataset.sources[static_cast<std::size_t>(claim.source)];
  std::string outlet = source.publisher.empty() ? source.id : source.publisher;
  std::string speaker = claim.said_by;
  if (!claim.via.empty()) speaker += (speaker.empty() ? "" : " via ") + claim.via;
  return speaker.empty() ? outlet : speaker + " in " + outlet;
}

std::string when(const ClaimTime& time) {
  if (time.anchor) return time.anchor->description;  // no window of its own: its days follow the other claim's
  if (time.is_point) {
    const DayWindow& w = time.start_window;
    return (w.earliest == w.latest ? "on " : "in ") + format_window(w);
  }
  bool open_start = time.start_window.earliest <= kFirstDay && time.start_window.latest >= kLastDay;
  bool open_end = time.end_window.earliest <= kFirstDay && time.end_window.latest >= kLastDay;
  if (open_end) return "from " + bound(time.start_window) + " on";
  if (open_start) return "until " + bound(time.end_window);
  return "from " + bound(time.start_window) + " until " + bound(time.end_window);
}

std::string what(const Claim& claim) {
  std::string out = subject_phrase(claim.subject, claim.object, claim.name);
  if (claim.kind == ClaimKind::state) out += " is " + quoted(claim.value.text);
  return out;
}

namespace {

// The windows above are each claim's hull over the source's possible publication days; when two
// or more relative claims of one source are in the finding, the conflict may rest on their
// sharing one publication day, which the hulls alone do not show.
std::string publication_words(const Finding& finding, const Dataset& dataset) {
  std::map<int, int> relative_claims_of_source;
  for (int c : finding.claims)
    if (const Claim& claim = claim_at(dataset, c); !claim.time.by_publication.empty())
      ++relative_claims_of_source[claim.source];
  std::string out;
  for (const auto& [source, count] : relative_claims_of_source) {
    if (count < 2) continue;
    const Source& s = dataset.sources[static_cast<std::size_t>(source)];
    // Appended piece by piece: GCC 12 at -O2 warns falsely (-Wrestrict) on `" " + std::to_string(...)`.
    out += ' ';
    out += std::to_string(count);
    out += " of these claims are dated relative to ";
    out += s.publisher.empty() ? s.id : s.publisher;
    out += "'s publication (" + s.published_text + "), so they are read against one and the same publication day.";
  }
  return out;
}

std::string kind_or_generic_words(const Finding& finding, const std::vector<int>& instances, const Grounding& grounding,
                                  const Dataset& dataset, const RuleSet& rules) {
  const RuleInstance& instance = grounding.instances[static_cast<std::size_t>(instances.front())];
  const Rule& rule = rules.rules[static_cast<std::size_t>(instance.rule)];
  if (finding.rules.size() != 1) return generic_words(finding, dataset) + mirror_words(instances, grounding, rules);
  // Each kind's sentence is about one subject (and object); a conflict across several keys of
  // one rule (linked through a shared publication day) is told claim by claim instead.
  for (int i : instances) {
    const RuleInstance& other = grounding.instances[static_cast<std::size_t>(i)];
    if (other.subject != instance.subject || other.object != instance.object) return generic_words(finding, dataset);
  }
  // A claim the rule does not read (the claim another one is dated from: "after the conference")
  // fits no kind's sentence: the finding is told claim by claim.
  for (int c : finding.claims) {
    bool read = std::any_of(instances.begin(), instances.end(), [&](int i) {
      const std::vector<int>& claims = grounding.instances[static_cast<std::size_t>(i)].claims;
      return std::find(claims.begin(), claims.end(), c) != claims.end();
    });
    if (!read) return generic_words(finding, dataset);
  }
  if (KindWording words = wording_of(rule.kind)) {
    std::string sentence = words(KindInput{finding, rule, instance, dataset});
    if (!sentence.empty()) return sentence;
  }
  return generic_words(finding, dataset);
}

}  // namespace

std::string explain_in_words(const Finding& finding, const std::vector<int>& instances, const Grounding& grounding,
                             const Dataset& dataset, const RuleSet& rules) {
  if (finding.claims.empty() || instances.empty()) return "";
  return kind_or_generic_words(finding, instances, grounding, dataset, rules) + publication_words(finding, dataset);
}

}  // namespace claimcheck
