// Explanation: turns the solver's minimal conflicts into Findings with a message per rule.
#pragma once

#include <vector>

#include "claimcheck/report.h"
#include "ground/ground.h"
#include "solve/solver.h"

namespace claimcheck {

Finding explain_conflict(const Conflict& conflict, const Grounding& grounding, const Dataset& dataset,
                         const RuleSet& rules);

// Fills a rule's message template: {subject} {object} {event} {state} {values} {allowed} {rule}.
std::string fill_message(const Rule& rule, const RuleInstance& instance, const std::vector<int>& claims,
                         const Dataset& dataset);

// Moves findings a rule's `exceptions` accept from `findings` to `suppressed`, keeping order.
void separate_suppressed(std::vector<Finding>& findings, std::vector<Finding>& suppressed);

// Orders findings by their first claim's location, then rule and claim ids: deterministic output.
void sort_findings(std::vector<Finding>& findings, const Dataset& dataset);

}  // namespace claimcheck
