// Completion scripts: every option, value word and command comes from option_table() and commands().
#include "cli/completion.h"

#include <sstream>
#include <vector>

#include "cli/commands.h"
#include "cli/options.h"

namespace claimcheck {

namespace {

bool completes_files(const OptionHelp& option) {
  return option.placeholder == "FILE" || option.placeholder == "PATH";
}

bool completes_folders(const OptionHelp& option) {
  return option.placeholder == "DIR";
}

std::string joined(const std::vector<std::string>& words, const std::string& between = " ") {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : between) + word;
  return out;
}

// The spellings of an option on the command line: "--format" and "-f".
std::vector<std::string> spellings(const OptionHelp& option) {
  std::vector<std::string> out{"--" + option.long_name};
  if (!option.short_name.empty()) out.push_back("-" + option.short_name);
  return out;
}

std::vector<std::string> command_names() {
  std::vector<std::string> names;
  for (const CommandHelp& command : commands()) names.push_back(command.name);
  return names;
}

const std::vector<std::string> kShells = {"bash", "zsh", "fish"};

// bash: what follows an option that takes a value (its words, paths, folders, or nothing to offer).
std::string bash_value_cases() {
  std::ostringstream out;
  for (const OptionHelp& option : option_table()) {
    if (option.placeholder.empty()) continue;
    out << "    " << joined(spellings(option), "|") << ")\n      ";
    if (!option.choices.empty())
      out << "mapfile -t COMPREPLY < <(compgen -W \"" << joined(option.choices) << "\" -- \"$cur\")";
    else if (completes_files(option))
      out << "compopt -o filenames; mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")";
    else if (completes_folders(option))
      out << "compopt -o filenames; mapfile -t COMPREPLY < <(compgen -d -- \"$cur\")";
    else
      out << "COMPREPLY=()";
    out << "\n      return ;;\n";
  }
  return out.str();
}

std::string bash_script() {
  std::vector<std::string> flags, with_value;
  for (const OptionHelp& option : option_table())
    for (const std::string& spelling : spellings(option))
      (option.placeholder.empty() ? flags : with_value).push_back(spelling);
  std::vector<std::string> all = flags;
  all.insert(all.end(), with_value.begin(), with_value.end());
  std::ostringstream out;
  out << "# bash completion for claimcheck, made by `claimcheck completion bash` from its option table.\n"
         "_claimcheck() {\n"
         "  local cur=${COMP_WORDS[COMP_CWORD]} prev=\"\"\n"
         "  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
         "  # --option=value: bash splits the word at '='.\n"
         "  if [[ $cur == = ]]; then\n"
         "    cur=\"\"\n"
         "  elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then\n"
         "    prev=${COMP_WORDS[COMP_CWORD - 2]}\n"
         "  fi\n"
         "  case $prev in\n"
      << bash_value_cases()
      << "  esac\n"
         "  if [[ $cur == -* ]]; then\n"
         "    mapfile -t COMPREPLY < <(compgen -W \""
      << joined(all)
      << "\" -- \"$cur\")\n"
         "    return\n"
         "  fi\n"
         "  # The command is the first word that is neither an option nor an option's value.\n"
         "  local i command=\"\"\n"
         "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
         "    case ${COMP_WORDS[i]} in\n"
         "      "
      << joined(with_value, "|")
      << ")\n"
         "        [[ ${COMP_WORDS[i + 1]} == = ]] && ((i++))\n"
         "        ((i++)) ;;\n"
         "      -* | =) ;;\n"
         "      *)\n"
         "        command=${COMP_WORDS[i]}\n"
         "        break ;;\n"
         "    esac\n"
         "  done\n"
         "  case $command in\n"
         "    \"\")\n"
         "      compopt -o filenames\n"
         "      mapfile -t COMPREPLY < <(compgen -W \""
      << joined(command_names())
      << "\" -- \"$cur\"; compgen -f -- \"$cur\") ;;\n"
         "    completion) mapfile -t COMPREPLY < <(compgen -W \""
      << joined(kShells)
      << "\" -- \"$cur\") ;;\n"
         "    explain-time) COMPREPLY=() ;;\n"
         "    *)\n"
         "      compopt -o filenames\n"
         "      mapfile -t COMPREPLY < <(compgen -f -- \"$cur\") ;;\n"
         "  esac\n"
         "}\n"
         "complete -F _claimcheck claimcheck\n";
  return out.str();
}

