#pragma once

#include "diplograph/types.h"
#include "text/text_builder.h"

#include <optional>
#include <string_view>

namespace diplograph::core::text {

// Where a converter found the headline: `range` in the built text when the headline is part of it.
struct HeadlineInfo {
    bool found = false;
    ByteRange range;
};

// True when `bytes` starts with <!doctype or <html, or holds several well-known HTML tags.
[[nodiscard]] bool looksLikeHtml(std::string_view bytes);

// Converts HTML to text: tags, comments, <script> and <style> dropped; entities decoded; block tags become
// "\n"; runs of whitespace collapse to one space. The headline is the first <h1>, else <title>.
[[nodiscard]] HeadlineInfo convertHtml(std::string_view original, TextBuilder& builder);

// Converts Markdown to text: heading marks, emphasis, inline code marks, list bullets and link targets
// dropped. The headline is a leading "# " heading.
[[nodiscard]] HeadlineInfo convertMarkdown(std::string_view original, TextBuilder& builder);

} // namespace diplograph::core::text
