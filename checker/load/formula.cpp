// Formula parser: recursive descent over tokens, folding arithmetic into linear forms and
// logic into disjunctive normal form (negation moved onto the comparisons) as it goes; every
// error names the offending byte.
#include "load/formula.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <optional>
#include <tuple>
#include <utility>

#include "model/suggest.h"

namespace claimcheck {

namespace {

using Dnf = std::vector<std::vector<FormulaAtom>>;

struct Token {
  enum class Kind { number, name, symbol, end } kind = Kind::end;
  std::string text;
  std::size_t offset = 0;
};

struct Failure {
  FormulaError error;
};

[[noreturn]] void fail(std::string code, std::string message, std::size_t offset) {
  throw Failure{{std::move(code), std::move(message), offset}};
}

std::vector<Token> tokenize(const std::string& text) {
  static const char* const kSymbols[] = {"<=", ">=", "==", "!=", "<", ">", "=", "+", "-", "*", "(", ")"};
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    std::size_t start = i;
    if (std::isdigit(c)) {
      while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '_')) ++i;
      tokens.push_back({Token::Kind::number, text.substr(start, i - start), start});
      continue;
    }
    if (std::isalpha(c) || c == '_') {
      while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_')) ++i;
      tokens.push_back({Token::Kind::name, text.substr(start, i - start), start});
      continue;
    }
    bool matched = false;
    for (const char* symbol : kSymbols) {
      std::string s(symbol);
      if (text.compare(i, s.size(), s) == 0) {
        tokens.push_back({Token::Kind::symbol, s, start});
        i += s.size();
        matched = true;
        break;
      }
    }
    if (!matched) fail("expression-syntax", "unexpected character '" + text.substr(i, 1) + "'", start);
  }
  tokens.push_back({Token::Kind::end, "", text.size()});
  return tokens;
}

// Σ coefficient × (kind, binding) + constant.
struct Linear {
  std::map<std::pair<FormulaTerm::Kind, int>, std::int64_t> terms;
  std::int64_t constant = 0;
};

[[noreturn]] void overflowed(std::size_t offset) {
  fail("expression-overflow", "a number in this expression is too large", offset);
}

std::int64_t add(std::int64_t a, std::int64_t b, std::size_t offset) {
  std::int64_t r = 0;
  if (__builtin_add_overflow(a, b, &r)) overflowed(offset);
  return r;
}

std::int64_t multiply(std::int64_t a, std::int64_t b, std::size_t offset) {
  std::int64_t r = 0;
  if (__builtin_mul_overflow(a, b, &r)) overflowed(offset);
  return r;
}

Linear scaled(const Linear& x, std::int64_t factor, std::size_t offset) {
  Linear out;
  for (const auto& [key, coefficient] : x.terms)
    if (std::int64_t c = multiply(coefficient, factor, offset); c != 0) out.terms[key] = c;
  out.constant = multiply(x.constant, factor, offset);
  return out;
}

Linear sum(const Linear& a, const Linear& b, std::size_t offset) {
  Linear out = a;
  for (const auto& [key, coefficient] : b.terms) {
    std::int64_t c = add(out.terms[key], coefficient, offset);
    if (c == 0)
      out.terms.erase(key);
    else
      out.terms[key] = c;
  }
  out.constant = add(a.constant, b.constant, offset);
  return out;
}

// The options of a truth value in one polarity, or why they are too many. An expansion past the
// limit is an error only if the expression uses that polarity: `not` swaps the two, so the
// polarity an expression never needs must not reject it.
struct Options {
  Dnf dnf;
  std::optional<FormulaError> too_complex;
};

// A parsed sub-expression: a number (linear) or a truth value, as the options of when it holds
// and of when it fails. Negation is pushed onto the comparisons (negation normal form), so
// `not (a < b)` is `a >= b` and `not (a != b)` is `a == b`, never a product of negated options.
struct Value {
  bool is_truth = false;
  Linear linear;
  Options holds, fails;
  std::size_t offset = 0;
};

