// Command-line options: the one place that knows flag names and their defaults.
#include "cli/options.h"

#include <algorithm>
#include <boost/program_options.hpp>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <iterator>
#include <limits>
#include <ostream>
#include <sstream>
#include <tuple>

#include "cli/commands.h"
#include "load/rules_loader.h"
#include "model/suggest.h"

namespace claimcheck {

namespace po = boost::program_options;

namespace {

bool one_of(const std::string& value, std::initializer_list<const char*> allowed) {
  for (const char* a : allowed)
    if (value == a) return true;
  return false;
}

// What an option's value looks like, for --help's readers: the completions and the man page
// (FILE and DIR complete as paths) and, for the options that take one of a few words, those words,
// which the checks below accept and nothing else.
struct ValueHint {
  const char* name;
  const char* placeholder;
  std::vector<std::string> choices;
};

const std::vector<ValueHint>& value_hints() {
  static const std::vector<ValueHint> hints = {
      {"rules", "PATH", {}},
      {"format", "FORMAT", known_formats()},
      {"output", "FILE", {}},
      {"fail-on", "LEVEL", {"error", "warning", "info", "never"}},
      {"baseline", "FILE", {}},
      {"write-baseline", "FILE", {}},
      {"max-conflicts", "N", {}},
      {"timeout", "TIME", {}},
      {"deadline", "TIME", {}},
      {"color", "WHEN", {"auto", "always", "never"}},
      {"published", "DATE", {}},
      {"max-file-size", "SIZE", {}},
      {"max-claims-per-file", "N", {}},
      {"max-depth", "N", {}},
      {"solver-rlimit", "N", {}},
      {"max-group-memory", "SIZE", {}},
      {"max-repairs", "N", {}},
      {"timelines", "WHICH", {"auto", "findings", "all", "none"}},
      {"jobs", "N", {}},
      {"strategy", "STRATEGY", {"split", "monolithic"}},
      {"progress", "WHEN", {"auto", "always", "never"}},
      {"cache", "DIR", {}},
      {"shard", "I/N", {}},
      {"qualifier-widening", "N", {}},
      {"select", "NAMES", {}},
      {"ignore", "NAMES", {}},
      {"severity", "NAME=LEVEL", {}},
  };
  return hints;
}

const ValueHint* value_hint(const std::string& option) {
  for (const ValueHint& hint : value_hints())
    if (option == hint.name) return &hint;
  return nullptr;
}

// Whether `value` is one of the words the option `option` takes.
bool allowed(const std::string& option, const std::string& value) {
  const ValueHint* hint = value_hint(option);
  return hint && std::find(hint->choices.begin(), hint->choices.end(), value) != hint->choices.end();
}

// "--fail-on must be error, warning, info or never, not 'warnign' (did you mean 'warning'?)".
std::string not_one_of(const std::string& flag, const std::string& value, const std::vector<std::string>& allowed) {
  std::string list;
  for (std::size_t i = 0; i < allowed.size(); ++i)
    list += (i == 0 ? "" : i + 1 == allowed.size() ? " or " : ", ") + allowed[i];
  return flag + " must be " + list + ", not '" + value + "'" + did_you_mean(value, allowed);
}

bool writes_stdout(const OutputSpec& spec) {
  return spec.path.empty() || spec.path == "-";
}

std::string check_outputs(const std::vector<OutputSpec>& outputs) {
  int to_stdout = 0;
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    if (writes_stdout(outputs[i])) ++to_stdout;
    for (std::size_t j = 0; j < i; ++j)
      if (!writes_stdout(outputs[i]) && outputs[i].path == outputs[j].path)
        return "two reports written to '" + outputs[i].path + "'";
  }
  if (to_stdout > 1) return "only one --format may go to standard output; give the others an --output FILE";
  return "";
}

// Flags of parallel and large runs (docs/scaling.md).
void add_time_options(po::options_description& visible, CliOptions& options) {
  visible.add_options()("qualifier-widening", po::value<int>(&options.qualifier_widening)->default_value(1),
                        "explain-time: units of the stated precision EDTF ?, ~ and % widen each side (0-12; a source's "
                        "qualifier_widening)");
}

void add_scale_options(po::options_description& visible, CliOptions& options) {
  visible.add_options()("jobs,j", po::value<int>(&options.check.jobs)->default_value(options.check.jobs),
                        "threads for loading and solving (0: every core); the output never depends on it")(
      "strategy", po::value<std::string>(&options.strategy)->default_value("split"),
      "split (each independent group on its own) or monolithic (one solver for everything: a slow reference)")(
      "progress", po::value<std::string>(&options.progress)->default_value("auto"),
      "progress bar on stderr: auto (only on a terminal, never in CI), always or never")(
      "stats", "print where the time went to stderr")(
      "cache", po::value<std::string>(&options.check.cache),
      "keep converted facts files in DIR, keyed by their content: a re-check parses only edited files")(
      "shard", po::value<std::string>()->default_value("0/1"), "index: convert every N-th file starting at I (I/N)");
}

std::optional<std::string> check_scale_options(CliOptions& options, const po::variables_map& vm) {
  std::optional<std::pair<int, int>> shard = parse_shard(vm["shard"].as<std::string>());
  if (!shard) return "--shard must be I/N with 0 <= I < N, e.g. 0/4";
  std::tie(options.shard_index, options.shard_count) = *shard;
  if (options.command != "index" && !vm["shard"].defaulted()) return "--shard applies to index only";
  if (options.command != "explain-time" && (vm.count("published") || !vm["qualifier-widening"].defaulted()))
    return "--published and --qualifier-widening apply to explain-time only (a facts file's sources give their own "
           "published and qualifier_widening)";
  if (options.command == "index" && options.check.cache.empty()) return "index needs --cache DIR";
  if (options.check.jobs < 0 || options.check.jobs > 1024) return "--jobs must be between 0 and 1024";
  if (!allowed("strategy", options.strategy))
    return not_one_of("--strategy", options.strategy, value_hint("strategy")->choices);
  if (!allowed("progress", options.progress))
    return not_one_of("--progress", options.progress, value_hint("progress")->choices);
  return std::nullopt;
}

// Flags of explanations (README, "Which claim is wrong"): repairs listed and derived timelines.
void add_explain_options(po::options_description& visible, CliOptions& options) {
  visible.add_options()("max-repairs",
                        po::value<int>(&options.check.max_repairs)->default_value(options.check.max_repairs),
                        "repairs to list per group of conflicting claims, lightest first")(
      "timelines", po::value<std::string>(&options.timelines)->default_value("auto"),
      "derived timelines: auto (for an HTML report: groups about a subject of a finding), findings, all or none");
}

std::optional<std::string> check_explain_options(const CliOptions& options) {
  if (options.check.max_repairs < 1) return "--max-repairs must be at least 1";
  if (!allowed("timelines", options.timelines))
    return not_one_of("--timelines", options.timelines, value_hint("timelines")->choices);
  return std::nullopt;
}

// The limits as typed; signed, so that a negative number is an error rather than a huge size.
struct LimitTexts {
  std::string max_file_size = size_text(defaults::max_file_bytes);
  long long max_claims_per_file = static_cast<long long>(defaults::max_claims_per_file);
  int max_depth = defaults::max_depth;
  long long solver_rlimit = defaults::solver_rlimit;
  std::string max_group_memory = size_text(defaults::max_group_memory);
};

// The input limits (docs/facts.md, "Limits"), declared apart so each feature's flags stay together.
void add_limit_options(po::options_description& options, LimitTexts& limits) {
  options.add_options()("max-file-size",
                        po::value<std::string>(&limits.max_file_size)->default_value(limits.max_file_size),
                        "largest input file (e.g. 500KiB, 64MiB, 1GiB); a larger file is an error")(
      "max-claims-per-file",
      po::value<long long>(&limits.max_claims_per_file)->default_value(limits.max_claims_per_file),
      "most claims one facts file may hold")("max-depth",
                                             po::value<int>(&limits.max_depth)->default_value(limits.max_depth),
                                             "deepest YAML nesting accepted (1 to 400)")(
      "solver-rlimit", po::value<long long>(&limits.solver_rlimit)->default_value(limits.solver_rlimit),
      "Z3 resource limit per solver call (0: none); past it the group is unknown, the same on every machine")(
      "max-group-memory", po::value<std::string>(&limits.max_group_memory)->default_value(limits.max_group_memory),
      "estimated memory one group may take to decide (e.g. 512MiB, 4GiB; 0: no limit); past it the group is unknown");
}

// Checks the limits and stores them in `options`; returns an error message or "".
std::string finish_limit_options(const LimitTexts& limits, CliOptions& options) {
  std::optional<std::size_t> bytes = parse_size(limits.max_file_size);
  if (!bytes || *bytes == 0) return "cannot read --max-file-size '" + limits.max_file_size + "' (e.g. 500KiB, 64MiB)";
  if (limits.max_claims_per_file < 1) return "--max-claims-per-file must be at least 1";
  // yaml-cpp gives up on its own a little past 400 levels, with a less helpful message.
  if (limits.max_depth < 1 || limits.max_depth > 400) return "--max-depth must be between 1 and 400";
  options.check.max_file_bytes = *bytes;
  options.check.max_claims_per_file = static_cast<std::size_t>(limits.max_claims_per_file);
  if (limits.solver_rlimit < 0 || limits.solver_rlimit > 4000000000LL)
    return "--solver-rlimit must be between 0 (no limit) and 4000000000";
  options.check.max_depth = limits.max_depth;
  options.check.solver_rlimit = static_cast<unsigned>(limits.solver_rlimit);
  std::optional<std::size_t> group_bytes = parse_size(limits.max_group_memory);
  if (!group_bytes)
    return "cannot read --max-group-memory '" + limits.max_group_memory + "' (e.g. 512MiB, 4GiB; 0: no limit)";
  options.check.max_group_memory = *group_bytes;
  return "";
}

// Commands that print their own output refuse the flags they would otherwise silently ignore
// (a SARIF file holding plain text, a baseline that a run without findings would wipe).
std::optional<std::string> check_command_options(const CliOptions& options) {
  const OutputSpec& first = options.outputs.front();
  bool one_report = options.outputs.size() == 1;
  if (options.command == "rules" && (!one_report || !one_of(first.format, {"text", "json"})))
    return "rules lists the rules as text or, with --format json, as JSON: one --format text|json [--output FILE]";
  if (options.command == "explain-time" && (!one_report || first.format != "text" || !first.path.empty()))
    return "explain-time prints text to standard output; it takes no --format or --output";
  if (options.command == "index" && (!one_report || first.format != "text" || !first.path.empty()))
    return "index prints one line of counts; it takes no --format or --output";
  if (options.command == "validate" && (!options.baseline.empty() || !options.write_baseline.empty()))
    return "validate does not solve, so it has no findings to compare with --baseline or record with "
           "--write-baseline; use check";
  return std::nullopt;
}

std::vector<std::string> command_names() {
  std::vector<std::string> names;
  for (const CommandHelp& command : commands()) names.push_back(command.name);
  return names;
}

// Prints the man page the build installs (claimcheck.1); not listed among the commands.
const char* const kManPageCommand = "manpage";
const std::vector<std::string> kFailOnLevels = {"error", "warning", "info", "never"};

// " (did you mean '--format'?)" for an unknown option, among the long names of `visible`.
std::string unknown_option_hint(const std::string& written, const po::options_description& visible) {
  std::size_t start = written.find_first_not_of('-');
  if (start == std::string::npos) return "";
  std::string name = written.substr(start);
  if (std::size_t equals = name.find('='); equals != std::string::npos) name.resize(equals);
  std::vector<std::string> names;
  for (const auto& option : visible.options()) names.push_back(option->long_name());
  std::string closest = closest_name(name, names);
  return closest.empty() ? "" : " (did you mean '--" + closest + "'?)";
}

// --select, --ignore and --severity: names split at commas; each severity NAME=LEVEL.
std::optional<std::string> read_tuning_flags(CliOptions& options, const po::variables_map& vm) {
  options.select = split_names(options.select);
  options.ignore = split_names(options.ignore);
  std::vector<std::string> severities =
      split_names(vm.count("severity") ? vm["severity"].as<std::vector<std::string>>() : std::vector<std::string>{});
  for (const std::string& item : severities) {
    std::size_t equals = item.find('=');
    if (equals == std::string::npos || equals == 0)
      return "--severity takes NAME=LEVEL (a rule id or kind, then error, warning or info), not '" + item + "'";
    std::string level = item.substr(equals + 1);
    if (!rule_severity_from(level))
      return not_one_of("the level of --severity " + item.substr(0, equals), level, rule_severity_names());
    options.severities.emplace_back(item.substr(0, equals), level);
  }
  return std::nullopt;
}

// A first word that is no path and looks like a misspelt command ("chek"): an unknown command,
// not a missing facts folder.
bool misspelt_command(const std::string& word, std::ostream& errors) {
  std::error_code ignored;
  if (word.find_first_of("/.") != std::string::npos || std::filesystem::exists(word, ignored)) return false;
  std::string command = closest_name(word, command_names());
  if (command.empty()) return false;
  errors << "claimcheck: error: unknown command '" << word << "' (did you mean '" << command
         << "'?); a PATH must exist\nTry 'claimcheck --help'.\n";
  return true;
}

// completion and manpage print what the build installs; they read no facts.
std::optional<std::string> check_generator_words(const CliOptions& options) {
  if (options.command == "completion" &&
      (options.paths.size() != 1 || !one_of(options.paths.front(), {"bash", "zsh", "fish"})))
    return "completion needs one shell: claimcheck completion bash|zsh|fish";
  if (options.command == kManPageCommand && !options.paths.empty()) return "manpage takes no arguments";
  return std::nullopt;
}

// The first positional word may be a command; `timeline` takes the next one as its subject.
bool take_command(CliOptions& options, std::ostream& errors) {
  if (options.paths.empty()) return true;
  if (!find_command(options.paths.front()) && options.paths.front() != kManPageCommand)
    return !misspelt_command(options.paths.front(), errors);
  options.command = options.paths.front();
  options.paths.erase(options.paths.begin());
  if (options.command != "timeline") return true;
  if (options.paths.empty()) {
    errors << "claimcheck: error: timeline needs a SUBJECT (claimcheck timeline SUBJECT [PATH...])\n"
              "Try 'claimcheck --help'.\n";
    return false;
  }
  options.subject = options.paths.front();
  options.paths.erase(options.paths.begin());
  return true;
}

}  // namespace

