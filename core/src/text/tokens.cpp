#include "diplograph/text.h"
#include "text/sentence_rules.h"
#include "text/utf8.h"

namespace diplograph::core {
namespace {

struct CharInfo {
    char32_t codePoint = 0;
    std::size_t length = 1;
};

CharInfo charAt(std::string_view text, std::size_t pos)
{
    // News text is mostly ASCII: decode only the rest.
    if (const auto byte = static_cast<unsigned char>(text[pos]); byte < 0x80) {
        return {byte, 1};
    }
    const auto decoded = text::decodeUtf8(text, pos);
    return {decoded.codePoint, decoded.length};
}

bool isWordChar(char32_t c)
{
    return text::isLetterCodePoint(c) || (c >= '0' && c <= '9');
}

bool isPunctuation(char32_t c)
{
    switch (c) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '"':
    case '\'':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '-':
    case '/':
    case '\\':
    case 0x2026:
    case 0xAB:
    case 0xBB:
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0xBF:
    case 0xA1:
    case 0x3001:
    case 0x3002: return true;
    default: return false;
    }
}

// Length of a run of lone letters joined by periods at `pos` ("U.S.", "e.g.", "U.S.A.", also "U.S" without the
// final period), or 0 when there are fewer than two letters.
std::size_t dottedAbbreviationLength(std::string_view text, std::size_t pos, std::size_t end)
{
    std::size_t at = pos;
    int letters = 0;
    while (at < end && text::isAsciiLetter(text[at]) && (at + 1 >= end || !text::isAsciiLetter(text[at + 1]))) {
        ++letters;
        if (at + 1 < end && text[at + 1] == '.') {
            at += 2;
            continue;
        }
        ++at; // a last letter without its period
        break;
    }
    return letters >= 2 ? at - pos : 0;
}

void describe(Token& token)
{
    token.lower.reserve(token.text.size());
    int letters = 0;
    int upper = 0;
    bool first = true;
    for (std::size_t i = 0; i < token.text.size();) {
        const CharInfo info = charAt(token.text, i);
        if (info.codePoint < 0x80) {
            token.lower.push_back(text::asciiLower(static_cast<char>(info.codePoint)));
        } else {
            token.lower.append(token.text.substr(i, info.length));
        }
        if (text::isLetterCodePoint(info.codePoint)) {
            ++letters;
            const bool isUpper = text::isUpperCodePoint(info.codePoint);
            upper += isUpper ? 1 : 0;
            if (first) {
                token.capitalised = isUpper;
            }
            first = false;
        } else if (first && info.codePoint >= '0' && info.codePoint <= '9') {
            first = false;
        }
        i += info.length;
    }
    token.allCaps = letters >= 2 && upper == letters;
}

} // namespace

std::vector<Token> tokenize(const Document& document, ByteRange textRange)
{
    const std::string_view text = document.text;
    const std::size_t end = std::min(textRange.end, text.size());
    std::size_t pos = std::min(textRange.start, end);
    std::vector<Token> tokens;
    tokens.reserve((end - pos) / 5 + 4); // about one token per five bytes of English news
    bool spaceBefore = false;
    const auto push = [&](std::size_t from, std::size_t to, TokenKind kind) {
        Token token;
        token.range = {from, to};
        token.text = text.substr(from, to - from);
        token.kind = kind;
        token.spaceBefore = spaceBefore;
        spaceBefore = false;
        describe(token);
        tokens.push_back(std::move(token));
    };
    while (pos < end) {
        const CharInfo info = charAt(text.substr(0, end), pos);
        const char32_t c = info.codePoint;
        if (c < 0x80 && text::isAsciiSpace(static_cast<char>(c))) {
            spaceBefore = true;
            ++pos;
            continue;
        }
        if (const std::size_t dotted = dottedAbbreviationLength(text, pos, end); dotted > 0) {
            push(pos, pos + dotted, TokenKind::Word);
            pos += dotted;
            continue;
        }
        if (c >= '0' && c <= '9') {
            // 1.1, 2,000, 3.5: a separator belongs to the number only between digits.
            std::size_t stop = pos + 1;
            while (stop < end &&
                   (text::isAsciiDigit(text[stop]) || ((text[stop] == '.' || text[stop] == ',') && stop + 1 < end &&
                                                       text::isAsciiDigit(text[stop + 1])))) {
                ++stop;
            }
            bool word = false;
            while (stop < end && isWordChar(charAt(text.substr(0, end), stop).codePoint)) {
                stop += charAt(text.substr(0, end), stop).length;
                word = true; // "17th", "5G", "F16"
            }
            push(pos, stop, word ? TokenKind::Word : TokenKind::Number);
            pos = stop;
            continue;
        }
        if (isWordChar(c)) {
            std::size_t stop = pos;
            while (stop < end) {
                const CharInfo next = charAt(text.substr(0, end), stop);
                if (isWordChar(next.codePoint)) {
                    stop += next.length;
                    continue;
                }
                // An inner apostrophe joins "O'Brien" and "don't" but not the possessive "'s".
                if (next.codePoint == '\'' && stop + 1 < end && text::isAsciiLetter(text[stop + 1])) {
                    const bool possessive = (text[stop + 1] == 's' || text[stop + 1] == 'S') &&
                                            (stop + 2 >= end || !isWordChar(charAt(text, stop + 2).codePoint));
                    if (!possessive) {
                        stop += 1;
                        continue;
                    }
                }
                break;
            }
            // Keep the period of a known abbreviation ("Mr.", "Gen.", "Inc.") inside the word.
            if (stop < end && text[stop] == '.') {
                const auto kind = text::classifyAbbreviation(text.substr(pos, stop - pos));
                if (kind != text::AbbreviationKind::None) {
                    ++stop;
                }
            }
            push(pos, stop, TokenKind::Word);
            pos = stop;
            continue;
        }
        if (c == '\'' && pos + 1 < end && (text[pos + 1] == 's' || text[pos + 1] == 'S') && !tokens.empty() &&
            !spaceBefore && (pos + 2 >= end || !isWordChar(charAt(text.substr(0, end), pos + 2).codePoint))) {
            push(pos, pos + 2, TokenKind::Word); // the possessive 's
            pos += 2;
            continue;
        }
        if (c == '.' && text.substr(pos, 3) == "..." && pos + 3 <= end) {
            push(pos, pos + 3, TokenKind::Punctuation);
            pos += 3;
            continue;
        }
        push(pos, pos + info.length, isPunctuation(c) ? TokenKind::Punctuation : TokenKind::Symbol);
        pos += info.length;
    }
    return tokens;
}

} // namespace diplograph::core