FormulaAtom atom_of(const Linear& terms, FormulaAtom::Op op, std::int64_t constant) {
  FormulaAtom atom;
  atom.op = op;
  atom.constant = constant;
  for (const auto& [key, coefficient] : terms.terms) atom.terms.push_back({key.first, key.second, coefficient});
  return atom;
}

// An atom without terms is just true or false.
Dnf dnf_of(FormulaAtom atom) {
  if (!atom.terms.empty()) return {{std::move(atom)}};
  bool holds = atom.op == FormulaAtom::Op::less         ? 0 < atom.constant
               : atom.op == FormulaAtom::Op::less_equal ? 0 <= atom.constant
                                                        : 0 == atom.constant;
  return holds ? Dnf{{}} : Dnf{};
}

bool same_atom(const FormulaAtom& a, const FormulaAtom& b) {
  if (a.op != b.op || a.constant != b.constant || a.terms.size() != b.terms.size()) return false;
  for (std::size_t i = 0; i < a.terms.size(); ++i)
    if (a.terms[i].kind != b.terms[i].kind || a.terms[i].binding != b.terms[i].binding ||
        a.terms[i].coefficient != b.terms[i].coefficient)
      return false;
  return true;
}

bool same_conjunction(const std::vector<FormulaAtom>& a, const std::vector<FormulaAtom>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!same_atom(a[i], b[i])) return false;
  return true;
}

// One end of the range a conjunction leaves a sum of terms.
struct Bound {
  std::int64_t at = 0;
  bool strict = false;
};

// Bounds of one sum T (its terms with the first coefficient positive) within a conjunction.
struct Range {
  std::optional<Bound> low, high;
  bool whole = true;  // T is a sum of days, so T < c is T <= c - 1
};

using TermKey = std::vector<std::tuple<int, int, std::int64_t>>;

// Narrows `range` by `T op c` (sign +1) or `-T op c` (sign -1); false when it cannot say.
bool narrow(Range& range, int sign, FormulaAtom::Op op, std::int64_t constant) {
  if (sign < 0 && constant == INT64_MIN) return false;
  std::int64_t c = sign > 0 ? constant : -constant;
  Bound bound{c, op == FormulaAtom::Op::less};
  if (bound.strict && range.whole) {
    if ((sign > 0 && c == INT64_MIN) || (sign < 0 && c == INT64_MAX)) return false;
    bound = {sign > 0 ? c - 1 : c + 1, false};
  }
  auto tighter_high = [](const Bound& a, const Bound& b) { return a.at < b.at || (a.at == b.at && a.strict); };
  auto tighter_low = [](const Bound& a, const Bound& b) { return a.at > b.at || (a.at == b.at && a.strict); };
  bool upper = op == FormulaAtom::Op::equal || sign > 0;
  bool lower = op == FormulaAtom::Op::equal || sign < 0;
  if (upper && (!range.high || tighter_high(bound, *range.high))) range.high = bound;
  if (lower && (!range.low || tighter_low(bound, *range.low))) range.low = bound;
  return true;
}

// No number satisfies both bounds of some sum of the conjunction (`T < 1 and T > 2`).
bool contradictory(const std::vector<FormulaAtom>& conjunction) {
  std::map<TermKey, Range> ranges;
  for (const FormulaAtom& atom : conjunction) {
    if (atom.terms.empty() || atom.terms.front().coefficient == INT64_MIN) continue;
    int sign = atom.terms.front().coefficient > 0 ? 1 : -1;
    TermKey key;
    bool whole = true;
    for (const FormulaTerm& t : atom.terms) {
      key.emplace_back(static_cast<int>(t.kind), t.binding,
                       t.coefficient == INT64_MIN ? t.coefficient : sign * t.coefficient);
      whole = whole && t.kind != FormulaTerm::Kind::value;
    }
    Range& range = ranges[key];
    range.whole = whole;
    narrow(range, sign, atom.op, atom.constant);
  }
  for (const auto& [key, range] : ranges)
    if (range.low && range.high &&
        (range.low->at > range.high->at ||
         (range.low->at == range.high->at && (range.low->strict || range.high->strict))))
      return true;
  return false;
}

