// Wording: each rule kind's sentence shape (explain/kinds/, picked by its table); anything else reads as who says what.
#include "explain/wording.h"

#include <algorithm>
#include <map>

#include "explain/kinds.h"
#include "model/phrases.h"

namespace claimcheck {

namespace {

// symmetric/inverse rules a finding reads claims through: one sentence saying how.
std::string mirror_words(const std::vector<int>& instances, const Grounding& grounding, const RuleSet& rules) {
  std::vector<int> seen;
  std::string out;
  for (int i : instances) {
    for (int r : mirror_rules_of(grounding, i)) {
      if (std::find(seen.begin(), seen.end(), r) != seen.end()) continue;
      seen.push_back(r);
      const Rule& rule = rules.rules[static_cast<std::size_t>(r)];
      if (MirrorReading reading = explaining_of(rule.kind).mirror_reading)
        out +=
            " Rule " + rule.id + " (" + rule.file + ":" + std::to_string(rule.range.line) + ") reads " + reading(rule);
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
  if (time.anchor) return time.anchor->description;  // no window of its own: its days follow the other claim's
  if (time.is_point) {
    const DayWindow& w = time.start_window;
    return (w.earliest == w.latest ? "on " : "in ") + format_window(w);
  }
  bool open_start = time.start_window.earliest <= kFirstDay && time.start_window.latest >= kLastDay;
  bool open_end = time.end_window.earliest <= kFirstDay && time.end_window.latest >= kLastDay;
  if (open_end) return "from " + describe_bound(time.start_window) + " on";
  if (open_start) return "until " + describe_bound(time.end_window);
  return "from " + describe_bound(time.start_window) + " until " + describe_bound(time.end_window);
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
  if (KindWording words = explaining_of(rule.kind).words) {
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
