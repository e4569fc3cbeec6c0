// The man page: the synopsis, commands and options come from the tables the parser reads; the rest
// (defaults, files, exit status) is the README's text in short.
#include "cli/man_page.h"

#include <sstream>

#include "cli/commands.h"
#include "cli/options.h"

namespace claimcheck {

namespace {

// Text safe in a roff text line: backslashes printed, lines that would start a request escaped,
// newlines joined.
std::string roff(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else if (c == '\n')
      out += ' ';
    else
      out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
  return out;
}

std::string bold(const std::string& text) {
  return "\\fB" + roff(text) + "\\fR";
}

std::string italic(const std::string& text) {
  return "\\fI" + roff(text) + "\\fR";
}

// "-f, --format FORMAT" for the tag of an option's paragraph.
std::string option_tag(const OptionHelp& option) {
  std::string tag;
  if (!option.short_name.empty()) tag += bold("-" + option.short_name) + ", ";
  tag += bold("--" + option.long_name);
  if (!option.placeholder.empty()) tag += ' ' + italic(option.placeholder);
  return tag;
}

std::string option_body(const OptionHelp& option) {
  std::string body = roff(option.description);
  if (!body.empty() && body.back() != '.') body += '.';
  if (!option.choices.empty()) {
    body += " One of:";
    for (std::size_t i = 0; i < option.choices.size(); ++i) body += (i ? ", " : " ") + bold(option.choices[i]);
    body += ".";
  }
  if (!option.default_value.empty()) body += " Default: " + bold(option.default_value) + ".";
  if (option.repeatable) body += " May be given more than once.";
  return body;
}

void synopsis(std::ostream& out) {
  out << ".SH SYNOPSIS\n.nf\n";
  for (const CommandHelp& command : commands()) out << roff(command.usage) << "\n";
  out << ".fi\n";
}

void command_list(std::ostream& out) {
  out << ".SH COMMANDS\n";
  for (const CommandHelp& command : commands())
    out << ".TP\n" << bold(command.name) << "\n" << roff(command.what) << "\n";
}

void option_list(std::ostream& out) {
  out << ".SH OPTIONS\n";
  for (const OptionHelp& option : option_table())
    out << ".TP\n" << option_tag(option) << "\n" << option_body(option) << "\n";
}

const char* const kDescription =
    ".SH DESCRIPTION\n"
    "claimcheck loads fact claims (who said what, about whom, and when) from YAML files and rule\n"
    "packs from YAML, and reports every minimal set of claims that cannot all be true together,\n"
    "citing each claim's source, quote and file:line.\n"
    "Each\n"
    ".I PATH\n"
    "is a facts file or a folder searched recursively for .yaml and .yml files; the default is\n"
    ".IR facts/ .\n";

const char* const kRules =
    ".SH RULE PACKS\n"
    "Without\n"
    ".BR \\-\\-rules ,\n"
    "claimcheck reads the packs a dataset's\n"
    ".I claimcheck.yaml\n"
    "names, else the folder\n"
    ".I rules/\n"
    "in the current folder, else the rule packs installed with it in\n"
    ".IR share/claimcheck/rules\n"
    "beside the folder of the program\n"
    "(for /usr/local/bin/claimcheck, /usr/local/share/claimcheck/rules).\n";

const char* const kExitStatus =
    ".SH EXIT STATUS\n"
    ".TP\n0\nno finding at or above \\-\\-fail\\-on, and every group of claims was decided.\n"
    ".TP\n1\nfindings at or above \\-\\-fail\\-on (with \\-\\-fail\\-on\\-unknown, also an undecided group).\n"
    ".TP\n2\nbad input or bad usage; an output that cannot be written.\n"
    ".TP\n3\na group of claims stayed undecided (unknown).\n";

const char* const kFiles =
    ".SH FILES\n"
    ".TP\n.I claimcheck.yaml\n"
    "a dataset's configuration: its facts and rule packs.\n"
    ".TP\n.I share/claimcheck/rules\n"
    "the shipped rule packs.\n"
    ".TP\n.I share/claimcheck/schemas\n"
    "JSON Schemas of facts files, rule packs and claimcheck.yaml for editors, when shipped.\n";

const char* const kExamples =
    ".SH EXAMPLES\n"
    ".nf\n"
    "claimcheck facts \\-\\-rules rules\n"
    "claimcheck \\-\\-format sarif \\-\\-output claimcheck.sarif \\-\\-format text\n"
    "claimcheck explain\\-time \"mid\\-2023\"\n"
    "claimcheck completion bash > ~/.local/share/bash\\-completion/completions/claimcheck\n"
    ".fi\n";

}  // namespace

std::string man_page(const std::string& version) {
  std::ostringstream out;
  out << ".TH CLAIMCHECK 1 \"\" \"claimcheck " << roff(version) << "\" \"User Commands\"\n"
      << ".SH NAME\nclaimcheck \\- find claims that cannot all be true together\n";
  synopsis(out);
  out << kDescription;
  command_list(out);
  option_list(out);
  out << kRules << kExitStatus << kFiles << kExamples
      << ".SH SEE ALSO\n"
         "The README and docs/ of the claimcheck sources: facts.md, rules.md, time.md, report\\-json.md, ci.md.\n";
  return out.str();
}

}  // namespace claimcheck
