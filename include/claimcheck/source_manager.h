// Source manager: finds input files and keeps their text in memory, so no stage re-reads a file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/diagnostic.h"

namespace claimcheck {

struct SourceFile {
  std::string path;  // as shown to users (relative to the working folder when possible)
  std::string text;
};

class SourceManager {
 public:
  // Adds an in-memory file (tests, stdin). Returns its index.
  int add(std::string path, std::string text);
  // Reads every .yaml/.yml file under each path (files or folders, recursively, sorted).
  // Problems (missing path, unreadable file, folder with no YAML) go to diagnostics.
  std::vector<int> add_paths(const std::vector<std::string>& paths, Diagnostics& diagnostics);
  // add_paths reports a larger file as `file-too-large` without reading it into memory.
  void set_max_file_bytes(std::size_t bytes) { max_file_bytes_ = bytes; }

  const SourceFile& file(int index) const { return files_.at(static_cast<size_t>(index)); }
  int size() const { return static_cast<int>(files_.size()); }
  // The text of a 1-based line, without its newline; empty when out of range.
  std::string_view line_text(const std::string& path, int line) const;

 private:
  std::vector<SourceFile> files_;
  std::map<std::string, int> by_path_;
  std::size_t max_file_bytes_ = SIZE_MAX;
};

// Converts a 0-based byte offset within a line into a 1-based code-point column.
int column_in_code_points(std::string_view line, int byte_offset);

}  // namespace claimcheck