// Drops conjunctions that cannot hold and repeated conjunctions; the order of what stays is
// kept. Stops once more than `limit` stay: dropping never shrinks what is kept, so the expansion
// is too large whatever follows.
Dnf simplified(Dnf dnf, std::size_t limit) {
  Dnf out;
  for (auto& conjunction : dnf) {
    if (out.size() > limit) break;
    if (contradictory(conjunction)) continue;
    if (std::any_of(out.begin(), out.end(), [&](const auto& kept) { return same_conjunction(kept, conjunction); }))
      continue;
    out.push_back(std::move(conjunction));
  }
  return out;
}

Options checked(Dnf dnf, std::size_t offset) {
  Options out;
  out.dnf = simplified(std::move(dnf), kMaxFormulaOptions);
  if (out.dnf.size() > kMaxFormulaOptions)
    out.too_complex = FormulaError{
        "expression-too-complex",
        "this expression expands to more than " + std::to_string(kMaxFormulaOptions) + " alternatives", offset};
  return out;
}

Options either(const Options& a, const Options& b, std::size_t offset) {
  if (a.too_complex) return a;
  if (b.too_complex) return b;
  Dnf out = a.dnf;
  out.insert(out.end(), b.dnf.begin(), b.dnf.end());
  return checked(std::move(out), offset);
}

// Both sides have at most kMaxFormulaOptions options, so their product is small enough to
// build before it is simplified and checked.
Options both(const Options& a, const Options& b, std::size_t offset) {
  if (a.too_complex) return a;
  if (b.too_complex) return b;
  Dnf out;
  for (const auto& x : a.dnf)
    for (const auto& y : b.dnf) {
      std::vector<FormulaAtom> conjunction = x;  // x and y repeat no atom of their own
      for (const FormulaAtom& atom : y)
        if (std::none_of(x.begin(), x.end(), [&](const FormulaAtom& seen) { return same_atom(seen, atom); }))
          conjunction.push_back(atom);
      out.push_back(std::move(conjunction));
    }
  return checked(std::move(out), offset);
}

const Dnf& options_of(const Options& options) {
  if (options.too_complex) throw Failure{*options.too_complex};
  return options.dnf;
}

class Parser {
 public:
  Parser(const std::string& text, const std::vector<std::string>& names) : tokens_(tokenize(text)), names_(names) {}

  Dnf parse() {
    Value v = parse_or();
    if (peek().kind != Token::Kind::end) fail("expression-syntax", "unexpected '" + peek().text + "'", peek().offset);
    return options_of(truth(v, "the expression").holds);
  }

 private:
  const Token& peek() const { return tokens_[position_]; }
  bool at_name(const char* word) const { return peek().kind == Token::Kind::name && peek().text == word; }
  bool at_symbol(const char* symbol) const { return peek().kind == Token::Kind::symbol && peek().text == symbol; }
  Token next() { return tokens_[position_ < tokens_.size() - 1 ? position_++ : position_]; }

  void expect_symbol(const char* symbol, const std::string& what) {
    if (!at_symbol(symbol))
      fail("expression-syntax", "expected '" + std::string(symbol) + "' " + what + ", not " + describe(peek()),
           peek().offset);
    next();
  }

  static std::string describe(const Token& t) {
    return t.kind == Token::Kind::end ? "the end of the expression" : "'" + t.text + "'";
  }

  static const Value& truth(const Value& v, const std::string& what) {
    if (!v.is_truth)
      fail("expression-type", what + " must be a comparison or a combination of comparisons, not a number", v.offset);
    return v;
  }

  static const Value& number(const Value& v, const std::string& what) {
    if (v.is_truth) fail("expression-type", what + " must be a number, not a comparison", v.offset);
    return v;
  }

