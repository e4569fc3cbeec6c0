// claimcheck's command line: parse options, run the library, render, pick the exit code.
#include <boost/program_options.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <unistd.h>

#include "claimcheck/check.h"
#include "claimcheck/render.h"
#include "cli/options.h"

namespace po = boost::program_options;
using namespace claimcheck;

namespace {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitUnknown = 3;

const char* kUsage =
    "usage: claimcheck [check|validate] [PATH...] [--rules PATH]... [options]\n"
    "\n"
    "Finds claims that cannot all be true together. Checks the facts YAML under each PATH\n"
    "(files or folders, recursively; default: facts/) against the rule packs under each\n"
    "--rules PATH (default: rules/).\n"
    "\n"
    "commands:\n"
    "  check      load, validate and solve (the default)\n"
    "  validate   load and validate only; no solving\n"
    "\n"
    "exit codes: 0 no finding at or above --fail-on; 1 findings; 2 bad input or usage;\n"
    "            3 a group of claims stayed undecided (unknown)\n";

int fail_on_rank(const std::string& level) {
  if (level == "error") return rank(Severity::error);
  if (level == "warning") return rank(Severity::warning);
  if (level == "info") return rank(Severity::info);
  return -1;  // never
}

int exit_code(const Report& report, const CliOptions& options) {
  if (report.diagnostics.has_errors()) return kExitBadInput;
  int threshold = fail_on_rank(options.fail_on);
  for (const Finding& f : report.findings)
    if (rank(f.severity) <= threshold) return kExitFindings;
  if (!report.unknown.empty()) return kExitUnknown;
  return kExitClean;
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return std::filesystem::exists(a, ec) && std::filesystem::equivalent(a, b, ec);
}

int write_output(const std::string& text, const CliOptions& options, const SourceManager& sources) {
  if (options.output.empty() || options.output == "-") {
    std::cout << text;
    return 0;
  }
  for (int i = 0; i < sources.size(); ++i) {
    if (same_file(options.output, sources.file(i).path)) {
      std::cerr << "claimcheck: error: refusing to overwrite input file " << options.output << "\n";
      return kExitBadInput;
    }
  }
  std::ofstream out(options.output, std::ios::binary);
  out << text;
  if (!out) {
    std::cerr << "claimcheck: error: cannot write " << options.output << "\n";
    return kExitBadInput;
  }
  return 0;
}

CheckOptions check_options(const CliOptions& options) {
  CheckOptions check;
  check.max_conflicts = options.max_conflicts;
  check.timeout_ms = options.timeout_ms;
  check.max_file_bytes = options.max_file_bytes;
  check.max_depth = options.max_depth;
  check.max_claims_per_file = options.max_claims_per_file;
  return check;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    std::optional<CliOptions> parsed = parse_cli(argc, argv, std::cerr);
    if (!parsed) return kExitBadInput;
    CliOptions& options = *parsed;
    if (options.help) {
      std::cout << kUsage << "\n" << options.description;
      return kExitClean;
    }
    if (options.version) {
      std::cout << "claimcheck " << version() << "\n";
      return kExitClean;
    }

    SourceManager sources;
    sources.set_max_file_bytes(options.max_file_bytes);
    Diagnostics path_problems;
    std::vector<int> rule_files = sources.add_paths(options.rules, path_problems);
    std::vector<int> fact_files = sources.add_paths(options.paths, path_problems);

    CheckOptions limits = check_options(options);
    Report report = options.command == "validate" ? validate_only(sources, fact_files, rule_files, limits)
                                                  : check(sources, fact_files, rule_files, limits);
    report.diagnostics.append(path_problems);
    if (path_problems.has_errors()) report.checked = false;

    bool color = options.color == "always" || (options.color == "auto" && options.output.empty() && isatty(1));
    std::string text = options.format == "json" ? render_json(report) : render_text(report, sources, TextOptions{color, true});
    if (int rc = write_output(text, options, sources)) return rc;
    return exit_code(report, options);
  } catch (const std::exception& e) {
    std::cerr << "claimcheck: internal error: " << e.what() << "\n";
    return kExitBadInput;
  }
}
