// Hedged numbers: the words a source puts around a number, turned into the range it can mean.
#include "model/hedged_number.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <regex>

namespace claimcheck {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
const char* kNumber = R"(([-+]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[-+]?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?))";

double to_number(std::string text) {
  std::erase(text, ',');
  return std::strtod(text.c_str(), nullptr);
}

// The decimal `text` times tenths/10, rounded once to the nearest double, as a stated number
// is: "about 100" reaches exactly 110, so it still conflicts with "more than 110" (100 × 1.1 in
// doubles is 110.00000000000001). Schoolbook arithmetic on the digits keeps it exact.
double tenths_of(std::string text, int tenths) {
  std::erase(text, ',');
  std::string exponent;  // "e3" of "1.5e3": the digits below are the mantissa's
  if (std::size_t e = text.find_first_of("eE"); e != std::string::npos) {
    exponent = text.substr(e);
    text.erase(e);
  }
  bool negative = !text.empty() && text.front() == '-';
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.erase(0, 1);
  std::size_t point = text.find('.');
  std::size_t decimals = point == std::string::npos ? 0 : text.size() - point - 1;
  if (point != std::string::npos) text.erase(point, 1);
  std::string digits;  // text × tenths, least significant digit first
  int carry = 0;
  for (auto d = text.rbegin(); d != text.rend(); ++d) {
    int product = (*d - '0') * tenths + carry;
    digits.push_back(static_cast<char>('0' + product % 10));
    carry = product / 10;
  }
  for (; carry > 0; carry /= 10) digits.push_back(static_cast<char>('0' + carry % 10));
  while (digits.size() < decimals + 2) digits.push_back('0');
  std::string number(digits.rbegin(), digits.rend());
  number.insert(number.size() - decimals - 1, 1, '.');  // one more decimal: the division by 10
  return (negative ? -1 : 1) * std::strtod((number + exponent).c_str(), nullptr);
}

// "about 100" → 90..110: the widest reading a reporter's round number usually carries.
NumberRange around(const std::string& text) {
  double a = tenths_of(text, 9), b = tenths_of(text, 11);
  return {std::min(a, b), std::max(a, b), false, false};
}

// "nearly 100" → 90..100: up to a tenth short of the number in magnitude, so toward zero
// whatever its sign ("nearly -10" is -10..-9, not -11..-10).
NumberRange short_of(const std::string& text) {
  double a = tenths_of(text, 9), n = to_number(text);
  return {std::min(a, n), std::max(a, n), false, false};
}

}  // namespace

std::optional<NumberRange> read_hedged_number(const std::string& text) {
  static const std::regex exact(std::string("\\s*") + kNumber + "\\s*");
  static const std::regex hedge(
      std::string(
          R"(\s*(about|around|roughly|approximately|some|nearly|almost|more than|over|at least|fewer than|less than|under|at most|up to)\s+)") +
          kNumber + R"(\s*)",
      std::regex::icase);
  static const std::regex range(
      std::string(R"(\s*(?:between\s+)?)") + kNumber + R"(\s*(?:-|–|to|and)\s*)" + kNumber + R"(\s*)",
      std::regex::icase);
  std::smatch m;
  if (std::regex_match(text, m, exact)) {
    double n = to_number(m[1]);
    return NumberRange{n, n, false, false};
  }
  if (std::regex_match(text, m, range)) {
    double a = to_number(m[1]), b = to_number(m[2]);
    if (a > b) return std::nullopt;
    return NumberRange{a, b, false, false};
  }
  if (!std::regex_match(text, m, hedge)) return std::nullopt;
  std::string word = m[1];
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  double n = to_number(m[2]);
  if (word == "nearly" || word == "almost") return short_of(m[2]);
  if (word == "more than" || word == "over") return NumberRange{n, kInfinity, true, false};
  if (word == "at least") return NumberRange{n, kInfinity, false, false};
  if (word == "fewer than" || word == "less than" || word == "under") return NumberRange{-kInfinity, n, false, true};
  if (word == "at most" || word == "up to") return NumberRange{-kInfinity, n, false, false};
  return around(m[2]);
}

