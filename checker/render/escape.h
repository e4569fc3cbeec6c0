// Escaping for every output format: one place that decides how untrusted text becomes safe.
#pragma once

#include <string>
#include <string_view>

namespace claimcheck {

// XML/HTML attribute values: & < > " ' and newlines/tabs become entities; characters XML 1.0
// forbids (control characters other than tab, newline, carriage return) become U+FFFD.
std::string escape_xml(std::string_view text);
// XML/HTML element text: the same, but newlines and tabs stay as they are.
std::string escape_xml_text(std::string_view text);
// Markdown inline text (table cells included): backslash-escapes punctuation Markdown reads,
// turns | into \| and newlines into <br>, and HTML-escapes < > & so no tag survives.
std::string escape_markdown(std::string_view text);
// GitHub workflow command message: % \r \n are percent-encoded.
std::string escape_github_data(std::string_view text);
// GitHub workflow command property (file=, title=): also : and , are percent-encoded.
std::string escape_github_property(std::string_view text);
// A relative path as a URI reference: every byte outside unreserved characters and '/' is %XX.
std::string percent_encode_path(std::string_view path);
// SARIF message text: [ ] \ are backslash-escaped so they never read as embedded links.
std::string escape_sarif_text(std::string_view text);

// A source URL fit for a Markdown or HTML link: empty unless http(s); bytes outside the URI
// characters, and ( ) ' " < > ` and spaces, are %XX.
std::string safe_url(std::string_view url);

}  // namespace claimcheck
