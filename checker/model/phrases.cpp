// Phrases shared by explanations and renderers.
#include "model/phrases.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace claimcheck {

std::string quoted(const std::string& text) {
  return "'" + text + "'";
}

std::string join(const std::vector<std::string>& items, const std::string& last) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : i + 1 == items.size() ? last : ", ") + items[i];
  return out;
}

std::string join_quoted(const std::vector<std::string>& items, const std::string& last) {
  std::vector<std::string> words;
  for (const std::string& item : items) words.push_back(quoted(item));
  return join(words, last);
}

std::string describe_bound(const DayWindow& window) {
  if (window.earliest <= kFirstDay && window.latest >= kLastDay) return "an unknown day";
  return format_window(window);
}

std::string side_words(const ClaimSelector& selector, bool quote_name) {
  const std::string& name = selector.event.empty() ? selector.state : selector.event;
  std::string text = quote_name ? quoted(name) : name;
  // ' ', not " ": a string literal prepended to a temporary string is an insert that GCC 12 at
  // -O2/-O3 misreads as an overlapping copy (-Wrestrict, GCC bug 105329); a char is not.
  if (!selector.values.empty()) text += ' ' + join_quoted(texts_of(selector.values), " or ");
  if (!selector.object.empty()) text += " (with " + selector.object + ")";
  return text;
}

}  // namespace claimcheck

namespace claimcheck {

namespace {

using Op = FormulaAtom::Op;
using Term = FormulaTerm;

// A binding name that reads as a word ("earlier", "first_report") is an adjective of "claim";
// any other ("a", "x2") stands after it.
bool reads_as_word(const std::string& name) {
  if (name.size() < 3) return false;
  for (char c : name)
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}

std::string spaced(std::string name) {
  std::replace(name.begin(), name.end(), '_', ' ');
  return name;
}

const std::string& name_of(const Rule& rule, const Term& term) {
  return rule.bindings[static_cast<std::size_t>(term.binding)].name;
}

// The claim a term reads, where it opens the comparison ("the earlier claim", "claim a") and where
// it closes it ("the later one", "claim b", "it" for the same claim).
std::string claim_subject(const std::string& name) {
  return reads_as_word(name) ? "the " + spaced(name) + " claim" : "claim " + name;
}
std::string claim_object(const std::string& name, bool same_claim) {
  if (same_claim) return "it";
  return reads_as_word(name) ? "the " + spaced(name) + " one" : "claim " + name;
}
std::string figure_subject(const std::string& name) {
  return reads_as_word(name) ? "the " + spaced(name) + " figure" : "claim " + name + "'s figure";
}
std::string figure_object(const std::string& name) {
  return reads_as_word(name) ? "the " + spaced(name) + " one" : "claim " + name + "'s";
}

const char* day_verb(Term::Kind kind) {
  return kind == Term::Kind::start ? "starts" : "ends";
}

std::string days(std::int64_t n) {
  return std::to_string(n) + (n == 1 ? " day" : " days");
}

// The relation of a day to another, `subject op object + k` with `op` one of <=, >=, =
// (`greater` flips <= into >=).
std::string day_relation(Op op, bool greater, std::int64_t k) {
  if (op == Op::equal) {
    if (k == 0) return "on the day";
    return "exactly " + days(k > 0 ? k : -k) + (k > 0 ? " after" : " before");
  }
  if (!greater) {  // subject <= object + k
    if (k == 0) return "on or before";
    if (k == -1) return "before";
    if (k < 0) return "at least " + days(-k) + " before";
    return "no later than " + days(k) + " after";
  }
  if (k == 0) return "on or after";  // subject >= object + k
  if (k == 1) return "after";
  if (k > 0) return "at least " + days(k) + " after";
  return "no earlier than " + days(-k) + " before";
}

std::string number_text(std::int64_t n) {
  return std::to_string(n);
}

const char* value_relation(Op op, bool greater, bool strict) {
  if (op == Op::equal) return "equals";
  if (greater) return strict ? "is higher than" : "is at least";
  return strict ? "is lower than" : "is at most";
}

// `coefficient * function(name)` as written in the assert language.
std::string formula_term(const Rule& rule, const Term& term, bool first) {
  static const char* const kFunctions[] = {"start", "end", "value"};
  std::int64_t c = term.coefficient;
  std::string sign = c < 0 ? (first ? "-" : " - ") : (first ? "" : " + ");
  std::uint64_t magnitude = c < 0 ? 0 - static_cast<std::uint64_t>(c) : static_cast<std::uint64_t>(c);
  std::string factor = magnitude == 1 ? "" : std::to_string(magnitude) + " * ";
  return sign + factor + kFunctions[static_cast<int>(term.kind)] + "(" + name_of(rule, term) + ")";
}

// An atom no sentence shape fits, in the assert language: "2 * end(a) - start(b) <= 3".
std::string formula(const Rule& rule, const FormulaAtom& atom) {
  std::vector<Term> terms = atom.terms;  // claim by claim, in the order they are bound
  std::stable_sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) { return a.binding < b.binding; });
  std::string out;
  for (std::size_t i = 0; i < terms.size(); ++i) out += formula_term(rule, terms[i], i == 0);
  const char* op = atom.op == Op::less ? " < " : atom.op == Op::less_equal ? " <= " : " == ";
  return out + op + std::to_string(atom.constant);
}

