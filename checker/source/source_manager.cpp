// Source manager: discovers YAML files under the given paths and reads them when asked.
#include "claimcheck/source_manager.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

bool is_yaml(const fs::path& p) {
  if (p.filename() == "claimcheck.yaml") return false;  // a dataset's config, not a facts or rules file
  std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

// Paths are shown relative to the working folder when they are inside it.
std::string display_path(const fs::path& p) {
  std::error_code ec;
  fs::path rel = fs::relative(p, fs::current_path(ec), ec);
  if (!ec && !rel.empty() && rel.native().rfind("..", 0) != 0) return rel.generic_string();
  return p.lexically_normal().generic_string();
}

// One sized read (every facts file is read this way, in parallel by the loading threads); a
// stream copy when the sized read comes up short (the file shrank while being read).
bool read_file(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary | std::ios::ate);
  if (!in) return false;
  if (std::streamoff size = in.tellg(); size >= 0) {
    out.resize(static_cast<std::size_t>(size));
    in.seekg(0);
    in.read(out.data(), size);
    if (in.gcount() == size && !in.bad()) return true;
    in.clear();
  }
  in.seekg(0);
  out.clear();
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return false;
  out = buffer.str();
  return true;
}

SourceRange whole_file(const fs::path& p) {
  return SourceRange{display_path(p), 0, 0, 0, 0};
}

void not_a_file(Diagnostics& diagnostics, const std::string& shown) {
  diagnostics.error(
      "unreadable-file",
      "not a regular file or folder (a named pipe, socket or device): claimcheck reads files and folders only",
      SourceRange{shown, 0, 0, 0, 0});
}

// Walks a folder by hand rather than with recursive_directory_iterator, so that a subfolder it
// cannot list, a YAML symlink that points nowhere and a *.yaml that is no file (a named pipe,
// socket or device: reading one could block for ever) are reported instead of silently skipped
// (a skipped file would let a gate pass without checking it). Symlinked folders are not
// followed; symlinked files are. Returns how many problems it reported.
int collect_yaml_files(const fs::path& folder, std::vector<fs::path>& found, Diagnostics& diagnostics) {
  int problems = 0;
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    std::error_code link_error, target_error;
    fs::file_status link = it->symlink_status(link_error);
    if (fs::is_directory(link)) {
      problems += collect_yaml_files(p, found, diagnostics);
      continue;
    }
    if (!is_yaml(p)) continue;
    fs::file_status target = fs::status(p, target_error);
    if (!link_error && fs::is_symlink(link) && target.type() == fs::file_type::not_found) {
      diagnostics.error("missing-path", "symbolic link to a file that does not exist", whole_file(p));
      ++problems;
    } else if (link_error || target_error) {
      diagnostics.error("unreadable-file", "cannot read file: " + (link_error ? link_error : target_error).message(),
                        whole_file(p));
      ++problems;
    } else if (fs::is_regular_file(target)) {
      found.push_back(p);
    } else if (!fs::is_directory(target)) {
      not_a_file(diagnostics, display_path(p));
      ++problems;
    }
  }
  if (ec) {
    diagnostics.error("unreadable-file", "cannot list folder: " + ec.message(), whole_file(folder));
    ++problems;
  }
  return problems;
}

}  // namespace

int SourceManager::add(std::string path, std::string text) {
  auto existing = by_path_.find(path);
  if (existing != by_path_.end()) return existing->second;
  int index = static_cast<int>(files_.size());
  by_path_[path] = index;
  files_.push_back(Entry{std::move(path), std::move(text), {}});
  return index;
}

SourceFile SourceManager::file(int index) const {
  const Entry& entry = files_.at(static_cast<size_t>(index));
  SourceFile out{entry.path, {}, false};
  if (entry.disk_path.empty())
    out.text = entry.text;
  else
    out.unreadable = !read_file(entry.disk_path, out.text);
  return out;
}

std::vector<int> SourceManager::add_paths(const std::vector<std::string>& paths, Diagnostics& diagnostics) {
  std::vector<int> indices;
  auto add_one = [&](const fs::path& p) {
    std::string shown = display_path(p);
    std::error_code size_error;
    std::uintmax_t bytes = fs::file_size(p, size_error);
    if (!size_error && bytes > max_file_bytes_) {
      diagnostics.error("file-too-large",
                        "file is " + std::to_string(bytes) + " bytes; the limit is " + std::to_string(max_file_bytes_),
                        SourceRange{shown, 1, 1, 1, 1});
      return;
    }
    if (!std::ifstream(p, std::ios::binary)) {
      diagnostics.error("unreadable-file", "cannot read file", SourceRange{shown, 0, 0, 0, 0});
      return;
    }
    bool known = by_path_.count(shown) > 0;
    int index = add(shown, {});
    if (!known) files_[static_cast<size_t>(index)].disk_path = p.string();
    if (std::find(indices.begin(), indices.end(), index) == indices.end()) indices.push_back(index);
  };
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::path p(path);
    fs::file_status status = fs::status(p, ec);
    if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory) {
      // e.g. a folder on the way that we may not enter: the path may exist, so it is not "missing"
      diagnostics.error("unreadable-file", "cannot read: " + ec.message(), SourceRange{path, 0, 0, 0, 0});
    } else if (ec || !fs::exists(status)) {
      diagnostics.error("missing-path", "no such file or folder", SourceRange{path, 0, 0, 0, 0});
    } else if (fs::is_directory(status)) {
      std::vector<fs::path> files;
      int problems = collect_yaml_files(p, files, diagnostics);
      std::sort(files.begin(), files.end());
      if (files.empty() && problems == 0)
        diagnostics.error("no-yaml-files", "folder contains no .yaml or .yml files", SourceRange{path, 0, 0, 0, 0});
      for (const fs::path& f : files) add_one(f);
    } else if (!fs::is_regular_file(status)) {
      not_a_file(diagnostics, path);  // opening a named pipe would wait for a writer
    } else {
      add_one(p);
    }
  }
  return indices;
}

std::string_view SourceManager::line_text(const std::string& path, int line) const {
  auto it = by_path_.find(path);
  if (it == by_path_.end() || line < 1) return {};
  const Entry& entry = files_[static_cast<size_t>(it->second)];
  std::string_view text = entry.text;
  if (!entry.disk_path.empty()) {
    if (cached_file_ != it->second) {
      cached_text_.clear();
      if (!read_file(entry.disk_path, cached_text_)) cached_text_.clear();
      cached_file_ = it->second;
    }
    text = cached_text_;
  }
  size_t start = 0;
  for (int current = 1; current < line; ++current) {
    size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) return {};
    start = newline + 1;
  }
  size_t end = text.find('\n', start);
  std::string_view out = text.substr(start, end == std::string_view::npos ? text.npos : end - start);
  if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
  if (line == 1 && out.substr(0, 3) == "\xEF\xBB\xBF") out.remove_prefix(3);  // columns skip a BOM
  return out;
}

int column_in_code_points(std::string_view line, int byte_offset) {
  int column = 1;
  int limit = std::min<int>(byte_offset, static_cast<int>(line.size()));
  for (int i = 0; i < limit; ++i) {
    // Continuation bytes (10xxxxxx) do not start a code point.
    if ((static_cast<unsigned char>(line[static_cast<size_t>(i)]) & 0xC0) != 0x80) ++column;
  }
  if (byte_offset > static_cast<int>(line.size())) column += byte_offset - static_cast<int>(line.size());
  return column;
}

}  // namespace claimcheck