const std::vector<std::string>& known_formats() {
  static const std::vector<std::string> formats = {"text", "json", "sarif", "junit", "github", "markdown", "html"};
  return formats;
}

std::string format_of_path(const std::string& path) {
  auto ends_with = [&](std::string_view tail) {
    return path.size() >= tail.size() && path.compare(path.size() - tail.size(), tail.size(), tail) == 0;
  };
  if (ends_with(".html") || ends_with(".htm")) return "html";
  if (ends_with(".md") || ends_with(".markdown")) return "markdown";
  if (ends_with(".sarif") || ends_with(".sarif.json")) return "sarif";
  if (ends_with(".json")) return "json";
  if (ends_with(".xml")) return "junit";
  if (ends_with(".txt") || ends_with(".log")) return "text";
  return "";
}

std::string pair_outputs(const std::vector<std::pair<std::string, std::string>>& flags, std::vector<OutputSpec>& out,
                         const std::string& fallback) {
  out.clear();
  int formats = 0, outputs = 0;
  for (const auto& [key, value] : flags) (key == "format" ? formats : outputs) += 1;
  // One format and one output pair up in either order, as they always have.
  if (formats == 1 && outputs <= 1) {
    OutputSpec spec{"text", ""};
    for (const auto& [key, value] : flags) (key == "format" ? spec.format : spec.path) = value;
    out.push_back(spec);
    return check_outputs(out);
  }
  if (flags.empty()) out.push_back({fallback, ""});
  for (const auto& [key, value] : flags) {
    if (key == "format") {
      out.push_back({value, ""});
    } else if (out.empty() || !out.back().path.empty()) {
      // An output with no --format before it takes the format its extension names; `fallback`
      // when it names none (a lone `-o FILE` writes the text report, or claimcheck.yaml's format).
      std::string format = format_of_path(value);
      if (format.empty() && outputs > 1)
        return "--output " + value +
               " must follow the --format it is for (--format F --output FILE ...), or end in an extension that "
               "names one (.html, .md, .sarif, .json, .xml, .txt)";
      out.push_back({format.empty() ? fallback : format, value});
    } else {
      out.back().path = value;
    }
  }
  return check_outputs(out);
}

