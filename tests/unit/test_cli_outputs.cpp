// Output files: refused before the run when they cannot be written or would overwrite an input or
// each other; written whole through a temporary file, never in place.
#include <sys/resource.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>

#include "cli/outputs.h"

using namespace claimcheck;

namespace fs = std::filesystem;

namespace {

// A fresh folder, the current folder while the test runs (the tests name files relatively).
struct InFolder {
  InFolder()
      : path(fs::temp_directory_path() / ("claimcheck-outputs-" + std::to_string(::getpid()))),
        was(fs::current_path()) {
    fs::remove_all(path);
    fs::create_directories(path / "facts");
    fs::current_path(path);
    std::ofstream("facts/a.yaml") << "claims: []\n";
    std::ofstream("baseline.json") << "{}\n";
  }
  ~InFolder() {
    fs::current_path(was);
    fs::remove_all(path);
  }
  fs::path path, was;
};

std::string text_of(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

const std::vector<std::string> kInputs{"facts/a.yaml", "baseline.json"};

}  // namespace

TEST_CASE("outputs that can be written, apart from every input and each other, pass", "[cli][outputs]") {
  InFolder folder;
  CHECK(outputs_problem({{"z.out", "--output"}, {"facts/b.json", "--output"}, {"new.json", "--write-baseline"}},
                        kInputs, "baseline.json") == "");
  // --write-baseline may update the --baseline file it read; a report may not replace it.
  CHECK(outputs_problem({{"./baseline.json", "--write-baseline"}}, kInputs, "baseline.json") == "");
  CHECK(outputs_problem({{"baseline.json", "--output"}}, kInputs, "baseline.json") ==
        "refusing to overwrite input file baseline.json");
  CHECK(outputs_problem({{"/dev/null", "--output"}}, kInputs, "") == "");
}

TEST_CASE("two spellings of one file are one output", "[cli][outputs]") {
  InFolder folder;
  CHECK(outputs_problem({{"z.out", "--output"}, {"./z.out", "--output"}}, kInputs, "") ==
        "--output z.out and --output ./z.out name the same file");
  CHECK(outputs_problem({{"facts/../z.out", "--output"}, {"z.out", "--write-baseline"}}, kInputs, "") ==
        "--output facts/../z.out and --write-baseline z.out name the same file");
  CHECK(outputs_problem({{(folder.path / "z.out").string(), "--output"}, {"z.out", "--output"}}, kInputs, "") != "");
}

TEST_CASE("an output onto an input, by any path, is refused", "[cli][outputs]") {
  InFolder folder;
  fs::create_symlink("facts/a.yaml", "link.yaml");
  fs::create_hard_link("facts/a.yaml", "hard.yaml");
  for (std::string path : {"facts/a.yaml", "./facts/a.yaml", "facts/../facts/a.yaml", "link.yaml", "hard.yaml"}) {
    CAPTURE(path);
    CHECK(outputs_problem({{path, "--output"}}, kInputs, "") == "refusing to overwrite input file " + path);
    CHECK(outputs_problem({{path, "--write-baseline"}}, kInputs, "baseline.json") ==
          "refusing to overwrite input file " + path);
  }
}

TEST_CASE("an output whose folder is missing, is a file, or that is a folder is refused", "[cli][outputs]") {
  InFolder folder;
  CHECK(outputs_problem({{"missing/z.out", "--output"}}, kInputs, "") ==
        "cannot write missing/z.out: its folder missing does not exist");
  CHECK(outputs_problem({{"baseline.json/z.out", "--output"}}, kInputs, "") ==
        "cannot write baseline.json/z.out: baseline.json is not a folder");
  CHECK(outputs_problem({{"facts", "--output"}}, kInputs, "") == "cannot write facts: it is a folder");
  CHECK_FALSE(fs::exists("missing"));
}

TEST_CASE("a report replaces its file whole; a failed write leaves the old one", "[cli][outputs]") {
  InFolder folder;
  REQUIRE(write_file_safely("z.out", "first\n") == "");
  CHECK(text_of("z.out") == "first\n");
  fs::permissions("z.out", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  REQUIRE(write_file_safely("./z.out", "second\n") == "");
  CHECK(text_of("z.out") == "second\n");
  CHECK(fs::status("z.out").permissions() == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  // Through a symlink: the file it points to is replaced, the link stays.
  fs::create_symlink("z.out", "link.out");
  REQUIRE(write_file_safely("link.out", "third\n") == "");
  CHECK(fs::is_symlink("link.out"));
  CHECK(text_of("z.out") == "third\n");
  // Nothing but the report is left behind.
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(".")) files += entry.is_regular_file() || entry.is_symlink();
  CHECK(files == 3);  // baseline.json, z.out, link.out
  CHECK(write_file_safely("missing/z.out", "x") != "");
  CHECK(write_file_safely("/dev/full", "x") != "");  // written in place: the device's error is the reason
  CHECK(write_file_safely("/dev/null", "x") == "");
  CHECK(fs::is_character_file("/dev/null"));
}

TEST_CASE("a write cut short (the file size limit standing in for a full disk) keeps the old report",
          "[cli][outputs]") {
  InFolder folder;
  REQUIRE(write_file_safely("z.out", "old report\n") == "");
  rlimit was{};
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &was) == 0);
  auto handler = std::signal(SIGXFSZ, SIG_IGN);  // the write then fails with EFBIG instead
  rlimit small = was;
  small.rlim_cur = 16;
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
  std::string problem = write_file_safely("z.out", std::string(4096, 'x'));
  ::setrlimit(RLIMIT_FSIZE, &was);
  std::signal(SIGXFSZ, handler);
  CHECK(problem == "File too large");
  CHECK(text_of("z.out") == "old report\n");
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(".")) files += entry.is_regular_file();
  CHECK(files == 2);  // baseline.json and z.out: no temporary file left
}
