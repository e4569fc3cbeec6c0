// Wording: each rule kind gets a sentence shape; anything else reads as a list of who says what.
#include "explain/wording.h"

#include <algorithm>

#include "load/facts_loader.h"

namespace claimcheck {

namespace {

const Claim& claim_at(const Dataset& dataset, int index) { return dataset.claims[static_cast<std::size_t>(index)]; }

std::string quoted(const std::string& text) { return "'" + text + "'"; }

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

std::string unique_event_words(const Finding& f, const Rule& rule, const RuleInstance& instance, const Dataset& d) {
  return "The claims date " + subject_phrase(instance.subject, instance.object, rule.event) + " " + dated_list(f.claims, d) +
         ", but rule " + rule.id + " says it happens only once, so they must be the same day" +
         (f.claims.size() > 2 ? "s" : "") + ".";
}

std::string single_value_words(const Finding& f, const Rule& rule, const Dataset& d) {
  std::vector<std::string> items;
  for (int c : f.claims) {
    const Claim& claim = claim_at(d, c);
    items.push_back(quoted(claim.value.text) + " " + when(claim.time) + " according to " + who_says(claim, d));
  }
  const Claim& first = claim_at(d, f.claims.front());
  return subject_phrase(first.subject, first.object, rule.state) + " is " + join(items) +
         "; these times overlap whatever the exact days, and rule " + rule.id + " allows one value at a time.";
}

std::string after_event_words(const Finding& f, const Rule& rule, const Dataset& d) {
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
  for (const std::string& a : rule.allowed) allowed.push_back(quoted(a));
  return subject_phrase(first.subject, first.object, rule.event) + " is dated " + join(events) + ", yet its " +
         rule.state + " is " + join(states) + ", which is not entirely before it; rule " + rule.id + " allows only " +
         join(allowed, " or ") + " after " + rule.event + ".";
}

std::string says(const Claim& claim, const Dataset& d) {
  return who_says(claim, d) + " says " + what(claim) + " " + when(claim.time);
}

// contemporary: the relation claim(s), then the lifetime claims that leave no room for them.
std::string contemporary_words(const Finding& f, const Rule& rule, const Dataset& d) {
  std::vector<std::string> relations, lifetimes;
  for (int c : f.claims) {
    const Claim& claim = claim_at(d, c);
    bool is_relation = claim.name == (rule.first.event.empty() ? rule.first.state : rule.first.event);
    (is_relation ? relations : lifetimes).push_back(says(claim, d));
  }
  return join(relations, "; and ") + ", but " + join(lifetimes, "; and ") + "; rule " + rule.id +
         " allows it only while both sides exist, and these dates put it outside a lifetime.";
}

// duration `min` on a state: which of the three claims is the episode. The middle one in time
// when it can be (a selected value that differs from both others), else the first that can.
std::size_t episode_of(const std::vector<int>& claims, const Rule& rule, const Dataset& d) {
  auto can_be = [&](std::size_t i) {
    const Claim& claim = claim_at(d, claims[i]);
    bool selected = rule.first.values.empty() || std::find(rule.first.values.begin(), rule.first.values.end(),
                                                           claim.value.text) != rule.first.values.end();
    for (std::size_t j = 0; j < claims.size(); ++j)
      if (j != i && claim_at(d, claims[j]).value.text == claim.value.text) return false;
    return selected;
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
  return subject_phrase(first.subject, first.object, rule.first.state) + " is " + item(claims[episode]) +
         ", between " + join(others) + "; that leaves it less than the " + std::to_string(rule.min_days.value_or(0)) +
         " days that rule " + rule.id + " requires.";
}

const char* count_bound_name(CountBound bound) {
  switch (bound) {
    case CountBound::at_least: return "at-least";
    case CountBound::at_most: return "at-most";
    case CountBound::closed: return "closed";
  }
  return "at-least";
}

const char* count_requirement(CountBound bound) {
  switch (bound) {
    case CountBound::at_least: return "may not exceed it";
    case CountBound::at_most: return "must reach it";
    case CountBound::closed: return "must equal it";
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
    for (const std::string& v : rule.first.values) values.push_back(quoted(v));
    selector += " " + join(values, " or ");
  }
  std::size_t known = counted_subjects(instance.claims, rule, d).size();
  std::string counted = holders.empty() ? "the subjects with " + selector + " of " + instance.subject
                                        : "the claims of " + join(holders) + " with " + selector + " of " +
                                              instance.subject;
  return join(counts, "; and ") + ". Counted once per subject on each day of that span, " + counted + " " +
         count_requirement(rule.count_bound) + " (rule " + rule.id + ", set " + count_bound_name(rule.count_bound) +
         "; " + std::to_string(known) + " subject" + (known == 1 ? "" : "s") + " in all have such claims).";
}

// Any finding the shapes above do not fit: who says what, then every rule it needs.
std::string generic_words(const Finding& f, const Dataset& d) {
  std::vector<std::string> items;
  for (int c : f.claims) items.push_back(who_says(claim_at(d, c), d) + " says " + what(claim_at(d, c)) + " " + when(claim_at(d, c).time));
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
             " of A with B also as " +
             quoted(rule.kind == RuleKind::inverse ? rule.inverse : name) + " of B with A" +
             (rule.kind == RuleKind::inverse ? " (and back)." : ".");
    }
  }
  return out;
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

std::string explain_in_words(const Finding& finding, const std::vector<int>& instances, const Grounding& grounding,
                             const Dataset& dataset, const RuleSet& rules) {
  if (finding.claims.empty() || instances.empty()) return "";
  const RuleInstance& instance = grounding.instances[static_cast<std::size_t>(instances.front())];
  const Rule& rule = rules.rules[static_cast<std::size_t>(instance.rule)];
  if (finding.rules.size() != 1) return generic_words(finding, dataset) + mirror_words(instances, grounding, rules);
  bool all_events = std::all_of(finding.claims.begin(), finding.claims.end(),
                                [&](int c) { return claim_at(dataset, c).kind == ClaimKind::event; });
  bool all_states = std::none_of(finding.claims.begin(), finding.claims.end(),
                                 [&](int c) { return claim_at(dataset, c).kind == ClaimKind::event; });
  switch (rule.kind) {
    case RuleKind::unique_event:
      if (all_events) return unique_event_words(finding, rule, instance, dataset);
      break;
    case RuleKind::single_value:
      if (all_states) return single_value_words(finding, rule, dataset);
      break;
    case RuleKind::after_event:
      if (!all_events && !all_states) return after_event_words(finding, rule, dataset);
      break;
    case RuleKind::contemporary: return contemporary_words(finding, rule, dataset);
    case RuleKind::duration:
      if (all_states && rule.min_days && finding.claims.size() == 3) return episode_words(finding, rule, dataset);
      break;
    case RuleKind::count: return count_words(finding, rule, instance, dataset);
    case RuleKind::expression:
      return generic_words(finding, dataset) + " Rule " + rule.id + " asserts " + rule.expression + ".";
    default:  // rule kinds without a sentence shape of their own read as who says what
      break;
  }
  return generic_words(finding, dataset);
}

}  // namespace claimcheck
