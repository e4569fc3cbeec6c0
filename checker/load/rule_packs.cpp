// The rule packs a run loads and the limits its files are read under.
#include "load/rule_packs.h"

#include "load/rule_tuning.h"
#include "load/rules_loader.h"

namespace claimcheck {

YamlLimits yaml_limits(const CheckOptions& options) {
  YamlLimits limits;
  limits.max_file_bytes = options.max_file_bytes;
  limits.max_depth = options.max_depth;
  return limits;
}

void load_rules(const SourceManager& sources, const std::vector<int>& rules, const CheckOptions& options,
                const YamlLimits& limits, Report& report) {
  for (int file : rules) load_rules_file(sources.file(file), report.rules, report.diagnostics, limits);
  apply_rule_tuning(report.rules, options.tuning, report.diagnostics);
}

}  // namespace claimcheck
