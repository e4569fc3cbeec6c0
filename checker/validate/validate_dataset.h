// validate: the pass over a loaded dataset that checks what no single file can tell.
#pragma once

#include <functional>

#include "claimcheck/report.h"

namespace claimcheck {

// validate: what no single file can tell: ids, vocabulary, rule references, impossible times.
// Linking time anchors is the one step that changes the dataset; every other only reads it, so
// `alongside` (e.g. grounding, which only reads it too) runs on a thread of its own from then
// on. Validation is one thread's work: at 10^6 claims a second of a core that would idle. The
// diagnostics keep their order whatever runs alongside; what `alongside` throws on a dataset
// with errors is dropped with its result (nothing is checked on bad input).
// `exceptions`: also check that each rule exception names a claim (a re-check's claims are only
// those an edit reaches; the exceptions named claims when they were last checked in full).
// Sets stats.validate_seconds: validation alone, without waiting for `alongside`.
void validate_dataset(Report& report, bool exceptions = true, const std::function<void()>& alongside = {});

}  // namespace claimcheck
