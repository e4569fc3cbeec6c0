// The defaults of a run's options, stated once: CheckOptions, the command line (its values and
// --help) and the loaders' limits all start from these.
#pragma once

#include <cstddef>

namespace claimcheck::defaults {

inline constexpr int max_conflicts = 20;                               // minimal conflict sets listed per group
inline constexpr int timeout_ms = 10000;                               // each group's whole work
inline constexpr std::size_t max_group_memory = std::size_t{4} << 30;  // 4 GiB to decide one group
inline constexpr std::size_t max_file_bytes = std::size_t{64} << 20;   // 64 MiB per input file
inline constexpr int max_depth = 200;                                  // YAML nesting levels
inline constexpr std::size_t max_claims_per_file = 100000;
inline constexpr int max_repairs = 8;         // repairs listed per conflicting group
inline constexpr unsigned solver_rlimit = 0;  // Z3 resource limit per solver call: none
inline constexpr int jobs = 0;                // every core

}  // namespace claimcheck::defaults