  Value parse_or() {
    Value left = parse_and();
    while (at_name("or")) {
      std::size_t at = next().offset;
      Value right = parse_and();
      truth(left, "each side of 'or'");
      truth(right, "each side of 'or'");
      left.fails = both(left.fails, right.fails, at);  // not (a or b) = not a and not b
      left.holds = either(left.holds, right.holds, at);
    }
    return left;
  }

  Value parse_and() {
    Value left = parse_not();
    while (at_name("and")) {
      std::size_t at = next().offset;
      Value right = parse_not();
      truth(left, "each side of 'and'");
      truth(right, "each side of 'and'");
      left.fails = either(left.fails, right.fails, at);  // not (a and b) = not a or not b
      left.holds = both(left.holds, right.holds, at);
    }
    return left;
  }

  Value parse_not() {
    if (!at_name("not")) return parse_comparison();
    std::size_t at = next().offset;
    Value out = truth(parse_not(), "what 'not' negates");
    std::swap(out.holds, out.fails);
    out.offset = at;
    return out;
  }

  std::optional<std::string> comparison_symbol() const {
    for (const char* s : {"<=", ">=", "==", "!=", "<", ">", "="})
      if (at_symbol(s)) return std::string(s);
    return std::nullopt;
  }

  Value parse_comparison() {
    Value left = parse_sum();
    std::optional<std::string> op = comparison_symbol();
    if (!op) return left;
    std::size_t at = next().offset;
    Value right = parse_sum();
    if (comparison_symbol()) fail("expression-syntax", "comparisons do not chain: join them with 'and'", peek().offset);
    Linear difference = sum(number(left, "the left side of '" + *op + "'").linear,
                            scaled(number(right, "the right side of '" + *op + "'").linear, -1, at), at);
    Value out;
    out.is_truth = true;
    out.offset = left.offset;
    out.holds = compare(difference, *op, at);
    out.fails = compare(difference, opposite(*op), at);
    return out;
  }

  // The comparison that holds exactly when `op` fails.
  static std::string opposite(const std::string& op) {
    static const std::map<std::string, std::string> kOpposite = {{"<=", ">"},  {">", "<="}, {"<", ">="}, {">=", "<"},
                                                                 {"==", "!="}, {"=", "!="}, {"!=", "=="}};
    return kOpposite.at(op);
  }

  // T + k op 0, as atoms Σ terms op constant.
  static Options compare(const Linear& d, const std::string& op, std::size_t at) {
    std::int64_t k = d.constant;
    std::int64_t minus_k = multiply(k, -1, at);
    Linear negative = scaled(d, -1, at);
    using Op = FormulaAtom::Op;
    auto one = [](FormulaAtom atom) { return Options{dnf_of(std::move(atom)), std::nullopt}; };
    if (op == "<=") return one(atom_of(d, Op::less_equal, minus_k));
    if (op == "<") return one(atom_of(d, Op::less, minus_k));
    if (op == ">=") return one(atom_of(negative, Op::less_equal, k));
    if (op == ">") return one(atom_of(negative, Op::less, k));
    if (op == "!=") return either(one(atom_of(d, Op::less, minus_k)), one(atom_of(negative, Op::less, k)), at);
    return one(atom_of(d, Op::equal, minus_k));  // "==" or "="
  }

  Value parse_sum() {
    Value left = parse_product();
    while (at_symbol("+") || at_symbol("-")) {
      Token op = next();
      Value right = parse_product();
      Linear r = number(right, "the right side of '" + op.text + "'").linear;
      left.linear = sum(number(left, "the left side of '" + op.text + "'").linear,
                        op.text == "-" ? scaled(r, -1, op.offset) : r, op.offset);
    }
    return left;
  }

  Value parse_product() {
    Value left = parse_unary();
    while (at_symbol("*")) {
      std::size_t at = next().offset;
      Value right = parse_unary();
      const Linear& a = number(left, "the left side of '*'").linear;
      const Linear& b = number(right, "the right side of '*'").linear;
      if (!a.terms.empty() && !b.terms.empty())
        fail("expression-nonlinear", "'*' multiplies by a constant only: both sides depend on claims", at);
      left.linear = a.terms.empty() ? scaled(b, a.constant, at) : scaled(a, b.constant, at);
    }
    return left;
  }

