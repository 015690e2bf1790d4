#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace diplograph::core::text {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// One decoded code point: `length` bytes of input; `valid` is false for an ill-formed sequence, which then
// spans its maximal subpart (Unicode 15, 3.9) so that every byte is consumed exactly once.
struct DecodedChar {
    char32_t codePoint = kReplacementCharacter;
    std::size_t length = 1;
    bool valid = false;
};

// Decodes the code point at `pos` (< bytes.size()); never reads past the end, rejects overlongs and surrogates.
[[nodiscard]] DecodedChar decodeUtf8(std::string_view bytes, std::size_t pos);

// Appends the UTF-8 form of `codePoint` (U+FFFD for surrogates and values above U+10FFFF).
void appendUtf8(std::string& out, char32_t codePoint);

// True for UTF-8 continuation bytes (10xxxxxx).
[[nodiscard]] inline bool isContinuationByte(unsigned char byte)
{
    return (byte & 0xC0u) == 0x80u;
}

// True for ASCII whitespace and the Unicode spaces the normaliser keeps (it maps the others to ' ').
[[nodiscard]] inline bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

[[nodiscard]] inline bool isAsciiUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
[[nodiscard]] inline bool isAsciiLower(char c)
{
    return c >= 'a' && c <= 'z';
}
[[nodiscard]] inline bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}
[[nodiscard]] inline bool isAsciiLetter(char c)
{
    return isAsciiUpper(c) || isAsciiLower(c);
}
[[nodiscard]] inline char asciiLower(char c)
{
    return isAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

// A deliberately simple classification: non-ASCII code points are letters unless they fall in a known
// punctuation, symbol, space or control block. Good enough for Latin, Cyrillic, Greek, Arabic, CJK names.
[[nodiscard]] bool isLetterCodePoint(char32_t codePoint);
// Upper-case letters of the Latin-1, Latin Extended-A (even code points), Greek and Cyrillic blocks.
[[nodiscard]] bool isUpperCodePoint(char32_t codePoint);
// Lower-case letters of the same blocks.
[[nodiscard]] bool isLowerCodePoint(char32_t codePoint);

} // namespace diplograph::core::text
