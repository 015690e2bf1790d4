#pragma once

#include <cstddef>
#include <string_view>

namespace diplograph::core::text {

// How a word written with a final period behaves at a candidate sentence end.
enum class AbbreviationKind {
    Invalid = 0,
    None,         // an ordinary word: the period ends the sentence
    Title,        // Mr., Gen., e.g.: never ends a sentence
    BeforeNumber, // No., Jan., Sept.: not before a number, else like Final
    Final,        // U.S., Inc., etc.: ends a sentence only before a typical sentence opener
};

// Classifies `word` (the letters and dots before a period, without that period).
[[nodiscard]] AbbreviationKind classifyAbbreviation(std::string_view word);

// True for words that often open a sentence ("The", "It", "But"), compared case-insensitively.
[[nodiscard]] bool isSentenceOpener(std::string_view word);

// If text[start, end) (a trimmed paragraph) opens with a dateline such as "TEHRAN, Jun. 18 (MNA) -" or
// "MOSCOW, May 15. /TASS/.", returns the offset just past it; otherwise returns start.
[[nodiscard]] std::size_t datelineEnd(std::string_view text, std::size_t start, std::size_t end);

} // namespace diplograph::core::text
