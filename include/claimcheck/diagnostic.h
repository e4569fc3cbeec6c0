// Diagnostic: the one type every stage uses to report a problem or a finding's location.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

enum class Severity { error, warning, info, note };

const char* to_string(Severity severity);
// Lower rank is worse: error < warning < info < note.
int rank(Severity severity);

// A file's path as ranges carry it. Each distinct path is stored once for the whole process, so
// the millions of ranges of a large dataset copy a pointer, not a string (docs/benchmarks.md).
class FilePath {
 public:
  FilePath();
  FilePath(std::string_view path);  // implicit: ranges are written as {path, line, column, ...}
  FilePath(const std::string& path) : FilePath(std::string_view(path)) {}
  FilePath(const char* path) : FilePath(std::string_view(path)) {}

  const std::string& str() const { return *text_; }
  operator const std::string&() const { return *text_; }
  bool empty() const { return text_->empty(); }

  // One stored copy per path: equal paths are the same pointer.
  friend bool operator==(const FilePath& a, const FilePath& b) { return a.text_ == b.text_; }
  friend bool operator<(const FilePath& a, const FilePath& b) { return *a.text_ < *b.text_; }

 private:
  const std::string* text_;
};

// A span in a file. Lines and columns are 1-based; columns count Unicode code points.
// line == 0 means "the whole file" (e.g. an unreadable file).
struct SourceRange {
  FilePath file;
  int line = 0;
  int column = 0;
  int end_line = 0;
  int end_column = 0;
};

bool operator<(const SourceRange& a, const SourceRange& b);
bool operator==(const SourceRange& a, const SourceRange& b);

struct DiagnosticNote {
  SourceRange range;
  std::string message;
};

struct Diagnostic {
  Severity severity = Severity::error;
  std::string code;  // stable, e.g. "yaml-syntax", "unknown-field"
  std::string message;
  SourceRange range;
  std::vector<DiagnosticNote> notes;
};

// Collects diagnostics from every stage; the driver checks has_errors() between stages.
class Diagnostics {
 public:
  Diagnostic& report(Severity severity, std::string code, std::string message, SourceRange range);
  Diagnostic& error(std::string code, std::string message, SourceRange range) {
    return report(Severity::error, std::move(code), std::move(message), std::move(range));
  }
  Diagnostic& warning(std::string code, std::string message, SourceRange range) {
    return report(Severity::warning, std::move(code), std::move(message), std::move(range));
  }
  bool has_errors() const { return error_count_ > 0; }
  int error_count() const { return error_count_; }
  const std::vector<Diagnostic>& all() const { return items_; }
  // Sorted by file, line, column, then code: output never depends on discovery order.
  std::vector<Diagnostic> sorted() const;
  void append(const Diagnostics& other);

 private:
  std::vector<Diagnostic> items_;
  int error_count_ = 0;
};

}  // namespace claimcheck
