// Renderers: turn a Report into text for a terminal or JSON for machines. Pure functions.
#pragma once

#include <string>

#include "claimcheck/report.h"
#include "claimcheck/source_manager.h"

namespace claimcheck {

struct TextOptions {
  bool color = false;
  bool show_source_lines = true;  // the offending line and a caret under diagnostics
};

std::string render_text(const Report& report, const SourceManager& sources,
                        const TextOptions& options = {});
std::string render_json(const Report& report);

}  // namespace claimcheck
