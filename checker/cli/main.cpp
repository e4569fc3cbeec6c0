// claimcheck's command line: parse options, run the library, render, pick the exit code.
#include <unistd.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "claimcheck/check.h"
#include "claimcheck/render.h"
#include "cli/baseline.h"
#include "cli/commands.h"
#include "cli/completion.h"
#include "cli/man_page.h"
#include "cli/options.h"
#include "cli/outputs.h"
#include "cli/progress.h"
#include "explain/attribution.h"
#include "load/dataset_config.h"
#include "platform/release_memory.h"
#include "time/resolve.h"

namespace po = boost::program_options;
using namespace claimcheck;

namespace {

// When the program started: --deadline counts from here, loading included.
std::chrono::steady_clock::time_point program_start() {
  static const std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
  return start;
}

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitUnknown = 3;

const char* kUsage =
    "usage: claimcheck [check|validate|repair] [PATH...] [--rules PATH]... [options]\n"
    "       claimcheck timeline SUBJECT [PATH...] [--rules PATH]... [options]\n"
    "       claimcheck rules [--rules PATH]... [--format json] [--output FILE]\n"
    "       claimcheck explain-time EXPRESSION... [--published DATE]\n"
    "       claimcheck index [PATH...] --cache DIR [--shard I/N]\n"
    "       claimcheck completion bash|zsh|fish\n"
    "\n"
    "Finds claims that cannot all be true together. Checks the facts YAML under each PATH\n"
    "(files or folders, recursively; default: facts/) against the rule packs under each\n"
    "--rules PATH (default: rules/).\n"
    "\n"
    "commands:\n"
    "  check      load, validate and solve (the default)\n"
    "  validate   load and validate only; no solving\n"
    "  explain-time  print the window (or duration) each time expression means, and the rule\n"
    "  rules      list the rules loaded from --rules with their kinds and file:line\n"
    "  repair     check, then list each conflicting group's repairs (the lightest sets of\n"
    "             claims to remove) and its claims ranked by how likely each is wrong\n"
    "  timeline   check, then derive the tightest dates the rules allow for every claim\n"
    "             related to SUBJECT (as subject or object) and say what narrowed them\n"
    "  index      convert facts files into --cache DIR only (every N-th file with --shard I/N)\n"
    "  completion print the completion script for bash, zsh or fish\n"
    "\n"
    "exit codes: 0 no finding at or above --fail-on; 1 findings; 2 bad input or usage;\n"
    "            3 a group of claims stayed undecided (unknown; 1 with --fail-on-unknown)\n"
    "\n"
    "several reports from one run: --format sarif --output out.sarif --format text ...\n";

// The help of the command named first (`claimcheck check --help`), or nullptr.
const CommandHelp* command_help(const std::vector<std::string>& words) {
  return words.empty() ? nullptr : find_command(words.front());
}

int fail_on_rank(const std::string& level) {
  if (level == "error") return rank(Severity::error);
  if (level == "warning") return rank(Severity::warning);
  if (level == "info") return rank(Severity::info);
  return -1;  // never
}

// timeline answers a question: no claim about the subject is bad usage; findings are not failures.
int timeline_exit_code(const Report& report) {
  if (report.timelines.empty()) return kExitBadInput;
  for (const GroupTimeline& t : report.timelines)
    if (!t.unknown_reason.empty()) return kExitUnknown;
  return kExitClean;
}

int exit_code(const Report& report, const CliOptions& options) {
  if (report.diagnostics.has_errors()) return kExitBadInput;
  if (options.command == "timeline") return timeline_exit_code(report);
  int threshold = fail_on_rank(options.fail_on);
  for (const Finding& f : report.findings)
    if (rank(f.severity) <= threshold) return kExitFindings;
  // A warning about the input (similar-names, unknown-exception, …) fails only from --fail-on
  // warning down; one about this machine (a cache it cannot write) never does.
  for (const Diagnostic& d : report.diagnostics.all())
    if (d.severity != Severity::error && rank(d.severity) <= threshold && d.code != "cache-unwritable")
      return kExitFindings;
  if (!report.unknown.empty()) return options.fail_on_unknown ? kExitFindings : kExitUnknown;
  return kExitClean;
}

// Set once a failed write to standard output has been reported, so main() says it once.
bool stdout_failure_reported = false;

// Writes one report to its file (or stdout). Returns an exit code, 0 when it went well.
int write_output(const std::string& text, const std::string& path) {
  bool to_stdout = path.empty() || path == "-";
  std::string problem = to_stdout ? write_stdout(text) : write_file_safely(path, text);
  if (problem.empty()) return 0;
  stdout_failure_reported = stdout_failure_reported || to_stdout;
  std::cerr << "claimcheck: error: cannot write " << (to_stdout ? "to standard output" : path) << ": " << problem
            << "\n";
  return kExitBadInput;
}

// Every file the run will write, checked before anything is loaded: a run that cannot write its
// reports, or would write one over an input or over another report, is refused (exit 2) at once.
int refuse_bad_outputs(const CliOptions& options, const SourceManager& sources) {
  std::vector<OutputFile> outputs;
  for (const OutputSpec& spec : options.outputs)
    if (!spec.path.empty() && spec.path != "-") outputs.push_back(OutputFile{spec.path, "--output"});
  if (!options.write_baseline.empty()) outputs.push_back(OutputFile{options.write_baseline, "--write-baseline"});
  std::vector<std::string> inputs;
  for (int i = 0; i < sources.size(); ++i) inputs.push_back(sources.path(i));
  if (!options.baseline.empty()) inputs.push_back(options.baseline);
  std::string problem = outputs_problem(outputs, inputs, options.baseline);
  if (problem.empty()) return 0;
  std::cerr << "claimcheck: error: " << problem << "\n";
  return kExitBadInput;
}

// repair and timeline print their own text; bad input shows the diagnostics as check does.
std::string render_command_text(const Report& report, const SourceManager& sources, const CliOptions& options,
                                const TextOptions& text) {
  if (report.checked && options.command == "repair") return render_repairs_text(report, text);
  if (report.checked && options.command == "timeline") return render_timeline_text(report, options.subject, text);
  return render_text(report, sources, text);
}

std::string render(const OutputSpec& spec, const Report& report, const SourceManager& sources,
                   const CliOptions& options) {
  if (spec.format == "json") return render_json(report);
  if (spec.format == "sarif") return render_sarif(report);
  if (spec.format == "junit") return render_junit(report);
  if (spec.format == "github") return render_github(report);
  if (spec.format == "markdown") return render_markdown(report);
  if (spec.format == "html") return render_html(report);
  bool to_terminal = (spec.path.empty() || spec.path == "-") && isatty(1);
  bool color = options.color == "always" || (options.color == "auto" && to_terminal);
  TextOptions text{color, true};
  text.failing_rank = fail_on_rank(options.fail_on);
  text.quiet = options.quiet;
  text.statistics = options.statistics;
  return render_command_text(report, sources, options, text);
}

// --baseline: accepted findings leave `findings`, and attribution chains, which index
// `findings`, follow.
void use_baseline(const std::vector<BaselineEntry>& entries, Report& report) {
  apply_baseline(report, entries);
  report.attributions = attribution_chains(report.findings, report.dataset);
}

// --write-baseline: every finding of a run that was checked, accepted ones included.
int write_baseline_file(const std::string& path, const Report& report) {
  if (!report.checked || report.diagnostics.has_errors()) {
    std::cerr << "claimcheck: error: not writing baseline " << path << ": the input has errors\n";
    return kExitBadInput;
  }
  return write_output(baseline_json(report), path);
}

// explain-time for an EDTF all-of set: its members and what it means for a state and an event.
bool print_all_of(const std::string& text, const AllOfResult& result) {
  if (auto* e = std::get_if<TimeError>(&result)) {
    std::cerr << "claimcheck: error: " << e->message << " [" << e->code << "]\n";
    return false;
  }
  const AllOfSet& set = std::get<AllOfSet>(result);
  std::cout << text << "\n  all of: ";
  for (std::size_t i = 0; i < set.members.size(); ++i) std::cout << (i ? ", " : "") << format_window(set.members[i]);
  DayWindow day = all_of_event_window(set);
  std::cout << "\n  state:  a span with a day in every member: starts " << format_window(all_of_span_start(set))
            << ", ends " << format_window(all_of_span_end(set)) << "\n  event:  "
            << (day.empty() ? std::string("none (no day is in every member: all-of-set-on-event)") : format_window(day))
            << "\n  rule:   EDTF all-of set {...}\n";
  return true;
}

// explain-time with a window `published`: the window is the hull of one reading per run of
// publication days, which is what a claim of such a source is checked with (docs/time.md).
void print_readings(const std::string& text, const DayWindow& published, int qualifier_units) {
  if (published.latest - published.earliest + 1 > kMaxPublicationDays) {
    std::cout << "  (published spans more than " << kMaxPublicationDays << " days: claims keep only this hull)\n";
    return;
  }
  std::vector<PublicationRun> runs = window_by_publication(text, published, qualifier_units);
  constexpr std::size_t kShown = 3;  // at each end, when the reading moves day by day ("since May")
  for (std::size_t i = 0; i < runs.size(); ++i) {
    if (runs.size() > 2 * kShown + 1 && i == kShown) {
      std::cout << "  … " << runs.size() - 2 * kShown << " more readings …\n";
      i = runs.size() - kShown - 1;
      continue;
    }
    std::cout << "  if published " << format_window(runs[i].published) << ": " << format_window(runs[i].window) << "\n";
  }
}

// explain-time: what a time expression means, as docs/time.md's table resolves it.
int explain_time(const CliOptions& options) {
  TimeContext context;
  if (options.qualifier_widening < 0 || options.qualifier_widening > kMaxQualifierUnits) {
    std::cerr << "claimcheck: error: --qualifier-widening must be 0 to " << kMaxQualifierUnits << "\n";
    return kExitBadInput;
  }
  context.qualifier_units = options.qualifier_widening;
  if (!options.published.empty()) {
    WindowResult published = resolve_published(options.published, context.qualifier_units);
    if (auto* e = std::get_if<TimeError>(&published)) {
      std::cerr << "claimcheck: error: --published: " << e->message << " [" << e->code << "]\n";
      return kExitBadInput;
    }
    context.published = std::get<ResolvedWindow>(published).window;
  }
  if (options.paths.empty()) {
    std::cerr << "claimcheck: error: explain-time needs an expression, e.g. claimcheck explain-time \"mid-2023\"\n";
    return kExitBadInput;
  }
  int rc = kExitClean;
  for (const std::string& text : options.paths) {
    if (std::optional<AllOfResult> set = resolve_all_of(text, context.qualifier_units)) {
      if (!print_all_of(text, *set)) rc = kExitBadInput;
      continue;
    }
    WindowResult window = resolve_window(text, context);
    if (auto* w = std::get_if<ResolvedWindow>(&window)) {
      std::cout << text << "\n  window: " << format_window(w->window) << " ("
                << (w->window.latest - w->window.earliest + 1)
                << (w->window.earliest == w->window.latest ? " day" : " days") << ")\n  rule:   " << w->rule << "\n";
      if (context.published) print_readings(text, *context.published, context.qualifier_units);
      continue;
    }
    LengthResult length = resolve_length(text);
    if (auto* l = std::get_if<ResolvedLength>(&length)) {
      std::cout << text << "\n  duration: " << l->days.min << ".." << l->days.max
                << " days from first to last day\n  rule:     " << l->rule << "\n";
      continue;
    }
    const TimeError& e = std::get<TimeError>(window);
    std::cerr << "claimcheck: error: " << e.message << " [" << e.code << "]\n";
    rc = kExitBadInput;
  }
  return rc;
}

// Which derived timelines to compute: `timeline SUBJECT` asks for its subject; check and repair
// follow --timelines (auto: the groups of findings' subjects when an HTML report is written).
void choose_timelines(const CliOptions& options, CheckOptions& out) {
  out.timeline_subject = options.subject;
  out.timelines = options.command == "timeline" || options.timelines == "all";
  if (options.command == "timeline") return;
  bool html = std::any_of(options.outputs.begin(), options.outputs.end(),
                          [](const OutputSpec& spec) { return spec.format == "html"; });
  out.timelines_of_findings = options.timelines == "findings" || (options.timelines == "auto" && html);
}

CheckOptions check_options(const CliOptions& options, ProgressBar* bar) {
  CheckOptions out;
  out.max_conflicts = options.max_conflicts;
  out.timeout_ms = options.timeout_ms;
  if (options.deadline_ms > 0) out.run_deadline = program_start() + std::chrono::milliseconds(options.deadline_ms);
  out.max_file_bytes = options.max_file_bytes;
  out.max_depth = options.max_depth;
  out.max_claims_per_file = options.max_claims_per_file;
  out.jobs = options.jobs;
  out.cache = options.cache;
  out.strategy = options.strategy == "monolithic" ? Strategy::monolithic : Strategy::split;
  out.max_repairs = options.max_repairs;
  out.solver_rlimit = options.solver_rlimit;
  out.max_group_memory = options.max_group_memory;
  out.tuning = options.tuning;
  choose_timelines(options, out);
  // HTML lists every claim and JUnit a case per pair; the other reports cite only what they find.
  out.incremental = std::none_of(options.outputs.begin(), options.outputs.end(), [](const OutputSpec& spec) {
    return spec.format == "html" || spec.format == "junit";
  });
  if (bar) out.on_progress = [bar](const Progress& p) { bar->update(p); };
  return out;
}

// --stats: where the time went and how the groups were decided.
// "; re-check: 12 of 1000000 claims read" when only the groups an edit reached were checked.
std::string rechecked(const Report& report) {
  if (report.stats.rechecked_claims < 0) return "";
  return "; re-check: " + std::to_string(report.stats.rechecked_claims) + " of " +
         std::to_string(report.summary.claims) + " claims read";
}

void print_stats(const Report& report) {
  const CheckStats& s = report.stats;
  std::fprintf(
      stderr,
      "claimcheck: stats: %d files, %d claims; load %.3f s, validate %.3f s, ground %.3f s (mirrors %.3f s, rules "
      "%.3f s, groups %.3f s), solve %.3f s; "
      "%d groups with rules: %d proved consistent by the pre-check, %d sent to Z3; %d jobs; "
      "cache: %d files read, %d written; %d group verdicts reused, %d stored; %d group repairs reused; "
      "decide %.3f s of solve%s\n",
      s.files, report.summary.claims, s.load_seconds, s.validate_seconds, s.ground_seconds, s.mirrors_seconds,
      s.rules_seconds, s.groups_seconds, s.solve_seconds, s.groups_with_rules, s.prechecked, s.solved, s.jobs,
      s.cache_hits, s.cache_written, s.verdicts_reused, s.verdicts_stored, s.repairs_reused, s.decide_seconds,
      rechecked(report).c_str());
}

// The text rendering of some diagnostics, without a run's summary line.
std::string diagnostics_text(const Diagnostics& diagnostics, const SourceManager& sources, const CliOptions& options) {
  Report report;
  report.diagnostics.append(diagnostics);
  std::string rendered = render_text(report, sources, TextOptions{options.color == "always", true});
  return rendered.substr(0, rendered.rfind("claimcheck: "));
}

// --cache that cannot be written: an index run exists only to fill it (an error, exit 2); a check
// is just as right without it, so it says once on stderr that the cache is not used and goes on.
bool use_cache(const CliOptions& options, CheckOptions& run, const SourceManager& sources) {
  std::string problem = cache_folder_problem(options.cache);
  if (problem.empty()) return true;
  Diagnostics cache;
  SourceRange where{options.cache, 0, 0, 0, 0};
  std::string message = "cannot write the cache folder (" + problem + ")";
  if (options.command == "index") {
    cache.error("cache-unwritable", message + "; nothing was indexed", where);
    std::cout << diagnostics_text(cache, sources, options) << "claimcheck: not indexed: the cache cannot be written\n";
    return false;
  }
  cache.warning("cache-unwritable", message + "; checking without the cache", where);
  std::cerr << diagnostics_text(cache, sources, options);
  run.cache.clear();
  return true;
}

// index: the diagnostics of the shard's files (they are not cached) and one line of counts.
int finish_index(Report& report, const Diagnostics& path_problems, const CliOptions& options,
                 const SourceManager& sources) {
  report.diagnostics.append(path_problems);
  // The diagnostics as a check prints them, without its summary line (nothing was checked).
  std::cout << diagnostics_text(report.diagnostics, sources, options);
  std::cout << "claimcheck: index shard " << options.shard_index << "/" << options.shard_count << ": "
            << report.stats.files << " files, " << report.stats.cache_hits << " already cached, "
            << report.stats.cache_written << " converted into " << options.cache << ", " << report.summary.claims
            << " claims\n";
  if (options.stats) print_stats(report);
  return report.diagnostics.has_errors() ? kExitBadInput : kExitClean;
}

// A claimcheck.yaml in a dataset folder given as PATH (or in the current folder) may name the
// dataset's facts (replacing that PATH) and, unless --rules was given, its rule packs; it may
// tune the rules and give defaults to --format, --fail-on and --timeout (apply_dataset_config).
// When several apply, each key comes from the first that sets it. A broken config is bad input:
// its problems land in `problems_out` (false), to be reported in every requested format like
// any other input error.
bool use_dataset_config(CliOptions& options, Diagnostics& problems_out) {
  std::vector<std::string> paths;
  DatasetConfig merged;
  auto apply = [&](const std::string& root, bool is_path) -> std::optional<bool> {
    std::filesystem::path file = std::filesystem::path(root) / kDatasetConfigName;
    std::error_code unreadable;  // a folder we may not read has no config we can use; add_paths says why
    if (!std::filesystem::is_regular_file(file, unreadable)) return std::nullopt;
    SourceManager sources;
    Diagnostics problems;
    std::vector<int> files = sources.add_paths({file.lexically_normal().generic_string()}, problems);
    std::optional<DatasetConfig> config;
    if (!files.empty()) config = read_dataset_config(sources.file(files.front()), problems);
    if (!config) {
      problems_out.append(problems);
      return false;
    }
    if (is_path) {
      if (config->facts.empty()) paths.push_back(root);
      paths.insert(paths.end(), config->facts.begin(), config->facts.end());
    }
    merge_dataset_config(merged, *config);
    options.config_files.push_back(sources.path(files.front()));
    return true;
  };
  for (const std::string& path : options.paths) {
    std::error_code unreadable;
    std::optional<bool> used = std::filesystem::is_directory(path, unreadable) ? apply(path, true) : std::nullopt;
    if (used && !*used) return false;
    if (!used) paths.push_back(path);
  }
  options.paths = paths;
  std::optional<bool> used = apply(".", false);
  if (used && !*used) return false;
  if (!options.rules_given && !merged.rules.empty()) options.rules = merged.rules;
  apply_dataset_config(merged, options, problems_out);
  return !problems_out.has_errors();
}

// Bad input found before loading (a broken claimcheck.yaml): reported in every requested
// format, as a bad facts file is, so a CI step still finds its SARIF or JSON; exit 2.
int report_bad_config(const Diagnostics& problems, const CliOptions& options) {
  SourceManager sources;
  Diagnostics unused;
  for (const Diagnostic& d : problems.all())  // the text report quotes the line at fault
    if (!d.range.file.empty()) sources.add_paths({d.range.file.str()}, unused);
  if (options.command == "rules" || options.command == "index") {  // they print text only
    std::cerr << diagnostics_text(problems, sources, options);
    return kExitBadInput;
  }
  Report report;
  report.diagnostics.append(problems);
  for (const OutputSpec& spec : options.outputs)
    if (int rc = write_output(render(spec, report, sources, options), spec.path)) return rc;
  return kExitBadInput;
}

// The rule packs installed with the program (PREFIX/bin/claimcheck reads PREFIX/share/claimcheck/rules):
// used when no --rules or claimcheck.yaml names packs and the current folder has no rules/.
void use_installed_rules(CliOptions& options) {
  std::error_code error;
  if (options.rules != std::vector<std::string>{"rules"} || std::filesystem::exists("rules", error)) return;
  std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return;
  std::filesystem::path installed = (program.parent_path() / CLAIMCHECK_RULES_FROM_BIN).lexically_normal();
  if (std::filesystem::is_directory(installed, error)) options.rules = {installed.string()};
}

// `claimcheck rules`: loads and validates the rule packs only, then lists them.
int list_rules(const CliOptions& options) {
  SourceManager sources;
  Diagnostics path_problems;
  std::vector<int> rule_files = sources.add_paths(options.rules, path_problems);
  sources.add_paths(options.config_files, path_problems);  // for carets, and never written over
  if (int rc = refuse_bad_outputs(options, sources)) return rc;
  CheckOptions tuned;  // lists the rules a check would use
  tuned.tuning = options.tuning;
  Report report = validate_only(sources, {}, rule_files, tuned);
  report.diagnostics.append(path_problems);
  if (report.diagnostics.has_errors()) {
    std::cerr << render_text(report, sources, TextOptions{false, true});
    return kExitBadInput;
  }
  if (int rc = write_output(render_rule_list(report.rules, options.format == "json"), options.output)) return rc;
  return kExitClean;
}

int run_command(int argc, char** argv) {
  try {
    std::optional<CliOptions> parsed = parse_cli(argc, argv, std::cerr);
    if (!parsed) return kExitBadInput;
    CliOptions& options = *parsed;
    if (options.help) {
      if (const CommandHelp* help = command_help(options.paths))
        std::cout << "usage: " << help->usage << "\n\n" << help->what << "\n\n" << options.description;
      else
        std::cout << kUsage << "\n" << options.description;
      return kExitClean;
    }
    if (options.version) {
      std::cout << "claimcheck " << version() << " (allocator: " << allocator_name() << ")\n";
      return kExitClean;
    }

    if (options.command == "completion") return write_output(*completion_script(options.paths.front()), "");
    if (options.command == "manpage") return write_output(man_page(version()), "");
    if (options.command == "explain-time") return explain_time(options);
    bool default_rules = !options.rules_given;
    Diagnostics config_problems;
    if (!use_dataset_config(options, config_problems)) return report_bad_config(config_problems, options);
    if (default_rules) use_installed_rules(options);
    if (options.command == "rules") return list_rules(options);

    SourceManager sources;
    sources.set_max_file_bytes(options.max_file_bytes);
    Diagnostics path_problems;
    std::vector<int> rule_files = sources.add_paths(options.rules, path_problems);
    std::vector<int> fact_files = sources.add_paths(options.paths, path_problems);
    // Read by no stage: registered so that a caret can quote a tuning name at fault, and so that
    // no report is written over one.
    sources.add_paths(options.config_files, path_problems);

    if (int rc = refuse_bad_outputs(options, sources)) return rc;
    ProgressBar bar;
    CheckOptions run = check_options(options, progress_wanted(options.progress) ? &bar : nullptr);
    if (!options.cache.empty() && !use_cache(options, run, sources)) return kExitBadInput;
    if (options.command == "index") {
      Report indexed = index_files(sources, fact_files, Shard{options.shard_index, options.shard_count}, run);
      bar.finish();
      return finish_index(indexed, path_problems, options, sources);
    }
    // Bad paths and a bad --baseline are bad input like a bad file: every problem is listed
    // (the files that were found are still loaded and validated) and nothing is solved.
    std::vector<BaselineEntry> accepted;
    if (!options.baseline.empty()) accepted = read_baseline_file(options.baseline, path_problems);
    bool solve = options.command != "validate" && !path_problems.has_errors();
    Report report =
        solve ? check(sources, fact_files, rule_files, run) : validate_only(sources, fact_files, rule_files, run);
    bar.finish();
    if (options.stats) print_stats(report);
    report.diagnostics.append(path_problems);

    int written = 0;  // every output is tried: one that fails leaves the others written
    if (!options.write_baseline.empty()) written = write_baseline_file(options.write_baseline, report);
    if (report.checked && !options.baseline.empty()) use_baseline(accepted, report);

    for (const OutputSpec& spec : options.outputs)  // solved once, rendered as often as asked
      if (int rc = write_output(render(spec, report, sources, options), spec.path)) written = rc;
    return written ? written : exit_code(report, options);
  } catch (const std::exception& e) {
    std::cerr << "claimcheck: internal error: " << e.what() << "\n";
    return kExitBadInput;
  }
}

}  // namespace

// Whatever a command printed (help, explain-time, index's counts) must have reached standard
// output: a full disk or a closed pipe behind it is an error (exit 2), never a silent success.
int main(int argc, char** argv) {
  program_start();
  int rc = run_command(argc, argv);
  errno = 0;
  std::cout.flush();
  bool failed = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (!failed) return rc;
  if (!stdout_failure_reported)
    std::cerr << "claimcheck: error: cannot write to standard output: "
              << (errno ? std::strerror(errno) : "write failed") << "\n";
  return kExitBadInput;
}
