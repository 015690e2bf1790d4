#pragma once

#include <QString>

#include <cstddef>
#include <string_view>
#include <vector>

namespace diplograph::ui {

// UTF-8 bytes decoded to a QString with maps both ways between byte offsets and UTF-16 positions.
// Invalid bytes become one U+FFFD each, so every byte offset has a position.
class Utf8Text {
public:
    Utf8Text() = default;
    explicit Utf8Text(std::string_view bytes);

    [[nodiscard]] const QString& text() const { return m_text; }
    [[nodiscard]] std::size_t byteCount() const { return m_byteToUtf16.empty() ? 0 : m_byteToUtf16.size() - 1; }
    // The UTF-16 position of the character holding `byteOffset` (clamped to the end).
    [[nodiscard]] int toUtf16(std::size_t byteOffset) const;
    // The byte offset where the character at UTF-16 `position` starts (clamped to the end).
    [[nodiscard]] std::size_t toByte(int position) const;

private:
    QString m_text;
    std::vector<int> m_byteToUtf16;         // one per byte, plus the end
    std::vector<std::size_t> m_utf16ToByte; // one per code unit, plus the end
};

} // namespace diplograph::ui
