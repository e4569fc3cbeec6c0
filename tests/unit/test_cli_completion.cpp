// The completions and the man page are made from the parser's own option table and commands.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "cli/commands.h"
#include "cli/completion.h"
#include "cli/man_page.h"
#include "cli/options.h"
#include "cli_helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const OptionHelp& option_named(const std::string& name) {
  const auto& table = option_table();
  auto it = std::find_if(table.begin(), table.end(), [&](const OptionHelp& o) { return o.long_name == name; });
  REQUIRE(it != table.end());
  return *it;
}

}  // namespace

TEST_CASE("the option table is what --help lists", "[cli][completion]") {
  auto o = parse({"--help"});
  REQUIRE(o);
  REQUIRE(option_table().size() >= 20);
  for (const OptionHelp& option : option_table()) {
    INFO(option.long_name);
    CHECK_THAT(o->description, Catch::Contains("--" + option.long_name));
  }
  CHECK(option_named("jobs").short_name == "j");
  CHECK(option_named("stats").placeholder.empty());
  CHECK(option_named("cache").placeholder == "DIR");
  CHECK(option_named("max-repairs").default_value == "8");
}

TEST_CASE("every option that takes a value says what the value looks like", "[cli][completion]") {
  for (const OptionHelp& option : option_table()) {
    INFO(option.long_name);
    CHECK(option.placeholder != "VALUE");  // a value option missing from value_hints() in options.cpp
  }
}

TEST_CASE("an option's words are the words the parser accepts", "[cli][completion]") {
  int with_words = 0;
  for (const OptionHelp& option : option_table()) {
    if (option.choices.empty()) continue;
    ++with_words;
    for (const std::string& word : option.choices) {
      std::string flag = "--" + option.long_name + "=" + word, errors;
      INFO(flag);
      CHECK(parse({flag.c_str()}, &errors));
      CHECK(errors.empty());
    }
    std::string bad = "--" + option.long_name + "=no-such-word";
    CHECK_FALSE(parse({bad.c_str()}));
  }
  CHECK(with_words >= 6);
}

TEST_CASE("repeatable options are the ones the parser collects", "[cli][completion]") {
  CHECK(option_named("rules").repeatable);
  CHECK(option_named("format").repeatable);
  CHECK(option_named("output").repeatable);
  CHECK_FALSE(option_named("timeout").repeatable);
  CHECK_FALSE(option_named("cache").repeatable);
}

TEST_CASE("the completion scripts offer every option and command", "[cli][completion]") {
  for (const char* shell : {"bash", "zsh", "fish"}) {
    INFO(shell);
    std::optional<std::string> script = completion_script(shell);
    REQUIRE(script);
    for (const OptionHelp& option : option_table()) CHECK_THAT(*script, Catch::Contains(option.long_name));
    for (const CommandHelp& command : commands()) CHECK_THAT(*script, Catch::Contains(command.name));
  }
  CHECK_FALSE(completion_script("tcsh"));
}

TEST_CASE("each shell's script completes values in its own way", "[cli][completion]") {
  std::string bash = *completion_script("bash");
  CHECK_THAT(bash, Catch::Contains("    --format|-f)\n      mapfile -t COMPREPLY < <(compgen -W \"text json sarif"));
  CHECK_THAT(bash, Catch::Contains("    --cache)\n      compopt -o filenames; mapfile -t COMPREPLY < <(compgen -d"));
  CHECK_THAT(bash, Catch::Contains("complete -F _claimcheck claimcheck"));
  std::string zsh = *completion_script("zsh");
  CHECK_THAT(zsh, Catch::StartsWith("#compdef claimcheck\n"));
  CHECK_THAT(zsh,
             Catch::Contains("'*'{-r+,--rules=}'[rule file or folder (repeatable; default: rules/)]:PATH:_files'"));
  CHECK_THAT(zsh, Catch::Contains("'(--fail-on)''--fail-on=''["));
  CHECK_THAT(zsh, Catch::Contains(":LEVEL:(error warning info never)'"));
  std::string fish = *completion_script("fish");
  CHECK_THAT(fish, Catch::Contains("complete -c claimcheck -l format -s f -x -a 'text json sarif junit github "
                                   "markdown html'"));
  CHECK_THAT(fish, Catch::Contains("complete -c claimcheck -l output -s o -r -F"));
}

TEST_CASE("the man page lists the commands and options in roff", "[cli][completion]") {
  std::string page = man_page("1.2.3");
  CHECK_THAT(page, Catch::StartsWith(".TH CLAIMCHECK 1 \"\" \"claimcheck 1.2.3\""));
  CHECK_THAT(page, Catch::Contains(".TP\n\\fB\\-f\\fR, \\fB\\-\\-format\\fR \\fIFORMAT\\fR\n"));
  CHECK_THAT(page, Catch::Contains("Default: \\fBerror\\fR."));
  for (const CommandHelp& command : commands()) {
    std::string name;
    for (char c : command.name) name += c == '-' ? std::string("\\-") : std::string(1, c);
    CHECK_THAT(page, Catch::Contains(".TP\n\\fB" + name + "\\fR\n"));
  }
  // No text line may start a roff request by accident.
  std::size_t line = 0;
  while ((line = page.find('\n', line)) != std::string::npos) {
    ++line;
    if (line < page.size() && page[line] == '\'') FAIL("a line starts with a quote: " << page.substr(line, 40));
  }
}

TEST_CASE("completion takes one known shell; manpage takes nothing and reads no facts", "[cli][completion]") {
  auto o = parse({"completion", "zsh"});
  REQUIRE(o);
  CHECK(o->command == "completion");
  CHECK(o->paths == std::vector<std::string>{"zsh"});
  std::string errors;
  CHECK_FALSE(parse({"completion"}, &errors));
  CHECK_THAT(errors, Catch::Contains("claimcheck completion bash|zsh|fish"));
  CHECK_FALSE(parse({"completion", "tcsh"}));
  auto man = parse({"manpage"});
  REQUIRE(man);
  CHECK(man->command == "manpage");
  CHECK(man->paths.empty());
  CHECK_FALSE(parse({"manpage", "extra"}));
}
