// Command-line options: parsed and checked with Boost.Program_options, nothing else.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/check.h"
#include "claimcheck/rules.h"
#include "load/dataset_config.h"

namespace claimcheck {

// One report to write: a format and where to (empty or "-" means stdout).
struct OutputSpec {
  std::string format;
  std::string path;
};

struct CliOptions {
  std::string command = "check";  // check, validate, repair, timeline or explain-time
  std::string subject;            // timeline SUBJECT
  std::vector<std::string> paths;
  std::vector<std::string> rules;
  bool rules_given = false;     // --rules on the command line; else claimcheck.yaml or rules/
  std::string format = "text";  // the first of `outputs`, for callers that want one
  std::string output;
  std::vector<OutputSpec> outputs;  // every --format [--output] pair, in command-line order
  std::string baseline;             // --baseline FILE: accepted findings
  std::string write_baseline;       // --write-baseline FILE
  bool fail_on_unknown = false;     // an undecided group exits 1 like a finding
  bool quiet = false;               // text: findings only (no repairs, notes or summary)
  bool statistics = false;          // text: findings counted per rule and per severity
  std::string fail_on = "error";
  // --select/--ignore (rule ids or kinds) and --severity NAME=LEVEL, as given; `check.tuning` is
  // what the run uses: claimcheck.yaml's tuning, then these (apply_dataset_config).
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::vector<std::pair<std::string, std::string>> severities;
  // The library's options the command line sets directly (limits, --jobs, --cache, --timeout,
  // --max-conflicts, --max-repairs, the tuning), with CheckOptions' defaults (claimcheck/defaults.h);
  // the rest of CheckOptions is made from the fields below (main.cpp).
  CheckOptions check;
  // Which options the command line gave: claimcheck.yaml's defaults fill in the others.
  bool format_given = false;
  bool fail_on_given = false;
  bool timeout_given = false;
  std::vector<std::pair<std::string, std::string>> output_flags;  // --format/--output in the order given
  std::vector<std::string> config_files;                          // the claimcheck.yaml files that applied
  std::string color = "auto";
  std::string timelines = "auto";  // auto, findings, all or none: which derived timelines check derives
  int deadline_ms = 0;             // --deadline: the whole run; 0: none
  std::string published;           // explain-time: what relative phrases are resolved against
  int qualifier_widening = 1;      // explain-time: units EDTF ?/~/% widen each side
  std::string strategy = "split";  // split or monolithic
  std::string progress = "auto";   // auto (a TTY, not CI), always or never
  bool stats = false;              // where the time went, on stderr
  int shard_index = 0;             // index: convert every shard_count-th file from shard_index
  int shard_count = 1;
  bool help = false;
  bool version = false;
  std::string description;  // the options table, for --help
};

// One option as --help lists it, for the completions and the man page.
struct OptionHelp {
  std::string long_name;             // "format"
  std::string short_name;            // "f", or "" for none
  std::string placeholder;           // what its value looks like (FILE, DIR, N, ...); "" for a flag
  std::vector<std::string> choices;  // the words it takes, when it takes one of a few
  bool repeatable = false;           // may be given more than once (--rules, --format, --output)
  std::string default_value;         // "" for none
  std::string description;
};

// Every option --help lists, in its order: read from the table the parser uses.
const std::vector<OptionHelp>& option_table();

// Returns nullopt after printing a usage error to `errors`.
std::optional<CliOptions> parse_cli(int argc, const char* const* argv, std::ostream& errors);

// Applies the dataset's claimcheck.yaml (its keys merged when several apply): `format`,
// `fail-on` and `timeout` where the command line gave none (an invalid one is an
// `invalid-option` error at its place in the file), and `tuning`: the config's select/ignore,
// severities and exceptions, then the command line's --select/--ignore/--severity.
void apply_dataset_config(const DatasetConfig& config, CliOptions& options, Diagnostics& problems);

// "a,b" and "c" → a, b, c: the names of repeatable, comma-separated flags (--select a,b --select c).
std::vector<std::string> split_names(const std::vector<std::string>& flags);

// Pairs each --format with the --output after it (docs/ci.md). Returns an error message or "".
// The report format a path's extension names (`report.html` → html, `.sarif` or `.sarif.json` →
// sarif, `.xml` → junit), or "" for none.
std::string format_of_path(const std::string& path);
// `fallback`: the format of a report no --format names (none given, or an output whose extension
// names none): text, or claimcheck.yaml's `format`.
std::string pair_outputs(const std::vector<std::pair<std::string, std::string>>& flags, std::vector<OutputSpec>& out,
                         const std::string& fallback = "text");

// The formats --format accepts.
const std::vector<std::string>& known_formats();
// "I/N" with 0 ≤ I < N → {I, N}.
std::optional<std::pair<int, int>> parse_shard(const std::string& text);

// "10s", "500ms", "2m" or a bare number of seconds → milliseconds.
std::optional<int> parse_timeout(const std::string& text);
// 10000 → "10s": a time as --help shows a default (parse_timeout reads it back).
std::string duration_text(int ms);

// "64MiB", "500KiB", "1G", or a bare number of bytes → bytes. K, M and G are powers of 1024.
std::optional<std::size_t> parse_size(const std::string& text);
// 64 << 20 → "64MiB": a size as --help shows a default (parse_size reads it back).
std::string size_text(std::size_t bytes);

}  // namespace claimcheck
