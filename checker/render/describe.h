// Shared wording for renderers: how a claim's time, source and summary read to a person.
#pragma once

#include <string>

#include "claimcheck/report.h"

namespace claimcheck {

// "2024-02-01..2024-02-29" for a point; "from 2023-05-01..2023-08-31 until 2024-09-01" for a span.
std::string describe_time(const ClaimTime& time);
// The days a claim may touch at all: [earliest start, latest end].
DayWindow overall_window(const ClaimTime& time);
// "Business Insider; said by Nikol Pashinyan; via ISW"
std::string describe_attribution(const Claim& claim, const Source& source);
// "every claim comes from Business Insider, which contradicts itself; the claims quote different
// people: A, B" (empty when there is nothing to say).
std::string describe_finding_attribution(const Finding& finding, const Report& report);
// "best repair: remove s/a and s/b (weight 1.2); unique" or "…; tied with 2 other repairs".
std::string describe_best_repair(const GroupRepairs& group, const Report& report);
// For a finding: its group's best repair, or "" when the finding has no group repairs.
std::string describe_finding_repair(const Finding& finding, const Report& report);
// For a finding: the claims of its group most likely wrong, with why ("s/a: in 2 of 2 conflicts; …"), best first.
std::vector<std::string> describe_most_likely_wrong(const Finding& finding, const Report& report);
// "s/a, s/b and s/c"
std::string describe_claims(const std::vector<int>& claims, const Report& report);
// 0.6, 1.2: a weight as a person writes it.
std::string describe_number(double x);
// "stopped after 20 conflicts in a group of 31 claims; raise --max-conflicts to see them all"
std::string describe_truncated(const TruncatedGroup& group);
// The group cut at --max-conflicts that holds this claim, or nullptr.
const TruncatedGroup* truncated_group_of(int claim, const Report& report);
// "3 findings (3 errors) in 14 claims from 1 source, checked against 3 rules"
std::string describe_summary(const Report& report);

}  // namespace claimcheck

namespace claimcheck {

// The rule with this id, or nullptr.
const Rule* find_rule(const RuleSet& rules, const std::string& id);
// One line: "announce-withdrawal happens at most once per subject and object".
std::string describe_rule_short(const Rule& rule);
// The rule in one sentence: its `description`, else worded from its fields ("'x' happens at most
// once per subject and object.").
std::string describe_rule_sentence(const Rule& rule);
// The rule in plain words, a paragraph an editor can read: its `description`, else its kind's
// paragraph, else the sentence worded from its fields.
std::string describe_rule(const Rule& rule);
// Where the rule is documented: its `help_url`, else its kind's section of docs/rules.md.
std::string rule_help_url(const Rule& rule);
// What would make a finding's claims consistent again, in plain words.
std::string describe_remedy(const Finding& finding, const RuleSet& rules);
// The constraint as it is drawn on a timeline: "these must be the same day", "these must not
// overlap", "after the dashed line ('announce-withdrawal'), 'membership' can only be …".
std::string describe_constraint(const Rule& rule);
// Whether a rule looks at a claim at all (its event or state), regardless of subject/object.
bool rule_applies_to(const Rule& rule, const Claim& claim);
// "Armenia / CSTO", or just the subject when a claim has no object.
std::string describe_pair(const Claim& claim);

}  // namespace claimcheck