bool is_day(const Term& term) {
  return term.kind != Term::Kind::value;
}

// `term op k` of one claim: "the earlier figure is at most 100", "claim a starts on or after 2020-01-01".
std::string one_term_words(const Rule& rule, const FormulaAtom& atom) {
  const Term& term = atom.terms.front();
  if (term.coefficient != 1 && term.coefficient != -1) return formula(rule, atom);
  bool greater = term.coefficient < 0;  // -t <= k is t >= -k
  if (atom.constant == INT64_MIN) return formula(rule, atom);
  std::int64_t k = greater ? -atom.constant : atom.constant;
  const std::string& name = name_of(rule, term);
  if (!is_day(term))
    return figure_subject(name) + " " + value_relation(atom.op, greater, atom.op == Op::less) + " " + number_text(k);
  if (atom.op == Op::less) k += greater ? 1 : -1;  // whole days: t < k is t <= k - 1
  std::string when = atom.op == Op::equal ? "on" : greater ? "on or after" : "on or before";
  if (k < kFirstDay || k > kLastDay) return formula(rule, atom);
  return claim_subject(name) + " " + day_verb(term.kind) + " " + when + " " + format_day(static_cast<Day>(k));
}

// `subject - object op k` (coefficients +1 and -1) as `subject op object + k`, in words.
std::string two_term_words(const Rule& rule, const FormulaAtom& atom) {
  const Term& a = atom.terms[0];
  const Term& b = atom.terms[1];
  if (a.coefficient + b.coefficient != 0 || (a.coefficient != 1 && a.coefficient != -1) || is_day(a) != is_day(b) ||
      atom.constant == INT64_MIN)
    return formula(rule, atom);
  // The subject is the claim bound first (of one claim, its end: "ends … after it starts").
  bool a_first = a.binding != b.binding ? a.binding < b.binding : a.kind == Term::Kind::end;
  const Term& subject = a_first ? a : b;
  const Term& object = a_first ? b : a;
  bool greater = subject.coefficient < 0;  // -s + o <= k is s >= o - k
  std::int64_t k = greater ? -atom.constant : atom.constant;
  if (!is_day(subject)) {
    std::string out = figure_subject(name_of(rule, subject)) + " " +
                      value_relation(atom.op, greater, atom.op == Op::less) + " " +
                      figure_object(name_of(rule, object));
    if (k > 0) out += " plus " + number_text(k);
    if (k < 0) out += " minus " + number_text(-k);
    return out;
  }
  if (atom.op == Op::less) k += greater ? 1 : -1;
  Op op = atom.op == Op::equal ? Op::equal : Op::less_equal;
  return claim_subject(name_of(rule, subject)) + " " + day_verb(subject.kind) + " " + day_relation(op, greater, k) +
         " " + claim_object(name_of(rule, object), subject.binding == object.binding) + " " + day_verb(object.kind);
}

std::string atom_words(const Rule& rule, const FormulaAtom& atom) {
  for (const Term& term : atom.terms)
    if (term.binding < 0 || static_cast<std::size_t>(term.binding) >= rule.bindings.size()) return "";
  if (atom.terms.size() == 1) return one_term_words(rule, atom);
  if (atom.terms.size() == 2) return two_term_words(rule, atom);
  return formula(rule, atom);
}

std::string number_word(std::size_t n) {
  static const char* const kWords[] = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  return n < 10 ? kWords[n] : std::to_string(n);
}

}  // namespace

std::string expression_in_words(const Rule& rule) {
  if (rule.formula_options.empty()) return "never holds";
  std::vector<std::string> options;
  for (const std::vector<FormulaAtom>& conjunction : rule.formula_options) {
    if (conjunction.empty()) return "always holds";
    std::vector<std::string> atoms;
    for (const FormulaAtom& atom : conjunction) atoms.push_back(atom_words(rule, atom));
    if (std::find(atoms.begin(), atoms.end(), "") != atoms.end()) return rule.formula;
    options.push_back(join(atoms, " and "));
  }
  return join(options, ", or ");
}

std::string expression_bindings_in_words(const Rule& rule) {
  std::vector<std::string> names;
  bool one_selector = true;
  for (const FormulaBinding& b : rule.bindings) {
    names.push_back(b.name);
    one_selector = one_selector && side_words(b.selector, true) == side_words(rule.bindings.front().selector, true);
  }
  std::string of_one = rule.match == RuleMatch::subject ? " of one subject" : " of one subject and object";
  if (rule.bindings.empty()) return "the claims" + of_one;
  if (one_selector) {
    const std::string kinds = side_words(rule.bindings.front().selector, true);
    std::string count = rule.bindings.size() == 1 ? "any" : "any " + number_word(rule.bindings.size());
    return count + " " + kinds + (rule.bindings.size() == 1 ? " claim" : " claims") + of_one + ", " + join(names);
  }
  std::vector<std::string> each;
  for (const FormulaBinding& b : rule.bindings) each.push_back(side_words(b.selector, true) + " claim " + b.name);
  return "any " + join(each) + of_one;
}

std::string capitalized(std::string text) {
  if (!text.empty() && text.front() >= 'a' && text.front() <= 'z')
    text.front() = static_cast<char>(text.front() - 'a' + 'A');
  return text;
}

}  // namespace claimcheck
