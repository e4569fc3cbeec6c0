// SourceManager: files found on disk are read when a stage asks, not held for the whole run.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "claimcheck/check.h"
#include "claimcheck/source_manager.h"
#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;
namespace fs = std::filesystem;

namespace {

fs::path fresh_folder(const std::string& name) {
  fs::path folder = fs::temp_directory_path() / name;
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("a file found on disk is read when asked, and its lines are there for carets", "[source]") {
  fs::path folder = fresh_folder("claimcheck-source-lazy");
  write(folder / "a.yaml", "source: {id: s}\nclaims: []\n");
  SourceManager sources;
  Diagnostics diagnostics;
  std::vector<int> files = sources.add_paths({folder.string()}, diagnostics);
  REQUIRE(files.size() == 1);
  CHECK(diagnostics.all().empty());
  SourceFile file = sources.file(files[0]);
  CHECK_FALSE(file.unreadable);
  CHECK(file.text == "source: {id: s}\nclaims: []\n");
  CHECK(sources.line_text(sources.path(files[0]), 2) == "claims: []");

  write(folder / "a.yaml", "source: {id: t}\n");  // what a stage reads is what is on disk then
  CHECK(sources.file(files[0]).text == "source: {id: t}\n");
  fs::remove_all(folder);
}

TEST_CASE("a file that disappears between discovery and loading is an error, not an empty file", "[source]") {
  fs::path folder = fresh_folder("claimcheck-source-gone");
  write(folder / "a.yaml", "source: {id: s}\nclaims: []\n");
  write(folder / "rules.yaml", "rules: []\n");
  SourceManager sources;
  Diagnostics found;
  std::vector<int> facts = sources.add_paths({(folder / "a.yaml").string()}, found);
  std::vector<int> rules = sources.add_paths({(folder / "rules.yaml").string()}, found);
  REQUIRE(found.all().empty());
  fs::remove(folder / "a.yaml");
  CHECK(sources.file(facts[0]).unreadable);
  Report report = check(sources, facts, rules, {});
  CHECK_FALSE(report.checked);
  REQUIRE(codes_of(report) == std::vector<std::string>{"unreadable-file"});
  CHECK(report.diagnostics.all().front().range.file == sources.path(facts[0]));
  fs::remove_all(folder);
}

TEST_CASE("in-memory files keep their text", "[source]") {
  SourceManager sources;
  int index = sources.add("mem.yaml", "a: 1\nb: 2\n");
  CHECK(sources.file(index).text == "a: 1\nb: 2\n");
  CHECK(sources.line_text("mem.yaml", 2) == "b: 2");
  CHECK(sources.add("mem.yaml", "other") == index);
}

TEST_CASE("a YAML symlink inside a folder that points nowhere is a missing-path error, not skipped", "[source]") {
  fs::path folder = fresh_folder("claimcheck-source-dangling");
  write(folder / "a.yaml", "source: {id: s}\nclaims: []\n");
  fs::create_symlink(folder / "nowhere.yaml", folder / "gone.yaml");
  SourceManager sources;
  Diagnostics diagnostics;
  std::vector<int> files = sources.add_paths({folder.string()}, diagnostics);
  CHECK(files.size() == 1);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].code == "missing-path");
  CHECK_THAT(diagnostics.all()[0].range.file.str(), Catch::EndsWith("gone.yaml"));
  fs::remove_all(folder);
}

TEST_CASE("a subfolder that cannot be listed is an unreadable-file error, not skipped", "[source]") {
  if (geteuid() == 0) {
    WARN("skipped: root lists every folder (tests/bad-input/unreadable-subfolder runs this as nobody)");
    return;
  }
  fs::path folder = fresh_folder("claimcheck-source-locked");
  write(folder / "a.yaml", "source: {id: s}\nclaims: []\n");
  fs::create_directories(folder / "locked");
  write(folder / "locked" / "b.yaml", "source: {id: t}\nclaims: []\n");
  fs::permissions(folder / "locked", fs::perms::none);
  SourceManager sources;
  Diagnostics diagnostics;
  std::vector<int> files = sources.add_paths({folder.string()}, diagnostics);
  Diagnostics direct;
  sources.add_paths({(folder / "locked").string()}, direct);
  fs::permissions(folder / "locked", fs::perms::owner_all);
  fs::remove_all(folder);
  CHECK(files.size() == 1);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].code == "unreadable-file");
  CHECK_THAT(diagnostics.all()[0].range.file.str(), Catch::EndsWith("locked"));
  REQUIRE(direct.all().size() == 1);
  CHECK(direct.all()[0].code == "unreadable-file");
}

// Opening a named pipe waits for a writer: a run must never hang on one, named or in a folder.
TEST_CASE("a named pipe is an error, named directly or found in a folder, and is never opened", "[source]") {
  fs::path folder = fresh_folder("claimcheck-source-fifo");
  write(folder / "a.yaml", "source: {id: s}\nclaims: []\n");
  REQUIRE(mkfifo((folder / "pipe.yaml").c_str(), 0600) == 0);
  SourceManager sources;
  Diagnostics diagnostics;
  std::vector<int> files = sources.add_paths({(folder / "pipe.yaml").string(), folder.string()}, diagnostics);
  CHECK(files.size() == 1);  // a.yaml
  REQUIRE(diagnostics.all().size() == 2);
  for (const Diagnostic& d : diagnostics.all()) {
    CHECK(d.code == "unreadable-file");
    CHECK_THAT(d.range.file.str(), Catch::EndsWith("pipe.yaml"));
    CHECK_THAT(d.message, Catch::StartsWith("not a regular file or folder"));
  }
  fs::remove_all(folder);
}
