// Safe output: quotes, ids and paths from the input cannot break a report or drive a terminal.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "claimcheck/render.h"
#include "helpers.h"
#include "render/printable.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// Two announcements months apart: one finding that quotes both claims.
const char* kHostileFacts =
    "source: {id: s, published: 2024-09-01}\n"
    "claims:\n"
    "  - {id: a, quote: \"red \\e[31mtext\\e[0m\\nnext line\\u0085\", subject: Armenia, event: announce-withdrawal, "
    "at: 2024-02}\n"
    "  - {id: b, quote: \"said \\\"no\\\" \\\\ twice\", subject: Armenia, event: announce-withdrawal, at: 2024-06}\n";

const std::string kHostilePath = "evil\n\x1b[2Jpath.yaml";

}  // namespace

TEST_CASE("printable escapes control characters and keeps other text", "[render]") {
  CHECK(printable("plain text and ünïcödé") == "plain text and ünïcödé");
  // A tab in an id or a message is shown (README: control characters are escaped); a quoted
  // source line keeps its tabs, which line its caret up.
  CHECK(printable("a\tb") == "a\\tb");
  CHECK(printable_source_line("\t- {id: a\tb}\n") == "\t- {id: a\tb}\\n");
  CHECK(printable("a\nb\rc") == "a\\nb\\rc");
  CHECK(printable("\x1b[31m") == "\\x1b[31m");
  CHECK(printable(std::string("nul\0byte", 8)) == "nul\\x00byte");
  CHECK(printable("\x7f") == "\\x7f");
  CHECK(printable("\xc2\x85") == "\\u{85}");  // NEL, a C1 control
  CHECK(printable("caf\xe9") == "caf\\xe9");  // not UTF-8 (a Latin-1 file name)
}

TEST_CASE("the text report escapes hostile quotes and paths", "[render]") {
  Run run = run_check({{kHostilePath, kHostileFacts}}, kMembershipRules);
  CHECK(unnamed_findings(run.report).empty());
  REQUIRE(run.report.findings.size() == 1);
  std::string text = render_text(run.report, run.sources, TextOptions{false, true});
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find("\xc2\x85") == std::string::npos);
  CHECK(text.find("evil\\n\\x1b[2Jpath.yaml:3:5: error:") != std::string::npos);
  CHECK(text.find("\"red \\x1b[31mtext\\x1b[0m\\nnext line\\u{85}\"") != std::string::npos);
  // Every line the report prints starts like a report line: nothing the input said began one.
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    CAPTURE(line);
    CHECK((line.rfind("evil", 0) == 0 || line.rfind("  ", 0) == 0 || line.rfind("claimcheck:", 0) == 0));
  }
}

TEST_CASE("the JSON report round-trips hostile quotes and paths exactly", "[render]") {
  Run run = run_check({{kHostilePath, kHostileFacts}}, kMembershipRules);
  CHECK(unnamed_findings(run.report).empty());
  std::string text = render_json(run.report);
  CHECK(text.find('\x1b') == std::string::npos);
  nlohmann::json json = nlohmann::json::parse(text);
  std::string dumped = json.dump();
  CHECK(dumped.find("red \\u001b[31mtext\\u001b[0m\\nnext line") != std::string::npos);
  CHECK(dumped.find("said \\\"no\\\" \\\\ twice") != std::string::npos);
  CHECK(dumped.find("evil\\n\\u001b[2Jpath.yaml") != std::string::npos);
}
