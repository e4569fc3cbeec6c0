// Source manager: finds input files; hands out their text when a stage reads one.
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
  bool unreadable = false;  // found on disk, but could not be read when a stage asked for it
};

class SourceManager {
 public:
  // Adds an in-memory file (tests, stdin). Returns its index.
  int add(std::string path, std::string text);
  // Finds every .yaml/.yml file under each path (files or folders, recursively, sorted) and
  // checks it can be opened. Problems (missing path, unreadable file, folder with no YAML) go
  // to diagnostics. Texts are not kept: file() reads them when a stage needs one, so a large
  // dataset's text is never resident all at once (docs/benchmarks.md).
  std::vector<int> add_paths(const std::vector<std::string>& paths, Diagnostics& diagnostics);
  // add_paths reports a larger file as `file-too-large` without reading it into memory.
  void set_max_file_bytes(std::size_t bytes) { max_file_bytes_ = bytes; }

  // The file with its text: kept in memory for add(), read from disk for add_paths() (safe
  // from several threads; `unreadable` is set when the file can no longer be read).
  SourceFile file(int index) const;
  const std::string& path(int index) const { return files_.at(static_cast<size_t>(index)).path; }
  int size() const { return static_cast<int>(files_.size()); }
  // The text of a 1-based line, without its newline; empty when out of range. A file from disk
  // is read again for this (one file cached at a time: callers go file by file), so call it
  // from one thread and use the view before asking for another file's line.
  std::string_view line_text(const std::string& path, int line) const;

 private:
  struct Entry {
    std::string path;
    std::string text;       // in-memory files only
    std::string disk_path;  // empty for in-memory files
  };
  std::vector<Entry> files_;
  mutable int cached_file_ = -1;  // line_text's one file read back from disk
  mutable std::string cached_text_;
  std::map<std::string, int> by_path_;
  std::size_t max_file_bytes_ = SIZE_MAX;
};

// Converts a 0-based byte offset within a line into a 1-based code-point column.
int column_in_code_points(std::string_view line, int byte_offset);

}  // namespace claimcheck
