// Diagnostic: severities, ordering and the collecting sink shared by every stage.
#include "claimcheck/diagnostic.h"

#include <algorithm>
#include <mutex>
#include <tuple>
#include <unordered_set>

namespace claimcheck {

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "info";
    case Severity::note:
      return "note";
  }
  return "error";
}

int rank(Severity severity) {
  return static_cast<int>(severity);
}

namespace {

// Every path a range has named, each once. Paths are few (one per file) and live for the whole
// run, so the table only grows; the mutex makes interning safe from the loading threads.
const std::string* intern(std::string_view path) {
  static std::mutex mutex;
  static std::unordered_set<std::string> paths;
  std::lock_guard<std::mutex> lock(mutex);
  return &*paths.emplace(path).first;
}

}  // namespace

// Ranges are default-constructed by the million (a claim has several): no lock for those.
FilePath::FilePath() {
  static const std::string* const no_path = intern("");
  text_ = no_path;
}

FilePath::FilePath(std::string_view path) : text_(intern(path)) {}

bool operator<(const SourceRange& a, const SourceRange& b) {
  return std::tie(a.file, a.line, a.column, a.end_line, a.end_column) <
         std::tie(b.file, b.line, b.column, b.end_line, b.end_column);
}

bool operator==(const SourceRange& a, const SourceRange& b) {
  return std::tie(a.file, a.line, a.column, a.end_line, a.end_column) ==
         std::tie(b.file, b.line, b.column, b.end_line, b.end_column);
}

Diagnostic& Diagnostics::report(Severity severity, std::string code, std::string message, SourceRange range) {
  if (severity == Severity::error) ++error_count_;
  items_.push_back(Diagnostic{severity, std::move(code), std::move(message), std::move(range), {}});
  return items_.back();
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.range, a.code, a.message) < std::tie(b.range, b.code, b.message);
  });
  return out;
}

void Diagnostics::append(const Diagnostics& other) {
  for (const Diagnostic& d : other.items_) {
    if (d.severity == Severity::error) ++error_count_;
    items_.push_back(d);
  }
}

}  // namespace claimcheck
