// Cache files: whole-file reads and writes that readers never see half done.
#pragma once

#include <string>

namespace claimcheck {

// The whole file as bytes; false when it cannot be read.
bool read_whole(const std::string& path, std::string& out);

// Writes `bytes` to a temporary file next to `path` and renames it into place, so a reader (or
// another claimcheck filling the same shared cache) sees the old file or the new one, never part.
bool write_atomically(const std::string& path, const std::string& bytes);

// Whether `folder` can hold a cache: creates it when missing and writes (then removes) a probe
// file. "" when it can, else why not ("not a folder", "Permission denied", ...).
std::string cache_folder_problem(const std::string& folder);

}  // namespace claimcheck
