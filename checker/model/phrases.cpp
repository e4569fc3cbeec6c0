// Phrases shared by explanations and renderers.
#include "model/phrases.h"

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
  if (!selector.values.empty()) text += " " + join_quoted(texts_of(selector.values), " or ");
  if (!selector.object.empty()) text += " (with " + selector.object + ")";
  return text;
}

}  // namespace claimcheck
