// Escaping for every output format: one place that decides how untrusted text becomes safe.
#include "render/escape.h"

#include <cstdio>

namespace claimcheck {

namespace {

std::string percent(unsigned char c) {
  char buffer[4];
  std::snprintf(buffer, sizeof buffer, "%%%02X", c);
  return buffer;
}

bool forbidden_in_xml(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

}  // namespace

std::string escape_xml_text(std::string_view text) {
  std::string out;
  for (char ch : text) {
    if (ch == '\n' || ch == '\t')
      out += ch;
    else
      out += escape_xml(std::string_view(&ch, 1));
  }
  return out;
}

std::string escape_xml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\n':
        out += "&#10;";
        break;  // survives attribute-value normalisation
      case '\r':
        out += "&#13;";
        break;
      case '\t':
        out += "&#9;";
        break;
      default:
        out += forbidden_in_xml(c) ? std::string("\xEF\xBF\xBD") : std::string(1, ch);
    }
  }
  return out;
}

std::string escape_markdown(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '\n':
        out += "<br>";
        break;
      case '\r':
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '|':
      case '#':
      case '~':
        out += '\\';
        out += ch;
        break;
      default:
        out += forbidden_in_xml(c) ? std::string("\xEF\xBF\xBD") : std::string(1, ch);
    }
  }
  return out;
}

namespace {

// Other control characters (ESC, BEL, …; a tab stays) would reach the CI log raw: an ANSI
// sequence in a quote could recolour or hide log lines. They become U+FFFD, as in the other
// machine formats.
bool is_log_control(char ch) {
  auto c = static_cast<unsigned char>(ch);
  return (c < 0x20 && ch != '\t') || c == 0x7f;
}

}  // namespace

std::string escape_github_data(std::string_view text) {
  std::string out;
  for (char ch : text) {
    if (ch == '%' || ch == '\r' || ch == '\n')
      out += percent(static_cast<unsigned char>(ch));
    else if (is_log_control(ch))
      out += "\xEF\xBF\xBD";
    else
      out += ch;
  }
  return out;
}

std::string escape_github_property(std::string_view text) {
  std::string out;
  for (char ch : text) {
    if (ch == '%' || ch == '\r' || ch == '\n' || ch == ':' || ch == ',')
      out += percent(static_cast<unsigned char>(ch));
    else if (is_log_control(ch))
      out += "\xEF\xBF\xBD";
    else
      out += ch;
  }
  return out;
}

std::string percent_encode_path(std::string_view path) {
  std::string out;
  for (char ch : path) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '.' || c == '_' || c == '~' || c == '/';
    out += unreserved ? std::string(1, ch) : percent(c);
  }
  return out;
}

std::string escape_sarif_text(std::string_view text) {
  std::string out;
  for (char ch : text) {
    if (ch == '[' || ch == ']' || ch == '\\') out += '\\';
    out += ch;
  }
  return out;
}

std::string safe_url(std::string_view url) {
  if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return "";
  static const std::string_view kAllowed = "-._~:/?#[]@!$&*+,;=%";
  std::string out;
  for (char ch : url) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                 kAllowed.find(ch) != std::string_view::npos;
    out += plain ? std::string(1, ch) : percent(c);
  }
  return out;
}

}  // namespace claimcheck