namespace {

__extension__ typedef __int128 Int128;

// A number exactly as a source wrote it: mantissa / 10^scale, read from the shortest decimal
// text that gives back the same double (what `0.95` or `105` was before it became binary), so
// that tolerances compare in decimal: 0.95 and 1.05 under 5% both reach exactly 0.9975.
struct Decimal {
  Int128 mantissa = 0;
  int scale = 0;
};

std::optional<Int128> times_ten_to(Int128 x, int power) {
  for (; power > 0; --power)
    if (__builtin_mul_overflow(x, Int128{10}, &x)) return std::nullopt;
  return x;
}

std::optional<Decimal> decimal_of(double x) {
  char text[64];
  auto [end, error] = std::to_chars(text, text + sizeof text, x);
  if (error != std::errc{}) return std::nullopt;
  Decimal d;
  bool negative = false, fraction = false;
  int exponent = 0, digits = 0;
  for (const char* c = text; c < end; ++c) {
    if (*c == '-') {
      negative = true;
    } else if (*c == '.') {
      fraction = true;
    } else if (*c == 'e') {
      exponent = std::atoi(c + 1);
      break;
    } else {
      if (++digits > 30) return std::nullopt;
      d.mantissa = d.mantissa * 10 + (*c - '0');
      if (fraction) ++d.scale;
    }
  }
  d.scale -= exponent;
  if (d.scale < 0) {
    std::optional<Int128> whole = times_ten_to(d.mantissa, -d.scale);
    if (!whole) return std::nullopt;
    d = {*whole, 0};
  }
  if (d.scale > 60) return std::nullopt;
  if (negative) d.mantissa = -d.mantissa;
  return d;
}

// Both at the larger scale; nullopt when that does not fit.
std::optional<std::pair<Int128, Int128>> aligned(const Decimal& a, const Decimal& b) {
  int scale = std::max(a.scale, b.scale);
  std::optional<Int128> x = times_ten_to(a.mantissa, scale - a.scale), y = times_ten_to(b.mantissa, scale - b.scale);
  if (!x || !y) return std::nullopt;
  return std::make_pair(*x, *y);
}

std::optional<Decimal> plus(const Decimal& a, const Decimal& b) {
  auto both = aligned(a, b);
  Int128 sum = 0;
  if (!both || __builtin_add_overflow(both->first, both->second, &sum)) return std::nullopt;
  return Decimal{sum, std::max(a.scale, b.scale)};
}

std::optional<int> compare(const Decimal& a, const Decimal& b) {
  auto both = aligned(a, b);
  if (!both) return std::nullopt;
  return both->first < both->second ? -1 : both->first > both->second ? 1 : 0;
}

// One end of a widened range: a decimal, or unbounded.
struct End {
  int infinite = 0;  // -1, 0 or +1
  Decimal value;
};

// An end moved outwards by the tolerance (`direction` -1 for a low end, +1 for a high one).
std::optional<End> widened(double x, int direction, const Tolerance& tolerance) {
  if (std::isinf(x)) return End{x < 0 ? -1 : 1, {}};
  std::optional<Decimal> value = decimal_of(x), amount = decimal_of(tolerance.amount);
  if (!value || !amount) return std::nullopt;
  Decimal slack = *amount;
  if (tolerance.percent) {  // |x| × amount / 100
    Int128 magnitude = value->mantissa < 0 ? -value->mantissa : value->mantissa;
    if (__builtin_mul_overflow(magnitude, amount->mantissa, &slack.mantissa)) return std::nullopt;
    slack.scale = value->scale + amount->scale + 2;
  }
  if (direction < 0) slack.mantissa = -slack.mantissa;
  std::optional<Decimal> moved = plus(*value, slack);
  if (!moved) return std::nullopt;
  return End{0, *moved};
}

std::optional<int> compare(const End& a, const End& b) {
  if (a.infinite != 0 || b.infinite != 0) return a.infinite == b.infinite ? 0 : a.infinite < b.infinite ? -1 : 1;
  return compare(a.value, b.value);
}

// The same test in binary floating point, for numbers too long for exact decimals (past about
// 30 digits): exact in every case a source writes.
bool ranges_agree_in_binary(const NumberRange& a, const NumberRange& b, const Tolerance& tolerance) {
  auto widen = [&](double x, int direction) {
    if (std::isinf(x)) return x;
    // Divided first: |x| × 5 overflows to infinity past 3.6e307 (and every range would then agree).
    double slack = tolerance.percent ? std::abs(x) / 100 * tolerance.amount : tolerance.amount;
    return x + direction * slack;
  };
  double a_low = widen(a.low, -1), b_low = widen(b.low, -1);
  double a_high = widen(a.high, 1), b_high = widen(b.high, 1);
  double low = std::max(a_low, b_low);
  double high = std::min(a_high, b_high);
  if (low < high) return true;
  if (low > high) return false;
  bool low_open = (a_low == low && a.low_open) || (b_low == low && b.low_open);
  bool high_open = (a_high == high && a.high_open) || (b_high == high && b.high_open);
  return !low_open && !high_open;
}

}  // namespace

bool ranges_agree(const NumberRange& a, const NumberRange& b, const Tolerance& tolerance) {
  std::optional<End> a_low = widened(a.low, -1, tolerance), b_low = widened(b.low, -1, tolerance);
  std::optional<End> a_high = widened(a.high, 1, tolerance), b_high = widened(b.high, 1, tolerance);
  if (!a_low || !b_low || !a_high || !b_high) return ranges_agree_in_binary(a, b, tolerance);
  std::optional<int> lows = compare(*a_low, *b_low), highs = compare(*a_high, *b_high);
  if (!lows || !highs) return ranges_agree_in_binary(a, b, tolerance);
  // The shared part runs from the higher low end to the lower high end.
  const End& low = *lows >= 0 ? *a_low : *b_low;
  const End& high = *highs <= 0 ? *a_high : *b_high;
  std::optional<int> order = compare(low, high);
  if (!order) return ranges_agree_in_binary(a, b, tolerance);
  if (*order != 0) return *order < 0;
  // They touch at one point: it counts only if neither range leaves it out. Widening moves an
  // end, never opens or closes it: "under 4" widened by 0.5 still leaves 4.5 out.
  bool low_open = (*lows >= 0 && a.low_open) || (*lows <= 0 && b.low_open);
  bool high_open = (*highs <= 0 && a.high_open) || (*highs >= 0 && b.high_open);
  return !low_open && !high_open;
}

}  // namespace claimcheck
