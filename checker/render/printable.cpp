// Printable text: escapes what a terminal would act on instead of showing.
#include "render/printable.h"

#include <cstdio>

namespace claimcheck {

namespace {

std::string hex_escape(unsigned value, const char* format) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

// Length of the well-formed UTF-8 sequence starting at text[i], or 0 when it is not one.
std::size_t utf8_length(std::string_view text, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 && c >= 0xC2 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k)
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
  return length;
}

std::string escape_control(unsigned char c) {
  switch (c) {
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    default:
      return hex_escape(c, "\\x%02x");
  }
}

std::string escaped(std::string_view text, bool keep_tabs) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t length = utf8_length(text, i);
    if (length == 0) {
      out += hex_escape(c, "\\x%02x");
      ++i;
    } else if (length == 1 && ((c < 0x20 && !(keep_tabs && c == '\t')) || c == 0x7F)) {
      out += escape_control(c);
      ++i;
    } else if (length == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
      out += hex_escape(static_cast<unsigned char>(text[i + 1]), "\\u{%02x}");  // C1 controls U+0080..U+009F
      i += 2;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

}  // namespace

std::string printable(std::string_view text) {
  return escaped(text, false);
}
std::string printable_source_line(std::string_view text) {
  return escaped(text, true);
}

}  // namespace claimcheck
