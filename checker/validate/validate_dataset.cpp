// validate: ids, vocabulary, rule references and impossible times, with grounding alongside.
#include "validate/validate_dataset.h"

#include <future>

#include "platform/scoped_timer.h"
#include "time/anchors.h"
#include "validate/similar_names.h"
#include "validate/validate.h"

namespace claimcheck {

void validate_dataset(Report& report, bool exceptions, const std::function<void()>& alongside) {
  Diagnostics rules_and_ids, anchors, claims;
  std::future<void> side;
  bool valid = false;
  {
    ScopedTimer timer(report.stats.validate_seconds);  // without waiting for `alongside`
    link_time_anchors(report.dataset, anchors);
    if (alongside) side = std::async(std::launch::async, alongside);
    validate_rules(report.rules, rules_and_ids);
    validate_ids(report.dataset, rules_and_ids);
    validate_claims_against_vocabulary(report.dataset, report.rules.vocabulary, claims);
    warn_thousands_separators(report.dataset, report.rules.vocabulary, claims);
    validate_claim_times(report.dataset, claims);
    validate_relations(report.dataset, claims);
    if (exceptions) validate_rule_exceptions(report.rules, report.dataset, claims);
    warn_similar_names(report.dataset, claims);
    valid = !report.diagnostics.has_errors() && !rules_and_ids.has_errors() && !anchors.has_errors() &&
            !claims.has_errors();
  }
  if (side.valid()) {
    try {
      side.get();
    } catch (...) {
      if (valid) throw;
    }
  }
  report.diagnostics.append(rules_and_ids);
  report.diagnostics.append(anchors);
  report.diagnostics.append(claims);
}

}  // namespace claimcheck
