#include "export/escape.h"

#include <cstdint>

namespace diplograph::core {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Length of the valid UTF-8 sequence at `at`, or 0 if invalid (overlongs, surrogates, > U+10FFFF rejected).
std::size_t sequenceLength(std::string_view text, std::size_t at)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) {
        return 1;
    }
    std::size_t length = 0;
    std::uint32_t min = 0;
    std::uint32_t code = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, min = 0x80, code = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, min = 0x800, code = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, min = 0x10000, code = lead & 0x07;
    } else {
        return 0;
    }
    if (at + length > text.size()) {
        return 0;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80) {
            return 0;
        }
        code = (code << 6) | (byte(at + i) & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return 0;
    }
    return length;
}

} // namespace

std::string validUtf8(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = sequenceLength(text, at);
        if (length == 0) {
            out += kReplacement;
            ++at;
        } else {
            out.append(text.substr(at, length));
            at += length;
        }
    }
    return out;
}

std::string xmlEscape(std::string_view text)
{
    const std::string valid = validUtf8(text);
    std::string out;
    out.reserve(valid.size() + 16);
    for (std::size_t i = 0; i < valid.size(); ++i) {
        const char c = valid[i];
        // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are valid UTF-8 but no XML 1.0 Char; surrogates never get here.
        if (c == '\xEF' && i + 2 < valid.size() && valid[i + 1] == '\xBF' &&
            (valid[i + 2] == '\xBE' || valid[i + 2] == '\xBF')) {
            out += kReplacement;
            i += 2;
            continue;
        }
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        case '\n': out += "&#10;"; break;
        case '\r': out += "&#13;"; break;
        case '\t': out += "&#9;"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += kReplacement;
            } else {
                out += c;
            }
        }
    }
    return out;
}

std::string dotEscape(std::string_view text)
{
    const std::string valid = validUtf8(text);
    std::string out;
    out.reserve(valid.size() + 8);
    for (char c : valid) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': break;
        default: out += c;
        }
    }
    return out;
}

std::string csvField(std::string_view text, bool allowFormulas)
{
    std::string valid = validUtf8(text);
    // A cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1-2", "@SUM") is written as text, with
    // the leading apostrophe the OWASP CSV-injection guidance recommends.
    if (!allowFormulas && !valid.empty() &&
        std::string_view("=+-@\t\r").find(valid.front()) != std::string_view::npos) {
        valid.insert(valid.begin(), '\'');
    }
    if (valid.find_first_of(",\"\r\n") == std::string::npos) {
        return valid;
    }
    std::string out = "\"";
    for (char c : valid) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
    return out;
}

} // namespace diplograph::core
