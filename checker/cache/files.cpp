// Cache files: whole-file reads and writes that readers never see half done.
#include "cache/files.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace claimcheck {

namespace fs = std::filesystem;

// One allocation of the file's size and one read into it: a stream buffer copied out with str()
// cost a warm re-check a fifth of its time in copies.
bool read_whole(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return false;
  std::streamoff size = in.tellg();
  if (size < 0) return false;
  out.resize(static_cast<std::size_t>(size));
  in.seekg(0);
  in.read(out.data(), size);
  return in.gcount() == size && !in.bad();
}

bool write_atomically(const std::string& path, const std::string& bytes) {
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  std::ostringstream unique;
  unique << path << ".tmp." << std::this_thread::get_id() << "." << ::getpid();
  std::string temporary = unique.str();
  {
    std::ofstream out(temporary, std::ios::binary);
    out << bytes;
    if (!out) {
      fs::remove(temporary, ec);
      return false;
    }
  }
  fs::rename(temporary, path, ec);
  if (ec) fs::remove(temporary, ec);
  return !ec;
}

std::string cache_folder_problem(const std::string& folder) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) return ec.message();
  if (!fs::is_directory(folder, ec)) return "not a folder";
  // Entries are written like this probe: a folder we may list but not write into fails here.
  std::string probe = (fs::path(folder) / ".claimcheck-probe").string();
  if (!write_atomically(probe, "probe\n")) return "cannot write into it";
  fs::remove(probe, ec);
  return "";
}

}  // namespace claimcheck
