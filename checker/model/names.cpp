// Entity names on utf8proc: the only file that sees it (NFC, case folding, stripping marks).
#include "model/names.h"

#include <utf8proc.h>

#include <cctype>
#include <cstdlib>

namespace claimcheck {

namespace {

// `text` mapped by utf8proc under `options` into `out`; false when it is not UTF-8.
bool mapped(std::string_view text, utf8proc_option_t options, std::string& out) {
  utf8proc_uint8_t* result = nullptr;
  utf8proc_ssize_t length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                         static_cast<utf8proc_ssize_t>(text.size()), &result, options);
  if (length < 0) return false;
  out.assign(reinterpret_cast<const char*>(result), static_cast<std::size_t>(length));
  std::free(result);
  return true;
}

bool is_space(utf8proc_int32_t c) {
  if (c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == 0x85) return true;
  utf8proc_category_t category = utf8proc_category(c);
  return category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL || category == UTF8PROC_CATEGORY_ZP;
}

bool is_letter_or_digit(utf8proc_int32_t c) {
  switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

// Calls `each` with every code point of valid UTF-8 `text`.
template <typename Each>
void for_each_code_point(std::string_view text, Each each) {
  const auto* at = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t used = utf8proc_iterate(at, left, &c);
    if (used <= 0) return;
    each(c);
    at += used;
    left -= used;
  }
}

void append_utf8(utf8proc_int32_t c, std::string& out) {
  utf8proc_uint8_t bytes[4];
  utf8proc_ssize_t n = utf8proc_encode_char(c, bytes);
  out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(n));
}

bool is_ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// Most names are ASCII, whose NFC is itself: a million claims' names are normalised while
// loading, and utf8proc's map (decompose, compose, allocate) costs microseconds each.
std::string normalise_ascii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space_pending = false;
  for (char c : text) {
    if (is_ascii_space(c)) {
      space_pending = !out.empty();
      continue;
    }
    if (space_pending) out += ' ';
    space_pending = false;
    out += c;
  }
  return out;
}

// ASCII's compatibility decomposition is itself and its case folding is lower case.
std::u32string ascii_key(std::string_view name) {
  std::u32string key;
  for (char c : name) {
    auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte)) key += static_cast<char32_t>(std::tolower(byte));
  }
  return key;
}

}  // namespace

std::string normalise_name(std::string_view text) {
  if (is_ascii(text)) return normalise_ascii(text);
  std::string composed;
  if (!mapped(text, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE), composed))
    return std::string(text);
  std::string out;
  out.reserve(composed.size());
  bool space_pending = false;
  for_each_code_point(composed, [&](utf8proc_int32_t c) {
    if (is_space(c)) {
      space_pending = !out.empty();
      return;
    }
    if (space_pending) out += ' ';
    space_pending = false;
    append_utf8(c, out);
  });
  return out;
}

std::u32string name_key(std::string_view name) {
  if (is_ascii(name)) return ascii_key(name);
  std::string folded;
  auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                                                UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  if (!mapped(name, options, folded)) folded.assign(name);
  std::u32string key;
  for_each_code_point(folded, [&](utf8proc_int32_t c) {
    if (is_letter_or_digit(c)) key += static_cast<char32_t>(c);
  });
  return key;
}

}  // namespace claimcheck