// Text inside a single-quoted zsh word and an _arguments description in [...].
std::string zsh_description(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\'')
      out += "'\\''";
    else if (c == '[' || c == ']' || c == '\\')
      out += std::string("\\") + c;
    else if (c == '\n')
      out += ' ';
    else
      out += c;
  }
  return out;
}

// One _arguments spec: '(-f --format)'{-f+,--format=}'[help]:format:(text json ...)'.
std::string zsh_spec(const OptionHelp& option) {
  bool value = !option.placeholder.empty();
  std::string long_form = "--" + option.long_name + (value ? "=" : "");
  std::string short_form = option.short_name.empty() ? "" : "-" + option.short_name + (value ? "+" : "");
  std::string out = option.repeatable    ? "'*'"
                    : short_form.empty() ? "'(--" + option.long_name + ")'"
                                         : "'(-" + option.short_name + " --" + option.long_name + ")'";
  out += short_form.empty() ? "'" + long_form + "'" : "{" + short_form + "," + long_form + "}";
  out.append("'[").append(zsh_description(option.description)).append("]");
  if (value) {
    out += ':' + zsh_description(option.placeholder) + ':';
    if (!option.choices.empty())
      out += '(' + joined(option.choices) + ')';
    else if (completes_files(option))
      out += "_files";
    else if (completes_folders(option))
      out += "_files -/";
    else
      out += " ";
  }
  return out + "'";
}

std::string zsh_script() {
  std::ostringstream out;
  out << "#compdef claimcheck\n"
         "# zsh completion for claimcheck, made by `claimcheck completion zsh` from its option table.\n"
         "_claimcheck() {\n"
         "  local context state state_descr line\n"
         "  typeset -A opt_args\n"
         "  local -a commands\n"
         "  commands=(\n";
  for (const CommandHelp& command : commands())
    out << "    '" << command.name << ":" << zsh_description(command.summary) << "'\n";
  out << "  )\n"
         "  _arguments -s -S \\\n";
  for (const OptionHelp& option : option_table()) out << "    " << zsh_spec(option) << " \\\n";
  out << "    '1: :->first' \\\n"
         "    '*: :->rest' && return 0\n"
         "  case $state in\n"
         "    first)\n"
         "      _describe -t commands command commands\n"
         "      _files ;;\n"
         "    rest)\n"
         "      case $line[1] in\n"
         "        completion) compadd "
      << joined(kShells)
      << " ;;\n"
         "        explain-time) ;;\n"
         "        *) _files ;;\n"
         "      esac ;;\n"
         "  esac\n"
         "}\n"
         "_claimcheck \"$@\"\n";
  return out.str();
}

// A single-quoted fish string.
std::string fish_quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out + "'";
}

std::string fish_script() {
  std::ostringstream out;
  std::string names = joined(command_names());
  out << "# fish completion for claimcheck, made by `claimcheck completion fish` from its option table.\n";
  for (const CommandHelp& command : commands())
    out << "complete -c claimcheck -n 'not __fish_seen_subcommand_from " << names << "' -a " << command.name << " -d "
        << fish_quoted(command.summary) << "\n";
  out << "complete -c claimcheck -n '__fish_seen_subcommand_from completion' -f -a " << fish_quoted(joined(kShells))
      << "\n"
         "complete -c claimcheck -n '__fish_seen_subcommand_from explain-time' -f\n";
  for (const OptionHelp& option : option_table()) {
    out << "complete -c claimcheck -l " << option.long_name;
    if (!option.short_name.empty()) out << " -s " << option.short_name;
    if (!option.choices.empty())
      out << " -x -a " << fish_quoted(joined(option.choices));
    else if (completes_files(option))
      out << " -r -F";
    else if (completes_folders(option))
      out << " -x -a '(__fish_complete_directories)'";
    else if (!option.placeholder.empty())
      out << " -x";
    out << " -d " << fish_quoted(option.description) << "\n";
  }
  return out.str();
}

}  // namespace

std::optional<std::string> completion_script(const std::string& shell) {
  if (shell == "bash") return bash_script();
  if (shell == "zsh") return zsh_script();
  if (shell == "fish") return fish_script();
  return std::nullopt;
}

}  // namespace claimcheck
