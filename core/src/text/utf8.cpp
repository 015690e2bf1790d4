#include "text/utf8.h"

namespace diplograph::core::text {

DecodedChar decodeUtf8(std::string_view bytes, std::size_t pos)
{
    const auto byteAt = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    const unsigned char lead = byteAt(pos);
    if (lead < 0x80u) {
        return {lead, 1, true};
    }
    std::size_t needed = 0;
    char32_t codePoint = 0;
    // The allowed range of the second byte excludes overlongs (E0, F0) and surrogates / > U+10FFFF (ED, F4).
    unsigned char low = 0x80u;
    unsigned char high = 0xBFu;
    if (lead >= 0xC2u && lead <= 0xDFu) {
        needed = 1;
        codePoint = lead & 0x1Fu;
    } else if (lead >= 0xE0u && lead <= 0xEFu) {
        needed = 2;
        codePoint = lead & 0x0Fu;
        if (lead == 0xE0u) {
            low = 0xA0u;
        } else if (lead == 0xEDu) {
            high = 0x9Fu;
        }
    } else if (lead >= 0xF0u && lead <= 0xF4u) {
        needed = 3;
        codePoint = lead & 0x07u;
        if (lead == 0xF0u) {
            low = 0x90u;
        } else if (lead == 0xF4u) {
            high = 0x8Fu;
        }
    } else {
        return {kReplacementCharacter, 1, false};
    }
    std::size_t length = 1;
    for (std::size_t i = 0; i < needed; ++i) {
        const std::size_t at = pos + 1 + i;
        if (at >= bytes.size()) {
            return {kReplacementCharacter, length, false};
        }
        const unsigned char next = byteAt(at);
        const unsigned char min = i == 0 ? low : 0x80u;
        const unsigned char max = i == 0 ? high : 0xBFu;
        if (next < min || next > max) {
            return {kReplacementCharacter, length, false};
        }
        codePoint = (codePoint << 6) | (next & 0x3Fu);
        ++length;
    }
    return {codePoint, length, true};
}

void appendUtf8(std::string& out, char32_t codePoint)
{
    if ((codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF) {
        codePoint = kReplacementCharacter;
    }
    if (codePoint < 0x80) {
        out.push_back(static_cast<char>(codePoint));
    } else if (codePoint < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (codePoint >> 6)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (codePoint >> 12)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (codePoint >> 18)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    }
}

bool isLetterCodePoint(char32_t c)
{
    if (c < 0x80) {
        return isAsciiLetter(static_cast<char>(c));
    }
    if (c < 0xC0) {
        return c == 0xAA || c == 0xB5 || c == 0xBA; // ª µ º; the rest of Latin-1 below À is symbols
    }
    if (c == 0xD7 || c == 0xF7) {
        return false; // × ÷
    }
    if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE6F) ||
        (c >= 0xFF00 && c <= 0xFF20) || (c >= 0xFFF0 && c <= 0xFFFF) || (c >= 0xE000 && c <= 0xF8FF) ||
        (c >= 0x1F000 && c <= 0x1FAFF) || c == 0x060C || c == 0x061B || c == 0x061F || c == 0x06D4) {
        return false; // general punctuation, symbols, arrows, CJK punctuation, specials, emoji, Arabic punctuation
    }
    return true;
}

bool isUpperCodePoint(char32_t c)
{
    if (c < 0x80) {
        return isAsciiUpper(static_cast<char>(c));
    }
    if (c >= 0xC0 && c <= 0xDE) {
        return c != 0xD7;
    }
    if (c >= 0x100 && c <= 0x17F) {
        return c % 2 == 0; // Latin Extended-A mostly alternates upper/lower (exceptions are rare in names)
    }
    return (c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F);
}

bool isLowerCodePoint(char32_t c)
{
    if (c < 0x80) {
        return isAsciiLower(static_cast<char>(c));
    }
    if (c >= 0xDF && c <= 0xFF) {
        return c != 0xF7;
    }
    if (c >= 0x100 && c <= 0x17F) {
        return c % 2 == 1;
    }
    return (c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x45F);
}

} // namespace diplograph::core::text
