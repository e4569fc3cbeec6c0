// The settings text each cache is keyed by, built from one set of pieces so that they agree.
#include "cache/settings.h"

namespace claimcheck {

std::string cache_settings(const CheckOptions& options, Cached what) {
  std::string limits = "limits " + std::to_string(options.max_file_bytes) + " " + std::to_string(options.max_depth) +
                       " " + std::to_string(options.max_claims_per_file);
  std::string conflicts = "max-conflicts " + std::to_string(options.max_conflicts);
  std::string tuning = "tuning " + describe_tuning(options.tuning);
  switch (what) {
    case Cached::converted_files:
      return limits;
    case Cached::verdicts:
      // The timeout only turns a verdict into `unknown`, which is never stored. A group's key reads
      // its rule instances and accepted claims already, but a tuned rule set is never matched
      // against a verdict decided under another.
      return conflicts + " " + tuning;
    case Cached::run:
      return conflicts + " max-repairs " + std::to_string(options.max_repairs) + " rlimit " +
             std::to_string(options.solver_rlimit) + " " + limits + "\n" + tuning + "\n";
  }
  return limits;
}

}  // namespace claimcheck
