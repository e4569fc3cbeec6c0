// Hedged numbers: the words a source puts around a number, turned into the range it can mean.
#include "model/hedged_number.h"

#include <algorithm>
#include <cctype>
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

bool ranges_agree(const NumberRange& a, const NumberRange& b, const Tolerance& tolerance) {
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
  // They touch at one point: it counts only if neither range leaves it out. Widening moves an
  // end, never opens or closes it: "under 4" widened by 0.5 still leaves 4.5 out.
  bool low_open = (a_low == low && a.low_open) || (b_low == low && b.low_open);
  bool high_open = (a_high == high && a.high_open) || (b_high == high && b.high_open);
  return !low_open && !high_open;
}

}  // namespace claimcheck