  Value parse_unary() {
    if (!at_symbol("-")) return parse_primary();
    std::size_t at = next().offset;
    Value operand = parse_unary();
    Value out;
    out.offset = at;
    out.linear = scaled(number(operand, "what '-' negates").linear, -1, at);
    return out;
  }

  Value parse_primary() {
    const Token& t = peek();
    if (t.kind == Token::Kind::number) return parse_literal();
    if (at_symbol("(")) {
      std::size_t at = next().offset;
      Value inner = parse_or();
      expect_symbol(")", "to close the '(' at column " + std::to_string(at + 1) + " of the expression");
      inner.offset = at;
      return inner;
    }
    if (t.kind == Token::Kind::name) return parse_call();
    fail("expression-syntax", "expected a number, a name or '(', not " + describe(t), t.offset);
  }

  // 365, or a duration: 2 days, 3 weeks, 1 year (365 days).
  Value parse_literal() {
    Token t = next();
    std::string digits;
    for (char c : t.text)
      if (c != '_') digits += c;
    std::int64_t n = 0;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (error != std::errc() || end != digits.data() + digits.size())
      fail("expression-overflow", "the number '" + t.text + "' is too large", t.offset);
    static const std::map<std::string, std::int64_t> kUnits = {{"day", 1},   {"days", 1},   {"week", 7},
                                                               {"weeks", 7}, {"year", 365}, {"years", 365}};
    if (peek().kind == Token::Kind::name && !at_name("and") && !at_name("or") && !at_name("not")) {
      auto unit = kUnits.find(peek().text);
      if (unit == kUnits.end()) {
        std::vector<std::string> units;
        for (const auto& [name, days] : kUnits) units.push_back(name);
        fail("expression-unit",
             "unknown unit '" + peek().text + "'" + did_you_mean(peek().text, units) +
                 ": durations are in days, weeks or years (365 days)",
             peek().offset);
      }
      next();
      n = multiply(n, unit->second, t.offset);
    }
    Value out;
    out.offset = t.offset;
    out.linear.constant = n;
    return out;
  }

  // start(a), end(a), value(a).
  Value parse_call() {
    Token function = next();
    static const std::map<std::string, FormulaTerm::Kind> kFunctions = {
        {"start", FormulaTerm::Kind::start}, {"end", FormulaTerm::Kind::end}, {"value", FormulaTerm::Kind::value}};
    auto kind = kFunctions.find(function.text);
    if (kind == kFunctions.end()) {
      std::string hint = std::find(names_.begin(), names_.end(), function.text) != names_.end()
                             ? ": a bound name is used as start(" + function.text + "), end(" + function.text +
                                   ") or value(" + function.text + ")"
                             : did_you_mean(function.text, {"start", "end", "value", "and", "or", "not"});
      fail("expression-unknown-function", "unknown function '" + function.text + "'" + hint, function.offset);
    }
    expect_symbol("(", "after '" + function.text + "'");
    const Token& name = peek();
    if (name.kind != Token::Kind::name)
      fail("expression-syntax", "expected a bound name inside " + function.text + "(), not " + describe(name),
           name.offset);
    auto found = std::find(names_.begin(), names_.end(), name.text);
    if (found == names_.end())
      fail("expression-unknown-name", "'" + name.text + "' is not bound by 'bind'" + did_you_mean(name.text, names_),
           name.offset);
    next();
    expect_symbol(")", "after the name");
    Value out;
    out.offset = function.offset;
    out.linear.terms[{kind->second, static_cast<int>(found - names_.begin())}] = 1;
    return out;
  }

  std::vector<Token> tokens_;
  std::size_t position_ = 0;
  const std::vector<std::string>& names_;
};

}  // namespace

ParsedFormula parse_formula(const std::string& text, const std::vector<std::string>& names) {
  try {
    Parser parser(text, names);
    return parser.parse();
  } catch (const Failure& failure) {
    return failure.error;
  }
}

}  // namespace claimcheck
