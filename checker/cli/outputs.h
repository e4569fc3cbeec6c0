// Output files: checked before a run loads anything, written whole or not at all.
#pragma once

#include <string>
#include <vector>

namespace claimcheck {

// One file the run will write (a report's --output or --write-baseline) and the flag that named it.
struct OutputFile {
  std::string path;
  std::string flag;  // "--output", "--write-baseline"
};

// Why the run must not start: an output whose folder is missing or cannot be written into, that
// names a folder, that is one of `inputs` (facts files, rule packs, the --baseline file), or that
// is another output (compared by real path: z.out and ./z.out are one file). "" when every
// output can be written. `may_overwrite` is the one input an output may replace (the --baseline
// file, which --write-baseline updates), when it is read before anything is written.
std::string outputs_problem(const std::vector<OutputFile>& outputs, const std::vector<std::string>& inputs,
                            const std::string& may_overwrite);

// Writes `text` to a temporary file in `path`'s folder and renames it over `path`, so a full disk
// or any other write error leaves the previous file as it was. "" on success, else the reason.
std::string write_file_safely(const std::string& path, const std::string& text);

// Writes `text` to standard output and flushes it. "" on success, else the reason (a closed pipe,
// a full disk behind a redirection).
std::string write_stdout(const std::string& text);

}  // namespace claimcheck
