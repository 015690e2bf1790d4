#pragma once

#include "diplograph/text.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph::core::text {

// Builds Document::text and its segments from the original bytes, one run at a time.
// Consecutive identity copies share one segment, so an unremarkable 50 MB input costs a handful of segments.
class TextBuilder {
  public:
    explicit TextBuilder(std::string_view original);

    // Copies original[start, start + length) unchanged.
    void copy(std::size_t start, std::size_t length);
    // Emits `replacement` for original[start, start + length); an empty replacement deletes the run.
    void replace(std::size_t start, std::size_t length, std::string_view replacement);
    // Emits the code point `codePoint` that was spelled as original[start, start + length), normalised
    // (curly quotes, dashes, spaces, invisible characters).
    void emitCodePoint(char32_t codePoint, std::size_t start, std::size_t length);
    // Emits U+FFFD for the ill-formed sequence original[start, start + length) and counts it.
    void replaceInvalid(std::size_t start, std::size_t length);
    // Normalises the UTF-8 of original[start, end): identity runs copied, the rest replaced; counts repairs.
    void normaliseRange(std::size_t start, std::size_t end);

    [[nodiscard]] const std::string& text() const { return m_text; }
    [[nodiscard]] std::size_t invalidSequences() const { return m_invalidSequences; }
    // The last byte emitted, or '\n' when nothing was emitted yet (so a document starts at a paragraph).
    [[nodiscard]] char lastChar() const { return m_text.empty() ? '\n' : m_text.back(); }
    // Moves the result out; the builder is empty afterwards.
    void finish(std::string& text, std::vector<OffsetSegment>& segments);

  private:
    std::string_view m_original;
    std::string m_text;
    std::vector<OffsetSegment> m_segments;
    bool m_lastIsIdentity = false;
    std::size_t m_invalidSequences = 0;
};

// The normalised spelling of one code point: `keep` means unchanged, otherwise `replacement` (maybe empty).
struct NormalisedChar {
    bool keep = true;
    std::string_view replacement;
};

// What the normaliser does with `codePoint` (see Document::text).
[[nodiscard]] NormalisedChar normaliseCodePoint(char32_t codePoint);

} // namespace diplograph::core::text
