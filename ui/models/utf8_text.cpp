#include "models/utf8_text.h"

#include <algorithm>

namespace diplograph::ui {

namespace {

// Length and code point of the valid UTF-8 sequence at `i`, or 0 if the byte starts none.
int decodeAt(std::string_view bytes, std::size_t i, char32_t& codePoint)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }
    int length = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, codePoint = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, codePoint = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, codePoint = lead & 0x07, minimum = 0x10000;
    } else {
        return 0;
    }
    if (i + length > bytes.size()) {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        const unsigned char next = byte(i + k);
        if ((next & 0xC0) != 0x80) {
            return 0;
        }
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid, as QString::fromUtf8 also judges.
    if (codePoint < minimum || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF) {
        return 0;
    }
    return length;
}

} // namespace

Utf8Text::Utf8Text(std::string_view bytes)
{
    m_text.reserve(static_cast<qsizetype>(bytes.size()));
    m_byteToUtf16.resize(bytes.size() + 1);
    m_utf16ToByte.reserve(bytes.size() + 1);
    std::size_t i = 0;
    while (i < bytes.size()) {
        char32_t codePoint = 0;
        int length = decodeAt(bytes, i, codePoint);
        if (length == 0) {
            length = 1;
            codePoint = 0xFFFD;
        }
        const int position = static_cast<int>(m_text.size());
        for (int k = 0; k < length; ++k) {
            m_byteToUtf16[i + k] = position;
        }
        if (codePoint >= 0x10000) {
            m_text.append(QChar(QChar::highSurrogate(codePoint)));
            m_text.append(QChar(QChar::lowSurrogate(codePoint)));
            m_utf16ToByte.push_back(i);
            m_utf16ToByte.push_back(i);
        } else {
            m_text.append(QChar(static_cast<char16_t>(codePoint)));
            m_utf16ToByte.push_back(i);
        }
        i += static_cast<std::size_t>(length);
    }
    m_byteToUtf16[bytes.size()] = static_cast<int>(m_text.size());
    m_utf16ToByte.push_back(bytes.size());
}

int Utf8Text::toUtf16(std::size_t byteOffset) const
{
    if (m_byteToUtf16.empty()) {
        return 0;
    }
    return m_byteToUtf16[std::min(byteOffset, m_byteToUtf16.size() - 1)];
}

std::size_t Utf8Text::toByte(int position) const
{
    if (m_utf16ToByte.empty() || position < 0) {
        return 0;
    }
    return m_utf16ToByte[std::min(static_cast<std::size_t>(position), m_utf16ToByte.size() - 1)];
}

} // namespace diplograph::ui
