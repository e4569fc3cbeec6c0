// timeline: the groups a run derives tightest windows for, and why one cannot be derived.
#include "explain/derived_timelines.h"

#include <algorithm>
#include <set>
#include <string>

#include "explain/timeline.h"
#include "load/entities.h"
#include "solve/timeline.h"

namespace claimcheck {

namespace {

bool is_about(const Group& group, const std::string& subject, const Dataset& dataset) {
  if (subject.empty()) return true;
  return std::any_of(group.claims.begin(), group.claims.end(), [&](int c) {
    const Claim& claim = dataset.claims[static_cast<std::size_t>(c)];
    return claim.subject == subject || claim.object == subject;
  });
}

// The subjects of the claims of every finding (suppressed ones too: they are shown).
std::set<std::string> subjects_of_findings(const Report& report) {
  std::set<std::string> out;
  for (const std::vector<Finding>* list : {&report.findings, &report.suppressed})
    for (const Finding& f : *list)
      for (int c : f.claims) out.insert(report.dataset.claims[static_cast<std::size_t>(c)].subject);
  return out;
}

// `timelines` asks for every group about the subject; `timelines_of_findings` for the groups
// some rule relates that have a claim about the subject of a finding.
// `subject`: the asked-for subject as claims hold it (normalised, an entity's id).
bool wants_timeline(const Group& group, const CheckOptions& options, const std::string& subject,
                    const std::set<std::string>& finding_subjects, const Dataset& dataset) {
  if (options.timelines && is_about(group, subject, dataset)) return true;
  if (!options.timelines_of_findings || group.instances.empty()) return false;
  return std::any_of(group.claims.begin(), group.claims.end(), [&](int c) {
    return finding_subjects.count(dataset.claims[static_cast<std::size_t>(c)].subject) > 0;
  });
}

// Why a group's timeline cannot be derived: it is undecided, or it conflicts and no repair was
// found to leave out first. Empty when it can be.
std::string why_no_timeline(const GroupVerdict& verdict, int repairs_index, const Report& report) {
  if (repairs_index == kUndecided) return "the group is undecided (" + verdict.reason + ")";
  if (repairs_index < 0) return "";
  const GroupRepairs& repairs = report.repairs[static_cast<std::size_t>(repairs_index)];
  if (!repairs.repairs.empty()) return "";
  return "the claims conflict and no repair was found to leave out first" +
         (repairs.unknown_reason.empty() ? std::string() : " (" + repairs.unknown_reason + ")");
}

}  // namespace

void derive_timelines(const Grounding& grounding, const std::vector<GroupVerdict>& verdicts,
                      const std::vector<int>& repairs_of_group, const CheckOptions& options, Report& report) {
  TimelineSolver solver(options.timeout_ms);
  std::set<std::string> finding_subjects = subjects_of_findings(report);
  std::string subject =
      options.timeline_subject.empty() ? "" : name_as_claims_hold_it(options.timeline_subject, report.dataset);
  for (std::size_t g = 0; g < grounding.groups.size(); ++g) {
    const Group& group = grounding.groups[g];
    if (!wants_timeline(group, options, subject, finding_subjects, report.dataset)) continue;
    if (std::string why = why_no_timeline(verdicts[g], repairs_of_group[g], report); !why.empty()) {
      report.timelines.push_back(timeline_not_derived(group, std::move(why)));
      continue;
    }
    std::vector<int> dropped;
    if (repairs_of_group[g] >= 0)
      dropped = report.repairs[static_cast<std::size_t>(repairs_of_group[g])].repairs.front().claims;
    TimelineSearch search = solver.derive(group, dropped, grounding, report.dataset);
    report.timelines.push_back(explain_timeline(group, dropped, search, grounding, report.dataset, report.rules));
  }
}

}  // namespace claimcheck
