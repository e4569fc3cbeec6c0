// Output files: checked before a run loads anything, written whole (temporary file, then rename).
#include "cli/outputs.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

// The path with every symlink and `.`/`..` resolved, as far as it exists: two spellings of one
// file compare equal.
fs::path real_path(const std::string& path) {
  std::error_code ec;
  fs::path real = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? fs::path(path).lexically_normal() : real;
}

// Also catches a hard link to the same file, which real paths cannot.
bool same_file(const std::string& a, const std::string& b) {
  if (real_path(a) == real_path(b)) return true;
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

// Devices and pipes (/dev/null, /dev/stdout, a named pipe) are written in place: nothing to
// replace, and a temporary file next to them would land in /dev.
bool written_in_place(const fs::path& real) {
  std::error_code ec;
  fs::file_status status = fs::status(real, ec);
  return !ec && fs::exists(status) && !fs::is_regular_file(status) && !fs::is_directory(status);
}

std::string folder_problem(const std::string& path) {
  fs::path real = real_path(path);
  std::error_code ec;
  if (fs::is_directory(real, ec)) return "it is a folder";
  if (written_in_place(real)) return "";
  fs::path folder = real.parent_path();
  if (!fs::exists(folder, ec)) return "its folder " + fs::path(path).parent_path().string() + " does not exist";
  if (!fs::is_directory(folder, ec)) return fs::path(path).parent_path().string() + " is not a folder";
  if (::access(folder.c_str(), W_OK | X_OK) != 0)
    return "its folder cannot be written into (" + std::string(std::strerror(errno)) + ")";
  return "";
}

std::string errno_text(int error) {
  return error ? std::strerror(error) : "write failed";
}

// Writes and closes `file`; the reason it failed, or "".
std::string write_and_close(std::FILE* file, const std::string& text, bool sync) {
  errno = 0;
  bool ok = std::fwrite(text.data(), 1, text.size(), file) == text.size() && std::fflush(file) == 0;
  int error = ok ? 0 : errno;
  if (ok && sync && ::fsync(::fileno(file)) != 0 && errno != EINVAL) error = errno, ok = false;
  if (std::fclose(file) != 0 && ok) error = errno, ok = false;
  return ok ? "" : errno_text(error);
}

}  // namespace

std::string outputs_problem(const std::vector<OutputFile>& outputs, const std::vector<std::string>& inputs,
                            const std::string& may_overwrite) {
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const OutputFile& out = outputs[i];
    for (const std::string& input : inputs) {
      if (out.flag == "--write-baseline" && input == may_overwrite) continue;
      if (same_file(out.path, input)) return "refusing to overwrite input file " + out.path;
    }
    for (std::size_t j = 0; j < i; ++j)
      if (same_file(out.path, outputs[j].path))
        return outputs[j].flag + " " + outputs[j].path + " and " + out.flag + " " + out.path + " name the same file";
    if (std::string problem = folder_problem(out.path); !problem.empty())
      return "cannot write " + out.path + ": " + problem;
  }
  return "";
}

std::string write_file_safely(const std::string& path, const std::string& text) {
  fs::path real = real_path(path);  // a symlink keeps pointing at the new report
  if (written_in_place(real)) {
    std::FILE* file = std::fopen(real.c_str(), "wb");
    if (!file) return errno_text(errno);
    return write_and_close(file, text, false);
  }
  fs::path temporary =
      real.parent_path() / ('.' + real.filename().string() + ".claimcheck-" + std::to_string(::getpid()));
  std::error_code ec;
  fs::remove(temporary, ec);  // left by a killed run whose process id this one has now
  std::FILE* file = std::fopen(temporary.c_str(), "wbx");
  if (!file) return errno_text(errno);
  std::string problem = write_and_close(file, text, true);
  if (problem.empty()) {
    // The report keeps the permissions of the file it replaces.
    if (fs::exists(real, ec)) fs::permissions(temporary, fs::status(real, ec).permissions(), ec);
    fs::rename(temporary, real, ec);
    if (ec) problem = ec.message();
  }
  if (!problem.empty()) fs::remove(temporary, ec);
  return problem;
}

std::string write_stdout(const std::string& text) {
  errno = 0;
  std::cout << text << std::flush;
  if (std::cout) return "";
  int error = errno;
  std::cout.clear();  // later messages still try
  return errno_text(error);
}

}  // namespace claimcheck
