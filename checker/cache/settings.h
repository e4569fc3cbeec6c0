// What each cache keys on besides its input: the options that change what it holds, written once.
#pragma once

#include <string>

#include "claimcheck/check.h"

namespace claimcheck {

// The three things --cache keeps, each valid only under the options that decide it.
enum class Cached {
  converted_files,  // a facts file's claims: the input limits
  verdicts,         // a group's verdict: --max-conflicts and the tuning of the rules
  run,              // the run snapshot a re-check starts from: every option above, --max-repairs, --solver-rlimit
};

// The settings text a cache of `what` is keyed by. The run's holds the others' pieces, so a
// snapshot never outlives the entries and verdicts it was taken with.
std::string cache_settings(const CheckOptions& options, Cached what);

}  // namespace claimcheck
