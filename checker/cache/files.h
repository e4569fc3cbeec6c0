// Cache files: whole-file reads and writes that readers never see half done.
#pragma once

#include <string>

namespace claimcheck {

// The whole file as bytes; false when it cannot be read.
bool read_whole(const std::string& path, std::string& out);

// Writes `bytes` to a temporary file next to `path` and renames it into place, so a reader (or
// another claimcheck filling the same shared cache) sees the old file or the new one, never part.
bool write_atomically(const std::string& path, const std::string& bytes);

}  // namespace claimcheck