std::optional<std::size_t> parse_size(const std::string& text) {
  std::size_t used = 0;
  unsigned long long number = 0;
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text[0]))) return std::nullopt;
  try {
    number = std::stoull(text, &used);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  std::string unit = text.substr(used);
  int shift = unit.empty() || unit == "B"    ? 0
              : unit == "K" || unit == "KiB" ? 10
              : unit == "M" || unit == "MiB" ? 20
              : unit == "G" || unit == "GiB" ? 30
                                             : -1;
  if (shift < 0 || number > (std::numeric_limits<std::size_t>::max() >> shift)) return std::nullopt;
  return static_cast<std::size_t>(number) << shift;
}

std::string size_text(std::size_t bytes) {
  static const char* const kUnits[] = {"", "KiB", "MiB", "GiB"};
  std::size_t unit = 0;
  while (unit + 1 < std::size(kUnits) && bytes != 0 && bytes % 1024 == 0) {
    bytes /= 1024;
    ++unit;
  }
  return std::to_string(bytes) + kUnits[unit];
}

std::optional<std::pair<int, int>> parse_shard(const std::string& text) {
  std::size_t slash = text.find('/');
  if (slash == std::string::npos) return std::nullopt;
  try {
    std::size_t used_i = 0, used_n = 0;
    int i = std::stoi(text.substr(0, slash), &used_i);
    int n = std::stoi(text.substr(slash + 1), &used_n);
    if (used_i != slash || used_n != text.size() - slash - 1 || n < 1 || i < 0 || i >= n) return std::nullopt;
    return std::pair{i, n};
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::optional<int> parse_timeout(const std::string& text) {
  std::size_t used = 0;
  double number = 0;
  try {
    number = std::stod(text, &used);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  std::string unit = text.substr(used);
  double ms = unit == "ms" ? number : unit == "s" || unit.empty() ? number * 1000 : unit == "m" ? number * 60000 : -1;
  if (!(ms > 0) || ms > 24.0 * 3600 * 1000 || !std::isfinite(ms)) return std::nullopt;
  return static_cast<int>(std::ceil(ms));
}

std::string duration_text(int ms) {
  if (ms % 60000 == 0) return std::to_string(ms / 60000) + "m";
  if (ms % 1000 == 0) return std::to_string(ms / 1000) + "s";
  return std::to_string(ms) + "ms";
}

namespace {

// The options as typed, before they are checked and stored in CliOptions.
struct OptionTexts {
  std::string timeout = duration_text(defaults::timeout_ms);
  std::string deadline;
  LimitTexts limits;
};

// The options --help lists, bound to where the parser stores them: the one table that the help,
// the completions and the man page are made from.
void add_visible_options(po::options_description& visible, CliOptions& options, OptionTexts& texts) {
  std::string& timeout = texts.timeout;
  std::string& deadline = texts.deadline;
  visible.add_options()("help,h", "show this help and exit")("version", "show the version and exit")(
      "rules,r", po::value<std::vector<std::string>>(&options.rules),
      "rule file or folder (repeatable; default: rules/)")(
      "format,f", po::value<std::vector<std::string>>(),
      "text, json, sarif, junit, github, markdown or html; repeat as --format F --output FILE for several")(
      "output,o", po::value<std::vector<std::string>>(), "write the report of the --format before it to FILE")(
      "fail-on", po::value<std::string>(&options.fail_on)->default_value("error"),
      "exit 1 on findings at or above: error, warning, info or never")(
      "fail-on-unknown", po::bool_switch(&options.fail_on_unknown), "exit 1 (not 3) when a group stays undecided")(
      "select", po::value<std::vector<std::string>>(&options.select),
      "use only these rules: ids or kinds, comma-separated, repeatable (replaces claimcheck.yaml's select)")(
      "ignore", po::value<std::vector<std::string>>(&options.ignore),
      "leave out these rules: ids or kinds, comma-separated, repeatable")(
      "severity", po::value<std::vector<std::string>>(),
      "NAME=LEVEL: give a rule id or every rule of a kind the severity error, warning or info (repeatable)")(
      "quiet,q", po::bool_switch(&options.quiet), "text: diagnostics and findings only; no repairs, notes or summary")(
      "statistics", po::bool_switch(&options.statistics), "text: count the findings per rule and per severity")(
      "baseline", po::value<std::string>(&options.baseline),
      "accept the findings recorded in FILE; fail only on new ones")(
      "write-baseline", po::value<std::string>(&options.write_baseline), "record today's findings in FILE")(
      "max-conflicts", po::value<int>(&options.check.max_conflicts)->default_value(options.check.max_conflicts),
      "minimal conflicts to list per group of claims")(
      "timeout", po::value<std::string>(&timeout)->default_value(timeout),
      "time for each group's whole work (e.g. 500ms, 10s, 2m; a bare number is seconds); past it the group is "
      "unknown, or its findings so far are listed as cut")(
      "deadline", po::value<std::string>(&deadline),
      "time for the whole run (e.g. 20m); groups not decided by then are unknown (exit 3)")(
      "color", po::value<std::string>(&options.color)->default_value("auto"), "auto, always or never")(
      "published", po::value<std::string>(&options.published),
      "explain-time: the publication date or window relative phrases are resolved against");
  add_limit_options(visible, texts.limits);
  add_explain_options(visible, options);
  add_scale_options(visible, options);
  add_time_options(visible, options);
}

// "arg (=auto)" → "auto"; "" without a default.
std::string default_of(const po::option_description& option) {
  std::string parameter = option.format_parameter();
  std::size_t start = parameter.find("(=");
  if (start == std::string::npos || parameter.back() != ')') return "";
  return parameter.substr(start + 2, parameter.size() - start - 3);
}

// Whether the parser takes the option twice: it does for the options it collects into a list.
bool repeatable(const po::options_description& visible, const std::string& name) {
  std::string twice = "--" + name + "=1";
  const char* argv[] = {"claimcheck", twice.c_str(), twice.c_str()};
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(3, argv).options(visible).run(), vm);
    return true;
  } catch (const po::error&) {
    return false;
  }
}

}  // namespace

const std::vector<OptionHelp>& option_table() {
  static const std::vector<OptionHelp> table = [] {
    CliOptions options;
    OptionTexts texts;
    po::options_description visible;
    add_visible_options(visible, options, texts);
    std::vector<OptionHelp> out;
    for (const auto& option : visible.options()) {
      OptionHelp help;
      help.long_name = option->long_name();
      std::string shortest = option->canonical_display_name(po::command_line_style::allow_dash_for_short);
      if (shortest.size() == 2 && shortest[0] == '-') help.short_name = shortest.substr(1);
      if (option->semantic()->max_tokens() > 0) {
        const ValueHint* hint = value_hint(help.long_name);
        help.placeholder = hint ? hint->placeholder : "VALUE";
        if (hint) help.choices = hint->choices;
        help.default_value = default_of(*option);
        help.repeatable = repeatable(visible, help.long_name);
      }
      help.description = option->description();
      out.push_back(std::move(help));
    }
    return out;
  }();
  return table;
}

std::optional<CliOptions> parse_cli(int argc, const char* const* argv, std::ostream& errors) {
  CliOptions options;
  OptionTexts texts;
  const std::string& timeout = texts.timeout;
  const std::string& deadline = texts.deadline;
  po::options_description visible("options");
  add_visible_options(visible, options, texts);
  po::options_description hidden;
  hidden.add_options()("paths", po::value<std::vector<std::string>>(&options.paths), "facts paths");
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("paths", -1);

  po::variables_map vm;
  std::vector<std::pair<std::string, std::string>> output_flags;  // --format/--output in the order given
  try {
    po::parsed_options parsed = po::command_line_parser(argc, argv).options(all).positional(positional).run();
    for (const po::option& o : parsed.options)
      if ((o.string_key == "format" || o.string_key == "output") && !o.value.empty())
        output_flags.emplace_back(o.string_key, o.value.front());
    po::store(parsed, vm);
    po::notify(vm);
  } catch (const po::unknown_option& e) {
    errors << "claimcheck: error: " << e.what() << unknown_option_hint(e.get_option_name(), visible)
           << "\nTry 'claimcheck --help'.\n";
    return std::nullopt;
  } catch (const po::error& e) {
    errors << "claimcheck: error: " << e.what() << "\nTry 'claimcheck --help'.\n";
    return std::nullopt;
  }
  std::ostringstream description;
  description << visible;
  options.description = description.str();
  options.help = vm.count("help") > 0;
  options.version = vm.count("version") > 0;
  options.stats = vm.count("stats") > 0;

  if (!options.help && !options.version && !take_command(options, errors)) return std::nullopt;
  if (options.command == "rules" && !options.paths.empty()) {
    errors << "claimcheck: error: rules takes no PATH: it lists the packs given with --rules (or rules/)\n"
              "Try 'claimcheck --help'.\n";
    return std::nullopt;
  }
  if (auto problem = check_generator_words(options)) {
    errors << "claimcheck: error: " << *problem << "\nTry 'claimcheck --help'.\n";
    return std::nullopt;
  }
  bool takes_facts = !one_of(options.command, {"explain-time", "completion", kManPageCommand});
  if (options.paths.empty() && takes_facts) options.paths.push_back("facts");
  options.rules_given = !options.rules.empty();
  if (options.rules.empty()) options.rules.push_back("rules");  // unless a claimcheck.yaml says otherwise

  auto usage_error = [&](const std::string& message) {
    errors << "claimcheck: error: " << message << "\nTry 'claimcheck --help'.\n";
    return std::nullopt;
  };
  for (const auto& [key, value] : output_flags) {
    if (key != "format") continue;
    options.format_given = true;
    if (std::find(known_formats().begin(), known_formats().end(), value) == known_formats().end())
      return usage_error("unknown --format '" + value + "' (text, json, sarif, junit, github, markdown, html)" +
                         did_you_mean(value, known_formats()));
  }
  options.output_flags = output_flags;
  if (std::string problem = pair_outputs(output_flags, options.outputs); !problem.empty()) return usage_error(problem);
  options.format = options.outputs.front().format;
  options.output = options.outputs.front().path;
  options.fail_on_given = !vm["fail-on"].defaulted();
  options.timeout_given = !vm["timeout"].defaulted();
  if (!allowed("fail-on", options.fail_on))
    return usage_error(not_one_of("--fail-on", options.fail_on, value_hint("fail-on")->choices));
  if (!allowed("color", options.color))
    return usage_error(not_one_of("--color", options.color, value_hint("color")->choices));
  if (auto problem = read_tuning_flags(options, vm)) return usage_error(*problem);
  if (options.check.max_conflicts < 1) return usage_error("--max-conflicts must be at least 1");
  if (auto problem = check_scale_options(options, vm)) return usage_error(*problem);
  if (auto problem = check_command_options(options)) return usage_error(*problem);
  if (auto problem = check_explain_options(options)) return usage_error(*problem);
  std::optional<int> ms = parse_timeout(timeout);
  if (!ms) return usage_error("cannot read --timeout '" + timeout + "' (e.g. 500ms, 10s, 2m)");
  options.check.timeout_ms = *ms;
  if (!deadline.empty()) {
    std::optional<int> run_ms = parse_timeout(deadline);
    if (!run_ms) return usage_error("cannot read --deadline '" + deadline + "' (e.g. 30s, 20m)");
    options.deadline_ms = *run_ms;
  }
  if (std::string problem = finish_limit_options(texts.limits, options); !problem.empty()) return usage_error(problem);
  return options;
}

std::vector<std::string> split_names(const std::vector<std::string>& flags) {
  std::vector<std::string> out;
  for (const std::string& flag : flags) {
    std::size_t start = 0;
    while (start <= flag.size()) {
      std::size_t comma = std::min(flag.find(',', start), flag.size());
      std::string name = flag.substr(start, comma - start);
      name.erase(0, name.find_first_not_of(' '));
      name.erase(name.find_last_not_of(' ') + 1);
      if (!name.empty()) out.push_back(name);
      start = comma + 1;
    }
  }
  return out;
}

namespace {

// A name given on the command line: its diagnostics are located at the flag.
std::vector<RuleName> flag_names(const std::vector<std::string>& names, const char* flag) {
  std::vector<RuleName> out;
  for (const std::string& name : names) out.push_back(RuleName{name, SourceRange{flag, 0, 0, 0, 0}});
  return out;
}

// claimcheck.yaml's default for an option the command line did not give, checked as the flag
// would be; `check` returns "" or why the value is invalid.
template <typename Check>
void use_default(const std::optional<ConfigValue>& value, bool given, const std::string& key, Check check,
                 Diagnostics& problems) {
  if (!value || given) return;
  if (std::string problem = check(value->text); !problem.empty())
    problems.error("invalid-option", "'" + key + "' of " + kDatasetConfigName + ": " + problem, value->range);
}

// The tuning a run uses: claimcheck.yaml's layer, severities and exceptions, then the
// command line's (kinds before ids within each, so the later and the more specific wins).
RuleTuning tuning_of(const DatasetConfig& config, const CliOptions& options) {
  RuleTuning tuning;
  if (!config.select.empty() || !config.ignore.empty()) tuning.layers.push_back({config.select, config.ignore});
  if (!options.select.empty() || !options.ignore.empty())
    tuning.layers.push_back({flag_names(options.select, "--select"), flag_names(options.ignore, "--ignore")});
  tuning.severities = config.severities;
  std::vector<RuleTuning::SeverityOverride> flags;
  for (const auto& [name, level] : options.severities)
    flags.push_back({RuleName{name, SourceRange{"--severity", 0, 0, 0, 0}}, *rule_severity_from(level)});
  std::stable_partition(flags.begin(), flags.end(), [](const RuleTuning::SeverityOverride& s) {
    return rule_kind_from_string(s.rule.name).has_value();
  });
  tuning.severities.insert(tuning.severities.end(), flags.begin(), flags.end());
  tuning.exceptions = config.exceptions;
  return tuning;
}

}  // namespace

void apply_dataset_config(const DatasetConfig& config, CliOptions& options, Diagnostics& problems) {
  options.check.tuning = tuning_of(config, options);
  // rules and index print text of their own: a dataset's report format is not theirs.
  bool reports = !one_of(options.command, {"rules", "index", "explain-time"});
  use_default(
      config.format, options.format_given || !reports, "format",
      [&](const std::string& format) -> std::string {
        if (std::find(known_formats().begin(), known_formats().end(), format) == known_formats().end())
          return not_one_of("format", format, known_formats());
        std::string problem = pair_outputs(options.output_flags, options.outputs, format);
        options.format = options.outputs.front().format;
        options.output = options.outputs.front().path;
        return problem;
      },
      problems);
  use_default(
      config.fail_on, options.fail_on_given, "fail-on",
      [&](const std::string& level) -> std::string {
        if (!one_of(level, {"error", "warning", "info", "never"})) return not_one_of("fail-on", level, kFailOnLevels);
        options.fail_on = level;
        return "";
      },
      problems);
  use_default(
      config.timeout, options.timeout_given, "timeout",
      [&](const std::string& text) -> std::string {
        std::optional<int> ms = parse_timeout(text);
        if (!ms) return "cannot read timeout '" + text + "' (e.g. 500ms, 10s, 2m)";
        options.check.timeout_ms = *ms;
        return "";
      },
      problems);
}

}  // namespace claimcheck
