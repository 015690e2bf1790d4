#include "text/text_builder.h"

#include "text/utf8.h"

namespace diplograph::core::text {

NormalisedChar normaliseCodePoint(char32_t c)
{
    switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032: return {false, "'"};
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033: return {false, "\""};
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D: return {false, "-"};
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case '\f':
    case '\v': return {false, " "};
    case 0x0085:
    case 0x2028:
    case 0x2029: return {false, "\n"};
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x200E:
    case 0x200F:
    case 0x2060:
    case 0xFEFF: return {false, ""}; // invisible: soft hyphen, zero-width characters, direction marks, BOM
    case '\r': return {false, "\n"};
    case kReplacementCharacter: return {true, {}};
    default: break;
    }
    if (c >= 0x2000 && c <= 0x200A) {
        return {false, " "};
    }
    // Control characters would confuse every later stage; a space keeps neighbouring words apart.
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
        return {false, " "};
    }
    return {true, {}};
}

TextBuilder::TextBuilder(std::string_view original) : m_original(original)
{
    m_text.reserve(original.size());
}

void TextBuilder::copy(std::size_t start, std::size_t length)
{
    if (length == 0) {
        return;
    }
    if (m_lastIsIdentity) {
        auto& last = m_segments.back();
        if (last.originalStart + last.originalLength == start) {
            last.textLength += length;
            last.originalLength += length;
            m_text.append(m_original.substr(start, length));
            return;
        }
    }
    m_segments.push_back({m_text.size(), length, start, length});
    m_text.append(m_original.substr(start, length));
    m_lastIsIdentity = true;
}

void TextBuilder::replace(std::size_t start, std::size_t length, std::string_view replacement)
{
    if (replacement.empty()) {
        return; // a deletion leaves a gap in the original that no text byte maps into
    }
    m_segments.push_back({m_text.size(), replacement.size(), start, length});
    m_text.append(replacement);
    m_lastIsIdentity = false;
}

void TextBuilder::emitCodePoint(char32_t codePoint, std::size_t start, std::size_t length)
{
    const NormalisedChar normalised = normaliseCodePoint(codePoint);
    if (!normalised.keep) {
        replace(start, length, normalised.replacement);
        return;
    }
    std::string utf8;
    appendUtf8(utf8, codePoint);
    if (utf8 == m_original.substr(start, length)) {
        copy(start, length);
    } else {
        replace(start, length, utf8);
    }
}

void TextBuilder::replaceInvalid(std::size_t start, std::size_t length)
{
    ++m_invalidSequences;
    replace(start, length, "\xEF\xBF\xBD");
}

void TextBuilder::normaliseRange(std::size_t start, std::size_t end)
{
    std::size_t pos = start;
    while (pos < end) {
        // Fast path: printable ASCII, tab and LF are copied as one run.
        std::size_t run = pos;
        while (run < end) {
            const auto byte = static_cast<unsigned char>(m_original[run]);
            if (!((byte >= 0x20 && byte < 0x7F) || byte == '\n' || byte == '\t')) {
                break;
            }
            ++run;
        }
        copy(pos, run - pos);
        pos = run;
        if (pos >= end) {
            break;
        }
        if (m_original[pos] == '\r' && pos + 1 < end && m_original[pos + 1] == '\n') {
            replace(pos, 2, "\n");
            pos += 2;
            continue;
        }
        const DecodedChar decoded = decodeUtf8(m_original.substr(0, end), pos);
        if (!decoded.valid) {
            replaceInvalid(pos, decoded.length);
        } else {
            emitCodePoint(decoded.codePoint, pos, decoded.length);
        }
        pos += decoded.length;
    }
}

void TextBuilder::finish(std::string& text, std::vector<OffsetSegment>& segments)
{
    text = std::move(m_text);
    segments = std::move(m_segments);
    m_text.clear();
    m_segments.clear();
    m_lastIsIdentity = false;
}

} // namespace diplograph::core::text
