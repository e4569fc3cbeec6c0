// Printable text: user-supplied strings made safe for a terminal before a renderer prints them.
#pragma once

#include <string>
#include <string_view>

namespace claimcheck {

// Control characters (C0, DEL, C1) become visible escapes (\n, \r, \t, \x1b, \u{85}),
// and bytes that are not UTF-8 become \xNN, so a quote or a file name can neither break a
// report's lines nor send commands to the terminal. Other text is returned unchanged.
std::string printable(std::string_view text);
// As printable, but tabs stay tabs: a source line quoted above a caret, which copies its tabs so
// that the caret lines up.
std::string printable_source_line(std::string_view text);

}  // namespace claimcheck
